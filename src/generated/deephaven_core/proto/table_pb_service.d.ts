// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table.proto

import * as deephaven_core_proto_table_pb from "../../deephaven_core/proto/table_pb.js";
import * as deephaven_core_proto_table_aggregate_pb from "../../deephaven_core/proto/table_aggregate_pb.js";
import * as deephaven_core_proto_table_batch_pb from "../../deephaven_core/proto/table_batch_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_table_filter_pb from "../../deephaven_core/proto/table_filter_pb.js";
import * as deephaven_core_proto_table_ops_pb from "../../deephaven_core/proto/table_ops_pb.js";
import * as deephaven_core_proto_table_source_pb from "../../deephaven_core/proto/table_source_pb.js";
import * as deephaven_core_proto_table_update_by_pb from "../../deephaven_core/proto/table_update_by_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type TableServiceGetExportedTableCreationResponse = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_ticket_pb.Ticket;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceFetchTable = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_core_pb.FetchTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceEmptyTable = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.EmptyTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceTimeTable = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.TimeTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceDropColumns = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.DropColumnsRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceUpdate = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceLazyUpdate = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceView = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceUpdateView = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSelect = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceUpdateBy = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_update_by_pb.UpdateByRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSelectDistinct = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SelectDistinctRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceFilter = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_filter_pb.FilterTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceUnstructuredFilter = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_filter_pb.UnstructuredFilterTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSort = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SortTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceHead = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.HeadOrTailRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceTail = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.HeadOrTailRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceHeadBy = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.HeadOrTailByRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceTailBy = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.HeadOrTailByRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceUngroup = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.UngroupRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceMergeTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.MergeTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceCrossJoinTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.CrossJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceNaturalJoinTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.NaturalJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceExactJoinTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.ExactJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceAjTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.AjRajTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceRajTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.AjRajTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceAggregateAll = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_aggregate_pb.AggregateAllRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceAggregate = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_aggregate_pb.AggregateRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSnapshot = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SnapshotTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSnapshotWhen = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SnapshotWhenTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceFlatten = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.FlattenRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceCreateInputTable = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.CreateInputTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceWhereIn = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_filter_pb.WhereInRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceBatch = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_table_batch_pb.BatchTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceExportedTableUpdates = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_table_core_pb.ExportedTableUpdatesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableUpdateMessage;
};

type TableServiceMetaTable = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.MetaTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSlice = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.SliceRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceApplyPreviewColumns = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_ops_pb.ApplyPreviewColumnsRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceMultiJoinTables = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.MultiJoinTablesRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceRunChartDownsample = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.RunChartDownsampleRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type TableServiceSeekRow = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_filter_pb.SeekRowRequest;
  readonly responseType: typeof deephaven_core_proto_table_filter_pb.SeekRowResponse;
};

type TableServiceComputeColumnStatistics = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_table_source_pb.ColumnStatisticsRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
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
  static readonly ApplyPreviewColumns: TableServiceApplyPreviewColumns;
  static readonly MultiJoinTables: TableServiceMultiJoinTables;
  static readonly RunChartDownsample: TableServiceRunChartDownsample;
  static readonly SeekRow: TableServiceSeekRow;
  static readonly ComputeColumnStatistics: TableServiceComputeColumnStatistics;
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


