// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_batch.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_aggregate_pb from "../../deephaven_core/proto/table_aggregate_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_table_filter_pb from "../../deephaven_core/proto/table_filter_pb.js";
import * as deephaven_core_proto_table_ops_pb from "../../deephaven_core/proto/table_ops_pb.js";
import * as deephaven_core_proto_table_source_pb from "../../deephaven_core/proto/table_source_pb.js";
import * as deephaven_core_proto_table_update_by_pb from "../../deephaven_core/proto/table_update_by_pb.js";

export class BatchTableRequest extends jspb.Message {
  clearOpsList(): void;
  getOpsList(): Array<BatchTableRequest.Operation>;
  setOpsList(value: Array<BatchTableRequest.Operation>): void;
  addOps(value?: BatchTableRequest.Operation, index?: number): BatchTableRequest.Operation;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BatchTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: BatchTableRequest): BatchTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BatchTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BatchTableRequest;
  static deserializeBinaryFromReader(message: BatchTableRequest, reader: jspb.BinaryReader): BatchTableRequest;
}

export namespace BatchTableRequest {
  export type AsObject = {
    opsList: Array<BatchTableRequest.Operation.AsObject>,
  }

  export class Operation extends jspb.Message {
    hasEmptyTable(): boolean;
    clearEmptyTable(): void;
    getEmptyTable(): deephaven_core_proto_table_source_pb.EmptyTableRequest | undefined;
    setEmptyTable(value?: deephaven_core_proto_table_source_pb.EmptyTableRequest): void;

    hasTimeTable(): boolean;
    clearTimeTable(): void;
    getTimeTable(): deephaven_core_proto_table_source_pb.TimeTableRequest | undefined;
    setTimeTable(value?: deephaven_core_proto_table_source_pb.TimeTableRequest): void;

    hasDropColumns(): boolean;
    clearDropColumns(): void;
    getDropColumns(): deephaven_core_proto_table_ops_pb.DropColumnsRequest | undefined;
    setDropColumns(value?: deephaven_core_proto_table_ops_pb.DropColumnsRequest): void;

    hasUpdate(): boolean;
    clearUpdate(): void;
    getUpdate(): deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest | undefined;
    setUpdate(value?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest): void;

    hasLazyUpdate(): boolean;
    clearLazyUpdate(): void;
    getLazyUpdate(): deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest | undefined;
    setLazyUpdate(value?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest): void;

    hasView(): boolean;
    clearView(): void;
    getView(): deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest | undefined;
    setView(value?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest): void;

    hasUpdateView(): boolean;
    clearUpdateView(): void;
    getUpdateView(): deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest | undefined;
    setUpdateView(value?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest): void;

    hasSelect(): boolean;
    clearSelect(): void;
    getSelect(): deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest | undefined;
    setSelect(value?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest): void;

    hasSelectDistinct(): boolean;
    clearSelectDistinct(): void;
    getSelectDistinct(): deephaven_core_proto_table_ops_pb.SelectDistinctRequest | undefined;
    setSelectDistinct(value?: deephaven_core_proto_table_ops_pb.SelectDistinctRequest): void;

    hasFilter(): boolean;
    clearFilter(): void;
    getFilter(): deephaven_core_proto_table_filter_pb.FilterTableRequest | undefined;
    setFilter(value?: deephaven_core_proto_table_filter_pb.FilterTableRequest): void;

    hasUnstructuredFilter(): boolean;
    clearUnstructuredFilter(): void;
    getUnstructuredFilter(): deephaven_core_proto_table_filter_pb.UnstructuredFilterTableRequest | undefined;
    setUnstructuredFilter(value?: deephaven_core_proto_table_filter_pb.UnstructuredFilterTableRequest): void;

    hasSort(): boolean;
    clearSort(): void;
    getSort(): deephaven_core_proto_table_ops_pb.SortTableRequest | undefined;
    setSort(value?: deephaven_core_proto_table_ops_pb.SortTableRequest): void;

    hasHead(): boolean;
    clearHead(): void;
    getHead(): deephaven_core_proto_table_ops_pb.HeadOrTailRequest | undefined;
    setHead(value?: deephaven_core_proto_table_ops_pb.HeadOrTailRequest): void;

    hasTail(): boolean;
    clearTail(): void;
    getTail(): deephaven_core_proto_table_ops_pb.HeadOrTailRequest | undefined;
    setTail(value?: deephaven_core_proto_table_ops_pb.HeadOrTailRequest): void;

    hasHeadBy(): boolean;
    clearHeadBy(): void;
    getHeadBy(): deephaven_core_proto_table_ops_pb.HeadOrTailByRequest | undefined;
    setHeadBy(value?: deephaven_core_proto_table_ops_pb.HeadOrTailByRequest): void;

    hasTailBy(): boolean;
    clearTailBy(): void;
    getTailBy(): deephaven_core_proto_table_ops_pb.HeadOrTailByRequest | undefined;
    setTailBy(value?: deephaven_core_proto_table_ops_pb.HeadOrTailByRequest): void;

    hasUngroup(): boolean;
    clearUngroup(): void;
    getUngroup(): deephaven_core_proto_table_ops_pb.UngroupRequest | undefined;
    setUngroup(value?: deephaven_core_proto_table_ops_pb.UngroupRequest): void;

    hasMerge(): boolean;
    clearMerge(): void;
    getMerge(): deephaven_core_proto_table_source_pb.MergeTablesRequest | undefined;
    setMerge(value?: deephaven_core_proto_table_source_pb.MergeTablesRequest): void;

    hasComboAggregate(): boolean;
    clearComboAggregate(): void;
    getComboAggregate(): deephaven_core_proto_table_aggregate_pb.ComboAggregateRequest | undefined;
    setComboAggregate(value?: deephaven_core_proto_table_aggregate_pb.ComboAggregateRequest): void;

    hasFlatten(): boolean;
    clearFlatten(): void;
    getFlatten(): deephaven_core_proto_table_ops_pb.FlattenRequest | undefined;
    setFlatten(value?: deephaven_core_proto_table_ops_pb.FlattenRequest): void;

    hasRunChartDownsample(): boolean;
    clearRunChartDownsample(): void;
    getRunChartDownsample(): deephaven_core_proto_table_source_pb.RunChartDownsampleRequest | undefined;
    setRunChartDownsample(value?: deephaven_core_proto_table_source_pb.RunChartDownsampleRequest): void;

    hasCrossJoin(): boolean;
    clearCrossJoin(): void;
    getCrossJoin(): deephaven_core_proto_table_ops_pb.CrossJoinTablesRequest | undefined;
    setCrossJoin(value?: deephaven_core_proto_table_ops_pb.CrossJoinTablesRequest): void;

    hasNaturalJoin(): boolean;
    clearNaturalJoin(): void;
    getNaturalJoin(): deephaven_core_proto_table_ops_pb.NaturalJoinTablesRequest | undefined;
    setNaturalJoin(value?: deephaven_core_proto_table_ops_pb.NaturalJoinTablesRequest): void;

    hasExactJoin(): boolean;
    clearExactJoin(): void;
    getExactJoin(): deephaven_core_proto_table_ops_pb.ExactJoinTablesRequest | undefined;
    setExactJoin(value?: deephaven_core_proto_table_ops_pb.ExactJoinTablesRequest): void;

    hasLeftJoin(): boolean;
    clearLeftJoin(): void;
    getLeftJoin(): deephaven_core_proto_table_ops_pb.LeftJoinTablesRequest | undefined;
    setLeftJoin(value?: deephaven_core_proto_table_ops_pb.LeftJoinTablesRequest): void;

    hasAsOfJoin(): boolean;
    clearAsOfJoin(): void;
    getAsOfJoin(): deephaven_core_proto_table_ops_pb.AsOfJoinTablesRequest | undefined;
    setAsOfJoin(value?: deephaven_core_proto_table_ops_pb.AsOfJoinTablesRequest): void;

    hasFetchTable(): boolean;
    clearFetchTable(): void;
    getFetchTable(): deephaven_core_proto_table_core_pb.FetchTableRequest | undefined;
    setFetchTable(value?: deephaven_core_proto_table_core_pb.FetchTableRequest): void;

    hasApplyPreviewColumns(): boolean;
    clearApplyPreviewColumns(): void;
    getApplyPreviewColumns(): deephaven_core_proto_table_ops_pb.ApplyPreviewColumnsRequest | undefined;
    setApplyPreviewColumns(value?: deephaven_core_proto_table_ops_pb.ApplyPreviewColumnsRequest): void;

    hasCreateInputTable(): boolean;
    clearCreateInputTable(): void;
    getCreateInputTable(): deephaven_core_proto_table_source_pb.CreateInputTableRequest | undefined;
    setCreateInputTable(value?: deephaven_core_proto_table_source_pb.CreateInputTableRequest): void;

    hasUpdateBy(): boolean;
    clearUpdateBy(): void;
    getUpdateBy(): deephaven_core_proto_table_update_by_pb.UpdateByRequest | undefined;
    setUpdateBy(value?: deephaven_core_proto_table_update_by_pb.UpdateByRequest): void;

    hasWhereIn(): boolean;
    clearWhereIn(): void;
    getWhereIn(): deephaven_core_proto_table_filter_pb.WhereInRequest | undefined;
    setWhereIn(value?: deephaven_core_proto_table_filter_pb.WhereInRequest): void;

    hasAggregateAll(): boolean;
    clearAggregateAll(): void;
    getAggregateAll(): deephaven_core_proto_table_aggregate_pb.AggregateAllRequest | undefined;
    setAggregateAll(value?: deephaven_core_proto_table_aggregate_pb.AggregateAllRequest): void;

    hasAggregate(): boolean;
    clearAggregate(): void;
    getAggregate(): deephaven_core_proto_table_aggregate_pb.AggregateRequest | undefined;
    setAggregate(value?: deephaven_core_proto_table_aggregate_pb.AggregateRequest): void;

    hasSnapshot(): boolean;
    clearSnapshot(): void;
    getSnapshot(): deephaven_core_proto_table_ops_pb.SnapshotTableRequest | undefined;
    setSnapshot(value?: deephaven_core_proto_table_ops_pb.SnapshotTableRequest): void;

    hasSnapshotWhen(): boolean;
    clearSnapshotWhen(): void;
    getSnapshotWhen(): deephaven_core_proto_table_ops_pb.SnapshotWhenTableRequest | undefined;
    setSnapshotWhen(value?: deephaven_core_proto_table_ops_pb.SnapshotWhenTableRequest): void;

    hasMetaTable(): boolean;
    clearMetaTable(): void;
    getMetaTable(): deephaven_core_proto_table_source_pb.MetaTableRequest | undefined;
    setMetaTable(value?: deephaven_core_proto_table_source_pb.MetaTableRequest): void;

    hasRangeJoin(): boolean;
    clearRangeJoin(): void;
    getRangeJoin(): deephaven_core_proto_table_aggregate_pb.RangeJoinTablesRequest | undefined;
    setRangeJoin(value?: deephaven_core_proto_table_aggregate_pb.RangeJoinTablesRequest): void;

    hasAj(): boolean;
    clearAj(): void;
    getAj(): deephaven_core_proto_table_ops_pb.AjRajTablesRequest | undefined;
    setAj(value?: deephaven_core_proto_table_ops_pb.AjRajTablesRequest): void;

    hasRaj(): boolean;
    clearRaj(): void;
    getRaj(): deephaven_core_proto_table_ops_pb.AjRajTablesRequest | undefined;
    setRaj(value?: deephaven_core_proto_table_ops_pb.AjRajTablesRequest): void;

    hasColumnStatistics(): boolean;
    clearColumnStatistics(): void;
    getColumnStatistics(): deephaven_core_proto_table_source_pb.ColumnStatisticsRequest | undefined;
    setColumnStatistics(value?: deephaven_core_proto_table_source_pb.ColumnStatisticsRequest): void;

    hasMultiJoin(): boolean;
    clearMultiJoin(): void;
    getMultiJoin(): deephaven_core_proto_table_source_pb.MultiJoinTablesRequest | undefined;
    setMultiJoin(value?: deephaven_core_proto_table_source_pb.MultiJoinTablesRequest): void;

    hasSlice(): boolean;
    clearSlice(): void;
    getSlice(): deephaven_core_proto_table_ops_pb.SliceRequest | undefined;
    setSlice(value?: deephaven_core_proto_table_ops_pb.SliceRequest): void;

    getOpCase(): Operation.OpCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Operation.AsObject;
    static toObject(includeInstance: boolean, msg: Operation): Operation.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Operation, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Operation;
    static deserializeBinaryFromReader(message: Operation, reader: jspb.BinaryReader): Operation;
  }

  export namespace Operation {
    export type AsObject = {
      emptyTable?: deephaven_core_proto_table_source_pb.EmptyTableRequest.AsObject,
      timeTable?: deephaven_core_proto_table_source_pb.TimeTableRequest.AsObject,
      dropColumns?: deephaven_core_proto_table_ops_pb.DropColumnsRequest.AsObject,
      update?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest.AsObject,
      lazyUpdate?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest.AsObject,
      view?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest.AsObject,
      updateView?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest.AsObject,
      select?: deephaven_core_proto_table_ops_pb.SelectOrUpdateRequest.AsObject,
      selectDistinct?: deephaven_core_proto_table_ops_pb.SelectDistinctRequest.AsObject,
      filter?: deephaven_core_proto_table_filter_pb.FilterTableRequest.AsObject,
      unstructuredFilter?: deephaven_core_proto_table_filter_pb.UnstructuredFilterTableRequest.AsObject,
      sort?: deephaven_core_proto_table_ops_pb.SortTableRequest.AsObject,
      head?: deephaven_core_proto_table_ops_pb.HeadOrTailRequest.AsObject,
      tail?: deephaven_core_proto_table_ops_pb.HeadOrTailRequest.AsObject,
      headBy?: deephaven_core_proto_table_ops_pb.HeadOrTailByRequest.AsObject,
      tailBy?: deephaven_core_proto_table_ops_pb.HeadOrTailByRequest.AsObject,
      ungroup?: deephaven_core_proto_table_ops_pb.UngroupRequest.AsObject,
      merge?: deephaven_core_proto_table_source_pb.MergeTablesRequest.AsObject,
      comboAggregate?: deephaven_core_proto_table_aggregate_pb.ComboAggregateRequest.AsObject,
      flatten?: deephaven_core_proto_table_ops_pb.FlattenRequest.AsObject,
      runChartDownsample?: deephaven_core_proto_table_source_pb.RunChartDownsampleRequest.AsObject,
      crossJoin?: deephaven_core_proto_table_ops_pb.CrossJoinTablesRequest.AsObject,
      naturalJoin?: deephaven_core_proto_table_ops_pb.NaturalJoinTablesRequest.AsObject,
      exactJoin?: deephaven_core_proto_table_ops_pb.ExactJoinTablesRequest.AsObject,
      leftJoin?: deephaven_core_proto_table_ops_pb.LeftJoinTablesRequest.AsObject,
      asOfJoin?: deephaven_core_proto_table_ops_pb.AsOfJoinTablesRequest.AsObject,
      fetchTable?: deephaven_core_proto_table_core_pb.FetchTableRequest.AsObject,
      applyPreviewColumns?: deephaven_core_proto_table_ops_pb.ApplyPreviewColumnsRequest.AsObject,
      createInputTable?: deephaven_core_proto_table_source_pb.CreateInputTableRequest.AsObject,
      updateBy?: deephaven_core_proto_table_update_by_pb.UpdateByRequest.AsObject,
      whereIn?: deephaven_core_proto_table_filter_pb.WhereInRequest.AsObject,
      aggregateAll?: deephaven_core_proto_table_aggregate_pb.AggregateAllRequest.AsObject,
      aggregate?: deephaven_core_proto_table_aggregate_pb.AggregateRequest.AsObject,
      snapshot?: deephaven_core_proto_table_ops_pb.SnapshotTableRequest.AsObject,
      snapshotWhen?: deephaven_core_proto_table_ops_pb.SnapshotWhenTableRequest.AsObject,
      metaTable?: deephaven_core_proto_table_source_pb.MetaTableRequest.AsObject,
      rangeJoin?: deephaven_core_proto_table_aggregate_pb.RangeJoinTablesRequest.AsObject,
      aj?: deephaven_core_proto_table_ops_pb.AjRajTablesRequest.AsObject,
      raj?: deephaven_core_proto_table_ops_pb.AjRajTablesRequest.AsObject,
      columnStatistics?: deephaven_core_proto_table_source_pb.ColumnStatisticsRequest.AsObject,
      multiJoin?: deephaven_core_proto_table_source_pb.MultiJoinTablesRequest.AsObject,
      slice?: deephaven_core_proto_table_ops_pb.SliceRequest.AsObject,
    }

    export enum OpCase {
      OP_NOT_SET = 0,
      EMPTY_TABLE = 1,
      TIME_TABLE = 2,
      DROP_COLUMNS = 3,
      UPDATE = 4,
      LAZY_UPDATE = 5,
      VIEW = 6,
      UPDATE_VIEW = 7,
      SELECT = 8,
      SELECT_DISTINCT = 9,
      FILTER = 10,
      UNSTRUCTURED_FILTER = 11,
      SORT = 12,
      HEAD = 13,
      TAIL = 14,
      HEAD_BY = 15,
      TAIL_BY = 16,
      UNGROUP = 17,
      MERGE = 18,
      COMBO_AGGREGATE = 19,
      FLATTEN = 21,
      RUN_CHART_DOWNSAMPLE = 22,
      CROSS_JOIN = 23,
      NATURAL_JOIN = 24,
      EXACT_JOIN = 25,
      LEFT_JOIN = 26,
      AS_OF_JOIN = 27,
      FETCH_TABLE = 28,
      APPLY_PREVIEW_COLUMNS = 30,
      CREATE_INPUT_TABLE = 31,
      UPDATE_BY = 32,
      WHERE_IN = 33,
      AGGREGATE_ALL = 34,
      AGGREGATE = 35,
      SNAPSHOT = 36,
      SNAPSHOT_WHEN = 37,
      META_TABLE = 38,
      RANGE_JOIN = 39,
      AJ = 40,
      RAJ = 41,
      COLUMN_STATISTICS = 42,
      MULTI_JOIN = 43,
      SLICE = 44,
    }
  }
}

