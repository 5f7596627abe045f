import type { RecordBatch, Schema, Table as ArrowTable } from 'apache-arrow';
import { Table as ArrowTableClass } from '../arrow/apache-arrow.js';
import { Observable, defer, throwError, type ObservableInput } from 'rxjs';
import { readRecordBatches, readSchema } from '../arrow/read.js';
import { abortable, type CallOptions } from '../rx/abortable.js';
import { asyncDispose } from '../rx/dispose.js';
import { Code, DeephavenError } from '../errors.js';
import type { TableCreation } from '../services/table-creation.js';
import { runOperation } from '../services/table-service.js';
import type { Aggregation, TableOperation } from '../services/table-operations.js';
import { doGet } from '../services/flight-service.js';
import type { Connection } from '../session/connection.js';
import { claimExport, ownExports, type ClaimOptions } from '../session/exports.js';
import type { ExportTicket } from '../ticket/ticket.js';
import { checkColumns, columnsRead, tablesRead } from './ops/columns.js';
import { TableOperations } from './ops/table-interface.js';
import { unframe, type FlightMessage } from '../arrow/ipc-message.js';
import type { ExchangeHost } from '../barrage/exchange.js';
import type { LiveSource } from './live.js';
import type { TableUpdate, UpdatesOptions, ViewportOptions, ViewportRange, ViewportUpdate } from './live-types.js';
import { lazy$ } from '../rx/lazy.js';
import { isPartitioning } from './partitioning.js';
import { columnDescription, parseLayoutHints, readAttributes, type LayoutHints, type TableAttributes } from './table-metadata.js';
import type { ColumnRestriction } from '../services/input-table-service.js';
import type { Names } from './ops/table-interface.js';
import type { RollupOptions, TreeOptions } from './hierarchical/open.js';
import type { RollupTable } from './hierarchical/rollup-table.js';
import type { TreeTable } from './hierarchical/tree-table.js';
import type { DownsampleOptions } from './downsample.js';
import type { ColumnStatistics, SeekRowOptions } from './statistics.js';

/** Partitioned tables load on first use (with their service's generated messages and the Arrow writer). */
type PartitionedTable = import('./partitioned-table.js').PartitionedTable;
type PartitionByOptions = import('./partitioned-table.js').PartitionByOptions;

/** Live tables (Barrage) load on first use: an app that only reads snapshots does not ship them. */
const live = async (): Promise<typeof import('./live.js') & typeof import('./exchange-host.js')> => {
  const [subscriptions, host] = await Promise.all([import('./live.js'), import('./exchange-host.js')]);
  return { ...subscriptions, ...host };
};

/** Rollups and trees load on first use. */
const hierarchical = (): Promise<typeof import('./hierarchical/open.js')> => import('./hierarchical/open.js');

export type { SortDirection } from './ops/operations.js';

/**
 * Options of {@link Table.toArrow}: `signal` cancels the download (the server stops sending); the Promise rejects
 * with an `AbortError`.
 *
 * @deprecated Use {@link CallOptions}.
 */
export type ToArrowOptions = CallOptions;

/** Options of {@link Table.recordBatches}. */
export interface RecordBatchesOptions extends CallOptions {
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
export class Table extends TableOperations<Promise<Table>> {
  private closed = false;
  private inputView: InputTable | undefined;

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
  ) {
    super();
    Table.columnsOf.set(ticket, this.columns);
  }

  /** @internal The session's connection, for the SDK's own layers (input tables). */
  get sessionConnection(): Connection {
    return this.connection;
  }

  /** True once {@link Table.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closed || this.connection.isClosed;
  }

  /**
   * The column names, in order, as the server's schema has them: with the hidden columns it adds for formats
   * (`…__TABLE_STYLE_FORMAT` and the like), which live subscriptions fetch and decode but leave out of their `table`.
   */
  get columns(): string[] {
    return this.schema.fields.map((f) => f.name);
  }

  /**
   * True for an uncoalesced table: one the server has not assembled yet (a partitioned Parquet or other source
   * table read lazily, by partition), whose {@link Table.size} is unknown (negative). Subscribing to all of it, or
   * reading it whole, makes the server load every partition; filter it first on its partitioning columns
   * ({@link Table.partitionColumns}), as Deephaven's own UI asks, and the result is an ordinary table.
   *
   * @example
   * ```ts
   * const t = await session.openTable('trades');
   * const view = t.isUncoalesced ? await t.where(`${t.partitionColumns[0]} = \`2024-01-02\``) : t;
   * ```
   */
  get isUncoalesced(): boolean {
    return this.size < 0;
  }

  /**
   * How the server asks a grid to lay the table out (`layout_hints`): front, back, hidden and frozen columns, column
   * groups, the search bar; `undefined` for a table without hints.
   *
   * @example
   * ```ts
   * const hints = table.layoutHints;
   * const visible = table.columns.filter((c) => !(hints?.hiddenColumns ?? []).includes(c));
   * ```
   */
  get layoutHints(): LayoutHints | undefined {
    const hints = this.schema.metadata.get('deephaven:attribute.LayoutHints');
    return hints === undefined ? undefined : parseLayoutHints(hints);
  }

  /**
   * The table's attributes as the server sent them with its schema: `isBlink`, `isAddOnly`, `totalsConfig`,
   * `description`, and every attribute in `raw`.
   *
   * @example
   * ```ts
   * const { isBlink, description } = table.attributes;
   * ```
   */
  get attributes(): TableAttributes {
    return readAttributes(this.schema);
  }

  /**
   * The columns' descriptions (`with_column_descriptions`), by column name; columns without one are left out.
   *
   * @example
   * ```ts
   * const header = document.createElement('th');
   * header.title = table.columnDescriptions['Price'] ?? '';
   * ```
   */
  get columnDescriptions(): Readonly<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const f of this.schema.fields) {
      const d = columnDescription(f);
      if (d !== undefined) out[f.name] = d;
    }
    return out;
  }

  /**
   * The table as an {@link InputTable} when the server marks it as one (an `input_table` made by a script, by
   * another client, or by {@link Session.inputTable}), else `undefined`. It is a view on this table's export: closing
   * either closes both.
   *
   * @example
   * ```ts
   * import { tableFromArrays } from 'apache-arrow';
   * const t = await session.openTable('prices');
   * await t.inputTable?.add(tableFromArrays({ Sym: ['AAPL'], Px: [190.5] }));
   * ```
   */
  get inputTable(): InputTable | undefined {
    if (this instanceof InputTable) return this;
    if (!isInputSchema(this.schema)) return undefined;
    this.inputView ??= new InputTable(this.connection, this.ticket, this.schema, this.size, this.isRefreshing, this);
    return this.inputView;
  }

  /** The names of the table's partitioning columns (see {@link isPartitioning}); none for most tables. */
  get partitionColumns(): string[] {
    return this.schema.fields.filter(isPartitioning).map((f) => f.name);
  }

  /**
   * Reads the whole table (a consistent snapshot of a refreshing one) as an apache-arrow `Table`, through Arrow
   * Flight's `DoGet`. Nulls are Arrow nulls; Deephaven types map as the server's Arrow schema says (e.g. `char` is
   * `Uint16`, `Instant` a nanosecond `Timestamp`).
   */
  toArrow(options: CallOptions = {}): Promise<ArrowTable> {
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
  flightData(signal?: AbortSignal): Observable<FlightMessage> {
    return doGet(this.connection, this.ticket, { signal });
  }

  /** @internal One operation on this table into a new export of the session; `AbortError` when the signal fires. */
  protected override apply(make: () => TableOperation, options: CallOptions | undefined): Promise<Table> {
    return abortable(
      options?.signal,
      (signal) => {
        const op = make();
        this.assertOpen(op.op);
        this.checkColumns(op);
        return createTable(
          this.connection,
          (result, wireSignal) => runOperation(this.connection, op, this.ticket, result, { signal: wireSignal }),
          {
            signal,
            what: `the table made by ${op.op} of ${String(this.ticket)}`,
            // A rebuild cannot make it from a table (this one, a join's right side…) closed since.
            needs: ownExports(this.ticket, ...tablesRead(op)),
          },
        );
      },
      (table) => table.close(),
    );
  }

  /**
   * A live table the server keeps downsampled for a line chart `pixels` wide (`RunChartDownsample`, as the JS API's
   * charts do): for each pixel-wide bucket of the `x` range only the rows that draw it (first, last, lowest and
   * highest of each `y`), so a chart of millions of rows gets a few thousand. It ticks with this table. Bad options
   * (unknown columns, a non-integer width) reject with `InvalidArgument` before any call; close the result when the
   * chart's width or zoom changes.
   *
   * @example
   * ```ts
   * const small = await table.downsample({ x: 'Timestamp', y: ['Price'], pixels: 800 });
   * small.updates().subscribe((u) => console.log(`${u.table.numRows} rows to draw`));
   * ```
   */
  downsample(options: DownsampleOptions): Promise<Table> {
    return abortable(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checks a JavaScript caller's value
      options?.signal,
      async (signal) => {
        const [{ downsampleSpec }, { runChartDownsample }] = await Promise.all([
          import('./downsample.js'),
          import('../services/chart-downsample.js'),
        ]);
        this.assertOpen('downsample');
        const spec = downsampleSpec(this.columns, options);
        return createTable(
          this.connection,
          (result, wireSignal) => runChartDownsample(this.connection, this.ticket, spec, result, { signal: wireSignal }),
          { signal, what: `the downsample of ${String(this.ticket)}`, needs: [this.ticket] },
        );
      },
      (t) => t.close(),
    );
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

  /**
   * A rollup of this table (`rollup`): the aggregations `aggs` (from the {@link agg} builders) at every level of the
   * group-by columns `by`, from the totals row down; with no `by`, the totals row only. Read it through
   * {@link HierarchicalTable.viewport}; it follows this table live. `includeConstituents` shows the source rows
   * under the deepest level. Bad column names are an `InvalidArgument` error before any call.
   *
   * @example
   * ```ts
   * const bySym = await trades.rollup([agg.sum('Size'), agg.avg('AvgPx = Price')], ['Sym', 'Exchange']);
   * bySym.viewport({ first: 0, last: 49 }).subscribe((v) => console.log(v.totalSize, v.rows));
   * ```
   */
  rollup(aggs: Aggregation | readonly Aggregation[], by?: Names, options: RollupOptions = {}): Promise<RollupTable> {
    return abortable(
      options.signal,
      async (signal) => {
        this.assertOpen('rollup');
        return (await hierarchical()).rollup(this.connection, this, aggs, by, { ...options, signal });
      },
      (t) => t.close(),
    );
  }

  /**
   * A tree of this table (`tree`): each row under the row whose `idColumn` equals its `parentColumn`; rows with a
   * null parent are the top level. With `promoteOrphans`, rows whose parent does not exist show at the top level too.
   *
   * @example
   * ```ts
   * const org = await employees.tree('Id', 'ParentId', { promoteOrphans: true });
   * await org.expandAll();
   * ```
   */
  tree(idColumn: string, parentColumn: string, options: TreeOptions = {}): Promise<TreeTable> {
    return abortable(
      options.signal,
      async (signal) => {
        this.assertOpen('tree');
        return (await hierarchical()).tree(this.connection, this, idColumn, parentColumn, { ...options, signal });
      },
      (t) => t.close(),
    );
  }

  /** @internal The columns of each open table's ticket (to check the other table of joins). */
  private static readonly columnsOf = new WeakMap<object, readonly string[]>();

  /**
   * Releases the table's export on the server. Idempotent. Tables made from this one are independent and stay
   * open; shared tickets this table was published to stop resolving.
   */
  close(options: CallOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.closed) return;
      this.closed = true;
      await this.connection.exports.release(this.ticket, { signal }).catch(() => undefined);
    });
  }

  /**
   * Releases the table at the end of an `await using` block (as {@link Table.close}).
   *
   * @example
   * ```ts
   * {
   *   await using top = await table.head(10);
   *   console.log((await top.toArrow()).numRows);
   * } // released here
   * ```
   */
  [asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * The table as it changes: a live (Barrage) subscription to every row. Cold: each subscription opens one
   * subscription on the server, and unsubscribing (or `signal`) ends it. The first emission is the complete initial
   * state (`isSnapshot: true`); then one emission per server update, with what it removed, added and modified. A
   * static table emits its one state and completes. A dropped connection is repaired while the server session lives
   * (a fresh `isSnapshot` state follows); the stream errors with the session's end reason if the session is gone.
   *
   * Emissions are delivered synchronously as the SDK reads them, none dropped: a consumer slower than the table falls
   * behind (a blocking observer holds up the page, `concatMap` queues without bound). Such a consumer should ask for
   * `coalesce: true` (the newest state, the missed updates' row sets merged, at most one waiting) or use
   * {@link coalesceMap} for asynchronous work.
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
    return defer(() =>
      this.isClosed
        ? throwError(() => this.closedError('updates'))
        : lazy$(async () => {
            const m = await live();
            return m.tableUpdates(this.liveSource(m.exchangeHost), options);
          }),
    );
  }

  /**
   * A window of rows that follows the table as it changes: a Barrage viewport subscription, for grids. `rows` is a
   * range of positions or an Observable of ranges: each new range moves the server's viewport on the same stream
   * (only the latest counts). Emits when the rows in view or the table's size change (the first emission for each
   * range has `isSnapshot: true`). Cold; unsubscribing (or `signal`) ends it. A grid that draws slower than the
   * table ticks should ask for `coalesce: true`: superseded rows are dropped, only the newest rows in view are drawn.
   *
   * @example
   * ```ts
   * import { BehaviorSubject } from 'rxjs';
   * const range$ = new BehaviorSubject({ first: 0, last: 49 });
   * table.viewport(range$, { coalesce: true }).subscribe((v) => console.log(v.first, v.table.numRows, v.totalSize));
   * range$.next({ first: 1000, last: 1049 }); // the user scrolled
   * ```
   */
  viewport(rows: ViewportRange | ObservableInput<ViewportRange>, options: ViewportOptions = {}): Observable<ViewportUpdate> {
    return defer(() =>
      this.isClosed
        ? throwError(() => this.closedError('viewport'))
        : lazy$(async () => {
            const m = await live();
            return m.tableViewport(this.liveSource(m.exchangeHost), rows, options);
          }),
    );
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
    return defer(() =>
      this.isClosed
        ? throwError(() => this.closedError('size$'))
        : lazy$(async () => (await import('./sizes.js')).sizeOf(this.connection, this.ticket.rawBytes, this.size)),
    );
  }

  /**
   * Splits the table by the values of `by` (a column name or several) into one constituent table per key: a
   * {@link PartitionedTable} (pydeephaven's `partition_by`), live while this table ticks. With `dropKeys` the
   * constituents leave out the key columns. Unknown columns reject with `InvalidArgument` before any call.
   *
   * @example
   * ```ts
   * const bySym = await trades.partitionBy('Sym');
   * const aapl = await bySym.getConstituent('AAPL');
   * ```
   */
  partitionBy(by: string | readonly string[], options: PartitionByOptions = {}): Promise<PartitionedTable> {
    return abortable(
      options.signal,
      async (signal) => {
        this.assertOpen('partitionBy');
        const m = await import('./partitioned-table.js');
        return m.partitionTable(this.connection, this, by, { ...options, signal });
      },
      (p) => p.close(),
    );
  }

  /**
   * What the server computes of one column (the web UI's column statistics): count, size, sums, extremes, average
   * and deviation for numbers; the most frequent values and their counts for text and other columns. One call; the
   * server's one-row result is read and released.
   *
   * @example
   * ```ts
   * const { statistics, uniqueValues } = await trades.columnStatistics('Sym');
   * console.log(statistics.get('COUNT'), [...uniqueValues].slice(0, 3));
   * ```
   */
  columnStatistics(column: string, options: CallOptions = {}): Promise<ColumnStatistics> {
    return abortable(options.signal, async (signal) => {
      this.assertOpen('columnStatistics');
      checkColumns('columnStatistics', [column], this.columns, 'the table');
      const { columnStatistics } = await import('./statistics.js');
      return columnStatistics(this.connection, this.ticket, column, { signal });
    });
  }

  /**
   * The position of the next row whose `column` equals `value` (a grid's "find next", without filtering): the
   * server looks at the rows after `options.startingRow` (default 0), or before it with `backward: true`, going
   * around the end of the table and reaching `startingRow` itself last; `-1` when no row matches. `insensitive`
   * ignores case and `contains` matches text containing `value`. A value of a type the column cannot take rejects
   * with the server's reason.
   *
   * @example
   * ```ts
   * import { BehaviorSubject } from 'rxjs';
   * const range$ = new BehaviorSubject({ first: 0, last: 49 });
   * const row = await trades.seekRow('Sym', 'aap', { contains: true, insensitive: true, startingRow: 10 });
   * if (row >= 0) range$.next({ first: row, last: row + 49 }); // scroll the grid there
   * ```
   */
  seekRow(column: string, value: string | number | bigint | boolean | Date, options: SeekRowOptions = {}): Promise<number> {
    return abortable(options.signal, async (signal) => {
      this.assertOpen('seekRow');
      checkColumns('seekRow', [column], this.columns, 'the table');
      const { seekRow } = await import('./statistics.js');
      return seekRow(this.connection, this.ticket, column, value, { ...options, signal });
    });
  }

  private liveSource(exchangeHost: (connection: Connection, ticket?: ExportTicket) => ExchangeHost): LiveSource {
    return {
      ticketBytes: this.ticket.rawBytes,
      schema: this.schema,
      isRefreshing: this.isRefreshing,
      host: exchangeHost(this.connection, this.ticket),
    };
  }

  private closedError(op: string): DeephavenError {
    if (this.connection.isClosed) return this.connection.closedError();
    return new DeephavenError(Code.FailedPrecondition, `${op}: the table ${String(this.ticket)} was closed`);
  }

  /** A short description for logs and debugging. */
  override toString(): string {
    return `Table(${String(this.ticket)}, ${this.size} rows, [${this.columns.join(', ')}]${this.isRefreshing ? ', refreshing' : ''})`;
  }

  private assertOpen(op: string): void {
    if (this.connection.isClosed) throw this.connection.closedError();
    const lost = this.connection.exports.failure(this.ticket);
    if (lost !== undefined) throw lost;
    if (this.isClosed) throw new DeephavenError(Code.FailedPrecondition, `${op}: the table ${String(this.ticket)} was closed`);
  }
}

/** True for the schema of an input table (the server marks it with the `InputTable` attribute). */
function isInputSchema(schema: Schema): boolean {
  return schema.metadata.has('deephaven:unsent.attribute.InputTable') || schema.metadata.has('deephaven:attribute.InputTable');
}

/**
 * A table the client can write to (pydeephaven's `InputTable`): append-only, keyed (adding a row with an existing
 * key overwrites it) or blink. Made by {@link Session.inputTable}, or reached through {@link Table.inputTable} for
 * an input table made anywhere else. It is a {@link Table}: read it, derive from it, publish it.
 *
 * @example
 * ```ts
 * import { tableFromArrays } from 'apache-arrow';
 * const prices = await session.inputTable({ schema: tableFromArrays({ Sym: ['A'], Px: [1.5] }).schema, keyCols: 'Sym' });
 * await prices.add(tableFromArrays({ Sym: ['AAPL', 'MSFT'], Px: [190.5, 410.25] }));
 * await prices.delete(tableFromArrays({ Sym: ['MSFT'] }));
 * ```
 */
export class InputTable extends Table {
  /** @internal */
  constructor(
    connection: Connection,
    ticket: ExportTicket,
    schema: Schema,
    size: number,
    isRefreshing: boolean,
    private readonly owner?: Table,
  ) {
    super(connection, ticket, schema, size, isRefreshing);
  }

  /** The key columns (a keyed input table overwrites rows by key); none for an append-only or blink table. */
  get keyColumns(): string[] {
    return this.schema.fields.filter((f) => f.metadata.get('deephaven:inputtable.isKey') === 'true').map((f) => f.name);
  }

  /** The value columns: every column that is not a key. */
  get valueColumns(): string[] {
    const keys = this.keyColumns;
    return this.columns.filter((c) => !keys.includes(c));
  }

  /** True for a keyed input table. */
  get isKeyed(): boolean {
    return this.keyColumns.length > 0;
  }

  override get isClosed(): boolean {
    return super.isClosed || this.owner?.isClosed === true;
  }

  /** Closes the table (for a view from {@link Table.inputTable}, the table it came from). */
  override close(options: CallOptions = {}): Promise<void> {
    return this.owner !== undefined ? this.owner.close(options) : super.close(options);
  }

  /**
   * The server's restrictions on what each column accepts (from the table's metadata), by column name; empty for
   * input tables without any (those `input_table` makes). {@link InputTable.add} checks them before writing.
   */
  async restrictions(): Promise<Readonly<Record<string, readonly ColumnRestriction[]>>> {
    return (await import('./input-table.js')).restrictionsOf(this.schema);
  }

  /**
   * Adds the rows of `rows` (a table of this session, or an apache-arrow table uploaded first); on a keyed input
   * table, rows with an existing key replace it. Resolves once the server has applied them. An apache-arrow table
   * whose values break a column's restriction is refused before any call (`InvalidArgument`, naming the column and
   * row); the server's own refusal comes back as its error.
   */
  async add(rows: Table | ArrowTable, options: CallOptions = {}): Promise<void> {
    return (await import('./input-table.js')).writeRows(this, 'add', rows, options);
  }

  /** Deletes the rows whose key columns match those of `keys` (keyed input tables only). */
  async delete(keys: Table | ArrowTable, options: CallOptions = {}): Promise<void> {
    return (await import('./input-table.js')).writeRows(this, 'delete', keys, options);
  }
}

/**
 * @internal Makes a table in a new export of the session with `make(result, wireSignal)` (one service call that
 * fills the export; give it `wireSignal`, not the caller's signal): {@link claimExport} leaves nothing behind on
 * the server when the call fails or the caller aborts.
 */
export function createTable(
  connection: Connection,
  make: (result: ExportTicket, wireSignal: AbortSignal | undefined) => Promise<TableCreation>,
  options: ClaimOptions = {},
): Promise<Table> {
  return claimExport(
    connection,
    async (result, wireSignal) => tableFrom(connection, result, await make(result, wireSignal)),
    options,
    (table) => table.close(),
  );
}

/** @internal A `Table` for an export, from the server's description of it. */
export function tableFrom(connection: Connection, ticket: ExportTicket, created: TableCreation): Table {
  return new Table(connection, ticket, parseSchema(created.schemaHeader), created.size, !created.isStatic);
}

/** @internal The apache-arrow Schema of a table's framed schema message. */
export function parseSchema(framed: Uint8Array): Schema {
  try {
    return readSchema(unframe(framed));
  } catch (err) {
    throw DeephavenError.from(err);
  }
}
