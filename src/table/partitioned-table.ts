import { DataType, Field, Schema, Table as ArrowTable, vectorFromArray, type Vector } from 'apache-arrow';
import { Observable, defer, filter, map, throwError } from 'rxjs';
import { unframe } from '../arrow/ipc-message.js';
import { readSchema } from '../arrow/read.js';
import { Code, DeephavenError, abortError } from '../errors.js';
import { abortable, type AbortOptions } from '../rx/abortable.js';
import { doPut } from '../services/flight-put.js';
import * as service from '../services/partitioned-table-service.js';
import { describeTable } from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { fetchExport, ticketOf, type TicketSource } from '../session/exports.js';
import { ServerObject } from '../ticket/server-object.js';
import { ExportTicket, ticketFromBytes } from '../ticket/ticket.js';
import { uploadMessages } from './arrow-write.js';
import { badArgument, flag, names } from './ops/args.js';
import { checkColumns } from './ops/columns.js';
import type { OperationOptions } from './ops/table-interface.js';
import { createTable, tableFrom, type Table } from './table.js';

/**
 * Options of {@link Table.partitionBy}.
 *
 * @example
 * ```ts
 * const bySym = await trades.partitionBy('Sym', { dropKeys: true });
 * ```
 */
export interface PartitionByOptions extends OperationOptions {
  /**
   * Leave the key columns out of the constituents.
   * @default false
   */
  readonly dropKeys?: boolean;
}

/**
 * A table split by key columns into one constituent table per key (the server's `PartitionedTable`, pydeephaven's
 * and the web UI's partition picker): made by {@link Table.partitionBy} or opened from a script's variable with
 * `session.openPartitionedTable`. It holds two exports on the server (the partitioned table and its underlying table
 * of keys and constituents) until {@link PartitionedTable.close} or the session's close; tables it returns are the
 * caller's to close.
 *
 * @example
 * ```ts
 * const bySym = await trades.partitionBy('Sym');
 * bySym.keys$.subscribe((keys) => console.log('symbols:', keys.map(([sym]) => sym)));
 * const aapl = await bySym.getConstituent('AAPL'); // null when there is no such key
 * const all = await bySym.merge();
 * await bySym.close();
 * ```
 */
export class PartitionedTable {
  private closed = false;

  /** The key columns, in order: a key has one value per column. */
  readonly keyColumns: readonly string[];
  /** The column of the underlying table that holds the constituent tables. */
  readonly constituentColumn: string;
  /** The columns every constituent has (an apache-arrow Schema, with Deephaven's metadata). */
  readonly constituentSchema: Schema;
  /** True when each key has at most one constituent (always so for {@link Table.partitionBy}). */
  readonly uniqueKeys: boolean;

  /** @internal */
  constructor(
    private readonly connection: Connection,
    /** The export that holds the partitioned table on the server. */
    readonly ticket: ExportTicket,
    private readonly underlying: Table,
    description: service.PartitionedDescription,
  ) {
    this.keyColumns = Object.freeze([...description.keyColumns]);
    this.constituentColumn = description.constituentColumn;
    this.constituentSchema = readSchema(unframe(description.constituentSchema));
    this.uniqueKeys = description.uniqueKeys;
  }

  /** True once {@link PartitionedTable.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closed || this.connection.isClosed;
  }

  /**
   * The keys as a live table of the key columns (one row per key, ticking as keys come and go), in a new export the
   * caller closes.
   *
   * @example
   * ```ts
   * const bySym = await trades.partitionBy('Sym');
   * const keys = await bySym.keys();
   * console.log((await keys.toArrow()).toArray());
   * await keys.close();
   * ```
   */
  keys(options: OperationOptions = {}): Promise<Table> {
    return this.guard('keys', options, () => this.underlying.selectDistinct([...this.keyColumns], options));
  }

  /**
   * The keys, live: the current keys at once (each key an array of one value per key column, in the order of
   * {@link PartitionedTable.keyColumns}, values as `toArrow()` reads them), then the whole list again each time keys
   * are added or removed. Cold: each subscription is one live subscription to the key columns of the underlying
   * table, ended by unsubscribing. A static partitioned table emits once and completes.
   *
   * @example
   * ```ts
   * const bySym = await trades.partitionBy('Sym');
   * const picker = document.querySelector('select')!;
   * bySym.keys$.subscribe((keys) => {
   *   picker.replaceChildren(...keys.map(([sym]) => new Option(String(sym))));
   * });
   * ```
   */
  get keys$(): Observable<readonly unknown[][]> {
    return defer(() => {
      if (this.isClosed) return throwError(() => this.closedError('keys$'));
      const columns = this.keyColumns;
      return this.underlying.updates({ columns }).pipe(
        filter((u) => u.isSnapshot || u.added.size > 0 || u.removed.size > 0),
        map((u) => {
          const vectors = columns.map((c) => u.table.getChild(c));
          const keys: unknown[][] = [];
          for (let i = 0; i < u.size; i++) keys.push(vectors.map((v) => v?.get(i)));
          return keys;
        }),
      );
    });
  }

  /**
   * The constituent table of one key, in a new export the caller closes; `null` when there is no such key. `key`
   * is the value of the one key column, or an array of one value per key column (strings, numbers, bigints,
   * booleans, as the key columns' Arrow types take them). A key of the wrong arity rejects with `InvalidArgument`
   * before any call.
   *
   * @example
   * ```ts
   * const byPair = await trades.partitionBy(['Sym', 'Exchange']);
   * const t = await byPair.getConstituent(['AAPL', 'NYSE']);
   * if (t !== null) console.log(t.size, 'rows');
   * ```
   */
  getConstituent(key: unknown, options: OperationOptions = {}): Promise<Table | null> {
    return this.guard(
      'getConstituent',
      options,
      async (signal) => {
        const messages = uploadMessages(this.keyTable(key));
        const keyTicket = this.connection.exports.allocate();
        try {
          // The server waits for the key table's upload; both calls go at once.
          const [put, table] = await Promise.allSettled([
            doPut(this.connection, keyTicket, messages, { signal }),
            createTable(this.connection, (result) => service.getConstituent(this.connection, this.ticket, keyTicket, result, { signal }), { signal }),
          ]);
          if (put.status === 'rejected') {
            if (table.status === 'fulfilled') await table.value.close();
            throw put.reason;
          }
          if (table.status === 'fulfilled') return table.value;
          if (signal?.aborted !== true && noSuchKey(DeephavenError.from(table.reason))) return null;
          throw table.reason;
        } finally {
          this.connection.exports.abandon(keyTicket);
        }
      },
      (t) => t?.close(),
    );
  }

  /**
   * Every constituent's rows in one table (live while constituents tick and come and go), in a new export the
   * caller closes.
   *
   * @example
   * ```ts
   * const bySym = await trades.partitionBy('Sym');
   * const all = await bySym.merge();
   * console.log(all.size, 'rows in', (await bySym.keys()).size, 'partitions');
   * ```
   */
  merge(options: OperationOptions = {}): Promise<Table> {
    return this.guard(
      'merge',
      options,
      (signal) => createTable(this.connection, (result) => service.mergePartitioned(this.connection, this.ticket, result, { signal }), { signal }),
      (t) => t.close(),
    );
  }

  /**
   * Releases the partitioned table and its underlying table on the server. Idempotent. Tables it returned stay
   * open; live `keys$` subscriptions end.
   */
  close(options: AbortOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.closed) return;
      this.closed = true;
      await Promise.all([this.connection.exports.release(this.ticket, { signal }).catch(() => undefined), this.underlying.close()]);
    });
  }

  /** A short description for logs and debugging. */
  toString(): string {
    return `PartitionedTable(${String(this.ticket)}, keys [${this.keyColumns.join(', ')}])`;
  }

  /** A one-row apache-arrow table of `key`, typed as the key columns are. */
  private keyTable(key: unknown): ArrowTable {
    const n = this.keyColumns.length;
    const values = Array.isArray(key) ? (key as unknown[]) : n === 1 ? [key] : undefined;
    if (values === undefined || values.length !== n)
      throw badArgument('getConstituent', `takes a key of ${n} value${n === 1 ? '' : 's'} (${this.keyColumns.join(', ')}), got ${describeKey(key)}`);
    const fields: Field[] = [];
    const columns: Record<string, Vector> = {};
    this.keyColumns.forEach((name, i) => {
      const field = this.underlying.schema.fields.find((f) => f.name === name);
      if (field === undefined) throw new DeephavenError(Code.DataLoss, `the underlying table has no key column ${JSON.stringify(name)}`);
      if (!fits(values[i], field.type))
        throw badArgument('getConstituent', `the key value ${describeKey(values[i])} does not fit the column ${name} (${String(field.type)})`);
      try {
        columns[name] = vectorFromArray([keyValue(values[i], field.type)], field.type);
      } catch (err) {
        throw badArgument('getConstituent', `the key value ${describeKey(values[i])} does not fit the column ${name} (${String(field.type)}): ${String(err)}`);
      }
      fields.push(field);
    });
    return new ArrowTable(new Schema(fields), columns);
  }

  private guard<T>(op: string, options: AbortOptions, run: (signal: AbortSignal | undefined) => Promise<T>, dispose?: (value: T) => unknown): Promise<T> {
    return abortable(
      options.signal,
      (signal) => {
        if (this.isClosed) throw this.closedError(op);
        return run(signal);
      },
      dispose,
    );
  }

  private closedError(op: string): DeephavenError {
    if (this.connection.isClosed) return this.connection.closedError();
    return new DeephavenError(Code.FailedPrecondition, `${op}: the partitioned table ${String(this.ticket)} was closed`);
  }
}

/**
 * The server's answer for a key without a constituent: 42.x says INVALID_ARGUMENT "… 0 constituents found" (NOT_FOUND
 * is taken too).
 */
function noSuchKey(e: DeephavenError): boolean {
  return e.code === Code.NotFound || (e.code === Code.InvalidArgument && /\b0 constituents found/.test(e.rawMessage));
}

/** Whether a key value is of a kind the column's Arrow type holds (null fits every column). */
function fits(value: unknown, type: DataType): boolean {
  if (value === null) return true;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return typeof value === 'string';
  if (DataType.isInt(type)) return typeof value === 'bigint' || Number.isInteger(value);
  if (DataType.isFloat(type)) return typeof value === 'number';
  if (DataType.isBool(type)) return typeof value === 'boolean';
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return value instanceof Date || typeof value === 'number' || typeof value === 'bigint';
  return value !== undefined;
}

/** A key value as the column's Arrow type takes it: whole numbers as bigints for 64-bit integers, as numbers below. */
function keyValue(value: unknown, type: DataType): unknown {
  if (!DataType.isInt(type)) return value;
  if (typeof value === 'number' && type.bitWidth === 64 && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'bigint' && type.bitWidth < 64 && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  return value;
}

function describeKey(key: unknown): string {
  if (typeof key === 'bigint') return `${key}n`;
  try {
    return JSON.stringify(key) ?? String(key);
  } catch {
    return String(key);
  }
}

/**
 * @internal A partitioned table from an export this session owns (made by `PartitionBy`, or fetched from a ticket):
 * `FetchObject` for its description and underlying table, whose columns `GetExportedTableCreationResponse` gives.
 * The export is given up on failure.
 */
export async function openPartitioned(connection: Connection, ticket: ExportTicket, signal: AbortSignal | undefined): Promise<PartitionedTable> {
  let underlying: ExportTicket | undefined;
  const releaseRaw = (raw: Uint8Array): void => {
    const t = ticketFromBytes(raw);
    if (t instanceof ExportTicket) void connection.exports.release(t).catch(() => undefined);
  };
  try {
    const description = await service.describePartitioned(connection, ticket, releaseRaw, { signal });
    const raw = ticketFromBytes(description.underlying);
    if (!(raw instanceof ExportTicket)) throw new DeephavenError(Code.DataLoss, `the server referenced ${String(raw)}, not an export`);
    underlying = raw;
    const table = tableFrom(connection, underlying, await describeTable(connection, underlying, { signal }));
    return new PartitionedTable(connection, ticket, table, description);
  } catch (err) {
    connection.exports.abandon(ticket);
    if (underlying !== undefined) void connection.exports.release(underlying).catch(() => undefined);
    throw err;
  }
}

/** @internal `PartitionBy` of `source` into a new export of the session. */
export async function partitionTable(
  connection: Connection,
  source: Table,
  by: unknown,
  options: PartitionByOptions,
): Promise<PartitionedTable> {
  const keys = names(by, 'partitionBy', 'key columns');
  const dropKeys = flag(options.dropKeys ?? false, 'partitionBy', 'dropKeys');
  checkColumns('partitionBy', keys, source.columns, 'the table');
  if (connection.isClosed) throw connection.closedError();
  if (options.signal?.aborted === true) throw abortError(options.signal);
  const result = connection.exports.allocate();
  try {
    await service.partitionBy(connection, source.ticket, keys, dropKeys, result, { signal: options.signal });
  } catch (err) {
    connection.exports.abandon(result);
    throw err;
  }
  return openPartitioned(connection, result, options.signal);
}

/**
 * @internal The partitioned table a ticket names (a script's variable, a shared ticket, an application field), in
 * a new export of this session. A {@link ServerObject} of another type is refused before any call.
 */
export async function fetchPartitionedTable(connection: Connection, source: TicketSource | ServerObject, signal: AbortSignal | undefined): Promise<PartitionedTable> {
  if (source instanceof ServerObject && source.type !== service.PARTITIONED_TABLE_TYPE)
    throw new DeephavenError(Code.FailedPrecondition, `${String(source)} is a ${source.type || 'object without a type'}, not a PartitionedTable`);
  const ticket = ticketOf(source);
  return openPartitioned(connection, await fetchExport(connection, ticket, { signal }), signal);
}
