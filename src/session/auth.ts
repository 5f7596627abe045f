import { Code, DeephavenError } from '../errors.js';

/**
 * How a session proves who it is. Sent once, on the session's first call; every later call carries the
 * `Bearer` token the server returned.
 *
 * - `{ type: 'anonymous' }`: the server's `AnonymousAuthenticationHandler` (the default here).
 * - `{ type: 'psk', key }`: a pre-shared key (`PskAuthenticationHandler`, the server's default handler).
 * - `{ type: 'basic', username, password }`: HTTP Basic, for servers with a Basic handler configured.
 * - `{ type, token }`: any other handler: the header is `<type> <token>`, as pydeephaven sends it.
 */
export type Auth =
  | { readonly type: 'anonymous' }
  | { readonly type: 'psk'; readonly key: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: string; readonly token?: string };

/**
 * The handler class name the server registers pre-shared-key authentication under.
 *
 * @example
 * ```ts
 * const s = await Session.connect(url, { auth: { type: PSK_HANDLER, token: 'my-key' } }); // as { type: 'psk', key }
 * ```
 */
export const PSK_HANDLER = 'io.deephaven.authentication.psk.PskAuthenticationHandler';

/** @internal The `authorization` header value that carries the credentials of an {@link Auth}. */
export function credentialsHeader(auth: Auth): string {
  const a = auth as { type: string; key?: unknown; username?: unknown; password?: unknown; token?: unknown };
  switch (a.type) {
    case 'anonymous':
      return 'Anonymous';
    case 'psk':
      if (typeof a.key !== 'string' || a.key === '') throw badAuth('a pre-shared key auth needs a non-empty `key`');
      if (BREAKS_HEADER.test(a.key)) throw badAuth('the pre-shared `key` holds a line break or NUL, which no header can carry');
      return `${PSK_HANDLER} ${a.key}`;
    case 'basic':
      if (typeof a.username !== 'string' || typeof a.password !== 'string')
        throw badAuth('basic auth needs `username` and `password` strings');
      return `Basic ${base64(`${a.username}:${a.password}`)}`;
    default: {
      if (typeof a.type !== 'string' || a.type.trim() === '' || /\s/.test(a.type))
        throw badAuth('auth `type` must be a handler name without spaces');
      const token = typeof a.token === 'string' ? a.token.trim() : '';
      if (BREAKS_HEADER.test(token)) throw badAuth('the auth `token` holds a line break or NUL, which no header can carry');
      return token === '' ? a.type : `${a.type} ${token}`;
    }
  }
}

/**
 * @internal Characters no header value may hold: a line break would start a header of its own inside the
 * multiplexed websocket's header block (and HTTP refuses them). The messages that use it never echo the value.
 */
export const BREAKS_HEADER = /[\r\n\0]/;

function badAuth(message: string): DeephavenError {
  return new DeephavenError(Code.InvalidArgument, message);
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * @internal Hands out the `authorization` header for each call: the credentials on exactly one call (a call with
 * credentials makes a new server session), then the newest `Bearer` token seen in any response.
 *
 * The credentials and the token live in private (`#`) fields: `util.inspect`, `JSON.stringify` and a debugger's
 * object preview of a session never show them.
 */
export class TokenKeeper {
  #token: string | undefined;
  readonly #credentials: string;
  #credentialsSent = false;
  readonly #waiters: { resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  #failure: unknown;

  constructor(credentials: string) {
    this.#credentials = credentials;
  }

  /** The header for the next call; waits while the first call is out. */
  header(): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the first call's failure, passed on as it came
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    if (this.#token !== undefined) return Promise.resolve(`Bearer ${this.#token}`);
    if (!this.#credentialsSent) {
      this.#credentialsSent = true;
      return Promise.resolve(this.#credentials);
    }
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Adopts the newest `Bearer` value of a response's `authorization` header; returns true if it changed. */
  adopt(values: readonly string[]): boolean {
    let latest: string | undefined;
    for (const v of values) {
      for (const part of v.split(',')) {
        const p = part.trim();
        if (p.startsWith('Bearer ')) latest = p.slice(7).trim();
      }
    }
    if (latest === undefined || latest === '' || latest === this.#token) return false;
    this.#token = latest;
    for (const w of this.#waiters.splice(0)) w.resolve(`Bearer ${latest}`);
    return true;
  }

  /** The first call failed without a token: let the next call try the credentials again. */
  firstCallFailed(): void {
    if (this.#token !== undefined) return;
    this.#credentialsSent = false;
    const next = this.#waiters.shift();
    if (next !== undefined) {
      this.#credentialsSent = true;
      next.resolve(this.#credentials);
    }
  }

  /** Fails every waiting and later call with `reason` (the session is over). */
  fail(reason: unknown): void {
    this.#failure = reason;
    for (const w of this.#waiters.splice(0)) w.reject(reason);
  }

  /** The current session token, if any. */
  get current(): string | undefined {
    return this.#token;
  }

  /** What `util.inspect` and `JSON.stringify` show: whether a token is held, never the token or credentials. */
  toJSON(): { token: 'held' | 'none' } {
    return { token: this.#token === undefined ? 'none' : 'held' };
  }
}
