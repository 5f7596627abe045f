/** @internal `Table.columnStatistics` and `Table.seekRow`: one call each, arguments checked before any call. */
import type { Table as ArrowTable } from 'apache-arrow';
import type { CallOptions } from '../rx/abortable.js';
import { Table as ArrowTableClass } from '../arrow/apache-arrow.js';
import { readRecordBatches } from '../arrow/read.js';
import { lastValueFrom, toArray } from 'rxjs';
import { abortError } from '../errors.js';
import { doGet } from '../services/flight-service.js';
import { columnStatistics as computeStatistics, seekRow as seek, type SeekValue } from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import type { ExportTicket } from '../ticket/ticket.js';
import { badArgument, flag, whole } from './ops/args.js';

/**
 * What the server computes of one column ({@link Table.columnStatistics}), as the web UI's column header shows it.
 *
 * @example
 * ```ts
 * const stats = await trades.columnStatistics('Price');
 * console.log(stats.statistics.get('AVG'), stats.statistics.get('MAX'));
 * const syms = await trades.columnStatistics('Sym');
 * for (const [sym, count] of syms.uniqueValues) console.log(sym, count);
 * ```
 */
export interface ColumnStatistics {
  /** The column described. */
  readonly column: string;
  /**
   * Each statistic by the server's name, in the server's order, with its value as `toArrow()` reads it (64-bit
   * integers are `bigint`s): `COUNT` (non-null values) and `SIZE` (rows) for every column; `SUM`, `SUM_ABS`,
   * `SUM_SQRD`, `MIN`, `MAX`, `MIN_ABS`, `MAX_ABS`, `AVG`, `AVG_ABS`, `STD_DEV` for numeric columns; `MIN`, `MAX`
   * for times; `UNIQUE_VALUES` (the number of distinct values) for other columns.
   */
  readonly statistics: ReadonlyMap<string, unknown>;
  /**
   * For non-numeric columns, the most frequent values (as text, as the server gives them) with their counts, most
   * frequent first; empty for numeric and time columns.
   */
  readonly uniqueValues: ReadonlyMap<string, number>;
}

const DO_GET = 'arrow.flight.protocol.FlightService/DoGet';
const UNIQUE_KEYS = 'UNIQUE_KEYS';
const UNIQUE_COUNTS = 'UNIQUE_COUNTS';

/** @internal `ComputeColumnStatistics` into a new export, read with `DoGet`, then released. */
export async function columnStatistics(
  connection: Connection,
  source: ExportTicket,
  column: string,
  options: CallOptions = {},
): Promise<ColumnStatistics> {
  const { signal } = options;
  if (signal?.aborted === true) throw abortError(signal);
  const result = connection.exports.allocate();
  try {
    await computeStatistics(connection, source, column, result, { signal });
    const batches = await lastValueFrom(readRecordBatches(doGet(connection, result, { signal }), DO_GET).pipe(toArray()));
    return read(column, new ArrowTableClass(batches));
  } finally {
    connection.exports.abandon(result);
  }
}

function read(column: string, table: ArrowTable): ColumnStatistics {
  const statistics = new Map<string, unknown>();
  for (const f of table.schema.fields)
    if (f.name !== UNIQUE_KEYS && f.name !== UNIQUE_COUNTS) statistics.set(f.name, table.getChild(f.name)?.get(0));
  const uniqueValues = new Map<string, number>();
  const keys = table.getChild(UNIQUE_KEYS)?.get(0) as Iterable<string | null> | null | undefined;
  const counts = table.getChild(UNIQUE_COUNTS)?.get(0) as Iterable<bigint | number | null> | null | undefined;
  if (keys != null && counts != null) {
    const all = [...counts];
    [...keys].forEach((k, i) => uniqueValues.set(k ?? 'null', Number(all[i] ?? 0)));
  }
  return { column, statistics, uniqueValues };
}

/** Options of {@link Table.seekRow}. */
export interface SeekRowOptions extends CallOptions {
  /**
   * The row position to look on from: the search starts with the row after it (before it, backward) and reaches it
   * last. A grid's "find next" passes the row of the current match.
   * @default 0
   */
  readonly startingRow?: number;
  /**
   * Ignore case (text columns).
   * @default false
   */
  readonly insensitive?: boolean;
  /**
   * Match text that contains the value, not only equal text.
   * @default false
   */
  readonly contains?: boolean;
  /**
   * Look towards the start of the table.
   * @default false
   */
  readonly backward?: boolean;
}

/** @internal The literal a seek value travels as; bad values fail before any call. */
export function seekValue(value: unknown): SeekValue {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'bigint') return { kind: 'long', value };
  if (typeof value === 'number' && !Number.isNaN(value))
    return Number.isSafeInteger(value) ? { kind: 'long', value: BigInt(value) } : { kind: 'double', value };
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { kind: 'instant', nanos: BigInt(value.getTime()) * 1_000_000n };
  throw badArgument('seekRow', `takes a string, number, bigint, boolean or Date to seek, got ${String(value)}`);
}

/** @internal `SeekRow` of `column` (already checked to exist) for `value`. */
export function seekRow(
  connection: Connection,
  source: ExportTicket,
  column: string,
  value: unknown,
  options: SeekRowOptions = {},
): Promise<number> {
  const spec = {
    column,
    value: seekValue(value),
    startingRow: whole(options.startingRow ?? 0, 'seekRow', 'startingRow'),
    insensitive: flag(options.insensitive ?? false, 'seekRow', 'insensitive'),
    contains: flag(options.contains ?? false, 'seekRow', 'contains'),
    backward: flag(options.backward ?? false, 'seekRow', 'backward'),
  };
  return seek(connection, source, spec, { signal: options.signal });
}
