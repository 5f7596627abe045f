// The options a user passes to `Session.connect` and the types `Session` reports the connection's life with, and
// the checks of those options made before any call. The public option types live here, so that a reader of
// `index.ts` lands on them without reading how a connection works.
import { Code, DeephavenError, type SessionClosedError, type SessionEndReason } from '../errors.js';
import type { NodeTlsOptions, TransportChoice } from '../transport/choose.js';
import type { CustomTransport } from '../transport/wire-transport.js';
import { BREAKS_HEADER, type Auth } from './auth.js';

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
   * and on the websocket and `node-http2` transports the SDK asks a connection silent for half this time for a sign
   * of life and drops it when nothing at all has come back by the end of it: a ping in Node, and in browsers (which
   * cannot ping a websocket) a probe, one cheap call on that websocket that the server answers without a session. A
   * stalled connection (the network stops forwarding without closing anything) thus ends in a reconnect, or in
   * UNAVAILABLE for the calls on it, within this time. Browsers do not show fetch's connections, so on
   * `grpc-web-fetch` only connecting is bounded this way. `0` turns the watch off.
   * @default 20000
   */
  readonly livenessTimeoutMs?: number;
  /**
   * Whether the session rebuilds itself when the server no longer knows it (a restarted server, a token that expired
   * while the machine slept, a session the server closed): it logs in again with the same credentials and makes again
   * what it holds, in order — tables opened by name are opened again, tables made by operations are made again by
   * their operations, uploads are sent again — into the same `Table` objects; live streams resume on the same
   * Observables with a fresh `isSnapshot` state and plugin clients reopen ({@link PluginClient.reopened$}).
   * {@link Session.connectionState$} says `'reconnecting'` meanwhile, `'connected'` after. What cannot be made again
   * (a name no longer in scope, another session's export) fails only its own calls and streams, with a
   * `DeephavenError` naming it. `false`: the session ends instead (`closed$` says why), as before.
   *
   * @default true
   * @example
   * ```ts
   * // A script that must not silently carry on against a restarted server.
   * const strict = await Session.connect(url, { rebuild: false });
   * strict.closed$.subscribe(({ reason }) => console.log('session ended:', reason)); // e.g. 'connection-lost'
   * ```
   */
  readonly rebuild?: boolean;
  /**
   * How long the session may stay out of reach (the server down, a proxy answering 502) before it ends with
   * `'connection-lost'`, in milliseconds; tries to reach the server back off to a few seconds apart.
   *
   * @default Infinity
   * @example
   * ```ts
   * const patient = await Session.connect(url, { reconnectTimeoutMs: 10 * 60_000 }); // give up after 10 minutes
   * ```
   */
  readonly reconnectTimeoutMs?: number;
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

/** @internal The default of {@link SessionOptions.connectTimeoutMs}. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;

/** @internal `livenessTimeoutMs`, checked: a finite number of milliseconds, 0 or more. */
export function checkedLiveness(ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms))
    throw new DeephavenError(Code.InvalidArgument, `livenessTimeoutMs takes a number of milliseconds (0 for no watch), got ${String(ms)}`);
  return ms;
}

/** @internal `extraHeaders`, checked and with lower-case names. */
export function checkedHeaders(headers: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
  if (headers === undefined) return {};
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
  const entries = typeof headers === 'object' && headers !== null ? Object.entries(headers) : undefined;
  if (entries === undefined || entries.some(([k, v]) => typeof v !== 'string' || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(k)))
    throw new DeephavenError(Code.InvalidArgument, 'extraHeaders takes an object of header names to string values');
  if (entries.some(([, v]) => BREAKS_HEADER.test(v)))
    throw new DeephavenError(
      Code.InvalidArgument,
      'extraHeaders values cannot hold line breaks or NUL (they would start headers of their own)',
    );
  if (entries.some(([k]) => k.toLowerCase() === 'authorization'))
    throw new DeephavenError(Code.InvalidArgument, "extraHeaders cannot set 'authorization': use the auth option");
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v]));
}
