// Connecting: a wire to the server, the first call (the server's configuration constants) that logs in and
// yields the session token, bounded by `connectTimeoutMs` and the user's signal.
import { Code, DeephavenError, abortError } from '../errors.js';
import { configurationConstants, LIVENESS_PROBE_PATH } from '../services/config-service.js';
import { rpcOf } from '../services/rpc.js';
import type { CallContext } from '../transport/calls.js';
import { createTransport } from '../transport/choose.js';
import { DEFAULT_LIVENESS_TIMEOUT_MS } from '../transport/liveness.js';
import type { WireTransport } from '../transport/wire-transport.js';
import { TokenKeeper, credentialsHeader } from './auth.js';
import { callContext } from './call-context.js';
import { connectError } from './connect-errors.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, checkedHeaders, checkedLiveness, type SessionOptions } from './options.js';
import { normaliseUrl } from './url.js';

/** @internal A logged-in server session, as connecting leaves it. */
export interface Opened {
  /** The server URL, normalised (no trailing slash). */
  readonly url: string;
  readonly wire: WireTransport;
  /** Holds the session token the first call brought. */
  readonly tokens: TokenKeeper;
  /** The server's configuration constants. */
  readonly configuration: Map<string, string>;
  /** The checked `extraHeaders`. */
  readonly extraHeaders: Readonly<Record<string, string>>;
}

/**
 * @internal Opens a wire to `url` and logs in with `options.auth`. Rejects as `Session.connect` documents; closes
 * the wire on failure.
 */
export async function openSession(url: string | URL, options: SessionOptions): Promise<Opened> {
  const base = normaliseUrl(url);
  const tokens = new TokenKeeper(credentialsHeader(options.auth ?? { type: 'anonymous' }));
  const extra = checkedHeaders(options.extraHeaders);
  const liveness = checkedLiveness(options.livenessTimeoutMs);
  const wire = createTransport(base, options.transport ?? 'auto', {
    tls: options.tls,
    livenessTimeoutMs: liveness,
    probePath: LIVENESS_PROBE_PATH,
  });
  const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeephavenError(Code.DeadlineExceeded, `no answer from ${base} within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const onAbort = (): void => controller.abort(abortError(options.signal));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted === true) throw abortError(options.signal);
    const login = rpcOf(loginContext(base, wire, tokens, extra));
    const constants = await untilDeadline(
      () => configurationConstants(login, { signal: controller.signal }),
      liveness ?? DEFAULT_LIVENESS_TIMEOUT_MS,
      controller.signal,
    );
    if (tokens.current === undefined)
      throw new DeephavenError(Code.Unauthenticated, 'the server accepted the call but returned no session token');
    return { url: base, wire, tokens, configuration: constants, extraHeaders: extra };
  } catch (err) {
    wire.close();
    throw connectError(err, base, controller.signal, options.signal, wire.kind);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * @internal The call context of logging in (at connect, and again when a session rebuilds): a first call that fails
 * without bringing a token fails the credentials' first use, so the next call logs in afresh.
 */
export function loginContext(base: string, wire: WireTransport, tokens: TokenKeeper, extra: Readonly<Record<string, string>>): CallContext {
  return callContext(base, wire, tokens, extra, {
    answered: (code, rotated) => {
      if (!rotated && code !== undefined && code !== Code.Ok) tokens.firstCallFailed();
    },
  });
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
