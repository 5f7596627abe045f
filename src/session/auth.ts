import { Code, DeephavenError } from '../errors.js';

/**
 * How a session proves who it is. Sent once, on the session's first call; every later call carries the
 * `Bearer` token the server returned. A union on `type`, each kind with the fields it needs:
 *
 * - `{ type: 'anonymous' }`: the server's `AnonymousAuthenticationHandler` (the default here).
 * - `{ type: 'psk', key }`: a pre-shared key (`PskAuthenticationHandler`, the server's default handler).
 * - `{ type: 'basic', username, password }`: HTTP Basic, for servers with a Basic handler configured.
 * - `{ type: 'custom', handler, token? }`: any other handler, by the name the server registers it under (its
 *   class name): the header is `<handler> <token>`, as pydeephaven sends `auth_type` and `auth_token`.
 *
 * Auth of no known shape (a missing `key`, an unknown `type`, a handler name with spaces) is refused with
 * `InvalidArgument` before any call. The older `{ type: '<handler class name>', token }` form still works (see
 * {@link LegacyHandlerAuth}).
 *
 * @example
 * ```ts
 * const withKey = await Session.connect(url, { auth: { type: 'psk', key: 'my-key' } });
 * const withHandler = await Session.connect(url, { auth: { type: 'custom', handler: 'io.example.TokenHandler', token: 't0k3n' } });
 * ```
 */
export type Auth =
  | { readonly type: 'anonymous' }
  | { readonly type: 'psk'; readonly key: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: 'custom'; readonly handler: string; readonly token?: string | undefined }
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union keeps the deprecated form accepted
  | LegacyHandlerAuth;

/**
 * Any other handler named by `type` itself (a class name, so with a dot, or pydeephaven's `'Anonymous'` and
 * `'Basic'`, the token then sent as it is): the form before `{ type: 'custom' }`.
 *
 * @deprecated Use `{ type: 'custom', handler, token }`.
 *
 * @example
 * ```ts
 * const auth: LegacyHandlerAuth = { type: 'io.example.TokenHandler', token: 't0k3n' }; // now { type: 'custom', handler, token }
 * ```
 */
export interface LegacyHandlerAuth {
  readonly type: `${string}.${string}` | 'Anonymous' | 'Basic';
  readonly token?: string | undefined;
}

/**
 * The handler class name the server registers pre-shared-key authentication under.
 *
 * @example
 * ```ts
 * const s = await Session.connect(url, { auth: { type: 'custom', handler: PSK_HANDLER, token: 'my-key' } }); // as { type: 'psk', key }
 * ```
 */
export const PSK_HANDLER = 'io.deephaven.authentication.psk.PskAuthenticationHandler';

/** @internal The `authorization` header value that carries the credentials of an {@link Auth}. */
// eslint-disable-next-line complexity -- one case per kind of auth, each a line of checks
export function credentialsHeader(auth: Auth): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
  if (typeof auth !== 'object' || auth === null)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
    throw badAuth(`auth is an object such as { type: 'psk', key } (one of ${KINDS}), not ${auth === null ? 'null' : typeof auth}`);
  const a = auth as { type: unknown; key?: unknown; username?: unknown; password?: unknown; token?: unknown; handler?: unknown };
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
    case 'custom':
      if (typeof a.handler !== 'string' || a.handler.trim() === '' || /\s/.test(a.handler))
        throw badAuth("a custom auth needs `handler`: the name of the server's authentication handler, without spaces");
      return handlerHeader(a.handler, a.token);
    default: {
      // The older form, `{ type: '<handler class name>', token }`.
      if (typeof a.type !== 'string' || !(a.type.includes('.') || a.type === 'Anonymous' || a.type === 'Basic') || /\s/.test(a.type))
        throw badAuth(`auth \`type\` is one of ${KINDS}, not ${shown(a.type)}`);
      return handlerHeader(a.type, a.token);
    }
  }
}

/** A value in a message: a string (cut short) quoted, anything else by its type. */
const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value);

const KINDS = "'anonymous', 'psk' (with `key`), 'basic' (with `username` and `password`), 'custom' (with `handler`)";

function handlerHeader(handler: string, tokenValue: unknown): string {
  if (tokenValue !== undefined && typeof tokenValue !== 'string') throw badAuth('the auth `token` is a string');
  const token = typeof tokenValue === 'string' ? tokenValue.trim() : '';
  if (BREAKS_HEADER.test(token)) throw badAuth('the auth `token` holds a line break or NUL, which no header can carry');
  return token === '' ? handler : `${handler} ${token}`;
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

  /**
   * Forgets the session token: the next call carries the credentials again (a new server session), later ones wait
   * for its token. For a session that the server no longer knows.
   */
  restart(): void {
    this.#token = undefined;
    this.#credentialsSent = false;
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
