// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table.proto

import * as deephaven_core_proto_table_pb from "../../deephaven_core/proto/table_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type TableServiceGetExportedTableCreationResponse = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_ticket_pb.Ticket;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceFetchTable = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.FetchTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceEmptyTable = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.EmptyTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceTimeTable = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.TimeTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceDropColumns = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.DropColumnsRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceUpdate = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceLazyUpdate = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceView = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceUpdateView = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSelect = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceUnstructuredFilter = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.UnstructuredFilterTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSort = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SortTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceHead = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.HeadOrTailRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceTail = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.HeadOrTailRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceExportedTableUpdates = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_table_pb.ExportedTableUpdatesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableUpdateMessage;
};

export class TableService {
  static readonly serviceName: string;
  static readonly GetExportedTableCreationResponse: TableServiceGetExportedTableCreationResponse;
  static readonly FetchTable: TableServiceFetchTable;
  static readonly EmptyTable: TableServiceEmptyTable;
  static readonly TimeTable: TableServiceTimeTable;
  static readonly DropColumns: TableServiceDropColumns;
  static readonly Update: TableServiceUpdate;
  static readonly LazyUpdate: TableServiceLazyUpdate;
  static readonly View: TableServiceView;
  static readonly UpdateView: TableServiceUpdateView;
  static readonly Select: TableServiceSelect;
  static readonly UnstructuredFilter: TableServiceUnstructuredFilter;
  static readonly Sort: TableServiceSort;
  static readonly Head: TableServiceHead;
  static readonly Tail: TableServiceTail;
  static readonly ExportedTableUpdates: TableServiceExportedTableUpdates;
}

export type ServiceError = { message: string, code: number; metadata: grpc.Metadata }
export type Status = { details: string, code: number; metadata: grpc.Metadata }

interface UnaryResponse {
  cancel(): void;
}
interface ResponseStream<T> {
  cancel(): void;
  on(type: 'data', handler: (message: T) => void): ResponseStream<T>;
  on(type: 'end', handler: (status?: Status) => void): ResponseStream<T>;
  on(type: 'status', handler: (status: Status) => void): ResponseStream<T>;
}
interface RequestStream<T> {
  write(message: T): RequestStream<T>;
  end(): void;
  cancel(): void;
  on(type: 'end', handler: (status?: Status) => void): RequestStream<T>;
  on(type: 'status', handler: (status: Status) => void): RequestStream<T>;
}
interface BidirectionalStream<ReqT, ResT> {
  write(message: ReqT): BidirectionalStream<ReqT, ResT>;
  end(): void;
  cancel(): void;
  on(type: 'data', handler: (message: ResT) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'end', handler: (status?: Status) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'status', handler: (status: Status) => void): BidirectionalStream<ReqT, ResT>;
}


