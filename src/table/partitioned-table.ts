import { DataType, Field, Schema, Table as ArrowTable, TimeUnit, makeData, makeVector, type Vector } from 'apache-arrow';
import { Observable, defer, filter, map, throwError } from 'rxjs';
import { type FlightMessage, unframe } from '../arrow/ipc-message.js';
import { readSchema } from '../arrow/read.js';
import { Code, DeephavenError, abortError } from '../errors.js';
import { abortable, type CallOptions } from '../rx/abortable.js';
import { doPut } from '../services/flight-service.js';
import type { ServiceCalls } from '../services/table-creation.js';
import * as service from '../services/partitioned-table-service.js';
import { describeTable } from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { claimExport, fetchExport, ticketOf, type TicketSource } from '../session/exports.js';
import { ServerObject } from '../ticket/server-object.js';
import { ExportTicket, ticketFromBytes } from '../ticket/ticket.js';
import { uploadMessages } from './arrow-write.js';
import { badArgument, flag, names } from './ops/args.js';
import { checkColumns } from './ops/columns.js';
import { createTable, type Table } from './table.js';

/**
 * Options of {@link Table.partitionBy}.
 *
 * @example
 * ```ts
 * const bySym = await trades.partitionBy('Sym', { dropKeys: true });
 * ```
 */
export interface PartitionByOptions extends CallOptions {
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
  keys(options: CallOptions = {}): Promise<Table> {
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
          for (let i = 0; i < u.size; i++) keys.push(vectors.map((v): unknown => v?.get(i)));
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
  getConstituent(key: unknown, options: CallOptions = {}): Promise<Table | null> {
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
            createTable(
              this.connection,
              (result, wireSignal) => service.getConstituent(this.connection, this.ticket, keyTicket, result, { signal: wireSignal }),
              {
                signal,
                what: `the constituent ${describeKey(key)} of ${String(this.ticket)}`,
                needs: [this.ticket],
                replay: (result) => this.constituentAgain(messages, result),
              },
            ),
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
  merge(options: CallOptions = {}): Promise<Table> {
    return this.guard(
      'merge',
      options,
      (signal) =>
        createTable(
          this.connection,
          (result, wireSignal) => service.mergePartitioned(this.connection, this.ticket, result, { signal: wireSignal }),
          { signal, what: `the merge of ${String(this.ticket)}`, needs: [this.ticket] },
        ),
      (t) => t.close(),
    );
  }

  /**
   * Releases the partitioned table and its underlying table on the server. Idempotent. Tables it returned stay
   * open; live `keys$` subscriptions end.
   */
  close(options: CallOptions = {}): Promise<void> {
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

  /** A rebuild makes a constituent again: its key uploaded again, for the call only. */
  private async constituentAgain(messages: FlightMessage[], result: ExportTicket): Promise<void> {
    const keyTicket = this.connection.exports.allocate();
    try {
      await Promise.all([
        doPut(this.connection, keyTicket, messages),
        service.getConstituent(this.connection, this.ticket, keyTicket, result),
      ]);
    } finally {
      this.connection.exports.abandon(keyTicket);
    }
  }

  /** A one-row apache-arrow table of `key`, typed as the key columns are. */
  private keyTable(key: unknown): ArrowTable {
    const n = this.keyColumns.length;
    const values = Array.isArray(key) ? (key as unknown[]) : n === 1 ? [key] : undefined;
    if (values === undefined || values.length !== n)
      throw badArgument(
        'getConstituent',
        `takes a key of ${n} value${n === 1 ? '' : 's'} (${this.keyColumns.join(', ')}), got ${describeKey(key)}`,
      );
    const fields: Field[] = [];
    const columns: Record<string, Vector> = {};
    this.keyColumns.forEach((name, i) => {
      const field = this.underlying.schema.fields.find((f) => f.name === name);
      if (field === undefined) throw new DeephavenError(Code.DataLoss, `the underlying table has no key column ${JSON.stringify(name)}`);
      const vector = keyVector(values[i], (field as Field<DataType>).type);
      if (vector === undefined)
        throw badArgument(
          'getConstituent',
          `the key value ${describeKey(values[i])} does not fit the column ${name} (${String(field.type)})`,
        );
      columns[name] = vector;
      fields.push(field);
    });
    return new ArrowTable(new Schema(fields), columns);
  }

  private guard<T>(
    op: string,
    options: CallOptions,
    run: (signal: AbortSignal | undefined) => Promise<T>,
    dispose?: (value: T) => unknown,
  ): Promise<T> {
    return abortable(
      options.signal,
      (signal) => {
        if (this.isClosed) throw this.closedError(op);
        // A rebuild of the session could not make this table again: say why.
        const lost = this.connection.exports.failure(this.ticket);
        if (lost !== undefined) throw lost;
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

const NANOS_PER: Record<number, bigint> = {
  [TimeUnit.SECOND]: 1_000_000_000n,
  [TimeUnit.MILLISECOND]: 1_000_000n,
  [TimeUnit.MICROSECOND]: 1_000n,
  [TimeUnit.NANOSECOND]: 1n,
};

/**
 * @internal A one-value column of the key column's Arrow type, or undefined when the value does not fit it. Built from buffers
 * (apache-arrow's builders compile code with `new Function`, which a strict Content-Security-Policy refuses).
 */
export function keyVector(value: unknown, type: DataType): Vector | undefined {
  if (value === null)
    return makeVector(makeData({ type, length: 1, nullCount: 1, nullBitmap: new Uint8Array(1), ...emptyBuffers(type) } as never));
  const data = keyData(value, type);
  return data === undefined ? undefined : makeVector(makeData({ type, length: 1, nullCount: 0, ...data } as never));
}

function emptyBuffers(type: DataType): object {
  if (DataType.isUtf8(type)) return { valueOffsets: new Int32Array(2), data: new Uint8Array(0) };
  if (DataType.isBool(type)) return { data: new Uint8Array(1) };
  const T = (type as unknown as { ArrayType?: new (n: number) => ArrayLike<unknown> }).ArrayType ?? Uint8Array;
  return { data: new T(DataType.isTimestamp(type) || DataType.isInt(type) ? 2 : 1) };
}

// eslint-disable-next-line complexity -- one branch per key column type, each refusing a value of the wrong kind
function keyData(value: unknown, type: DataType): object | undefined {
  if (DataType.isUtf8(type)) {
    if (typeof value !== 'string') return undefined;
    const bytes = new TextEncoder().encode(value);
    return { valueOffsets: Int32Array.of(0, bytes.length), data: bytes };
  }
  if (DataType.isBool(type)) return typeof value === 'boolean' ? { data: Uint8Array.of(value ? 1 : 0) } : undefined;
  if (DataType.isFloat(type))
    return typeof value === 'number' ? { data: new (type.ArrayType as Float64ArrayConstructor)([value]) } : undefined;
  if (DataType.isInt(type)) {
    // Deephaven's char is an unsigned 16-bit column: it takes a one-character string.
    if (typeof value === 'string' && type.bitWidth === 16 && !type.isSigned)
      return value.length === 1 ? { data: Uint16Array.of(value.charCodeAt(0)) } : undefined;
    const whole = typeof value === 'bigint' ? value : Number.isSafeInteger(value) ? BigInt(value as number) : undefined;
    if (whole === undefined) return undefined;
    if (type.bitWidth === 64) return { data: (type.isSigned ? BigInt64Array : BigUint64Array).of(whole) };
    return { data: new (type.ArrayType as Int32ArrayConstructor)([Number(whole)]) };
  }
  if (DataType.isTimestamp(type)) {
    const nanos = value instanceof Date ? BigInt(value.getTime()) * 1_000_000n : typeof value === 'bigint' ? value : undefined;
    if (nanos === undefined) return undefined;
    return { data: BigInt64Array.of(nanos / (NANOS_PER[type.unit] ?? 1n)) };
  }
  return undefined;
}

function describeKey(key: unknown): string {
  if (typeof key === 'bigint') return `${key}n`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- undefined for undefined, functions
    return (JSON.stringify(key) as string | undefined) ?? String(key);
  } catch {
    return String(key);
  }
}

/**
 * @internal A partitioned table from an export this session owns (made by `PartitionBy`, or fetched from a ticket):
 * `FetchObject` for its description and underlying table, whose columns `GetExportedTableCreationResponse` gives.
 * The export is given up on failure.
 */
export async function openPartitioned(
  connection: Connection,
  ticket: ExportTicket,
  signal: AbortSignal | undefined,
): Promise<PartitionedTable> {
  let underlying: Table | undefined;
  try {
    const got: { description?: service.PartitionedDescription } = {};
    underlying = await createTable(
      connection,
      async (result, wireSignal) => {
        got.description = await underlyingInto(connection, connection, ticket, result, wireSignal);
        return describeTable(connection, result, { signal: wireSignal });
      },
      {
        signal,
        what: `the table of keys and constituents of ${String(ticket)}`,
        needs: [ticket],
        // The rebuild's own FetchObject: the partitioned table was made again just before.
        replay: (result) => underlyingInto(connection, connection.replayCalls, ticket, result, undefined),
      },
    );
    if (got.description === undefined) throw new DeephavenError(Code.Internal, `no description of ${String(ticket)}`);
    return new PartitionedTable(connection, ticket, underlying, got.description);
  } catch (err) {
    connection.exports.abandon(ticket);
    if (underlying !== undefined) void underlying.close().catch(() => undefined);
    throw err;
  }
}

/**
 * `FetchObject` of the partitioned table `ticket`, and its underlying table (a server-made export, which a rebuild
 * could not name again) moved into `result`, an export of this session: the same `Table` reads it after a rebuild.
 */
async function underlyingInto(
  connection: Connection,
  calls: ServiceCalls,
  ticket: ExportTicket,
  result: ExportTicket,
  signal: AbortSignal | undefined,
): Promise<service.PartitionedDescription> {
  const releaseRaw = (raw: Uint8Array): void => {
    const t = ticketFromBytes(raw);
    if (t instanceof ExportTicket) void connection.exports.release(t).catch(() => undefined);
  };
  const description = await service.describePartitioned(calls, ticket, releaseRaw, { signal });
  try {
    const raw = ticketFromBytes(description.underlying);
    if (!(raw instanceof ExportTicket)) throw new DeephavenError(Code.DataLoss, `the server referenced ${String(raw)}, not an export`);
    await connection.exportFromTicket(raw, result, { signal });
  } finally {
    releaseRaw(description.underlying);
  }
  return description;
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
  const result = await claimExport(
    connection,
    async (ticket, wireSignal) => {
      await service.partitionBy(connection, source.ticket, keys, dropKeys, ticket, { signal: wireSignal });
      return ticket;
    },
    { signal: options.signal, what: `the partitioned table of ${String(source.ticket)}`, needs: [source.ticket] },
  );
  return openPartitioned(connection, result, options.signal);
}

/**
 * @internal The partitioned table a ticket names (a script's variable, a shared ticket, an application field), in
 * a new export of this session. A {@link ServerObject} of another type is refused before any call.
 */
export async function fetchPartitionedTable(
  connection: Connection,
  source: TicketSource | ServerObject,
  signal: AbortSignal | undefined,
): Promise<PartitionedTable> {
  if (source instanceof ServerObject && source.type !== service.PARTITIONED_TABLE_TYPE)
    throw new DeephavenError(
      Code.FailedPrecondition,
      `${String(source)} is a ${source.type || 'object without a type'}, not a PartitionedTable`,
    );
  const ticket = ticketOf(source);
  return openPartitioned(connection, await fetchExport(connection, ticket, { signal }), signal);
}
