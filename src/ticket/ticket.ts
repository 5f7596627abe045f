import { Code, DeephavenError } from '../errors.js';

/** The kinds of ticket a Deephaven server resolves. */
export type TicketKind = 'export' | 'scope' | 'shared' | 'application';

const EXPORT_PREFIX = 0x65; // 'e'
const SHARED_PREFIX = 0x68; // 'h'
const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A reference to an object on the server, in one of the server's ticket encodings. `bytes` is the whole ticket
 * as sent on the wire, prefix included. Tickets are immutable values; they hold nothing on the server by
 * themselves (an {@link ExportTicket} names an export that its session holds).
 *
 * @example
 * ```ts
 * const t: Ticket = ScopeTicket.scopeTicket('prices');
 * console.log(t.kind, t.rawBytes.length); // 'scope' 8
 * ```
 */
export abstract class Ticket {
  /** Which kind of ticket this is. */
  abstract readonly kind: TicketKind;

  /** A short description for logs and messages, e.g. `ScopeTicket("prices")`. */
  abstract toString(): string;

  protected constructor(bytes: Uint8Array) {
    this.wire = bytes.slice();
  }

  private readonly wire: Uint8Array;

  /** The ticket's wire bytes (a copy). */
  get bytes(): Uint8Array {
    return this.wire.slice();
  }

  /** True when `other` is a ticket with the same bytes. */
  equals(other: Ticket): boolean {
    const a = this.wire;
    const b = other.wire;
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }

  /** @internal The wire bytes without copying; never mutate. */
  get rawBytes(): Uint8Array {
    return this.wire;
  }
}

/**
 * An export of one session: `'e'` followed by the export id as a little-endian int32. Positive ids are chosen by
 * the client, negative ones by the server (references a plugin sends). Only meaningful to the session that made it.
 *
 * @example
 * ```ts
 * const exported: ExportTicket = await session.fetch(ScopeTicket.scopeTicket('prices'));
 * console.log(exported.id > 0);
 * await session.release(exported);
 * ```
 */
export class ExportTicket extends Ticket {
  readonly kind = 'export' as const;

  private constructor(
    /** The export id. */
    readonly id: number,
  ) {
    const bytes = new Uint8Array(5);
    bytes[0] = EXPORT_PREFIX;
    new DataView(bytes.buffer).setInt32(1, id, true);
    super(bytes);
  }

  /** The ticket of export `id` (a non-zero int32). */
  static fromId(id: number): ExportTicket {
    if (!Number.isInteger(id) || id === 0 || id < -0x80000000 || id > 0x7fffffff)
      throw invalid(`an export id is a non-zero 32-bit integer, got ${id}`);
    return new ExportTicket(id);
  }

  override toString(): string {
    return `ExportTicket(${this.id})`;
  }
}

/**
 * A variable in the server's global (query) scope: `s/<name>`.
 *
 * @example
 * ```ts
 * const table = await session.fetchTable(ScopeTicket.scopeTicket('prices'));
 * ```
 */
export class ScopeTicket extends Ticket {
  readonly kind = 'scope' as const;

  private constructor(
    /** The variable name. */
    readonly name: string,
  ) {
    super(utf8.encode(`s/${name}`));
  }

  /** The ticket of the global variable `name`, as pydeephaven's `ScopeTicket.scope_ticket(name)`. */
  static scopeTicket(name: string): ScopeTicket {
    if (typeof name !== 'string' || name === '') throw invalid('a scope ticket needs a non-empty variable name');
    return new ScopeTicket(name);
  }

  override toString(): string {
    return `ScopeTicket(${this.name})`;
  }
}

/**
 * A field of a server application: `a/<appId>/f/<fieldName>`.
 *
 * @example
 * ```ts
 * const field = ApplicationTicket.appTicket('my_app', 'summary');
 * const table = await session.fetchTable(field);
 * ```
 */
export class ApplicationTicket extends Ticket {
  readonly kind = 'application' as const;

  private constructor(
    /** The application id. */
    readonly appId: string,
    /** The field name. */
    readonly fieldName: string,
  ) {
    super(utf8.encode(`a/${appId}/f/${fieldName}`));
  }

  /** The ticket of field `fieldName` of application `appId`, as pydeephaven's `ApplicationTicket.app_ticket`. */
  static appTicket(appId: string, fieldName: string): ApplicationTicket {
    if (typeof appId !== 'string' || appId === '' || appId.includes('/'))
      throw invalid('an application ticket needs an application id without "/"');
    if (typeof fieldName !== 'string' || fieldName === '') throw invalid('an application ticket needs a field name');
    return new ApplicationTicket(appId, fieldName);
  }

  override toString(): string {
    return `ApplicationTicket(${this.appId}/${this.fieldName})`;
  }
}

/**
 * A shared ticket: `'h'` followed by any id bytes. A session publishes one of its exports to it and other sessions
 * (any client: pydeephaven, the JS API) fetch it with the same bytes, for as long as the publisher keeps the export.
 *
 * @example
 * ```ts
 * const shared = SharedTicket.randomTicket();
 * await session.publishTable(shared, table);
 * const again = await b.fetchTable(SharedTicket.parse(shared.toString())); // in another session
 * ```
 */
export class SharedTicket extends Ticket {
  readonly kind = 'shared' as const;

  private constructor(bytes: Uint8Array) {
    super(bytes);
  }

  /**
   * A new unguessable shared ticket: `'h'` + 16 random bytes (a random UUID as a little-endian 128-bit integer, as
   * pydeephaven's `SharedTicket.random_ticket()` makes them).
   */
  static randomTicket(): SharedTicket {
    const uuid = new Uint8Array(16);
    globalThis.crypto.getRandomValues(uuid);
    uuid[6] = ((uuid[6] ?? 0) & 0x0f) | 0x40; // version 4
    uuid[8] = ((uuid[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
    const bytes = new Uint8Array(17);
    bytes[0] = SHARED_PREFIX;
    bytes.set(uuid.reverse(), 1);
    return new SharedTicket(bytes);
  }

  /**
   * The shared ticket whose wire bytes are `bytes`, prefix included (what {@link Ticket.bytes} returns, and what
   * pydeephaven's `SharedTicket(bytes)` takes).
   */
  static fromBytes(bytes: Uint8Array): SharedTicket {
    if (!(bytes instanceof Uint8Array) || bytes.length < 2 || bytes[0] !== SHARED_PREFIX)
      throw invalid(`a shared ticket is 'h' followed by at least one byte, got ${describe(bytes)}`);
    return new SharedTicket(bytes);
  }

  /** The id: the bytes after the `'h'`. */
  get id(): Uint8Array {
    return this.rawBytes.slice(1);
  }

  /** The ticket as text, `h` + hex of the id, for copying between people or pages; see {@link SharedTicket.parse}. */
  override toString(): string {
    return `h${hex(this.rawBytes.subarray(1))}`;
  }

  /** Reads the text {@link SharedTicket.toString} makes. */
  static parse(text: string): SharedTicket {
    if (typeof text !== 'string') throw invalid(`a shared ticket's text form is a string, got ${describe(text)}`);
    const t = text.trim();
    if (!/^h([0-9a-fA-F]{2})+$/.test(t))
      throw invalid(`not a shared ticket's text form ('h' + hex): ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}`);
    const bytes = new Uint8Array(1 + (t.length - 1) / 2);
    bytes[0] = SHARED_PREFIX;
    for (let i = 1; i < bytes.length; i++) bytes[i] = parseInt(t.slice(2 * i - 1, 2 * i + 1), 16);
    return new SharedTicket(bytes);
  }
}

/**
 * Classifies wire bytes as a ticket, as pydeephaven does: `e` (export, exactly 5 bytes), `h` (shared), `s/`
 * (scope), `a/…/f/…` (application). Anything else is an `INVALID_ARGUMENT` error.
 *
 * @example
 * ```ts
 * const t = ticketFromBytes(new TextEncoder().encode('s/prices'));
 * console.log(t instanceof ScopeTicket); // true
 * ```
 */
export function ticketFromBytes(bytes: Uint8Array): Ticket {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw invalid('an empty ticket');
  switch (bytes[0]) {
    case EXPORT_PREFIX:
      if (bytes.length !== 5) throw invalid(`an export ticket is 5 bytes, got ${bytes.length}`);
      return ExportTicket.fromId(new DataView(bytes.buffer, bytes.byteOffset, 5).getInt32(1, true));
    case SHARED_PREFIX:
      return SharedTicket.fromBytes(bytes);
    default:
      break;
  }
  let text: string;
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    throw invalid(`unrecognised ticket ${describe(bytes)}`);
  }
  if (text.startsWith('s/') && text.length > 2) return ScopeTicket.scopeTicket(text.slice(2));
  const app = /^a\/([^/]+)\/f\/(.+)$/s.exec(text);
  if (app !== null) return ApplicationTicket.appTicket(app[1] ?? '', app[2] ?? '');
  throw invalid(`unrecognised ticket ${describe(bytes)}`);
}

function invalid(message: string): DeephavenError {
  return new DeephavenError(Code.InvalidArgument, message);
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function describe(value: unknown): string {
  if (!(value instanceof Uint8Array)) return typeof value;
  return `0x${hex(value.subarray(0, 24))}${value.length > 24 ? '…' : ''} (${value.length} bytes)`;
}
