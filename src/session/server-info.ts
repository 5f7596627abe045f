import { Code, DeephavenError, abortError } from '../errors.js';
import { authenticationConstants } from '../services/config-service.js';
import { rpcOf, type Rpc } from '../services/rpc.js';
import { createTransport, type NodeTlsOptions, type TransportChoice } from '../transport/choose.js';
import type { CustomTransport } from '../transport/wire-transport.js';
import { normaliseUrl } from './url.js';

/**
 * The server's authentication configuration (`ConfigService/GetAuthenticationConstants`), readable before logging in
 * so that a login page can offer the right form.
 */
export interface AuthHandlers {
  /**
   * The authentication handlers the server accepts, by the names `Auth`'s `type` takes: `'anonymous'` and `'psk'` for
   * the two built-in handlers, else the handler's class name, the `handler` of `{ type: 'custom', handler }` (e.g.
   * `io.deephaven.authentication.BasicAuthenticationHandler`).
   */
  readonly handlers: readonly string[];
  /** Every constant the server returned (`AuthHandlers` among them), unparsed. */
  readonly constants: ReadonlyMap<string, string>;
}

/** Options of `Session.authHandlers(url, options)`. */
export interface AuthHandlersOptions {
  /** @default 'auto' */
  readonly transport?: TransportChoice | CustomTransport;
  /** TLS settings for `https://` servers in Node (see `SessionOptions.tls`). */
  readonly tls?: NodeTlsOptions;
  /** Cancels the call; the Promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /**
   * How long to wait for the answer before failing with `DeadlineExceeded`.
   * @default 30000
   */
  readonly timeoutMs?: number;
}

const BUILT_IN: Readonly<Record<string, string>> = {
  'io.deephaven.auth.AnonymousAuthenticationHandler': 'anonymous',
  'io.deephaven.authentication.psk.PskAuthenticationHandler': 'psk',
};

/** @internal The handlers named in the server's `AuthHandlers` constant. */
export function authHandlersOf(constants: Map<string, string>): AuthHandlers {
  const listed = (constants.get('AuthHandlers') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  return { handlers: listed.map((h) => BUILT_IN[h] ?? h), constants };
}

/** @internal The handlers of the server a session is connected to, asked on its connection. */
export async function authHandlersOfSession(rpc: Rpc, options: { readonly signal?: AbortSignal | undefined }): Promise<AuthHandlers> {
  return authHandlersOf(await authenticationConstants(rpc, options));
}

/**
 * @internal Asks the server at `url` for its authentication constants on a connection of its own, without
 * credentials (so no server session is made), and closes that connection.
 */
export async function authHandlersAt(url: string | URL, options: AuthHandlersOptions = {}): Promise<AuthHandlers> {
  const base = normaliseUrl(url);
  const userAborted = (): boolean => options.signal?.aborted === true;
  if (userAborted()) throw abortError(options.signal);
  const wire = createTransport(base, options.transport ?? 'auto', { tls: options.tls });
  const timeoutMs = options.timeoutMs ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const rpc = rpcOf({ host: base, transport: wire, headers: () => Promise.resolve({}), observe: () => undefined });
    return authHandlersOf(await authenticationConstants(rpc, { signal: controller.signal }));
  } catch (err) {
    if (userAborted()) throw abortError(options.signal);
    if (controller.signal.aborted) throw new DeephavenError(Code.DeadlineExceeded, `no answer from ${base} within ${timeoutMs} ms`);
    const e = DeephavenError.from(err);
    if (e.code === Code.Unavailable && !e.rawMessage.includes(base))
      throw new DeephavenError(Code.Unavailable, `cannot reach the Deephaven server at ${base}: ${e.rawMessage}`, {
        method: e.method,
        cause: e,
      });
    throw e;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    wire.close();
  }
}
