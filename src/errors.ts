/**
 * gRPC status codes, as the server reports them.
 *
 * The numeric values are the wire values of the gRPC protocol, so `Code.NotFound === 5`.
 *
 * @example
 * ```ts
 * const missing = await session.openTable('nope').catch((e: unknown) => e);
 * if (missing instanceof DeephavenError && missing.code === Code.NotFound) console.log('no such table');
 * ```
 */
export enum Code {
  Ok = 0,
  Cancelled = 1,
  Unknown = 2,
  InvalidArgument = 3,
  DeadlineExceeded = 4,
  NotFound = 5,
  AlreadyExists = 6,
  PermissionDenied = 7,
  ResourceExhausted = 8,
  FailedPrecondition = 9,
  Aborted = 10,
  OutOfRange = 11,
  Unimplemented = 12,
  Internal = 13,
  Unavailable = 14,
  DataLoss = 15,
  Unauthenticated = 16,
}

const marker = Symbol.for('deephaven-rx.DeephavenError');

/** Options for constructing a {@link DeephavenError}. */
export interface DeephavenErrorOptions {
  /** The gRPC method that failed, as `Service/Method`, when the error came from a call. */
  readonly method?: string | undefined;
  /** Response headers or trailers that came with the failure. */
  readonly metadata?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error type deephaven-rx throws or emits.
 *
 * It carries the gRPC status {@link Code}, the server's own message ({@link DeephavenError.rawMessage}), and the
 * method that failed. `message` is prefixed with the code name so that logs are readable on their own.
 *
 * `instanceof DeephavenError` works across duplicate copies of the SDK in one bundle.
 *
 * @example
 * ```ts
 * try {
 *   await session.openTable('no_such_table');
 * } catch (e) {
 *   if (e instanceof DeephavenError && e.code === Code.NotFound) console.log('missing');
 * }
 * ```
 */
export class DeephavenError extends Error {
  /** The gRPC status code. */
  readonly code: Code;
  /** The message as the server (or transport) gave it, without the code prefix. */
  readonly rawMessage: string;
  /** The failing method as `package.Service/Method`, when the error came from a call. */
  readonly method: string | undefined;
  /**
   * Headers or trailers that came with the failure (lower-case names). Credentials are never kept: `authorization`
   * (the server sends the session's token in it), `proxy-authorization`, `cookie` and `set-cookie` are dropped.
   */
  readonly metadata: Readonly<Record<string, readonly string[]>>;

  constructor(code: Code, message: string, options: DeephavenErrorOptions = {}) {
    const where = options.method === undefined ? '' : ` (${options.method})`;
    super(`[${codeName(code)}] ${message}${where}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeephavenError';
    this.code = code;
    this.rawMessage = message;
    this.method = options.method;
    this.metadata = withoutCredentials(options.metadata);
    Object.defineProperty(this, marker, { value: true });
  }

  /**
   * Turns anything thrown into a DeephavenError: a DeephavenError is returned as is, an `AbortError` becomes
   * {@link Code.Cancelled}, anything else {@link Code.Unknown} with the original as `cause`.
   */
  static from(reason: unknown, method?: string): DeephavenError {
    if (reason instanceof DeephavenError) return reason;
    if (isAbortError(reason)) return new DeephavenError(Code.Cancelled, 'the operation was cancelled', { method, cause: reason });
    const text = reason instanceof Error ? reason.message : String(reason);
    return new DeephavenError(Code.Unknown, text, { method, cause: reason });
  }

  /** `instanceof` that also recognises errors from a second copy of the SDK in the same app (duplicate bundles). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses use the prototype chain; the base class also accepts errors from a duplicate copy of the SDK.
    if (this !== DeephavenError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}

/** Header names whose values are credentials, never kept in an error's metadata. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

function withoutCredentials(
  metadata: Readonly<Record<string, readonly string[]>> | undefined,
): Readonly<Record<string, readonly string[]>> {
  if (metadata === undefined) return {};
  const names = Object.keys(metadata);
  if (!names.some((n) => CREDENTIAL_HEADERS.has(n.toLowerCase()))) return metadata;
  const kept: Record<string, readonly string[]> = {};
  for (const n of names) if (!CREDENTIAL_HEADERS.has(n.toLowerCase())) kept[n] = metadata[n] ?? [];
  return kept;
}

/**
 * The name of a {@link Code}, e.g. `NOT_FOUND`, as gRPC spells it.
 *
 * @example
 * ```ts
 * console.log(codeName(Code.NotFound)); // 'NOT_FOUND'
 * ```
 */
export function codeName(code: Code): string {
  const name = Code[code] as string | undefined; // undefined for a number that is not a code
  if (name === undefined) return `CODE_${code}`;
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * True for the `AbortError` a cancelled Promise rejects with.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const read = table.toArrow({ signal: controller.signal });
 * controller.abort();
 * console.log(await read.catch(isAbortError)); // true
 * ```
 */
export function isAbortError(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'AbortError';
}

/**
 * @internal The `AbortError` (a `DOMException`, as `fetch` rejects with) for Promise APIs cancelled through an
 * `AbortSignal`: the signal's own reason when that is an `AbortError`, a new one otherwise.
 */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Why a session ended: see {@link SessionClosedError} and `Session.closed$`. With `rebuild` on (the default) a
 * session ends only by `close()` (`closed`), when the server refuses its credentials as it logs in again
 * (`credentials-refused`), or when it stays out of reach longer than `reconnectTimeoutMs` (`connection-lost`).
 */
export type SessionEndReason = 'closed' | 'expired' | 'server-shutdown' | 'connection-lost' | 'credentials-refused';

/**
 * A call was made on a session that has ended. `reason` says how it ended, and the code follows it:
 * {@link Code.FailedPrecondition} after a user's own `close()` (`'closed'`), {@link Code.Unauthenticated} when the
 * server no longer knows the session (`'expired'`), {@link Code.Unavailable} when the server went away
 * (`'server-shutdown'`, `'connection-lost'`).
 *
 * @example
 * ```ts
 * await session.close();
 * const e = await session.tables().catch((err: unknown) => err);
 * if (e instanceof SessionClosedError) console.log(e.reason); // 'closed'
 * ```
 */
export class SessionClosedError extends DeephavenError {
  /** How the session ended. */
  readonly reason: SessionEndReason;

  constructor(reason: SessionEndReason, detail?: string, options: DeephavenErrorOptions = {}) {
    const text: Record<SessionEndReason, string> = {
      closed: 'the session was closed',
      expired: 'the session expired on the server',
      'server-shutdown': 'the server shut down',
      'connection-lost': 'the connection to the server was lost and the session is gone',
      'credentials-refused': 'the server refused the credentials when the session logged in again',
    };
    super(
      reason === 'closed' ? Code.FailedPrecondition : reason === 'expired' ? Code.Unauthenticated : Code.Unavailable,
      detail === undefined ? text[reason] : `${text[reason]}: ${detail}`,
      options,
    );
    this.name = 'SessionClosedError';
    this.reason = reason;
  }
}
