/**
 * @internal What the calls of `table-service.ts` other than reading a table need (their messages, their methods,
 * the request builders), in a module of its own so that it loads with the first of those calls, not with the app.
 */
export {
  ColumnStatisticsRequest,
  CreateInputTableRequest,
  EmptyTableRequest,
  MergeTablesRequest,
  MultiJoinInput,
  MultiJoinTablesRequest,
  TimeTableRequest,
} from '../generated/deephaven_core/proto/table_source_pb.js';
export { SeekRowRequest } from '../generated/deephaven_core/proto/table_filter_pb.js';
export { ComputeColumnStatistics } from '../generated/deephaven_core/proto/table_pb_service/ComputeColumnStatistics.js';
export { CreateInputTable } from '../generated/deephaven_core/proto/table_pb_service/CreateInputTable.js';
export { EmptyTable } from '../generated/deephaven_core/proto/table_pb_service/EmptyTable.js';
export { MergeTables } from '../generated/deephaven_core/proto/table_pb_service/MergeTables.js';
export { MultiJoinTables } from '../generated/deephaven_core/proto/table_pb_service/MultiJoinTables.js';
export { SeekRow } from '../generated/deephaven_core/proto/table_pb_service/SeekRow.js';
export { TimeTable } from '../generated/deephaven_core/proto/table_pb_service/TimeTable.js';
export { literalPb } from './table-messages.js';
export { buildOperation } from './table-requests.js';
