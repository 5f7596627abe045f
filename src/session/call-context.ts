// The one way a session's calls get their headers and report their answers: the transport's `CallContext`, made
// from a session's tokens and extra headers (for connecting, and for the session once connected).
import type { Code, DeephavenError } from '../errors.js';
import type { CallContext } from '../transport/calls.js';
import type { WireTransport } from '../transport/wire-transport.js';
import type { TokenKeeper } from './auth.js';

/** @internal What a session adds to the calls made in its name. */
export interface CallHooks {
  /** The error every call fails with before it starts (the session has ended), or undefined while it lives. */
  ended?(): Error | undefined;
  /** Sees each answer's status (undefined for headers), after a new token in it was adopted (`rotated`). */
  answered?(code: Code | undefined, rotated: boolean): void;
  /** See {@link CallContext.track}. */
  track?(end: (error?: DeephavenError) => void): () => void;
  /** See {@link CallContext.began}. */
  began?(method: string): ((code: Code) => void) | undefined;
  /** A wait before a call on `method` may go (a session rebuilding itself), or undefined when it may go now. */
  gate?(method: string): Promise<void> | undefined;
}

/**
 * @internal The call context of a session at `host` over `transport`: each call carries `extra` and the
 * `authorization` header of `tokens` (the credentials on the first call, the newest token after); each answer's
 * token is adopted, then `hooks.answered` sees its status.
 */
export function callContext(
  host: string,
  transport: WireTransport,
  tokens: TokenKeeper,
  extra: Readonly<Record<string, string>>,
  hooks: CallHooks = {},
): CallContext {
  const headers = (method: string): Promise<Record<string, string>> => {
    const error = hooks.ended?.();
    if (error !== undefined) return Promise.reject(error);
    const wait = hooks.gate?.(method);
    if (wait !== undefined) return wait.then(() => headers(method));
    return tokens.header().then((authorization) => ({ ...extra, authorization }));
  };
  return {
    host,
    transport,
    headers,
    observe: (_method, metadata, code) => {
      const rotated = tokens.adopt(metadata.get('authorization'));
      hooks.answered?.(code, rotated);
    },
    ...(hooks.track === undefined
      ? {}
      : { track: (end: (error?: DeephavenError) => void) => (hooks.track as NonNullable<CallHooks['track']>)(end) }),
    ...(hooks.began === undefined ? {} : { began: (method: string) => (hooks.began as NonNullable<CallHooks['began']>)(method) }),
  };
}
