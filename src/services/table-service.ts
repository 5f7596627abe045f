/**
 * @internal The TableService client for calls of their own: one operation on a table ({@link runOperation}), and
 * the calls that make a table from other sources (fetch, empty and time tables, merges, input tables). Each
 * resolves with the {@link TableCreation} the server answers. Requests are built in `table-requests.ts`; chains
 * of operations go as one call through `table-batch.ts`.
 */
import { ExportedTableUpdatesRequest, FetchTableRequest } from '../generated/deephaven_core/proto/table_core_pb.js';
import { ExportedTableUpdates } from '../generated/deephaven_core/proto/table_pb_service/ExportedTableUpdates.js';
import { FetchTable } from '../generated/deephaven_core/proto/table_pb_service/FetchTable.js';
import { GetExportedTableCreationResponse } from '../generated/deephaven_core/proto/table_pb_service/GetExportedTableCreationResponse.js';
import { map, type Observable } from 'rxjs';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { callCreating, type ServiceCalls, type TableCreation } from './table-creation.js';
import type { FilterValue, TableOperation } from './table-operations.js';
import { ref } from './table-refs.js';
import { ticketPb } from './tickets.js';

/** Everything but reading a table loads on first use (the size test counts what loads at start). */
const more = (): Promise<typeof import('./table-service-more.js')> => import('./table-service-more.js');

/** @internal One operation on `source` into the export `result`, as one call. */
export async function runOperation(
  calls: ServiceCalls,
  op: TableOperation,
  source: Ticket,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { buildOperation } = await more();
  const b = buildOperation(op, ticketPb(result), ref(source));
  return callCreating(calls, b.def, b.request, options);
}

/** @internal `FetchTable` of any ticket into `result`. */
export function fetchTable(calls: ServiceCalls, source: Ticket, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new FetchTableRequest();
  r.setSourceId(ref(source));
  r.setResultId(ticketPb(result));
  return callCreating(calls, FetchTable, r, options);
}

/** @internal `GetExportedTableCreationResponse`: describes the table behind any ticket without exporting it. */
export function describeTable(calls: ServiceCalls, ticket: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  return callCreating(calls, GetExportedTableCreationResponse, ticketPb(ticket), options);
}

/** @internal `EmptyTable` of `size` rows into `result`. */
export async function emptyTable(calls: ServiceCalls, size: bigint, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const { EmptyTableRequest, EmptyTable } = await more();
  const r = new EmptyTableRequest();
  r.setResultId(ticketPb(result));
  r.setSize(String(size));
  return callCreating(calls, EmptyTable, r, options);
}

/** @internal Arguments of {@link timeTable}. */
export interface TimeTableSpec {
  readonly period: bigint | string;
  readonly startTime?: bigint | string | undefined;
  readonly blinkTable: boolean;
}

/** @internal `TimeTable` into `result`. */
export async function timeTable(
  calls: ServiceCalls,
  spec: TimeTableSpec,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { TimeTableRequest, TimeTable } = await more();
  const r = new TimeTableRequest();
  r.setResultId(ticketPb(result));
  if (typeof spec.period === 'string') r.setPeriodString(spec.period);
  else r.setPeriodNanos(String(spec.period));
  if (typeof spec.startTime === 'bigint') r.setStartTimeNanos(String(spec.startTime));
  else if (typeof spec.startTime === 'string') r.setStartTimeString(spec.startTime);
  r.setBlinkTable(spec.blinkTable);
  return callCreating(calls, TimeTable, r, options);
}

/** @internal `MergeTables` of `sources` (sorted merge on `keyColumn` when given) into `result`. */
export async function mergeTables(
  calls: ServiceCalls,
  sources: readonly Ticket[],
  keyColumn: string | undefined,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { MergeTablesRequest, MergeTables } = await more();
  const r = new MergeTablesRequest();
  r.setResultId(ticketPb(result));
  r.setSourceIdsList(sources.map(ref));
  if (keyColumn !== undefined) r.setKeyColumn(keyColumn);
  return callCreating(calls, MergeTables, r, options);
}

/** @internal What an input table is made from, and its kind. */
export interface InputTableSpec {
  /** An Arrow schema message (unframed IPC), or a table whose definition to copy. */
  readonly from: { readonly schema: Uint8Array } | { readonly table: Ticket };
  readonly keyColumns: readonly string[];
  readonly blink: boolean;
}

/** @internal `CreateInputTable` into `result`. */
export async function createInputTable(
  calls: ServiceCalls,
  spec: InputTableSpec,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { CreateInputTableRequest, CreateInputTable } = await more();
  const r = new CreateInputTableRequest();
  r.setResultId(ticketPb(result));
  if ('schema' in spec.from) r.setSchema(spec.from.schema);
  else r.setSourceTableId(ref(spec.from.table));
  const kind = new CreateInputTableRequest.InputTableKind();
  if (spec.blink) kind.setBlink(new CreateInputTableRequest.InputTableKind.Blink());
  else if (spec.keyColumns.length > 0) {
    const keyed = new CreateInputTableRequest.InputTableKind.InMemoryKeyBacked();
    keyed.setKeyColumnsList([...spec.keyColumns]);
    kind.setInMemoryKeyBacked(keyed);
  } else kind.setInMemoryAppendOnly(new CreateInputTableRequest.InputTableKind.InMemoryAppendOnly());
  r.setKind(kind);
  return callCreating(calls, CreateInputTable, r, options);
}

/** @internal One input of {@link multiJoin}: a table, its key columns (`'K'` or `'Out = In'`), and the columns it adds. */
export interface MultiJoinSpec {
  readonly table: Ticket;
  readonly on: readonly string[];
  readonly joins: readonly string[];
}

/** @internal `MultiJoinTables` of `inputs` into `result`. */
export async function multiJoin(
  calls: ServiceCalls,
  inputs: readonly MultiJoinSpec[],
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { MultiJoinTablesRequest, MultiJoinInput, MultiJoinTables } = await more();
  const r = new MultiJoinTablesRequest();
  r.setResultId(ticketPb(result));
  r.setMultiJoinInputsList(
    inputs.map((i) => {
      const m = new MultiJoinInput();
      m.setSourceId(ref(i.table));
      m.setColumnsToMatchList([...i.on]);
      m.setColumnsToAddList([...i.joins]);
      return m;
    }),
  );
  return callCreating(calls, MultiJoinTables, r, options);
}

/** @internal `ComputeColumnStatistics` of `column` of `source` into `result` (a one-row table). */
export async function columnStatistics(
  calls: ServiceCalls,
  source: Ticket,
  column: string,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const { ColumnStatisticsRequest, ComputeColumnStatistics } = await more();
  const r = new ColumnStatisticsRequest();
  r.setResultId(ticketPb(result));
  r.setSourceId(ref(source));
  r.setColumnName(column);
  return callCreating(calls, ComputeColumnStatistics, r, options);
}

/** @internal A value to seek: the literal kinds the server compares a column with. */
export type SeekValue = Exclude<FilterValue, { kind: 'column' }>;

/** @internal Arguments of {@link seekRow}. */
export interface SeekSpec {
  readonly column: string;
  readonly value: SeekValue;
  readonly startingRow: bigint;
  readonly insensitive: boolean;
  readonly contains: boolean;
  readonly backward: boolean;
}

/** @internal `SeekRow`: the position of the next matching row of `source`, or -1. */
export async function seekRow(calls: ServiceCalls, source: Ticket, spec: SeekSpec, options: CallOptions = {}): Promise<number> {
  const { SeekRowRequest, SeekRow, literalPb } = await more();
  const r = new SeekRowRequest();
  r.setSourceId(ticketPb(source));
  r.setColumnName(spec.column);
  r.setStartingRow(String(spec.startingRow));
  r.setSeekValue(literalPb(spec.value));
  r.setInsensitive(spec.insensitive);
  r.setContains(spec.contains);
  r.setIsBackward(spec.backward);
  const response = await calls.unary(SeekRow, r, options);
  return Number(response.getResultRow());
}

/** @internal One size report of the session's `ExportedTableUpdates` stream. */
export interface SizeReport {
  readonly ticket: Uint8Array;
  readonly size: number;
  readonly failure: string;
}

/** @internal `ExportedTableUpdates`: the size of every table the session exports, as it changes. Cold. */
export function exportedTableSizes$(calls: ServiceCalls): Observable<SizeReport> {
  return calls.serverStream(ExportedTableUpdates, new ExportedTableUpdatesRequest()).pipe(
    map(
      (m): SizeReport => ({
        ticket: m.getExportId()?.getTicket_asU8() ?? new Uint8Array(0),
        size: Number(m.getSize()),
        failure: m.getUpdateFailureMessage(),
      }),
    ),
  );
}
