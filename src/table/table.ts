import { tableFromIPC, type Schema, type Table as ArrowTable } from 'apache-arrow';
import { lastValueFrom, map, toArray, type Observable } from 'rxjs';
import { Code, DeephavenError, abortError } from '../errors.js';
import type { Connection } from '../session/connection.js';
import type { ExportTicket } from '../ticket/ticket.js';
import { runOperation, type TableCreation } from '../services/table-service.js';
import type { TableOperation } from '../services/table-operations.js';
import { FlightService, FlightTicket } from '../transport/services.js';
import { ipcStream, unframe, type IpcMessage } from './arrow-ipc.js';
import { TableOperations, type OperationOptions } from './ops/table-interface.js';
import { checkColumns, columnsRead } from './ops/columns.js';

export type { SortDirection } from './ops/operations.js';

/** Options of {@link Table.toArrow}. */
export interface ToArrowOptions {
  /** Cancels the download (the server stops sending); the Promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
}

/**
 * A table on the server, held by this session as an export until {@link Table.close} (or the session's close).
 * Operations make new tables on the server and return them; reading the data is {@link Table.toArrow}.
 *
 * @example
 * ```ts
 * const t = await session.emptyTable(5);
 * const u = await t.update(['X = i', 'Y = X * 2']);
 * console.log((await u.toArrow()).toArray());
 * await Promise.all([t.close(), u.close()]);
 * ```
 */
export class Table extends TableOperations<Promise<Table>> {
  private closed = false;

  /** @internal */
  constructor(
    protected readonly connection: Connection,
    /** The export that holds the table on the server. */
    readonly ticket: ExportTicket,
    /**
     * The table's columns as an apache-arrow Schema, with Deephaven's metadata: `deephaven:type` (the Java type)
     * and the other `deephaven:` keys on each field, table attributes on the schema.
     */
    readonly schema: Schema,
    /** The number of rows when the table was made (refreshing tables change; see {@link Table.isRefreshing}). */
    readonly size: number,
    /** True when the table updates (ticking); false for static tables. */
    readonly isRefreshing: boolean,
  ) {
    super();
    Table.columnsOf.set(ticket, this.columns);
  }

  /** True once {@link Table.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closed || this.connection.isClosed;
  }

  /** The column names, in order. */
  get columns(): string[] {
    return this.schema.fields.map((f) => f.name);
  }

  /**
   * Reads the whole table (a consistent snapshot of a refreshing one) as an apache-arrow `Table`, through Arrow
   * Flight's `DoGet`. Nulls are Arrow nulls; Deephaven types map as the server's Arrow schema says (e.g. `char` is
   * `Uint16`, `Instant` a nanosecond `Timestamp`).
   */
  async toArrow(options: ToArrowOptions = {}): Promise<ArrowTable> {
    this.assertOpen('toArrow');
    const messages = await lastValueFrom(this.flightData(options.signal).pipe(toArray()));
    try {
      return tableFromIPC(ipcStream(messages));
    } catch (err) {
      throw new DeephavenError(Code.DataLoss, `the table's Arrow data could not be read: ${String(err)}`, {
        method: 'arrow.flight.protocol.FlightService/DoGet',
        cause: err,
      });
    }
  }

  /** @internal The DoGet stream as IPC messages (cold; unsubscribe cancels). */
  flightData(signal?: AbortSignal): Observable<IpcMessage> {
    const request = new FlightTicket();
    request.setTicket(this.ticket.rawBytes);
    return this.connection
      .serverStream(FlightService.DoGet, request, { signal })
      .pipe(map((data): IpcMessage => ({ header: data.getDataHeader_asU8(), body: data.getDataBody_asU8() })));
  }

  /**
   * Releases the table's export on the server. Idempotent. Tables made from this one are independent and stay
   * open; shared tickets this table was published to stop resolving.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.exports.release(this.ticket).catch(() => undefined);
  }

  override toString(): string {
    return `Table(${String(this.ticket)}, ${this.size} rows, [${this.columns.join(', ')}]${this.isRefreshing ? ', refreshing' : ''})`;
  }

  /** @internal One operation on this table into a new export of the session. */
  protected override apply(make: () => TableOperation, options: OperationOptions | undefined): Promise<Table> {
    let op: TableOperation;
    try {
      op = make();
      this.assertOpen(op.op);
      this.checkColumns(op);
    } catch (err) {
      return Promise.reject(err);
    }
    return createTable(this.connection, (result) => runOperation(this.connection, op, this.ticket, result, options), options);
  }

  /** Names an unknown column before any call (the server's answer would be opaque). */
  private checkColumns(op: TableOperation): void {
    const read = columnsRead(op);
    checkColumns(op.op, read.source, this.columns, 'the table');
    const other = read.other;
    if (other === undefined) return;
    const known = Table.columnsOf.get(other.ticket);
    if (known !== undefined) checkColumns(op.op, other.columns, known, `the other table ${String(other.ticket)}`);
  }

  /** @internal The columns of each open table's ticket (to check the other table of joins). */
  private static readonly columnsOf = new WeakMap<object, readonly string[]>();

  private assertOpen(op: string): void {
    if (this.connection.isClosed) throw this.connection.closedError();
    if (this.closed) throw new DeephavenError(Code.FailedPrecondition, `${op}: the table ${String(this.ticket)} was closed`);
  }
}

/**
 * @internal Makes a table in a new export of the session with `make` (one service call that fills the export); on
 * failure or abort the export is given up (released without waiting) and the call's error comes back.
 */
export async function createTable(
  connection: Connection,
  make: (result: ExportTicket) => Promise<TableCreation>,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<Table> {
  if (connection.isClosed) throw connection.closedError();
  if (options.signal?.aborted === true) throw abortError(options.signal);
  const result = connection.exports.allocate();
  try {
    return tableFrom(connection, result, await make(result));
  } catch (err) {
    connection.exports.abandon(result);
    throw err;
  }
}

/** @internal A `Table` for an export, from the server's description of it. */
export function tableFrom(connection: Connection, ticket: ExportTicket, created: TableCreation): Table {
  return new Table(connection, ticket, parseSchema(created.schemaHeader), created.size, !created.isStatic);
}

/** @internal The apache-arrow Schema of a table's framed schema message. */
export function parseSchema(framed: Uint8Array): Schema {
  try {
    return tableFromIPC(ipcStream([{ header: unframe(framed), body: new Uint8Array(0) }])).schema;
  } catch (err) {
    throw DeephavenError.from(err);
  }
}
