import { Observable, ReplaySubject, Subject, map, type Subscription } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { abortable, type AbortOptions } from '../rx/abortable.js';
import type { Connection } from '../session/connection.js';
import { fetchExport, ticketOf } from '../session/exports.js';
import { fetchTable } from '../table/tables.js';
import { Table } from '../table/table.js';
import { ServerObject } from '../ticket/server-object.js';
import { ExportTicket, ticketFromBytes, type Ticket } from '../ticket/ticket.js';
import { ObjectServiceClient, type ObjectMessage, type ObjectStream, type TypedRef } from '../services/object-service.js';

const METHOD = 'io.deephaven.proto.backplane.grpc.ObjectService/MessageStream';
const utf8 = new TextEncoder();

/** One message from a server object: its payload and the objects it references. */
export type PluginMessage = readonly [payload: Uint8Array, references: Fetchable[]];

/** What {@link PluginClient.reqStream} and `references` accept: a ticket or anything that carries one. */
export type Reference = Ticket | ServerObject | Fetchable | PluginClient | Table;

/**
 * An object a server object sent back: an export the server made for this session (a negative export id), with
 * its type. {@link Fetchable.fetch} opens it; it is released by {@link Fetchable.close}, or with its plugin client
 * or session.
 *
 * @example
 * ```ts
 * const client = await session.pluginClient(objects['plot'] as ServerObject);
 * const [, refs] = await firstValueFrom(client.respStream);
 * const first = refs[0];
 * if (first?.type === 'Table') console.log(((await first.fetch()) as Table).columns);
 * ```
 */
export class Fetchable {
  private released = false;

  /** @internal */
  constructor(
    private readonly owner: PluginClient,
    /** The server's type for the object: `"Table"`, `"Figure"`, a plugin's name, or `""` (no plugin). */
    readonly type: string,
    /** The export the server made for it. */
    readonly ticket: ExportTicket,
  ) {}

  /** True once released. */
  get isClosed(): boolean {
    return this.released;
  }

  /**
   * Opens the object: a {@link Table} (a new export of its own) when the type is `"Table"`, else a new
   * {@link PluginClient} on it. The reference itself stays valid until closed.
   */
  fetch(options: AbortOptions = {}): Promise<Table | PluginClient> {
    return abortable<Table | PluginClient>(
      options.signal,
      (signal) => {
        if (this.released) throw new DeephavenError(Code.FailedPrecondition, `the reference ${String(this.ticket)} was closed`);
        if (this.type === 'Table') return fetchTable(this.owner.connectionForReferences(), this.ticket, { signal });
        return openPluginClient(this.owner.connectionForReferences(), this, { signal });
      },
      (opened) => opened.close(),
    );
  }

  /** Releases the server's export. Idempotent. */
  close(options: AbortOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.released) return;
      this.released = true;
      this.owner.forgetReference(this);
      await this.owner.connectionForReferences().exports.release(this.ticket, { signal }).catch(() => undefined);
    });
  }

  /** @internal The reference as sent back to the server. */
  typedRef(): TypedRef {
    return { type: this.type, ticket: this.ticket };
  }

  /** A short description for logs and debugging. */
  toString(): string {
    return `Fetchable(${JSON.stringify(this.type)}, ${String(this.ticket)})`;
  }
}

/** The sending side of a {@link PluginClient}. */
export interface PluginRequestStream {
  /**
   * Sends a message to the server object: `payload` as bytes or text (UTF-8), `references` as tickets or objects.
   * Writes made before the server's first message are queued and sent after it, in order. Resolves once the
   * message is handed to the transport; rejects with a `DeephavenError` when the client is closed or its stream has
   * ended (nothing is dropped silently), with an `AbortError` when `options.signal` fires first (a queued message is
   * then not sent).
   */
  write(payload: Uint8Array | string, references?: readonly Reference[], options?: AbortOptions): Promise<void>;
}

/**
 * A connection to a server object through its plugin (`ObjectService/MessageStream`), as pydeephaven's
 * `plugin_client`. The server side starts when {@link PluginClient.respStream} is first subscribed (or at the
 * first write) and lives until {@link PluginClient.close}, until the server ends it, or until the session ends;
 * unsubscribing does not end it.
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(objects['plot'] as ServerObject);
 * const [payload, refs] = await firstValueFrom(figure.respStream);
 * console.log(payload.byteLength, refs.length);
 * await figure.close();
 * ```
 */
export class PluginClient {
  /** The export of the object this client holds (what `session.fetch(pluginClient)` exports again). */
  readonly ticket: ExportTicket;
  /** The object's type. */
  readonly type: string;
  /**
   * The messages of the server object. Each subscriber, however late, first receives the latest messages received
   * so far (up to {@link PluginClientOptions.replay}, 1000 by default: every message of a short conversation, a
   * bounded memory for a stream that runs for days), then the new ones. Completes when the server ends the stream
   * or the client is closed, errors with a `DeephavenError` when the server fails it or a message cannot be read;
   * once it has ended, the kept messages are dropped and a new subscriber only hears the end. Unsubscribing does
   * not end the server side; {@link PluginClient.close} does.
   */
  readonly respStream: Observable<PluginMessage>;
  /** Sends messages to the server object. */
  readonly reqStream: PluginRequestStream;

  private ownsExport: boolean;
  private stream: ObjectStream | undefined;
  private hub: Subject<PluginMessage> | undefined;
  private upstream: Subscription | undefined;
  private readonly queued: { request: Outgoing; sent: () => void; failed: (e: DeephavenError) => void }[] = [];
  private receivedFirst = false;
  private done = false;
  private ended: DeephavenError | undefined;
  private closing: Promise<void> | undefined;
  private finished: (() => void) | undefined;
  private readonly references = new Set<Fetchable>();

  /** @internal Use `session.pluginClient(object)`. */
  constructor(
    private readonly connection: Connection,
    object: ServerObject,
    exported?: ExportTicket,
    private readonly replay: number = DEFAULT_REPLAY,
  ) {
    if (!(object instanceof ServerObject)) throw new DeephavenError(Code.InvalidArgument, 'pluginClient takes a ServerObject (type and ticket)');
    if (object.type === '') throw new DeephavenError(Code.InvalidArgument, `${String(object)} has no type: the server has no plugin for it`);
    this.type = object.type;
    // Own an export of the object for as long as the client lives, as pydeephaven does for non-export tickets.
    if (exported !== undefined) {
      this.ticket = exported;
      this.ownsExport = true;
    } else if (object.ticket instanceof ExportTicket) {
      this.ticket = object.ticket;
      this.ownsExport = false;
    } else {
      throw new DeephavenError(Code.Internal, 'a plugin client needs an export of its object');
    }
    this.respStream = new Observable<PluginMessage>((subscriber) => {
      if (this.hub === undefined) {
        if (this.closing !== undefined) return subscriber.error(closedError());
        if (this.connection.isClosed) return subscriber.error(this.connection.closedError());
        this.start();
      }
      return this.hub?.subscribe(subscriber);
    });
    this.reqStream = { write: (payload, references, options) => this.write(payload, references, options) };
  }

  /** True once {@link PluginClient.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closing !== undefined || this.connection.isClosed;
  }

  /**
   * Half-closes the stream, waits for the server to finish what was sent, then completes
   * {@link PluginClient.respStream} and releases the export this client holds and the references nobody fetched or
   * closed. Idempotent.
   */
  close(options: AbortOptions = {}): Promise<void> {
    this.closing ??= this.doClose();
    return abortable(options.signal, () => this.closing ?? Promise.resolve());
  }

  /** @internal */
  connectionForReferences(): Connection {
    return this.connection;
  }

  /** @internal */
  forgetReference(ref: Fetchable): void {
    this.references.delete(ref);
  }

  private async doClose(): Promise<void> {
    // Writes made without a subscriber still reach the server: open, send them, half-close.
    if (this.stream === undefined && this.queued.length > 0 && !this.connection.isClosed) this.start();
    if (this.stream !== undefined && this.ended === undefined) {
      const done = new Promise<void>((resolve) => {
        this.finished = resolve;
      });
      this.stream.end();
      const timer = setTimeout(() => this.stop(), 10_000);
      await done;
      clearTimeout(timer);
    }
    this.ended ??= closedError();
    for (const ref of [...this.references]) await ref.close();
    if (this.ownsExport) {
      this.ownsExport = false;
      await this.connection.exports.release(this.ticket).catch(() => undefined);
    }
  }

  private start(): void {
    // (RxJS's ReplaySubject keeps at least one message: no replay is a plain Subject.)
    const hub = this.replay === 0 ? new Subject<PluginMessage>() : new ReplaySubject<PluginMessage>(this.replay);
    this.hub = hub;
    const stream = new ObjectServiceClient(this.connection).messageStream({ type: this.type, ticket: this.ticket });
    this.stream = stream;
    // Decoding is an operator: a message that cannot be read errors the stream (it does not escape as an
    // unhandled error from an observer).
    this.upstream = stream.messages$.pipe(map((message) => this.decode(message))).subscribe({
      next: (message) => {
        hub.next(message);
        if (!this.receivedFirst) {
          this.receivedFirst = true;
          for (const q of this.queued.splice(0)) this.send(q.request, q.sent, q.failed);
        }
      },
      error: (err: unknown) => this.finish(DeephavenError.from(err, METHOD)),
      complete: () => this.finish(),
    });
  }

  /** Ends the server side without waiting for it (close() gave up waiting). */
  private stop(): void {
    this.upstream?.unsubscribe();
    this.upstream = undefined;
    this.finish();
  }

  private decode(message: ObjectMessage): PluginMessage {
    const refs = message.references.map((typed) => {
      const ticket = ticketFromBytes(typed.ticket);
      if (!(ticket instanceof ExportTicket)) throw new DeephavenError(Code.DataLoss, `the server referenced ${String(ticket)}, not an export`);
      const ref = new Fetchable(this, typed.type, ticket);
      this.references.add(ref);
      return ref;
    });
    return Object.freeze([message.payload, refs] as const);
  }

  private finish(error?: DeephavenError): void {
    if (this.done) return;
    this.done = true;
    this.ended ??= error ?? new DeephavenError(Code.FailedPrecondition, 'the plugin stream has ended: the server closed it', { method: METHOD });
    this.upstream = undefined;
    this.rejectQueued();
    if (error !== undefined) this.hub?.error(error);
    else this.hub?.complete();
    // Later subscribers hear only the end: the kept messages go with the stream.
    const ended = new Subject<PluginMessage>();
    if (error !== undefined) ended.error(error);
    else ended.complete();
    this.hub = ended;
    this.finished?.();
  }

  private rejectQueued(): void {
    const error = this.ended ?? closedError();
    for (const q of this.queued.splice(0)) q.failed(error);
  }

  private send(request: Outgoing, sent: () => void, failed: (e: DeephavenError) => void): void {
    try {
      if (this.stream === undefined) throw closedError();
      this.stream.send(request.payload, request.references);
      sent();
    } catch (err) {
      failed(DeephavenError.from(err, METHOD));
    }
  }

  private write(payload: Uint8Array | string, references: readonly Reference[] = [], options: AbortOptions = {}): Promise<void> {
    return abortable(options.signal, (signal) => this.enqueue(payload, references, signal));
  }

  private enqueue(payload: Uint8Array | string, references: readonly Reference[], signal: AbortSignal | undefined): Promise<void> {
    try {
      if (this.closing !== undefined) throw closedError();
      if (this.connection.isClosed) throw this.connection.closedError();
      const bytes = typeof payload === 'string' ? utf8.encode(payload) : payload;
      if (!(bytes instanceof Uint8Array)) throw new DeephavenError(Code.InvalidArgument, 'a plugin message payload is a Uint8Array or a string');
      if (!Array.isArray(references)) throw new DeephavenError(Code.InvalidArgument, 'references must be an array');
      const request: Outgoing = { payload: bytes, references: references.map(referenceOf) };
      if (this.ended !== undefined) throw this.ended;
      // The first write opens the stream when nobody has subscribed yet; its answers wait for subscribers.
      if (this.stream === undefined) this.start();
      return new Promise<void>((sent, failed) => {
        // Before the server's first message (or before anyone subscribed) writes wait, in order.
        if (this.stream !== undefined && this.receivedFirst) return this.send(request, sent, failed);
        const entry = { request, sent, failed };
        this.queued.push(entry);
        signal?.addEventListener('abort', () => {
          const at = this.queued.indexOf(entry);
          if (at >= 0) this.queued.splice(at, 1);
        });
      });
    } catch (err) {
      return Promise.reject(err);
    }
  }
}

/** A message on its way to the server object. */
interface Outgoing {
  readonly payload: Uint8Array;
  readonly references: readonly TypedRef[];
}

function referenceOf(ref: Reference): TypedRef {
  if (ref instanceof Fetchable) return ref.typedRef();
  if (ref instanceof ServerObject) return { type: ref.type, ticket: ref.ticket };
  if (ref instanceof PluginClient) return { type: ref.type, ticket: ref.ticket };
  if (ref instanceof Table) return { type: 'Table', ticket: ref.ticket };
  return { type: '', ticket: ticketOf(ref, 'a reference') };
}

/**
 * Options of `session.pluginClient`.
 *
 * @example
 * ```ts
 * const echo = await session.pluginClient(objects['echo'] as ServerObject, { replay: 0, signal: AbortSignal.timeout(5000) });
 * ```
 */
export interface PluginClientOptions extends AbortOptions {
  /**
   * How many of the latest messages a subscriber that comes late receives first (default 1000). `0` keeps none
   * (subscribers hear only what arrives while they listen, and messages that arrive before the first subscriber
   * are lost); `Infinity` keeps every message for as long as the stream lives (memory grows with the stream).
   *
   * @example
   * ```ts
   * // A ticker on a wall screen: late subscribers need only the newest message.
   * const ticker = await session.pluginClient(objects['ticker'] as ServerObject, { replay: 1 });
   * ```
   */
  readonly replay?: number;
}

/** Messages kept for late subscribers unless `replay` says otherwise. */
const DEFAULT_REPLAY = 1000;

function replayOf(value: number | undefined): number {
  if (value === undefined) return DEFAULT_REPLAY;
  if (value === Infinity || (Number.isInteger(value) && value >= 0)) return value;
  throw new DeephavenError(Code.InvalidArgument, `replay is a whole number of messages (0 or more) or Infinity, not ${String(value)}`);
}

function closedError(): DeephavenError {
  return new DeephavenError(Code.FailedPrecondition, 'the plugin client was closed', { method: METHOD });
}

/**
 * @internal `session.pluginClient(object)`: exports the object into this session (so it lives as long as the
 * client), then returns a client on that export.
 */
export async function openPluginClient(
  connection: Connection,
  object: ServerObject | Fetchable,
  options: { signal?: AbortSignal | undefined; replay?: number | undefined } = {},
): Promise<PluginClient> {
  const replay = replayOf(options.replay);
  const target = object instanceof Fetchable ? new ServerObject(object.type, object.ticket) : object;
  if (!(target instanceof ServerObject)) throw new DeephavenError(Code.InvalidArgument, 'pluginClient takes a ServerObject (type and ticket) or a Fetchable');
  if (target.type === '') throw new DeephavenError(Code.InvalidArgument, `${String(target)} has no type: the server has no plugin for it`);
  const exported = await fetchExport(connection, target.ticket, options);
  return new PluginClient(connection, target, exported, replay);
}
