// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table.proto

import * as deephaven_core_proto_table_pb from "../../deephaven_core/proto/table_pb";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb";
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

type TableServiceUpdateBy = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.UpdateByRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSelectDistinct = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SelectDistinctRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceFilter = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.FilterTableRequest;
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

type TableServiceHeadBy = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.HeadOrTailByRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceTailBy = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.HeadOrTailByRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceUngroup = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.UngroupRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceMergeTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.MergeTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceCrossJoinTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.CrossJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceNaturalJoinTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.NaturalJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceExactJoinTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.ExactJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceAjTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.AjRajTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceRajTables = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.AjRajTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceAggregateAll = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.AggregateAllRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceAggregate = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.AggregateRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSnapshot = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SnapshotTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSnapshotWhen = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SnapshotWhenTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceFlatten = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.FlattenRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceCreateInputTable = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.CreateInputTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceWhereIn = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.WhereInRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceBatch = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_table_pb.BatchTableRequest;
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

type TableServiceMetaTable = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.MetaTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
};

type TableServiceSlice = {
  readonly methodName: string;
  readonly service: typeof TableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_pb.SliceRequest;
  readonly responseType: typeof deephaven_core_proto_table_pb.ExportedTableCreationResponse;
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
  static readonly UpdateBy: TableServiceUpdateBy;
  static readonly SelectDistinct: TableServiceSelectDistinct;
  static readonly Filter: TableServiceFilter;
  static readonly UnstructuredFilter: TableServiceUnstructuredFilter;
  static readonly Sort: TableServiceSort;
  static readonly Head: TableServiceHead;
  static readonly Tail: TableServiceTail;
  static readonly HeadBy: TableServiceHeadBy;
  static readonly TailBy: TableServiceTailBy;
  static readonly Ungroup: TableServiceUngroup;
  static readonly MergeTables: TableServiceMergeTables;
  static readonly CrossJoinTables: TableServiceCrossJoinTables;
  static readonly NaturalJoinTables: TableServiceNaturalJoinTables;
  static readonly ExactJoinTables: TableServiceExactJoinTables;
  static readonly AjTables: TableServiceAjTables;
  static readonly RajTables: TableServiceRajTables;
  static readonly AggregateAll: TableServiceAggregateAll;
  static readonly Aggregate: TableServiceAggregate;
  static readonly Snapshot: TableServiceSnapshot;
  static readonly SnapshotWhen: TableServiceSnapshotWhen;
  static readonly Flatten: TableServiceFlatten;
  static readonly CreateInputTable: TableServiceCreateInputTable;
  static readonly WhereIn: TableServiceWhereIn;
  static readonly Batch: TableServiceBatch;
  static readonly ExportedTableUpdates: TableServiceExportedTableUpdates;
  static readonly MetaTable: TableServiceMetaTable;
  static readonly Slice: TableServiceSlice;
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

export class TableServiceClient {
  readonly serviceHost: string;

  constructor(serviceHost: string, options?: grpc.RpcOptions);
  getExportedTableCreationResponse(
    requestMessage: deephaven_core_proto_ticket_pb.Ticket,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  getExportedTableCreationResponse(
    requestMessage: deephaven_core_proto_ticket_pb.Ticket,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  fetchTable(
    requestMessage: deephaven_core_proto_table_pb.FetchTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  fetchTable(
    requestMessage: deephaven_core_proto_table_pb.FetchTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  emptyTable(
    requestMessage: deephaven_core_proto_table_pb.EmptyTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  emptyTable(
    requestMessage: deephaven_core_proto_table_pb.EmptyTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  timeTable(
    requestMessage: deephaven_core_proto_table_pb.TimeTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  timeTable(
    requestMessage: deephaven_core_proto_table_pb.TimeTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  dropColumns(
    requestMessage: deephaven_core_proto_table_pb.DropColumnsRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  dropColumns(
    requestMessage: deephaven_core_proto_table_pb.DropColumnsRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  update(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  update(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  lazyUpdate(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  lazyUpdate(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  view(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  view(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  updateView(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  updateView(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  select(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  select(
    requestMessage: deephaven_core_proto_table_pb.SelectOrUpdateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  updateBy(
    requestMessage: deephaven_core_proto_table_pb.UpdateByRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  updateBy(
    requestMessage: deephaven_core_proto_table_pb.UpdateByRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  selectDistinct(
    requestMessage: deephaven_core_proto_table_pb.SelectDistinctRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  selectDistinct(
    requestMessage: deephaven_core_proto_table_pb.SelectDistinctRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  filter(
    requestMessage: deephaven_core_proto_table_pb.FilterTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  filter(
    requestMessage: deephaven_core_proto_table_pb.FilterTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  unstructuredFilter(
    requestMessage: deephaven_core_proto_table_pb.UnstructuredFilterTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  unstructuredFilter(
    requestMessage: deephaven_core_proto_table_pb.UnstructuredFilterTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  sort(
    requestMessage: deephaven_core_proto_table_pb.SortTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  sort(
    requestMessage: deephaven_core_proto_table_pb.SortTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  head(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  head(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  tail(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  tail(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  headBy(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailByRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  headBy(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailByRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  tailBy(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailByRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  tailBy(
    requestMessage: deephaven_core_proto_table_pb.HeadOrTailByRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  ungroup(
    requestMessage: deephaven_core_proto_table_pb.UngroupRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  ungroup(
    requestMessage: deephaven_core_proto_table_pb.UngroupRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  mergeTables(
    requestMessage: deephaven_core_proto_table_pb.MergeTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  mergeTables(
    requestMessage: deephaven_core_proto_table_pb.MergeTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  crossJoinTables(
    requestMessage: deephaven_core_proto_table_pb.CrossJoinTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  crossJoinTables(
    requestMessage: deephaven_core_proto_table_pb.CrossJoinTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  naturalJoinTables(
    requestMessage: deephaven_core_proto_table_pb.NaturalJoinTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  naturalJoinTables(
    requestMessage: deephaven_core_proto_table_pb.NaturalJoinTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  exactJoinTables(
    requestMessage: deephaven_core_proto_table_pb.ExactJoinTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  exactJoinTables(
    requestMessage: deephaven_core_proto_table_pb.ExactJoinTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  ajTables(
    requestMessage: deephaven_core_proto_table_pb.AjRajTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  ajTables(
    requestMessage: deephaven_core_proto_table_pb.AjRajTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  rajTables(
    requestMessage: deephaven_core_proto_table_pb.AjRajTablesRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  rajTables(
    requestMessage: deephaven_core_proto_table_pb.AjRajTablesRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  aggregateAll(
    requestMessage: deephaven_core_proto_table_pb.AggregateAllRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  aggregateAll(
    requestMessage: deephaven_core_proto_table_pb.AggregateAllRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  aggregate(
    requestMessage: deephaven_core_proto_table_pb.AggregateRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  aggregate(
    requestMessage: deephaven_core_proto_table_pb.AggregateRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  snapshot(
    requestMessage: deephaven_core_proto_table_pb.SnapshotTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  snapshot(
    requestMessage: deephaven_core_proto_table_pb.SnapshotTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  snapshotWhen(
    requestMessage: deephaven_core_proto_table_pb.SnapshotWhenTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  snapshotWhen(
    requestMessage: deephaven_core_proto_table_pb.SnapshotWhenTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  flatten(
    requestMessage: deephaven_core_proto_table_pb.FlattenRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  flatten(
    requestMessage: deephaven_core_proto_table_pb.FlattenRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  createInputTable(
    requestMessage: deephaven_core_proto_table_pb.CreateInputTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  createInputTable(
    requestMessage: deephaven_core_proto_table_pb.CreateInputTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  whereIn(
    requestMessage: deephaven_core_proto_table_pb.WhereInRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  whereIn(
    requestMessage: deephaven_core_proto_table_pb.WhereInRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  batch(requestMessage: deephaven_core_proto_table_pb.BatchTableRequest, metadata?: grpc.Metadata): ResponseStream<deephaven_core_proto_table_pb.ExportedTableCreationResponse>;
  exportedTableUpdates(requestMessage: deephaven_core_proto_table_pb.ExportedTableUpdatesRequest, metadata?: grpc.Metadata): ResponseStream<deephaven_core_proto_table_pb.ExportedTableUpdateMessage>;
  metaTable(
    requestMessage: deephaven_core_proto_table_pb.MetaTableRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  metaTable(
    requestMessage: deephaven_core_proto_table_pb.MetaTableRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  slice(
    requestMessage: deephaven_core_proto_table_pb.SliceRequest,
    metadata: grpc.Metadata,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
  slice(
    requestMessage: deephaven_core_proto_table_pb.SliceRequest,
    callback: (error: ServiceError|null, responseMessage: deephaven_core_proto_table_pb.ExportedTableCreationResponse|null) => void
  ): UnaryResponse;
}

