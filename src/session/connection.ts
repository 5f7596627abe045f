import { AsyncSubject, BehaviorSubject, Subject, distinctUntilChanged, type Observable } from 'rxjs';
import { openBidi } from '../transport/bidi.js';
import type { BrowserStreamMethods } from '../transport/browser-stream.js';
import { streamCall, unaryCall, type BidiStream, type CallContext, type CallOptions } from '../transport/calls.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';
import { ExportRegistry } from './export-registry.js';
import { Code, DeephavenError, SessionClosedError, abortError, type SessionEndReason } from '../errors.js';
import { DEFAULT_LIVENESS_TIMEOUT_MS } from '../transport/liveness.js';
import { createTransport, type NodeTlsOptions, type TransportChoice } from '../transport/choose.js';
import type { Metadata } from '../transport/metadata.js';
import { ConfigServiceClient } from '../services/config-service.js';
import { rpcOf, type Rpc } from '../services/rpc.js';
import { SessionServiceClient } from '../services/session-service.js';
import type { CustomTransport, TransportKind, WireTransport } from '../transport/wire-transport.js';
import { BREAKS_HEADER, TokenKeeper, credentialsHeader, type Auth } from './auth.js';
import { KeepAlive } from './keep-alive.js';
import { normaliseUrl } from './url.js';
import { ExportTicket } from '../ticket/ticket.js';
import { RequestEvents } from './requests.js';

/** Options of {@link Session.connect}. */
export interface SessionOptions {
  /**
   * How to authenticate.
   * @default { type: 'anonymous' }
   */
  readonly auth?: Auth;
  /**
   * Which wire transport to use. `'auto'` picks from the URL and platform: the multiplexed websocket on `http://`.
   * A transport object (such as `createFakeTransport()` of `deephaven-rx/testing`) is used as it is.
   * @default 'auto'
   */
  readonly transport?: TransportChoice | CustomTransport;
  /** Cancels connecting; the returned Promise then rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /**
   * How long connecting may take before it fails with {@link Code.DeadlineExceeded}, also when the connection stalls
   * (a server or proxy that accepts and never answers): `livenessTimeoutMs` does not cut connecting short. A refused
   * connection fails at once with {@link Code.Unavailable}.
   * @default 30000
   */
  readonly connectTimeoutMs?: number;
  /**
   * TLS settings for `https://` servers in Node (the `node-http2` transport), e.g. `{ ca: pem }` for a private
   * certificate authority, and `{ cert, key }` for a server that requires client certificates (mutual TLS; without
   * one it refuses the handshake and connect rejects naming that cause). Browsers use their own trust store and
   * client certificates, and ignore this.
   */
  readonly tls?: NodeTlsOptions;
  /**
   * Extra headers sent with every call (pydeephaven's `extra_headers`), e.g. for a proxy in front of the server.
   * `authorization` cannot be set here: use `auth`. Over `websocket-multiplex` they travel inside the socket with each
   * call, from any page. Over `grpc-web-fetch`, a page on another origin than the server must have them allowed by the
   * CORS preflight: a Deephaven server allows only the headers it knows, so custom ones need a proxy (or a page on the
   * same origin) that allows them.
   */
  readonly extraHeaders?: Readonly<Record<string, string>>;
  /**
   * The script language of the session's console (pydeephaven's `session_type`): `'python'` or `'groovy'`, as the
   * server offers. Default: the server's first console type. A server offering another language refuses the first
   * `runScript` with {@link Code.FailedPrecondition}, naming what it offers (a server started from PyPI offers only
   * Python).
   */
  readonly sessionType?: 'python' | 'groovy';
  /**
   * How long a connection may stay silent before the SDK counts it as lost, in milliseconds: a connection that
   * does not open within this time fails (while `Session.connect` waits, it tries again until `connectTimeoutMs`),
   * and (in Node, on the websocket and `node-http2` transports) the SDK pings
   * a connection silent for half this time and drops it when nothing at all has come back by the end of it. A
   * stalled connection (the network stops forwarding without closing anything) thus ends in a reconnect, or in
   * UNAVAILABLE for the calls on it, within this time. Browsers cannot ping a websocket or see fetch's
   * connections, so there only connecting is bounded this way. `0` turns the watch off.
   * @default 20000
   */
  readonly livenessTimeoutMs?: number;
}

/**
 * The state of a session's connection, as {@link Session.connectionState$} reports it: `'connected'` while calls
 * reach the server, `'reconnecting'` from a lost connection until a call succeeds on a new one.
 */
export type ConnectionState = 'connected' | 'reconnecting';

/** How and why a session ended, as {@link Session.closed$} reports it. */
export interface SessionEnded {
  /** `closed` by the user, `expired` on the server, `server-shutdown`, or `connection-lost` for good. */
  readonly reason: SessionEndReason;
  /** The error calls on this session now fail with. */
  readonly error: SessionClosedError;
}

/**
 * @internal The server session underneath a public `Session`: authentication, token rotation, keep-alive,
 * connection-loss handling, the session's export ids and the call context every higher layer uses.
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
  private readonly openCalls = new Set<(error?: DeephavenError) => void>();
  private readonly stopWatching: () => void;
  private lastExportId = 0;
  /** Set when the connection dropped; cleared by the next successful call. */
  private connectionLost: string | undefined;
  /** @internal The exports the SDK holds for the user on this session. */
  readonly exports: ExportRegistry = new ExportRegistry(this);
  /** @internal `SessionService` on this session. */
  readonly sessionService: SessionServiceClient = new SessionServiceClient(this);
  private readonly configService = new ConfigServiceClient(this);
  /** @internal The request lifecycle events of this session (issue 24). */
  readonly requestEvents = new RequestEvents();

  private constructor(
    /** The server URL the session was opened on, normalised (no trailing slash). */
    readonly url: string,
    private readonly wire: WireTransport,
    private readonly tokens: TokenKeeper,
    configuration: Map<string, string>,
    private readonly extraHeaders: Readonly<Record<string, string>> = {},
  ) {
    this.configuration = configuration;
    this.closed$ = this.ended.asObservable();
    this.keepAlive = new KeepAlive({
      intervalMs: sessionDurationMs(configuration) / 2,
      ping: () => this.ping(),
      onExpired: (err) => this.endForUnauthenticated(err.rawMessage),
      maxSilenceMs: sessionDurationMs(configuration),
      // Retried soon enough after a loss that 'connected' returns within seconds of the server being back.
      retryDelaysMs: [100, 1000, 2000, 5000],
      onUnreachable: (err) =>
        this.end('connection-lost', `no answer from the server for longer than a session lives (${err.rawMessage})`),
    });
    this.keepAlive.start();
    // A dropped connection is noticed at once: probe the server session right away (which also reconnects).
    this.stopWatching = wire.onConnectionEvent((event) => {
      if (event.kind !== 'lost' || this.endError !== undefined) return;
      this.lost(event.reason);
    });
    this.watchTermination();
  }

  /**
   * Connects to the server at `url` (e.g. `http://localhost:10000`) and authenticates.
   *
   * Rejects with a {@link DeephavenError}: {@link Code.InvalidArgument} for a malformed URL or auth,
   * {@link Code.Unavailable} when nothing answers at the URL, {@link Code.Unauthenticated} for wrong credentials,
   * {@link Code.DeadlineExceeded} after `connectTimeoutMs`.
   */
  static async connect(url: string | URL, options: SessionOptions = {}): Promise<Connection> {
    const base = normaliseUrl(url);
    const tokens = new TokenKeeper(credentialsHeader(options.auth ?? { type: 'anonymous' }));
    const extra = checkedHeaders(options.extraHeaders);
    const liveness = checkedLiveness(options.livenessTimeoutMs);
    const wire = createTransport(base, options.transport ?? 'auto', { tls: options.tls, livenessTimeoutMs: liveness });
    const timeoutMs = options.connectTimeoutMs ?? 30_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeephavenError(Code.DeadlineExceeded, `no answer from ${base} within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => controller.abort(abortError(options.signal));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (options.signal?.aborted === true) throw abortError(options.signal);
      const config = new ConfigServiceClient(rpcOf(bootstrapContext(base, wire, tokens, extra)));
      const constants = await untilDeadline(() => config.configurationConstants({ signal: controller.signal }), liveness ?? DEFAULT_LIVENESS_TIMEOUT_MS, controller.signal);
      if (tokens.current === undefined)
        throw new DeephavenError(Code.Unauthenticated, 'the server accepted the call but returned no session token');
      return new Connection(base, wire, tokens, constants, extra);
    } catch (err) {
      wire.close();
      throw connectError(err, base, controller.signal, options.signal, wire.kind);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
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
    for (const complete of [...this.openCalls]) complete();
    this.openCalls.clear();
    try {
      await this.sessionService.closeSession();
    } catch {
      // The session may already be gone on the server; closing locally is what matters.
    }
    this.end('closed');
  }

  /** @internal The call context every layer above the transport uses for this session. */
  get calls(): CallContext {
    return sessionContext(this);
  }

  /** @internal The error calls fail with once the session has ended (a generic one before). */
  closedError(): SessionClosedError {
    return this.endError ?? new SessionClosedError('closed');
  }

  /** @internal */
  headersFor(): Promise<Record<string, string>> {
    if (this.endError !== undefined) return Promise.reject(this.endError);
    return this.tokens.header().then((authorization) => ({ ...this.extraHeaders, authorization }));
  }

  /** @internal */
  observe(metadata: Metadata, code?: Code): void {
    if (this.tokens.adopt(metadata.get('authorization')) && this.endError === undefined) this.refreshed.next(new Date());
    if (this.endError !== undefined) return;
    if (code === Code.Ok) {
      this.connectionLost = undefined;
      this.state.next('connected');
    }
    // No connection event on fetch: a call failing with UNAVAILABLE is how a lost connection shows there.
    if (code === Code.Unavailable && this.state.value === 'connected') this.lost('a call failed with UNAVAILABLE');
    if (code === Code.Unauthenticated) this.endForUnauthenticated('the server no longer knows this session');
  }

  /** @internal How many calls are open on this session (for leak checks). */
  get openCallCount(): number {
    return this.openCalls.size;
  }

  /** @internal Registers an open call, completed when the session ends. */
  track(complete: (error?: DeephavenError) => void): () => void {
    // A call made after the end fails on its own: its headers() rejects with the session's end error.
    if (this.endError !== undefined) return () => undefined;
    this.openCalls.add(complete);
    return () => this.openCalls.delete(complete);
  }

  /**
   * @internal The next export id of this session: 1, 2, 3… (never reused), for export tickets and browser streams.
   */
  nextExportId(): number {
    if (this.lastExportId >= 0x7fffffff) throw new DeephavenError(Code.ResourceExhausted, 'this session has used every export id');
    this.lastExportId += 1;
    return this.lastExportId;
  }

  /** @internal A unary call on this session. */
  unary<Req extends ProtobufMessage, Res extends ProtobufMessage>(def: MethodDefinition<Req, Res>, request: Req, options?: CallOptions): Promise<Res> {
    return unaryCall(this.calls, def, request, options);
  }

  /** @internal A server-streaming call on this session: cold, cancelled on unsubscribe, completed by close(). */
  serverStream<Req extends ProtobufMessage, Res extends ProtobufMessage>(def: MethodDefinition<Req, Res>, request: Req, options?: CallOptions): Observable<Res> {
    return streamCall(this.calls, def, [request], options);
  }

  /**
   * @internal A bidirectional stream on this session: real where the transport streams requests, else the
   * server's browser-stream emulation (its stream export drawn from this session's export ids, released after).
   */
  bidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    real: MethodDefinition<Req, Res>,
    emulated: BrowserStreamMethods<Req, Res>,
    options: CallOptions = {},
  ): BidiStream<Req, Res> {
    return openBidi(this.calls, real, emulated, {
      ...options,
      allocateId: () => this.nextExportId(),
      onFinished: (id) => this.releaseExport(id),
    });
  }

  /** @internal The current session token (for tests of token rotation). */
  get currentToken(): string | undefined {
    return this.tokens.current;
  }

  /** @internal `SessionService/Release` of one export of this session; resolves at once after the session's end. */
  release(ticket: ExportTicket, options: CallOptions = {}): Promise<void> {
    if (this.endError !== undefined) return Promise.resolve();
    return this.sessionService.release(ticket, options);
  }

  /**
   * @internal Releases one of this session's exports, without waiting; failures are ignored (the export may be
   * gone already, and session close releases everything anyway).
   */
  releaseExport(id: number): void {
    this.release(ExportTicket.fromId(id)).catch(() => undefined);
  }

  /** The connection dropped: say so, and probe the server session at once (which also reconnects). */
  private lost(reason: string): void {
    this.connectionLost = reason;
    this.state.next('reconnecting');
    this.keepAlive.pingNow();
  }

  private endForUnauthenticated(detail: string): void {
    if (this.connectionLost !== undefined) this.end('connection-lost', `${this.connectionLost}; ${detail}`);
    else this.end('expired', detail);
  }

  /** Listens for the server's shutdown notice, which it sends only when it is going down. */
  private watchTermination(): void {
    this.sessionService.terminationNotification({ lane: 'session' }).then(
      (reason) => {
        this.end('server-shutdown', reason === '' ? undefined : reason);
      },
      () => {
        // Cut off with the connection or the session: the connection watcher and keep-alive handle those.
        if (this.endError === undefined && this.connectionLost !== undefined) {
          this.rewatchTimer = setTimeout(() => this.rewatch(), 1000);
          (this.rewatchTimer as { unref?: () => void }).unref?.();
        }
      },
    );
  }

  private rewatchTimer: ReturnType<typeof setTimeout> | undefined;

  private rewatch(): void {
    this.rewatchTimer = undefined;
    if (this.endError === undefined) this.watchTermination();
  }

  /** @internal */
  get wireTransport(): WireTransport {
    return this.wire;
  }

  private ping(): Promise<void> {
    return this.configService.configurationConstants().then(() => undefined);
  }

  private end(reason: SessionEndReason, detail?: string): void {
    if (this.endError !== undefined) return;
    const error = new SessionClosedError(reason, detail);
    this.endError = error;
    this.keepAlive.stop();
    if (this.rewatchTimer !== undefined) clearTimeout(this.rewatchTimer);
    this.stopWatching();
    // After the user's close they were completed already; any other end fails them with the reason.
    for (const fail of [...this.openCalls]) fail(error);
    this.openCalls.clear();
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

const contexts = new WeakMap<Connection, CallContext>();

function sessionContext(session: Connection): CallContext {
  let ctx = contexts.get(session);
  if (ctx === undefined) {
    ctx = {
      host: session.url,
      transport: session.wireTransport,
      headers: () => session.headersFor(),
      observe: (_method, metadata, code) => session.observe(metadata, code),
      track: (complete) => session.track(complete),
      began: (method) => session.requestEvents.began(method),
    };
    contexts.set(session, ctx);
  }
  return ctx;
}

function bootstrapContext(host: string, transport: WireTransport, tokens: TokenKeeper, extra: Readonly<Record<string, string>>): CallContext {
  return {
    host,
    transport,
    headers: () => tokens.header().then((authorization) => ({ ...extra, authorization })),
    observe: (_method, metadata, code) => {
      const adopted = tokens.adopt(metadata.get('authorization'));
      if (!adopted && code !== undefined && code !== Code.Ok) tokens.firstCallFailed();
    },
  };
}

/**
 * Runs the connect's first call, again when the transport's liveness watch gave up on a connection that did not
 * answer (UNAVAILABLE after `livenessMs` or more): connecting is bounded by `connectTimeoutMs` alone, whose timer
 * aborts `signal` with DEADLINE_EXCEEDED. An UNAVAILABLE that comes sooner (a refused connection) ends it at once.
 */
async function untilDeadline<T>(call: () => Promise<T>, livenessMs: number, signal: AbortSignal): Promise<T> {
  for (;;) {
    const started = Date.now();
    try {
      return await call();
    } catch (err) {
      const watched = livenessMs > 0 && Date.now() - started >= livenessMs;
      if (signal.aborted || !watched || !(err instanceof DeephavenError) || err.code !== Code.Unavailable) throw err;
    }
  }
}

function checkedLiveness(ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms))
    throw new DeephavenError(Code.InvalidArgument, `livenessTimeoutMs takes a number of milliseconds (0 for no watch), got ${String(ms)}`);
  return ms;
}

function checkedHeaders(headers: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
  if (headers === undefined) return {};
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checks a JavaScript caller's value
  const entries = typeof headers === 'object' && headers !== null ? Object.entries(headers) : undefined;
  if (entries === undefined || entries.some(([k, v]) => typeof v !== 'string' || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(k)))
    throw new DeephavenError(Code.InvalidArgument, 'extraHeaders takes an object of header names to string values');
  if (entries.some(([, v]) => BREAKS_HEADER.test(v)))
    throw new DeephavenError(Code.InvalidArgument, 'extraHeaders values cannot hold line breaks or NUL (they would start headers of their own)');
  if (entries.some(([k]) => k.toLowerCase() === 'authorization'))
    throw new DeephavenError(Code.InvalidArgument, "extraHeaders cannot set 'authorization': use the auth option");
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v]));
}

function sessionDurationMs(config: ReadonlyMap<string, string>): number {
  const raw = Number(config.get('http.session.durationMs'));
  return Number.isFinite(raw) && raw >= 10_000 ? raw : 300_000;
}

function connectError(err: unknown, url: string, timeout: AbortSignal, user: AbortSignal | undefined, kind: TransportKind): unknown {
  if (user?.aborted === true) return abortError(user);
  if (timeout.aborted && timeout.reason instanceof DeephavenError) return timeout.reason;
  const e = DeephavenError.from(err);
  if (e.code === Code.Unauthenticated && kind === 'grpc-web-fetch' && url.startsWith('http:'))
    return new DeephavenError(
      Code.Unauthenticated,
      `the server at ${url} refused the credentials over gRPC-Web on HTTP/1.1 (plain http:// in a browser or Node's fetch). ` +
        'Deephaven servers do not see credentials on HTTP/1.1 gRPC calls even with -Dhttp.requireHttp2=false; ' +
        "use the 'websocket-multiplex' transport on http:// (the default), or serve https:// (HTTP/2)",
      { method: e.method, cause: e },
    );
  if (e.code === Code.Unauthenticated)
    return new DeephavenError(Code.Unauthenticated, `the server at ${url} refused the credentials: ${e.rawMessage}`, { method: e.method, cause: e });
  if (e.code === Code.Unavailable && CLIENT_CERTIFICATE_REFUSED.test(e.rawMessage))
    return new DeephavenError(
      Code.Unavailable,
      `the server at ${url} refused the TLS handshake: it requires a client certificate, and none was given or it does not ` +
        `trust the one given (set tls.cert and tls.key to a certificate from a CA the server trusts): ${e.rawMessage}`,
      { method: e.method, cause: e },
    );
  if (e.code === Code.Unavailable && !e.rawMessage.includes(url))
    return new DeephavenError(Code.Unavailable, `cannot reach the Deephaven server at ${url}: ${e.rawMessage}`, { method: e.method, cause: e });
  return e;
}

/** The TLS alerts a server sends when it requires a client certificate and got none, or one it does not trust. */
const CLIENT_CERTIFICATE_REFUSED = /alert (bad certificate|certificate unknown|certificate required|unknown ca)|SSL alert number (42|46|48|116)\b/i;
