// The public face of a session: `Session`, what users call (tables, scripts, plugins, objects, storage), each method
// a thin front over the layers below. `api/` is the user-facing surface; the server session a `Session` holds
// (`Connection` in `session/connection.ts`: login, tokens, keep-alive, reconnects, exports) lives in `session/`.
import { Subject, type Observable } from 'rxjs';
import { lazy$ } from '../rx/lazy.js';
import { abortable, firstValue, type CallOptions } from '../rx/abortable.js';
import { asyncDispose } from '../rx/dispose.js';
import { Code, DeephavenError } from '../errors.js';
import type { Fetchable, PluginClient, PluginClientOptions } from '../plugin/plugin-client.js';
import { fetchExport, publishExport, ticketOf, type TicketSource } from '../session/exports.js';
import type { ExportableObjects } from '../session/objects.js';
import type { Table } from '../table/table.js';
import * as tables from '../table/tables.js';
import type { TimeTableOptions } from '../table/new-tables.js';
import type { MultiJoinInput } from '../table/multi-join.js';
import type { Names } from '../table/ops/table-interface.js';
import { Query } from '../table/query.js';
import type { InputTable } from '../table/input-table.js';
import type { PartitionedTable } from '../table/partitioned-table.js';
import type { InputTableOptions } from '../table/upload.js';
import { Table as TableClass } from '../table/table.js';
import type { Table as ArrowTable } from 'apache-arrow';
import { ExportTicket, ScopeTicket, SharedTicket } from '../ticket/ticket.js';
import type { RollupTable } from '../table/hierarchical/rollup-table.js';
import type { TreeTable } from '../table/hierarchical/tree-table.js';
import type { ServerObject } from '../ticket/server-object.js';
import type { RunScriptOptions, ScriptConsole } from '../console/console.js';
import type { Completion } from '../console/completions.js';
import type { LogEntry } from '../console/logs.js';
import { Connection } from '../session/connection.js';
import type { ConnectionState, SessionEnded, SessionOptions } from '../session/options.js';
import type { FieldChanges } from '../session/fields.js';
import type { TransportKind } from '../transport/wire-transport.js';
import { Storage } from '../session/storage.js';
import { authHandlersAt, authHandlersOfSession, type AuthHandlers, type AuthHandlersOptions } from '../session/server-info.js';
import type { RequestEvent } from '../session/requests.js';

/** The field list and exportable objects load on first use, with the application service's generated messages. */
const objects = (): Promise<typeof import('../session/objects.js')> => import('../session/objects.js');
// Features an app that only reads tables does not use load on first use.
const newTables = (): Promise<typeof import('../table/new-tables.js')> => import('../table/new-tables.js');

/**
 * A session with a Deephaven server: authenticated once, kept alive, closed explicitly. Its methods mirror
 * `pydeephaven.Session` in camelCase.
 *
 * Create one with {@link Session.connect}. Every server export the session creates is released when it closes.
 *
 * @example
 * ```ts
 * import { Session } from 'deephaven-rx';
 *
 * const session = await Session.connect('http://localhost:10000');
 * await session.runScript('from deephaven import empty_table\nt = empty_table(10)');
 * await session.close();
 * ```
 */
export class Session {
  /** The script console, loaded with its generated messages (the largest of all) on the first `runScript`. */
  private console: Promise<ScriptConsole> | undefined;

  private readonly objects$: Observable<ExportableObjects>;

  /** What this session's scripts created, updated and removed, for the live map of exportable objects. */
  private readonly scriptChanges = new Subject<FieldChanges>();

  private constructor(
    private readonly connection: Connection,
    private readonly sessionType?: 'python' | 'groovy',
  ) {
    // One shared stream per session, made on the first subscription.
    let shared: Observable<ExportableObjects> | undefined;
    this.objects$ = lazy$(async () => (shared ??= (await objects()).exportableObjects$(connection, this.scriptChanges)));
    // A rebuilt session (a restarted server) has no console yet: the next script starts one.
    connection.rebuilder?.rebuilt$.subscribe(() => (this.console = undefined));
  }

  /**
   * Connects to the server at `url` (e.g. `http://localhost:10000`) and authenticates (anonymously unless
   * `options.auth` says otherwise).
   *
   * Rejects with a `DeephavenError`: `InvalidArgument` for a malformed URL or auth, `Unavailable` when nothing
   * answers at the URL, `Unauthenticated` for wrong credentials, `DeadlineExceeded` after `connectTimeoutMs`;
   * with an `AbortError` when `options.signal` aborts.
   */
  static async connect(url: string | URL, options: SessionOptions = {}): Promise<Session> {
    const type = options.sessionType;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checks a JavaScript caller's value
    if (type !== undefined && type !== 'python' && type !== 'groovy')
      throw new DeephavenError(Code.InvalidArgument, `sessionType takes 'python' or 'groovy', got ${JSON.stringify(type)}`);
    return new Session(await Connection.connect(url, options), type);
  }

  /** The server URL, normalised (no trailing slash). */
  get url(): string {
    return this.connection.url;
  }

  /** The server's version (`deephaven.version`), e.g. `42.7`. */
  get serverVersion(): string | undefined {
    return this.connection.serverVersion;
  }

  /** The server's configuration constants, read at connect. */
  get configuration(): ReadonlyMap<string, string> {
    return this.connection.configuration;
  }

  /** The wire transport this session uses. */
  get transport(): TransportKind {
    return this.connection.transport;
  }

  /**
   * Emits once, when the session ends (and why), then completes. Late subscribers get the same value. With
   * `rebuild` on (the default) a session ends only by {@link Session.close}, when the server refuses its credentials
   * as it logs in again (`'credentials-refused'`), or after `reconnectTimeoutMs` out of reach (`'connection-lost'`).
   *
   * @example
   * ```ts
   * session.closed$.subscribe(({ reason, error }) => console.log(`session ended (${reason}): ${error.message}`));
   * ```
   */
  get closed$(): Observable<SessionEnded> {
    return this.connection.closed$;
  }

  /**
   * The state of the session's connection: the current state at once, then each change, and completes when the
   * session ends ({@link Session.closed$} says why). Like the official JS API's disconnect and reconnect events.
   *
   * `'reconnecting'` means the connection was lost while the session may still live on the server: at once when
   * a websocket or HTTP/2 connection closes under the session, after `livenessTimeoutMs` (see
   * {@link SessionOptions}) when it stalls, and on `grpc-web-fetch`, which sees no connections, when a call fails
   * with UNAVAILABLE. Calls made meanwhile fail with UNAVAILABLE, while live subscriptions and the exportable
   * objects stream reopen by themselves. `'connected'` returns as soon as a call (the SDK's own keep-alive ping
   * included, sent at once after a loss) gets an answer on a new connection. If the server no longer knows the
   * session (a restart, an expired token), it stays `'reconnecting'` while the session logs in again and makes again
   * what it held (see {@link SessionOptions.rebuild}), then says `'connected'`; with `rebuild: false`, or when the
   * rebuild is impossible, the session ends instead and this stream completes.
   *
   * @example
   * ```ts
   * // A banner over a dashboard while the server is out of reach.
   * const banner = document.createElement('div');
   * session.connectionState$.subscribe({
   *   next: (state) => {
   *     banner.textContent = state === 'reconnecting' ? 'Connection lost, reconnecting…' : '';
   *     banner.hidden = state === 'connected';
   *   },
   *   complete: () => {
   *     banner.textContent = 'Disconnected';
   *     banner.hidden = false;
   *   },
   * });
   * ```
   */
  get connectionState$(): Observable<ConnectionState> {
    return this.connection.connectionState$;
  }

  /**
   * Emits the time of each session token rotation (the server hands out a new token well before the old one
   * expires; the SDK adopts it), and completes when the session ends. Hot: past rotations are not replayed.
   */
  get tokenRefreshes$(): Observable<Date> {
    return this.connection.tokenRefreshes$;
  }

  /** True once the session has ended. */
  get isClosed(): boolean {
    return this.connection.isClosed;
  }

  /**
   * Runs a script in the server's language (Python on the embedded server), starting the session's console on
   * first use. Resolves with the global variables the script created, updated and removed (only objects the
   * server can show: tables, figures, plugin objects). A script error rejects with a `DeephavenError` carrying the
   * server's message; the session stays usable.
   */
  runScript(code: string, options: RunScriptOptions = {}): Promise<FieldChanges> {
    return abortable(options.signal, (signal) =>
      this.scriptConsole()
        .then((c) => c.run(code, { signal, ...(options.systemic === undefined ? {} : { systemic: options.systemic }) }))
        .then((changes) => {
          this.scriptChanges.next(changes);
          return changes;
        }),
    );
  }

  /**
   * The server's log as it is written: on subscribe the lines the server still holds (its recent log), then each new
   * line (`ConsoleService/SubscribeToLogs`). A script's `print` output arrives here (level `'STDOUT'`). Cold: each
   * subscription is one server stream, cancelled on unsubscribe; it completes when the session closes.
   *
   * @example
   * ```ts
   * const sub = session.logs$.subscribe((e) => console.log(e.time.toISOString(), e.level, e.message.trimEnd()));
   * await session.runScript('print("hello")'); // logs$ emits { level: 'STDOUT', message: 'hello\n', … }
   * sub.unsubscribe();
   * ```
   */
  get logs$(): Observable<LogEntry> {
    return lazy$(async () => (await import('../console/logs.js')).logs$(this.connection));
  }

  /**
   * What the console offers to complete at character offset `position` of `code` (e.g. the names a script made),
   * over the session's one autocomplete stream (`ConsoleService/AutoCompleteStream`, its Open/Next emulation where
   * the transport has no bidirectional streams), opened on first use and closed with the session. Starts the
   * session's console if no script did. Rejects with `InvalidArgument` for a position outside `code`.
   *
   * @example
   * ```ts
   * await session.runScript('my_prices = 1');
   * const items = await session.completions('my_pr', 5);
   * console.log(items.map((c) => c.label)); // ['my_prices']
   * ```
   */
  completions(code: string, position: number, options: CallOptions = {}): Promise<Completion[]> {
    return abortable(options.signal, (signal) => this.scriptConsole().then((c) => c.completions(code, position, { signal })));
  }

  /**
   * The objects the server can export, by name: global variables (tables, figures, plugin objects) as
   * `ScopeTicket`s and application fields as `ApplicationTicket`s, each a {@link ServerObject} with its type. A
   * snapshot, as pydeephaven's `exportable_objects`; see {@link Session.exportableObjects$} for a live view.
   */
  async exportableObjects(options: CallOptions = {}): Promise<ExportableObjects> {
    const { fields$, objectsOf } = await objects();
    return objectsOf(await firstValue(fields$(this.connection), options.signal));
  }

  /**
   * The exportable objects, live: emits the current map at once, then a new map whenever a script or another
   * client creates, changes or removes a variable. One server stream is shared by every subscriber and ends with
   * the last one (or the session). What this session's own {@link Session.runScript} changed shows as soon as the
   * script returns; other clients' changes arrive with the server's field updates (batched, about 4 a second).
   */
  get exportableObjects$(): Observable<ExportableObjects> {
    return this.objects$;
  }

  /** The names of the global variables that hold tables (pydeephaven's `tables`). */
  async tables(options: CallOptions = {}): Promise<string[]> {
    const { fields$ } = await objects();
    const all = await firstValue(fields$(this.connection), options.signal);
    return [...all.values()].filter((f) => f.applicationId === 'scope' && f.type === 'Table').map((f) => f.name);
  }

  /**
   * Exports the object a ticket names into this session and returns the new {@link ExportTicket}: any ticket,
   * a {@link ServerObject}, a {@link PluginClient}, a {@link Fetchable} or a {@link Table}. The export holds the object
   * until {@link Session.release} or the session's close. Unknown names reject with `NotFound`.
   */
  fetch(source: TicketSource | ServerObject | PluginClient | Fetchable | Table, options: CallOptions = {}): Promise<ExportTicket> {
    return this.guard(
      options,
      (signal) => fetchExport(this.connection, source, { signal }),
      (t) => this.connection.exports.release(t),
    );
  }

  /**
   * Publishes an export of this session (from {@link Session.fetch}, a table, a plugin client…) to a shared ticket, so
   * that other sessions and clients can fetch it while this session keeps the export. Rejects with
   * `AlreadyExists` when the shared ticket is taken.
   */
  publish(source: TicketSource | PluginClient | Table, sharedTicket: SharedTicket, options: CallOptions = {}): Promise<void> {
    return this.guard(options, (signal) => publishExport(this.connection, source, sharedTicket, { signal }));
  }

  /** Releases an export of this session (from {@link Session.fetch}). Idempotent. */
  release(exportTicket: ExportTicket, options: CallOptions = {}): Promise<void> {
    return this.guard(options, (signal) => {
      if (!(exportTicket instanceof ExportTicket)) throw new DeephavenError(Code.InvalidArgument, 'release takes an ExportTicket');
      return this.connection.exports.release(exportTicket, { signal });
    });
  }

  /**
   * The table a ticket names (a shared ticket from another client, a scope or application ticket, a server
   * object), in a new export of this session. Rejects with `FailedPrecondition` when the object is not a table.
   */
  fetchTable(ticket: TicketSource | ServerObject, options: CallOptions = {}): Promise<Table> {
    return this.guard(options, (signal) => tables.fetchTable(this.connection, ticket, { signal }), closeTable);
  }

  /** The table in the global variable `name`. Rejects at once with `NotFound` when there is no such variable. */
  openTable(name: string, options: CallOptions = {}): Promise<Table> {
    return this.guard(options, (signal) => tables.openTable(this.connection, name, { signal }), closeTable);
  }

  /**
   * The rollup or tree a ticket names (a shared ticket, a scope or application ticket, a {@link ServerObject} of
   * type `HierarchicalTable`), in a new export of this session: a {@link RollupTable} or a {@link TreeTable}.
   * Rejects with `FailedPrecondition` when the object is not a rollup or tree.
   *
   * @example
   * ```ts
   * const objects = await session.exportableObjects();
   * const byExchange = await session.fetchHierarchicalTable(objects['byExchange']!);
   * ```
   */
  fetchHierarchicalTable(ticket: TicketSource | ServerObject, options: CallOptions = {}): Promise<RollupTable | TreeTable> {
    return this.guard(
      options,
      (signal) =>
        import('../table/hierarchical/open.js').then(
          (m) => m.fetchHierarchical(this.connection, ticketOf(ticket), { signal }) as Promise<RollupTable | TreeTable>,
        ),
      (t) => t.close(),
    );
  }

  /**
   * The rollup or tree in the global variable `name` (made by a script: `t.rollup(…)`, `t.tree(…)`).
   *
   * @example
   * ```ts
   * await session.runScript('from deephaven import agg\nr = trades.rollup(aggs=[agg.sum_(["Size"])], by=["Sym"])');
   * const r = await session.openHierarchicalTable('r');
   * ```
   */
  openHierarchicalTable(name: string, options: CallOptions = {}): Promise<RollupTable | TreeTable> {
    if (typeof name !== 'string' || name === '')
      return Promise.reject(new DeephavenError(Code.InvalidArgument, 'openHierarchicalTable needs a variable name'));
    return this.fetchHierarchicalTable(ScopeTicket.scopeTicket(name), options);
  }

  /**
   * The partitioned table in the global variable `name` (e.g. made by a script's `t.partition_by("Sym")`), in a new
   * export of this session. Rejects with `NotFound` when there is no such variable and `FailedPrecondition` when it
   * holds something else.
   *
   * @example
   * ```ts
   * await session.runScript('from deephaven import empty_table\nby_k = empty_table(10).update("K = i % 3").partition_by("K")');
   * const byK = await session.openPartitionedTable('by_k');
   * console.log(byK.keyColumns, (await byK.getConstituent(1))?.size);
   * ```
   */
  openPartitionedTable(name: string, options: CallOptions = {}): Promise<PartitionedTable> {
    if (typeof name !== 'string' || name === '')
      return Promise.reject(new DeephavenError(Code.InvalidArgument, 'openPartitionedTable needs a variable name'));
    return this.fetchPartitionedTable(ScopeTicket.scopeTicket(name), options);
  }

  /**
   * The partitioned table a ticket names (a shared ticket, a scope or application ticket, a {@link ServerObject} of
   * type `PartitionedTable` from {@link Session.exportableObjects}), in a new export of this session. A
   * `ServerObject` of another type rejects with `FailedPrecondition` before any call.
   *
   * @example
   * ```ts
   * const objects = await session.exportableObjects();
   * const byK = await session.fetchPartitionedTable(objects['by_k']!);
   * ```
   */
  fetchPartitionedTable(ticket: TicketSource | ServerObject, options: CallOptions = {}): Promise<PartitionedTable> {
    return this.guard(
      options,
      (signal) => import('../table/partitioned-table.js').then((m) => m.fetchPartitionedTable(this.connection, ticket, signal)),
      (p) => p.close(),
    );
  }

  /** Publishes a table to a shared ticket (pydeephaven's argument order: ticket first). */
  publishTable(sharedTicket: SharedTicket, table: Table, options: CallOptions = {}): Promise<void> {
    return this.guard(options, (signal) => publishExport(this.connection, ticketOf(table, 'a table'), sharedTicket, { signal }));
  }

  /** A new static table of `size` rows and no columns (add them with `update`). */
  emptyTable(size: number | bigint, options: CallOptions = {}): Promise<Table> {
    return this.guard(options, (signal) => newTables().then((m) => m.emptyTable(this.connection, size, { signal })), closeTable);
  }

  /**
   * A new refreshing table with a `Timestamp` column, one row per `period`: nanoseconds, or a duration string
   * such as `'PT1s'`.
   */
  timeTable(period: number | bigint | string, options: TimeTableOptions = {}): Promise<Table> {
    return this.guard(
      options,
      (signal) => newTables().then((m) => m.timeTable(this.connection, period, { ...options, signal })),
      closeTable,
    );
  }

  /**
   * Uploads an apache-arrow table (every column type `toArrow()` reads, nulls included) through Arrow Flight's
   * `DoPut` and resolves with it as a new {@link Table} of this session (pydeephaven's `import_table`). Columns of an
   * Arrow type Deephaven does not take reject at once with `InvalidArgument`.
   *
   * @example
   * ```ts
   * import { tableFromArrays } from 'apache-arrow';
   * const t = await session.importTable(tableFromArrays({ Sym: ['AAPL', 'MSFT'], Px: Float64Array.of(190.5, 410.25) }));
   * ```
   */
  importTable(data: ArrowTable, options: CallOptions = {}): Promise<TableClass> {
    // Uploads load on first use, with apache-arrow's IPC writer.
    return this.guard(
      options,
      (signal) => import('../table/upload.js').then((m) => m.importTable(this.connection, data, { signal })),
      closeTable,
    );
  }

  /**
   * A new input table (pydeephaven's `input_table`): give `schema` (an apache-arrow Schema) or `initTable`; with
   * `keyCols` it is keyed (adds overwrite by key), with `blinkTable` a blink table, else append-only. Write to it
   * with {@link InputTable.add} and {@link InputTable.delete}.
   */
  inputTable(options: InputTableOptions): Promise<InputTable> {
    return this.guard(
      options,
      (signal) =>
        Promise.all([import('../table/upload.js'), import('../table/input-table.js')]).then(([upload, input]) =>
          upload.inputTable(
            this.connection,
            { ...options, signal },
            (t) => new input.InputTable(this.connection, t.ticket, t.schema, t.size, t.isRefreshing),
          ),
        ),
      (t) => t.close(),
    );
  }

  /**
   * The rows of `tables` one after another, in one new table (pydeephaven's `merge_tables`); with `orderBy`, a
   * sorted merge on that column.
   */
  mergeTables(sources: readonly TableClass[], orderBy?: string, options: CallOptions = {}): Promise<TableClass> {
    return this.guard(
      options,
      (signal) => newTables().then((m) => m.mergeTables(this.connection, sources, orderBy === '' ? undefined : orderBy, { signal })),
      closeTable,
    );
  }

  /**
   * A multi-table natural join (pydeephaven's `multi_join`): one row per distinct key found in any input, with the
   * columns of every input's matching row (nulls where an input has none; an input may not have two rows with the
   * same key). Give Tables and the key columns `on` (`'Key'` or `'Out = In'`, the same for every table), or
   * {@link MultiJoinInput}s, each with its own keys and added columns, and no `on`. Bad input rejects with
   * `InvalidArgument` before any call.
   *
   * @example
   * ```ts
   * const a = await session.emptyTable(3).then((t) => t.update(['K = i', 'A = i * 10']));
   * const b = await session.emptyTable(2).then((t) => t.update(['K = i + 1', 'B = i * 100']));
   * const joined = await session.multiJoin([a, b], 'K'); // K, A, B: 4 keys, nulls where a table has none
   * ```
   */
  multiJoin(
    inputs: TableClass | MultiJoinInput | readonly (TableClass | MultiJoinInput)[],
    on?: Names,
    options: CallOptions = {},
  ): Promise<TableClass> {
    return this.guard(
      options,
      (signal) => import('../table/multi-join.js').then((m) => m.multiJoin(this.connection, inputs, on, { signal })),
      closeTable,
    );
  }

  /** Binds a table of this session to the global variable `name` on the server (pydeephaven's `bind_table`). */
  bindTable(name: string, table: TableClass, options: CallOptions = {}): Promise<void> {
    return this.guard(options, (signal) => {
      if (typeof name !== 'string' || name.trim() === '') throw new DeephavenError(Code.InvalidArgument, 'bindTable takes a variable name');
      if (!(table instanceof TableClass) || table.isClosed) throw new DeephavenError(Code.InvalidArgument, 'bindTable takes an open Table');
      return this.scriptConsole().then((c) => c.bindTable(name, table.ticket, { signal }));
    });
  }

  /**
   * A builder of table operations on `table` sent as one `TableService/Batch` call by its `exec()` (pydeephaven's
   * `query`): one round trip for the whole chain, intermediates never exported. Never throws: a closed session, a
   * `table` that is not a Table or a step's bad arguments make `exec()` reject (see {@link Query}).
   */
  query(table: TableClass): Query {
    return new Query(this.connection, table, this.connection.isClosed ? this.connection.closedError() : undefined);
  }

  /**
   * A client for a server object's plugin (a Figure, or any object type a plugin serves), as pydeephaven's
   * `plugin_client`: exports the object into this session first (so it lives while the client does), then talks
   * to it through {@link PluginClient.messages$} and {@link PluginClient.send}. `options.replay` bounds the
   * messages kept for late subscribers (see {@link PluginClientOptions}).
   */
  pluginClient(object: ServerObject | Fetchable, options: PluginClientOptions = {}): Promise<PluginClient> {
    // Loaded on first use, with the object service's generated messages.
    return this.guard(
      options,
      (signal) =>
        import('../plugin/plugin-client.js').then((m) => m.openPluginClient(this.connection, object, { signal, replay: options.replay })),
      (c) => c.close(),
    );
  }

  // ---- issue 24: storage and server information ----

  private storageClient: Storage | undefined;

  /**
   * The server's file storage (notebooks and other files under its storage root; `StorageService`): list, load,
   * save, move and delete files, and make directories. See {@link Storage}.
   *
   * @example
   * ```ts
   * const scripts = await session.storage.listItems('/', '*.py');
   * console.log(scripts.map((f) => `${f.name} (${f.size} bytes)`));
   * ```
   */
  get storage(): Storage {
    this.storageClient ??= new Storage(this.connection);
    return this.storageClient;
  }

  /**
   * The authentication handlers a server accepts, asked before logging in (no session is made: the call carries no
   * credentials), so that a login page can offer the right form. Takes the same `transport` and `tls` as
   * {@link Session.connect}. Rejects with `Unavailable` when nothing answers at `url`.
   *
   * @example
   * ```ts
   * const { handlers } = await Session.authHandlers('http://localhost:10000');
   * const auth: Auth = handlers.includes('anonymous') ? { type: 'anonymous' } : { type: 'psk', key: prompt('Key?') ?? '' };
   * const session = await Session.connect('http://localhost:10000', { auth });
   * ```
   */
  static authHandlers(url: string | URL, options: AuthHandlersOptions = {}): Promise<AuthHandlers> {
    return authHandlersAt(url, options);
  }

  /**
   * The authentication handlers of this session's server (as the static {@link Session.authHandlers}, on this
   * session's connection).
   *
   * @example
   * ```ts
   * console.log((await session.authHandlers()).handlers); // e.g. ['anonymous', 'psk']
   * ```
   */
  authHandlers(options: CallOptions = {}): Promise<AuthHandlers> {
    return this.guard(options, (signal) => authHandlersOfSession(this.connection, { signal }));
  }

  /**
   * The script languages the server's console offers (`ConsoleService/GetConsoleTypes`), e.g. `['python']`; empty
   * when the server has no console.
   *
   * @example
   * ```ts
   * const languages = await session.consoleTypes();
   * ```
   */
  consoleTypes(options: CallOptions = {}): Promise<string[]> {
    return this.guard(options, (signal) => consoleService().then((c) => c.consoleTypes(this.connection, { signal })));
  }

  /**
   * The server JVM's memory in bytes (`ConsoleService/GetHeapInfo`): `maxMemory` it may grow to, `totalMemory` it
   * holds now, `freeMemory` of that unused, and `usedMemory` (total − free).
   *
   * @example
   * ```ts
   * const heap = await session.heapInfo();
   * console.log(`${(heap.usedMemory / 2 ** 20).toFixed(0)} of ${(heap.maxMemory / 2 ** 20).toFixed(0)} MiB`);
   * ```
   */
  heapInfo(options: CallOptions = {}): Promise<HeapInfo> {
    return this.guard(options, (signal) =>
      consoleService()
        .then((c) => c.heapInfo(this.connection, { signal }))
        .then((h) => ({ ...h, usedMemory: h.totalMemory - h.freeMemory })),
    );
  }

  /**
   * Every request this session makes, as it starts and ends (`started`, then `succeeded`, `failed` or `cancelled`
   * with its duration and status): for an app's own spinners, logs and metrics. Carries the method name, timing and
   * status only, never headers, credentials or tokens. Hot: emits from the subscription on (a request that started
   * before it is not reported), and completes when the session ends. Costs nothing while no one subscribes.
   *
   * @example
   * ```ts
   * let pending = 0;
   * session.requests$.subscribe((e) => {
   *   pending += e.kind === 'started' ? 1 : -1;
   *   document.body.classList.toggle('busy', pending > 0);
   *   if (e.kind === 'failed') console.warn(`${e.method} failed with ${e.codeName} after ${e.durationMs.toFixed(0)} ms`);
   * });
   * ```
   */
  get requests$(): Observable<RequestEvent> {
    return this.connection.requestEvents.events$;
  }

  /**
   * Closes the session on the server (releasing every export it holds) and locally, and completes its open
   * streams. Idempotent: later calls return the same Promise. Calls made afterwards fail with a
   * `SessionClosedError`.
   */
  close(): Promise<void> {
    return this.connection.close();
  }

  /**
   * Closes the session at the end of an `await using` block (as {@link Session.close}).
   *
   * @example
   * ```ts
   * {
   *   await using s = await Session.connect('http://localhost:10000');
   *   console.log(await s.tables());
   * } // closed here
   * ```
   */
  [asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * Fails at once on a closed session; else runs the call so that it rejects with an `AbortError` when the
   * signal fires, releasing what it made if the answer comes after that.
   */
  /** The script console, loaded (with the largest generated messages) and made on the first `runScript`. */
  private scriptConsole(): Promise<ScriptConsole> {
    this.console ??= import('../console/console.js').then((m) => new m.ScriptConsole(this.connection, this.sessionType));
    return this.console;
  }

  private guard<T>(
    options: CallOptions,
    call: (signal: AbortSignal | undefined) => Promise<T>,
    dispose?: (value: T) => unknown,
  ): Promise<T> {
    if (this.connection.isClosed) return Promise.reject(this.connection.closedError());
    return abortable(options.signal, call, dispose);
  }

  /** @internal The connection underneath, for the SDK's own layers and tests. */
  get internals(): Connection {
    return this.connection;
  }
}

/** The console service loads on first use, with the console's generated messages (the largest of all). */
function consoleService(): Promise<typeof import('../services/console-service.js')> {
  return import('../services/console-service.js');
}

/** The server JVM's memory, in bytes, as {@link Session.heapInfo} reads it. */
export interface HeapInfo {
  /** The most the heap may grow to. */
  readonly maxMemory: number;
  /** The heap's size now. */
  readonly totalMemory: number;
  /** The unused part of `totalMemory`. */
  readonly freeMemory: number;
  /** `totalMemory - freeMemory`. */
  readonly usedMemory: number;
}

function closeTable(table: Table): Promise<void> {
  return table.close();
}
