import type { RecordBatch, Schema, Table as ArrowTable } from 'apache-arrow';
import { Table as ArrowTableClass } from '../arrow/apache-arrow.js';
import { Observable } from 'rxjs';
import { readRecordBatches, readSchema } from '../arrow/read.js';
import { abortable, type AbortOptions } from '../rx/abortable.js';
import { FlightServiceClient } from '../services/flight-service.js';
import { Code, DeephavenError } from '../errors.js';
import type { Connection } from '../session/connection.js';
import { ticketPb } from '../session/wire-tickets.js';
import type { ExportTicket } from '../ticket/ticket.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';
import {
  DropColumnsRequest,
  type ExportedTableCreationResponse,
  HeadOrTailRequest,
  SelectOrUpdateRequest,
  SortDescriptor,
  SortTableRequest,
  TableReference,
  TableService,
  UnstructuredFilterTableRequest,
} from '../transport/services.js';
import { unframe, type IpcMessage } from '../arrow/ipc-message.js';
import type { ExchangeHost } from '../barrage/exchange.js';
import type { LiveSource } from './live.js';
import type { TableUpdate, UpdatesOptions, ViewportOptions, ViewportRange, ViewportUpdate } from './live-types.js';
import { defer, throwError, type ObservableInput } from 'rxjs';
import { lazy$ } from '../rx/lazy.js';

/** Live tables (Barrage) load on first use: an app that only reads snapshots does not ship them. */
const live = async (): Promise<typeof import('./live.js') & typeof import('./exchange-host.js')> => {
  const [subscriptions, host] = await Promise.all([import('./live.js'), import('./exchange-host.js')]);
  return { ...subscriptions, ...host };
};

/** A sort direction of {@link Table.sort}. */
export type SortDirection = 'asc' | 'desc';

/** Options of {@link Table.toArrow}. */
export interface ToArrowOptions extends AbortOptions {
  /** Cancels the download (the server stops sending); the Promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal | undefined;
}

/** Options of {@link Table.recordBatches}. */
export interface RecordBatchesOptions {
  /**
   * Cancels the download as unsubscribing does: the server stops sending and the Observable completes without an
   * error.
   */
  readonly signal?: AbortSignal | undefined;
}

const DO_GET = 'arrow.flight.protocol.FlightService/DoGet';

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
export class Table {
  private closed = false;

  /** @internal */
  constructor(
    private readonly connection: Connection,
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
  ) {}

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
  toArrow(options: ToArrowOptions = {}): Promise<ArrowTable> {
    return abortable(options.signal, (signal) => {
      this.assertOpen('toArrow');
      return new Promise<ArrowTable>((resolve, reject) => {
        const batches: RecordBatch[] = [];
        const sub = this.recordBatches().subscribe({
          next: (batch) => batches.push(batch),
          error: reject,
          complete: () => resolve(new ArrowTableClass(batches)),
        });
        signal?.addEventListener('abort', () => sub.unsubscribe(), { once: true });
      });
    });
  }

  /**
   * Reads the whole table (a consistent snapshot of a refreshing one) as apache-arrow `RecordBatch`es, each
   * emitted as soon as it has arrived and been decoded, through Arrow Flight's `DoGet`. Cold: each subscription
   * reads the table once; unsubscribing (or `options.signal`) cancels the download. Consumed batch by batch, only
   * about one batch is held in memory at a time. A table without rows emits one empty batch (with the schema).
   *
   * @example
   * ```ts
   * let rows = 0;
   * table.recordBatches().subscribe({
   *   next: (batch) => (rows += batch.numRows),
   *   complete: () => console.log(`${rows} rows`),
   * });
   * ```
   */
  recordBatches(options: RecordBatchesOptions = {}): Observable<RecordBatch> {
    return new Observable<RecordBatch>((subscriber) => {
      const signal = options.signal;
      if (signal?.aborted === true) return subscriber.complete();
      try {
        this.assertOpen('recordBatches');
      } catch (err) {
        return subscriber.error(err);
      }
      const onAbort = (): void => subscriber.complete();
      signal?.addEventListener('abort', onAbort, { once: true });
      const sub = readRecordBatches(this.flightData(), DO_GET).subscribe(subscriber);
      return () => {
        signal?.removeEventListener('abort', onAbort);
        sub.unsubscribe();
      };
    });
  }

  /** @internal The DoGet stream as IPC messages (cold; unsubscribe cancels). */
  flightData(signal?: AbortSignal): Observable<IpcMessage> {
    return new FlightServiceClient(this.connection).doGet$(this.ticket, { signal });
  }

  /** A new table with columns added or replaced by formulas, computed now and kept (`update`). */
  update(formulas: string | readonly string[], options: AbortOptions = {}): Promise<Table> {
    return this.selectOrUpdate(TableService.Update, formulas, 'update', options);
  }

  /** A new table with columns added or replaced by formulas, computed when read (`update_view`). */
  updateView(formulas: string | readonly string[], options: AbortOptions = {}): Promise<Table> {
    return this.selectOrUpdate(TableService.UpdateView, formulas, 'updateView', options);
  }

  /** A new table with only the given columns or formulas, computed when read (`view`). */
  view(formulas: string | readonly string[], options: AbortOptions = {}): Promise<Table> {
    return this.selectOrUpdate(TableService.View, formulas, 'view', options);
  }

  /** A new table with only the given columns or formulas, computed now and kept; all columns when none given. */
  select(formulas: string | readonly string[] = [], options: AbortOptions = {}): Promise<Table> {
    return this.selectOrUpdate(TableService.Select, formulas, 'select', options, true);
  }

  /** A new table with the rows that match every filter (e.g. `'X > 5'`). */
  where(filters: string | readonly string[], options: AbortOptions = {}): Promise<Table> {
    let list: string[];
    try {
      list = strings(filters, 'where', 'filters');
    } catch (err) {
      return Promise.reject(err);
    }
    return this.derive('where', options, TableService.UnstructuredFilter, (result) => {
      const r = new UnstructuredFilterTableRequest();
      r.setResultId(ticketPb(result));
      r.setSourceId(this.reference());
      r.setFiltersList(list);
      return r;
    });
  }

  /**
   * A new table sorted by the given columns, each ascending unless `order` says otherwise (one direction for all,
   * or one per column).
   */
  sort(orderBy: string | readonly string[], order: SortDirection | readonly SortDirection[] = 'asc', options: AbortOptions = {}): Promise<Table> {
    let columns: string[];
    try {
      columns = strings(orderBy, 'sort', 'columns');
    } catch (err) {
      return Promise.reject(err);
    }
    const directions = typeof order === 'string' ? columns.map(() => order) : [...order];
    if (directions.length !== columns.length || directions.some((d) => d !== 'asc' && d !== 'desc'))
      return Promise.reject(
        new DeephavenError(Code.InvalidArgument, `sort takes 'asc' or 'desc', once or once per column (${columns.length}), got ${JSON.stringify(order)}`),
      );
    return this.derive('sort', options, TableService.Sort, (result) => {
      const r = new SortTableRequest();
      r.setResultId(ticketPb(result));
      r.setSourceId(this.reference());
      r.setSortsList(
        columns.map((c, i) => {
          const d = new SortDescriptor();
          d.setColumnName(c);
          d.setDirection(directions[i] === 'desc' ? SortDescriptor.SortDirection.DESCENDING : SortDescriptor.SortDirection.ASCENDING);
          return d;
        }),
      );
      return r;
    });
  }

  /** A new table with the first `n` rows. */
  head(n: number | bigint, options: AbortOptions = {}): Promise<Table> {
    return this.headOrTail(TableService.Head, n, 'head', options);
  }

  /** A new table with the last `n` rows. */
  tail(n: number | bigint, options: AbortOptions = {}): Promise<Table> {
    return this.headOrTail(TableService.Tail, n, 'tail', options);
  }

  /** A new table without the given columns. */
  dropColumns(columns: string | readonly string[], options: AbortOptions = {}): Promise<Table> {
    let list: string[];
    try {
      list = strings(columns, 'dropColumns', 'columns');
    } catch (err) {
      return Promise.reject(err);
    }
    return this.derive('dropColumns', options, TableService.DropColumns, (result) => {
      const r = new DropColumnsRequest();
      r.setResultId(ticketPb(result));
      r.setSourceId(this.reference());
      r.setColumnNamesList(list);
      return r;
    });
  }

  /**
   * Releases the table's export on the server. Idempotent. Tables made from this one are independent and stay
   * open; shared tickets this table was published to stop resolving.
   */
  close(options: AbortOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.closed) return;
      this.closed = true;
      await this.connection.exports.release(this.ticket, { signal }).catch(() => undefined);
    });
  }

  /**
   * The table as it changes: a live (Barrage) subscription to every row. Cold: each subscription opens one
   * subscription on the server, and unsubscribing (or `signal`) ends it. The first emission is the complete initial
   * state (`isSnapshot: true`); then one emission per server update, with what it removed, added and modified. A
   * static table emits its one state and completes. A dropped connection is repaired while the server session lives
   * (a fresh `isSnapshot` state follows); the stream errors with the session's end reason if the session is gone.
   *
   * @example
   * ```ts
   * const ticking = await session.timeTable('PT1s');
   * const sub = ticking.updates().subscribe((u) => {
   *   console.log(u.size, 'rows;', u.added.size, 'added;', u.table.getChild('Timestamp')?.get(u.size - 1));
   * });
   * // later
   * sub.unsubscribe();
   * ```
   */
  updates(options: UpdatesOptions = {}): Observable<TableUpdate> {
    return defer(() => (this.isClosed ? throwError(() => this.closedError('updates')) : lazy$(async () => {
            const m = await live();
            return m.tableUpdates(this.liveSource(m.exchangeHost), options);
          })));
  }

  /**
   * A window of rows that follows the table as it changes: a Barrage viewport subscription, for grids. `rows` is a
   * range of positions or an Observable of ranges: each new range moves the server's viewport on the same stream
   * (only the latest counts). Emits when the rows in view or the table's size change (the first emission for each
   * range has `isSnapshot: true`). Cold; unsubscribing (or `signal`) ends it.
   *
   * @example
   * ```ts
   * import { BehaviorSubject } from 'rxjs';
   * const range$ = new BehaviorSubject({ first: 0, last: 49 });
   * table.viewport(range$).subscribe((v) => console.log(v.first, v.table.numRows, v.totalSize));
   * range$.next({ first: 1000, last: 1049 }); // the user scrolled
   * ```
   */
  viewport(rows: ViewportRange | ObservableInput<ViewportRange>, options: ViewportOptions = {}): Observable<ViewportUpdate> {
    return defer(() => (this.isClosed ? throwError(() => this.closedError('viewport')) : lazy$(async () => {
            const m = await live();
            return m.tableViewport(this.liveSource(m.exchangeHost), rows, options);
          })));
  }

  /**
   * The table's row count as it changes: the size when the table was made at once, then each new size. Cheap: one
   * stream per session (`ExportedTableUpdates`) serves every table's `size$`, and no rows are sent. Completes when
   * the session ends.
   *
   * @example
   * ```ts
   * const ticking = await session.timeTable('PT1s');
   * ticking.size$.subscribe((n) => console.log(`${n} rows`));
   * ```
   */
  get size$(): Observable<number> {
    return defer(() => (this.isClosed ? throwError(() => this.closedError('size$')) : lazy$(async () => (await import('./sizes.js')).sizeOf(this.connection, this.ticket.rawBytes, this.size))));
  }

  private liveSource(exchangeHost: (connection: Connection) => ExchangeHost): LiveSource {
    return { ticketBytes: this.ticket.rawBytes, schema: this.schema, isRefreshing: this.isRefreshing, host: exchangeHost(this.connection) };
  }

  private closedError(op: string): DeephavenError {
    if (this.connection.isClosed) return this.connection.closedError();
    return new DeephavenError(Code.FailedPrecondition, `${op}: the table ${String(this.ticket)} was closed`);
  }

  /** A short description for logs and debugging. */
  toString(): string {
    return `Table(${String(this.ticket)}, ${this.size} rows, [${this.columns.join(', ')}]${this.isRefreshing ? ', refreshing' : ''})`;
  }

  private selectOrUpdate(
    def: MethodDefinition<SelectOrUpdateRequest, ExportedTableCreationResponse>,
    formulas: string | readonly string[],
    op: string,
    options: AbortOptions,
    emptyOk = false,
  ): Promise<Table> {
    let list: string[];
    try {
      list = strings(formulas, op, 'formulas', emptyOk);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.derive(op, options, def, (result) => {
      const r = new SelectOrUpdateRequest();
      r.setResultId(ticketPb(result));
      r.setSourceId(this.reference());
      r.setColumnSpecsList(list);
      return r;
    });
  }

  private headOrTail(
    def: MethodDefinition<HeadOrTailRequest, ExportedTableCreationResponse>,
    n: number | bigint,
    op: string,
    options: AbortOptions,
  ): Promise<Table> {
    if (!(typeof n === 'bigint' || Number.isSafeInteger(n)) || n < 0)
      return Promise.reject(new DeephavenError(Code.InvalidArgument, `${op} takes a non-negative integer row count, got ${String(n)}`));
    return this.derive(op, options, def, (result) => {
      const r = new HeadOrTailRequest();
      r.setResultId(ticketPb(result));
      r.setSourceId(this.reference());
      r.setNumRows(String(n));
      return r;
    });
  }

  /** One operation: a new export made by one call; rejects with an `AbortError` when the signal fires. */
  private derive<Req extends ProtobufMessage>(
    op: string,
    options: AbortOptions,
    def: MethodDefinition<Req, ExportedTableCreationResponse>,
    build: (result: ExportTicket) => Req,
  ): Promise<Table> {
    return abortable(
      options.signal,
      (signal) => {
        this.assertOpen(op);
        return createTable(this.connection, def, build, { signal });
      },
      (table) => table.close(),
    );
  }

  private reference(): TableReference {
    const ref = new TableReference();
    ref.setTicket(ticketPb(this.ticket));
    return ref;
  }

  private assertOpen(op: string): void {
    if (this.connection.isClosed) throw this.connection.closedError();
    if (this.closed) throw new DeephavenError(Code.FailedPrecondition, `${op}: the table ${String(this.ticket)} was closed`);
  }
}

/**
 * @internal Makes a table in a new export of the session with one TableService call; on failure the export is
 * forgotten (the server ends it by itself) and the call's error comes back.
 */
export async function createTable<Req extends ProtobufMessage>(
  connection: Connection,
  def: MethodDefinition<Req, ExportedTableCreationResponse>,
  build: (result: ExportTicket) => Req,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<Table> {
  if (connection.isClosed) throw connection.closedError();
  const result = connection.exports.allocate();
  let response: ExportedTableCreationResponse;
  try {
    response = await connection.unary(def, build(result), { signal: options.signal });
  } catch (err) {
    connection.exports.abandon(result);
    throw err;
  }
  return tableFromResponse(connection, result, response, `${def.service.serviceName}/${def.methodName}`);
}

/** @internal A `Table` for an export, from the server's description of it. */
export function tableFromResponse(connection: Connection, ticket: ExportTicket, response: ExportedTableCreationResponse, method: string): Table {
  if (!response.getSuccess()) {
    connection.exports.abandon(ticket);
    throw new DeephavenError(Code.InvalidArgument, response.getErrorInfo() || 'the server could not make the table', { method });
  }
  return new Table(connection, ticket, parseSchema(response.getSchemaHeader_asU8()), Number(response.getSize()), !response.getIsStatic());
}

/** @internal The apache-arrow Schema of a table's framed schema message. */
export function parseSchema(framed: Uint8Array): Schema {
  try {
    return readSchema(unframe(framed));
  } catch (err) {
    throw DeephavenError.from(err);
  }
}

function strings(value: string | readonly string[], op: string, what: string, emptyOk = false): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? [...(value as readonly string[])] : undefined;
  if (list === undefined || list.some((s) => typeof s !== 'string' || s.trim() === ''))
    throw new DeephavenError(Code.InvalidArgument, `${op} takes ${what} as a string or an array of non-empty strings, got ${JSON.stringify(value)}`);
  if (list.length === 0 && !emptyOk) throw new DeephavenError(Code.InvalidArgument, `${op} needs at least one of its ${what}`);
  return list;
}

