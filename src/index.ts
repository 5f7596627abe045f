/**
 * deephaven-rx: a browser-first, RxJS-native TypeScript SDK for Deephaven Community Core servers.
 *
 * @packageDocumentation
 */

// ---- user API ----------------------------------------------------------------------------------------------
export { Session } from './api/session.js';
export type { SessionOptions, SessionEnded } from './session/connection.js';
export type { RunScriptOptions } from './console/console.js';
export type { FieldInfo, FieldChanges } from './session/fields.js';
export { ApplicationTicket, ExportTicket, ScopeTicket, SharedTicket, Ticket, ticketFromBytes } from './ticket/ticket.js';
export type { TicketKind } from './ticket/ticket.js';
export { ServerObject } from './ticket/server-object.js';
export type { TicketSource } from './session/exports.js';
export type { ExportableObjects } from './session/objects.js';
export { Table } from './table/table.js';
export type { RecordBatchesOptions, SortDirection, ToArrowOptions } from './table/table.js';
export type { TableUpdate, UpdatesOptions, ViewportOptions, ViewportRange, ViewportUpdate } from './table/live-types.js';
export { RowSet } from './barrage/row-set.js';
export type { TableCallOptions, TimeTableOptions } from './table/tables.js';
export { Fetchable, PluginClient } from './plugin/plugin-client.js';
export type { PluginMessage, PluginRequestStream, Reference } from './plugin/plugin-client.js';
export { decodeFigure } from './plugin/figure.js';
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
} from './plugin/figure-types.js';
export type { Auth } from './session/auth.js';
export { PSK_HANDLER } from './session/auth.js';
export { Code, DeephavenError, SessionClosedError, codeName, isAbortError } from './errors.js';
export type { DeephavenErrorOptions, SessionEndReason } from './errors.js';
export type { AbortOptions } from './rx/abortable.js';

// ---- advanced / may change ---------------------------------------------------------------------------------
export type { CustomTransport, TransportKind } from './transport/wire-transport.js';
export type { NodeTlsOptions, TransportChoice } from './transport/choose.js';
