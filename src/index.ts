/**
 * deephaven-rx: a browser-first, RxJS-native TypeScript SDK for Deephaven Community Core servers.
 *
 * @packageDocumentation
 */

// ---- user API ----------------------------------------------------------------------------------------------
export { Session } from './api/session.js';
export type { ConnectionState, SessionOptions, SessionEnded } from './session/options.js';
export type { RunScriptOptions } from './console/console.js';
export type { LogEntry } from './console/logs.js';
export type { Completion, CompletionKind } from './console/completions.js';
export type { FieldInfo, FieldChanges } from './session/fields.js';
export { ApplicationTicket, ExportTicket, ScopeTicket, SharedTicket, Ticket, ticketFromBytes } from './ticket/ticket.js';
export type { TicketKind } from './ticket/ticket.js';
export { ServerObject } from './ticket/server-object.js';
export type { TicketSource } from './session/exports.js';
export type { ExportableObjects } from './session/objects.js';
export { Table } from './table/table.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported as a deprecated alias so existing code keeps compiling (CHANGELOG)
export type { RecordBatchesOptions, SortDirection, ToArrowOptions } from './table/table.js';
export type { DownsampleOptions, ZoomBound } from './table/downsample.js';
export type { TableUpdate, UpdatesOptions, ViewportOptions, ViewportRange, ViewportUpdate } from './table/live-types.js';
export { RowSet } from './barrage/row-set.js';
export { coalesceMap } from './table/coalesce.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported as a deprecated alias so existing code keeps compiling (CHANGELOG)
export type { TableCallOptions } from './table/tables.js';
export type { TimeTableOptions } from './table/new-tables.js';
// issue 24: the rest of the peers' surface
export type { MultiJoinInput } from './table/multi-join.js';
export type { SortSpec } from './table/ops/operations.js';
export type { HeapInfo } from './api/session.js';
export { Storage } from './session/storage.js';
export type { StorageItem, StoredFile, StorageWriteOptions } from './session/storage.js';
export type { AuthHandlers, AuthHandlersOptions } from './session/server-info.js';
export type { RequestEvent } from './session/requests.js';
export { isPartitioning } from './table/partitioning.js';
export { TableOperations } from './table/ops/table-interface.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported as a deprecated alias so existing code keeps compiling (CHANGELOG)
export type { Names, OperationOptions } from './table/ops/table-interface.js';
// issue 23: options objects beside pydeephaven's positional flags
export type { JoinOptions, NaturalJoinOptions, SnapshotWhenOptions, UngroupOptions } from './table/ops/table-interface.js';
export type { TableHandle } from './table/ops/operations.js';
export { Query } from './table/query.js';
export { InputTable } from './table/table.js';
// issue 20: formats, layout hints and attributes, input tables made anywhere
export type { CellFormat } from './table/formats.js';
export { formatValue } from './table/format-value.js';
export type { FormatValueOptions } from './table/format-value.js';
export type { ColumnGroup, LayoutHints, TableAttributes, TotalsConfig } from './table/table-metadata.js';
export type { ColumnRestriction } from './services/input-table-service.js';
export { HierarchicalTable } from './table/hierarchical/hierarchical-table.js';
export type { ExpandOptions } from './table/hierarchical/hierarchical-table.js';
export { RollupTable } from './table/hierarchical/rollup-table.js';
export { TreeTable } from './table/hierarchical/tree-table.js';
export type { HierarchicalKey } from './table/hierarchical/expansions.js';
export type { HierarchicalRow, HierarchicalViewportOptions, HierarchicalViewportUpdate } from './table/hierarchical/viewport.js';
export type { RollupOptions, TreeOptions } from './table/hierarchical/open.js';
export type { InputTableOptions } from './table/upload.js';
// Type-only: the class loads with the first partitionBy/openPartitionedTable (it brings the Arrow writer).
export type { PartitionByOptions, PartitionedTable } from './table/partitioned-table.js';
export type { ColumnStatistics, SeekRowOptions } from './table/statistics.js';
export { agg } from './table/ops/agg.js';
export { updateBy } from './table/ops/update-by.js';
export type { Cols, Span } from './table/ops/update-by.js';
export { filters } from './table/ops/filters.js';
export type { ColumnName, FilterLiteral } from './table/ops/filters.js';
export type {
  AggSpec,
  Aggregation,
  BadDataBehavior,
  CompareOperator,
  DeltaControl,
  EmKind,
  Filter,
  FilterValue,
  MathContext,
  NaturalJoinType,
  OperationControl,
  RollingKind,
  SortKey,
  UpdateByOperation,
  UpdateBySpec,
  UpdateByWindow,
} from './services/table-operations.js';
export { Fetchable, PluginClient } from './plugin/plugin-client.js';
export type { PluginClientOptions, PluginMessage, PluginRequestStream, Reference } from './plugin/plugin-client.js';
export { decodeFigure } from './plugin/figure.js';
export { decodePlotlyExpress } from './plugin/plotly-express.js';
export type { PlotlyExpressOptions, PlotlyFigure } from './plugin/plotly-express.js';
export type {
  AxisDescription,
  AxisFormatType,
  AxisPosition,
  AxisType,
  BusinessCalendarDescription,
  BusinessPeriod,
  ChartDescription,
  ChartType,
  DayOfWeek,
  FigureDescription,
  Holiday,
  KeyedSetting,
  MultiSeriesDescription,
  MultiSeriesSourceDescription,
  OneClickDescription,
  SeriesDescription,
  SeriesPlotStyle,
  SourceDescription,
  SourceType,
} from './services/figure-types.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported as a deprecated alias so existing code keeps compiling (CHANGELOG)
export type { Auth, LegacyHandlerAuth } from './session/auth.js';
export { PSK_HANDLER } from './session/auth.js';
export { Code, DeephavenError, SessionClosedError, codeName, isAbortError } from './errors.js';
export type { DeephavenErrorOptions, SessionEndReason } from './errors.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported as a deprecated alias so existing code keeps compiling (CHANGELOG)
export type { AbortOptions, CallOptions } from './rx/abortable.js';

// ---- advanced / may change ---------------------------------------------------------------------------------
export type { CustomTransport, TransportKind } from './transport/wire-transport.js';
export type { NodeTlsOptions, TransportChoice } from './transport/choose.js';
