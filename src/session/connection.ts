// The server session underneath a public `Session` (`api/session.ts`): its life from login to end. `session/` holds
// how a session works (connecting, tokens, keep-alive, exports); `api/` holds what users call.
import { AsyncSubject, BehaviorSubject, Subject, distinctUntilChanged, type Observable } from 'rxjs';
import type { CallContext, CallOptions } from '../transport/calls.js';
import { ExportRegistry } from './export-registry.js';
import { Code, DeephavenError, SessionClosedError, type SessionEndReason } from '../errors.js';
import { configurationConstants } from '../services/config-service.js';
import { rpcOf, type Rpc } from '../services/rpc.js';
import { closeSession, exportFromTicket, publishFromTicket, release, terminationNotification } from '../services/session-service.js';
import type { TransportKind, WireTransport } from '../transport/wire-transport.js';
import type { TokenKeeper } from './auth.js';
import { callContext } from './call-context.js';
import { loginContext, openSession } from './connect.js';
import { fetchTable } from '../services/table-service.js';
import { ScopeTicket, type ExportTicket, type SharedTicket, type Ticket } from '../ticket/ticket.js';
import { LOST_NAME, ReconnectDeadline, Rebuilder, checkedReconnectTimeout, type RebuildHost } from './rebuild.js';
import { KeepAlive } from './keep-alive.js';
import { OpenCalls } from './open-calls.js';
import type { ConnectionState, SessionEnded, SessionOptions } from './options.js';
import { RequestEvents } from './requests.js';
import { TerminationWatch } from './termination-watch.js';

/**
 * @internal The server session underneath a public `Session`: the connection state machine (connected,
 * reconnecting, ended and why), wired to token rotation, keep-alive, the termination watch and the session's
 * open calls and exports. It is the {@link Rpc} every service client calls through.
 */
export class Connection implements Rpc {
  /** The server's configuration constants (`ConfigService/GetConfigurationConstants`), read at connect. */
  readonly configuration: ReadonlyMap<string, string>;
  /** Emits once, when the session ends, then completes. Late subscribers get the same value. */
  readonly closed$: Observable<SessionEnded>;

  private readonly ended = new AsyncSubject<SessionEnded>();
  private readonly state = new BehaviorSubject<ConnectionState>('connected');
  /** The connection's state now, then each change; completes when the session ends. */
  readonly connectionState$: Observable<ConnectionState> = this.state.pipe(distinctUntilChanged());
  private readonly refreshed = new Subject<Date>();
  /** Emits the time of each token rotation (a new Bearer token adopted from the server), until the session ends. */
  readonly tokenRefreshes$: Observable<Date> = this.refreshed.asObservable();
  private endError: SessionClosedError | undefined;
  private readonly keepAlive: KeepAlive;
  private closing: Promise<void> | undefined;
  private readonly openCalls = new OpenCalls();
  private readonly stopWatching: () => void;
  private readonly termination: TerminationWatch;
  /** Set when the connection dropped; cleared by the next successful call. */
  private connectionLost: string | undefined;
  /** @internal The exports of this session: its export ids, and those the SDK holds for the user. */
  readonly exports: ExportRegistry;
  /** @internal `SessionService` on this session. */
  /** @internal The request lifecycle events of this session (issue 24). */
  readonly requestEvents = new RequestEvents();
  /** @internal The call context every layer above the transport uses for this session. */
  readonly calls: CallContext;
  /** @internal A unary call on this session. */
  readonly unary: Rpc['unary'];
  /** @internal A server-streaming call on this session: cold, cancelled on unsubscribe, completed by close(). */
  readonly serverStream: Rpc['serverStream'];
  /**
   * @internal A bidirectional stream on this session: real where the transport streams requests, else the
   * server's browser-stream emulation (its stream export drawn from this session's export ids, released after).
   */
  readonly bidi: Rpc['bidi'];
  readonly bidi$: Rpc['bidi$'];
  /**
   * @internal Unary calls for a rebuild's replay only: they never wait for the rebuild (as `FetchObject` on
   * `unary` does), so that replaying an object may describe another one it made again already.
   */
  readonly replayCalls: Pick<Rpc, 'unary' | 'serverStream'>;
  /** @internal Rebuilds the session when the server no longer knows it (`undefined` with `rebuild: false`). */
  readonly rebuilder: Rebuilder | undefined;
  private readonly deadline: ReconnectDeadline;

  private constructor(
    /** The server URL the session was opened on, normalised (no trailing slash). */
    readonly url: string,
    private readonly wire: WireTransport,
    private readonly tokens: TokenKeeper,
    configuration: Map<string, string>,
    private readonly extraHeaders: Readonly<Record<string, string>>,
    resilience: { rebuild: boolean; reconnectTimeoutMs: number } = { rebuild: false, reconnectTimeoutMs: Infinity },
  ) {
    this.configuration = configuration;
    this.closed$ = this.ended.asObservable();
    this.deadline = new ReconnectDeadline(resilience.reconnectTimeoutMs, (detail) => this.end('connection-lost', detail));
    const hooks = {
      ended: () => this.endError,
      answered: (code: Code | undefined, rotated: boolean) => this.answered(code, rotated),
      track: (complete: (error?: DeephavenError) => void) => this.track(complete),
      began: (method: string) => this.requestEvents.began(method),
    };
    this.calls = callContext(url, wire, tokens, extraHeaders, { ...hooks, gate: (method) => this.rebuilder?.gate(method) });
    this.exports = new ExportRegistry((ticket, options = {}) =>
      this.endError !== undefined ? Promise.resolve() : release(this, ticket, options),
    );
    // (After the exports: the rebuild replays them.)
    this.rebuilder = resilience.rebuild ? new Rebuilder(this.rebuildHost()) : undefined;
    const rpc = rpcOf(this.calls, { allocateId: () => this.exports.nextId(), onFinished: (id) => this.exports.releaseQuietly(id) });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- rpcOf's calls are arrow functions; they use no this
    this.unary = rpc.unary;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- rpcOf's calls are arrow functions; they use no this
    this.serverStream = rpc.serverStream;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- rpcOf's calls are arrow functions; they use no this
    this.bidi = rpc.bidi;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- rpcOf's calls are arrow functions; they use no this
    this.bidi$ = rpc.bidi$;
    // A rebuild's own calls that would otherwise wait for the rebuild (describing an object it made again).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- rpcOf's calls are arrow functions; they use no this
    this.replayCalls = { unary: rpcOf(callContext(url, wire, tokens, extraHeaders, hooks)).unary, serverStream: rpc.serverStream };
    this.keepAlive = new KeepAlive({
      intervalMs: sessionDurationMs(configuration) / 2,
      ping: () => this.ping(),
      onExpired: (err) => this.endForUnauthenticated(err.rawMessage),
      maxSilenceMs: sessionDurationMs(configuration),
      // Retried soon enough after a loss that 'connected' returns within seconds of the server being back.
      retryDelaysMs: [100, 1000, 2000, 5000],
      onUnreachable: (err) =>
        this.rebuilder !== undefined
          ? this.rebuilder.sessionGone()
          : this.end('connection-lost', `no answer from the server for longer than a session lives (${err.rawMessage})`),
    });
    this.keepAlive.start();
    // A dropped connection is noticed at once: probe the server session right away (which also reconnects).
    this.stopWatching = wire.onConnectionEvent((event) => {
      if (event.kind !== 'lost' || this.endError !== undefined || this.closing !== undefined) return;
      this.lost(event.reason);
    });
    this.termination = new TerminationWatch({
      listen: () => terminationNotification(this, { lane: 'session' }),
      onShutdown: (reason) => {
        if (this.rebuilder === undefined) {
          this.end('server-shutdown', reason);
          return false;
        }
        // The server goes down (a deploy, a restart): wait for it, and rebuild the session once it is back.
        this.lost(`the server is shutting down${reason === undefined ? '' : ` (${reason})`}`);
        return true;
      },
      relisten: () => this.connectionLost !== undefined || this.rebuilder?.busy === true,
    });
    this.termination.start();
  }

  /**
   * Connects to the server at `url` (e.g. `http://localhost:10000`) and authenticates.
   *
   * Rejects with a {@link DeephavenError}: {@link Code.InvalidArgument} for a malformed URL or auth,
   * {@link Code.Unavailable} when nothing answers at the URL, {@link Code.Unauthenticated} for wrong credentials,
   * {@link Code.DeadlineExceeded} after `connectTimeoutMs`.
   */
  static async connect(url: string | URL, options: SessionOptions = {}): Promise<Connection> {
    const resilience = { rebuild: options.rebuild !== false, reconnectTimeoutMs: checkedReconnectTimeout(options.reconnectTimeoutMs) };
    const opened = await openSession(url, options);
    return new Connection(opened.url, opened.wire, opened.tokens, opened.configuration, opened.extraHeaders, resilience);
  }

  /** The server's version (`deephaven.version`), e.g. `42.7`. */
  get serverVersion(): string | undefined {
    return this.configuration.get('deephaven.version');
  }

  /** The wire transport this session uses. */
  get transport(): TransportKind {
    return this.wire.kind;
  }

  /** True once the session has ended (see {@link Session.closed$}). */
  get isClosed(): boolean {
    return this.endError !== undefined;
  }

  /**
   * Closes the session on the server (releasing every export it holds) and locally. Idempotent: later calls
   * return the same Promise. Calls made afterwards fail with a {@link SessionClosedError}.
   */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    if (this.endError !== undefined) return;
    // Complete the session's open streams first, so that they end by the user's hand, not with the server's
    // cancellation of them.
    this.openCalls.endAll();
    try {
      await closeSession(this);
    } catch {
      // The session may already be gone on the server; closing locally is what matters.
    }
    this.end('closed');
  }

  /**
   * @internal `SessionService/ExportFromTicket` and `PublishFromTicket` on this session. They go through here, not
   * from their callers' modules, so that the session service (and its messages) stays in the start's entry chunk: a
   * second importer in a lazily shared module moves it into a shared chunk (+0.2 KiB at start, see the size test).
   */
  exportFromTicket(source: Ticket, result: ExportTicket, options?: CallOptions): Promise<void> {
    return exportFromTicket(this, source, result, options);
  }

  /** @internal See {@link Connection.exportFromTicket}. */
  publishFromTicket(source: Ticket, shared: SharedTicket, options?: CallOptions): Promise<void> {
    return publishFromTicket(this, source, shared, options);
  }

  /** @internal The error calls fail with once the session has ended (a generic one before). */
  closedError(): SessionClosedError {
    return this.endError ?? new SessionClosedError('closed');
  }

  /** @internal The headers the session's next call carries; rejects once the session has ended. */
  headersFor(): Promise<Record<string, string>> {
    return this.calls.headers('');
  }

  /** Sees each answer: a rotated token, a call that reached the server, a lost connection or session. */
  private answered(code: Code | undefined, rotated: boolean): void {
    // While the user's close runs, the server ends the session under the calls still open: their UNAUTHENTICATED or
    // UNAVAILABLE answers say nothing about the connection ('reconnecting' would be a lie).
    if (this.endError !== undefined || this.closing !== undefined) return;
    if (rotated) this.refreshed.next(new Date());
    if (code === Code.Ok) {
      this.connectionLost = undefined;
      // While a rebuild runs, its own calls succeed before the session is whole again: it says when it is.
      if (this.rebuilder?.busy !== true) {
        this.deadline.disarm();
        this.state.next('connected');
      }
    }
    // No connection event on fetch: a call failing with UNAVAILABLE is how a lost connection shows there.
    if (code === Code.Unavailable && this.state.value === 'connected') this.lost('a call failed with UNAVAILABLE');
    if (code === Code.Unauthenticated) this.endForUnauthenticated('the server no longer knows this session');
  }

  /** @internal How many calls are open on this session (for leak checks). */
  get openCallCount(): number {
    return this.openCalls.size;
  }

  /** Registers an open call, completed when the session ends. */
  private track(complete: (error?: DeephavenError) => void): () => void {
    // A call made after the end fails on its own: its headers() rejects with the session's end error.
    if (this.endError !== undefined) return () => undefined;
    return this.openCalls.add(complete);
  }

  /** @internal The current session token (for tests of token rotation). */
  get currentToken(): string | undefined {
    return this.tokens.current;
  }

  // --- Rebuild (issue 21): what the Rebuilder (rebuild.ts) needs of the connection. ---
  private rebuildHost(): RebuildHost {
    const bootstrap = (): Promise<Map<string, string>> =>
      configurationConstants(rpcOf(loginContext(this.url, this.wire, this.tokens, this.extraHeaders)));
    return {
      exports: this.exports,
      probe: () => bootstrap().then(() => undefined),
      login: async () => {
        this.tokens.restart();
        await bootstrap();
        if (this.tokens.current === undefined)
          throw new DeephavenError(Code.Unauthenticated, 'the server accepted the call but returned no session token');
      },
      setState: (state) => {
        if (this.endError !== undefined) return;
        if (state === 'reconnecting') this.deadline.arm();
        else this.deadline.disarm();
        this.state.next(state);
      },
      end: (reason, detail) => this.end(reason, detail),
      resumed: () => {
        this.connectionLost = undefined;
        this.keepAlive.start();
      },
      // A fetch of a name nobody defines fails, and leaves its export failed.
      poison: (ticket) => fetchTable(this, ScopeTicket.scopeTicket(LOST_NAME), ticket).then(() => undefined),
    };
  }
  // --- end of rebuild ---

  /** @internal */
  get wireTransport(): WireTransport {
    return this.wire;
  }

  /** The connection dropped: say so, and probe the server session at once (which also reconnects). */
  private lost(reason: string): void {
    this.connectionLost = reason;
    this.deadline.arm();
    this.state.next('reconnecting');
    this.keepAlive.pingNow();
  }

  private endForUnauthenticated(detail: string): void {
    if (this.closing !== undefined) return;
    if (this.rebuilder !== undefined) return this.rebuilder.sessionGone();
    if (this.connectionLost !== undefined) this.end('connection-lost', `${this.connectionLost}; ${detail}`);
    else this.end('expired', detail);
  }

  private ping(): Promise<void> {
    return configurationConstants(this).then(() => undefined);
  }

  private end(reason: SessionEndReason, detail?: string): void {
    if (this.endError !== undefined) return;
    const error = new SessionClosedError(reason, detail);
    this.endError = error;
    this.keepAlive.stop();
    this.deadline.disarm();
    this.rebuilder?.stop();
    this.termination.stop();
    this.stopWatching();
    // After the user's close they were completed already; any other end fails them with the reason.
    this.openCalls.endAll(error);
    this.tokens.fail(error);
    this.exports.clear();
    this.wire.close();
    this.ended.next({ reason, error });
    this.ended.complete();
    this.state.complete();
    this.refreshed.complete();
    this.requestEvents.complete();
  }
}

function sessionDurationMs(config: ReadonlyMap<string, string>): number {
  const raw = Number(config.get('http.session.durationMs'));
  return Number.isFinite(raw) && raw >= 10_000 ? raw : 300_000;
}
