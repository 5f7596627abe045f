import { Observable, type Subscriber, type Subscription } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import type { Connection } from '../session/connection.js';
import { fetchExport, ticketOf, type TicketSource } from '../session/exports.js';
import { typedTicketPb } from '../session/wire-tickets.js';
import { fetchTable } from '../table/tables.js';
import { Table } from '../table/table.js';
import { ServerObject } from '../ticket/server-object.js';
import { ExportTicket, ticketFromBytes, type Ticket } from '../ticket/ticket.js';
import type { BidiStream } from '../transport/calls.js';
import {
  ClientData,
  ConnectRequest,
  ObjectService,
  StreamRequest,
  type StreamResponse,
  type TypedTicket,
} from '../transport/services.js';

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
  fetch(): Promise<Table | PluginClient> {
    if (this.released) return Promise.reject(new DeephavenError(Code.FailedPrecondition, `the reference ${String(this.ticket)} was closed`));
    if (this.type === 'Table') return fetchTable(this.owner.connectionForReferences(), this.ticket);
    return openPluginClient(this.owner.connectionForReferences(), this);
  }

  /** Releases the server's export. Idempotent. */
  async close(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.owner.forgetReference(this);
    await this.owner.connectionForReferences().exports.release(this.ticket).catch(() => undefined);
  }

  /** @internal The reference as sent back to the server. */
  typedTicket(): TypedTicket {
    return typedTicketPb(this.type, this.ticket);
  }

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
   * ended (nothing is dropped silently).
   */
  write(payload: Uint8Array | string, references?: readonly Reference[]): Promise<void>;
}

/**
 * A connection to a server object through its plugin (`ObjectService/MessageStream`), as pydeephaven's
 * `plugin_client`. The server side starts when {@link PluginClient.respStream} is first subscribed (or the
 * first write), and ends when the last subscriber unsubscribes, on {@link PluginClient.close} or with the session.
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(objects['plot']);
 * const [payload, refs] = await firstValueFrom(figure.respStream);
 * ```
 */
export class PluginClient {
  /** The export of the object this client holds (what `session.fetch(pluginClient)` exports again). */
  readonly ticket: ExportTicket;
  /** The object's type. */
  readonly type: string;
  /**
   * Every message of the server object, multicast to all subscribers. Completes when the server ends the stream,
   * errors with a `DeephavenError` when it fails it.
   */
  readonly respStream: Observable<PluginMessage>;
  /** Sends messages to the server object. */
  readonly reqStream: PluginRequestStream;

  private ownsExport: boolean;
  private stream: BidiStream<StreamRequest, StreamResponse> | undefined;
  private upstream: Subscription | undefined;
  private readonly subscribers = new Set<Subscriber<PluginMessage>>();
  private readonly queued: { request: StreamRequest; sent: () => void; failed: (e: DeephavenError) => void }[] = [];
  private receivedFirst = false;
  private ended: DeephavenError | undefined;
  private closing: Promise<void> | undefined;
  private finished: (() => void) | undefined;
  private readonly references = new Set<Fetchable>();

  /** @internal Use `session.pluginClient(object)`. */
  constructor(
    private readonly connection: Connection,
    object: ServerObject,
    exported?: ExportTicket,
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
    this.respStream = new Observable<PluginMessage>((subscriber) => this.attach(subscriber));
    this.reqStream = { write: (payload, references) => this.write(payload, references) };
  }

  /** True once {@link PluginClient.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closing !== undefined || this.connection.isClosed;
  }

  /**
   * Half-closes the stream, waits for the server to finish what was sent, then releases the export this client
   * holds and the references nobody fetched or closed. Idempotent.
   */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
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

  private attach(subscriber: Subscriber<PluginMessage>): () => void {
    if (this.closing !== undefined) {
      subscriber.error(closedError());
      return () => undefined;
    }
    if (this.connection.isClosed) {
      subscriber.error(this.connection.closedError());
      return () => undefined;
    }
    this.subscribers.add(subscriber);
    if (this.stream === undefined || this.ended !== undefined) this.start();
    return () => {
      this.subscribers.delete(subscriber);
      // The last subscriber gone ends the server side (the plugin sees the close).
      if (this.subscribers.size === 0 && this.ended === undefined) this.stop();
    };
  }

  private start(): void {
    this.ended = undefined;
    this.receivedFirst = false;
    const stream = this.connection.bidi(ObjectService.MessageStream, {
      open: ObjectService.OpenMessageStream,
      next: ObjectService.NextMessageStream,
      empty: () => new StreamRequest(),
    });
    this.stream = stream;
    const connect = new StreamRequest();
    const c = new ConnectRequest();
    c.setSourceId(typedTicketPb(this.type, this.ticket));
    connect.setConnect(c);
    stream.send(connect);
    this.upstream = stream.responses$.subscribe({
      next: (response) => this.deliver(response),
      error: (err: unknown) => this.finish(DeephavenError.from(err, METHOD)),
      complete: () => this.finish(),
    });
  }

  private stop(): void {
    this.ended ??= new DeephavenError(Code.FailedPrecondition, 'the plugin stream has ended: every subscriber unsubscribed', { method: METHOD });
    this.upstream?.unsubscribe();
    this.upstream = undefined;
    this.rejectQueued();
    this.finished?.();
  }

  private deliver(response: StreamResponse): void {
    const data = response.getData();
    const refs = (data?.getExportedReferencesList() ?? []).map((typed) => {
      const ticket = ticketFromBytes(typed.getTicket()?.getTicket_asU8() ?? new Uint8Array());
      if (!(ticket instanceof ExportTicket)) throw new DeephavenError(Code.Internal, `the server referenced ${String(ticket)}, not an export`);
      const ref = new Fetchable(this, typed.getType(), ticket);
      this.references.add(ref);
      return ref;
    });
    const message: PluginMessage = Object.freeze([data?.getPayload_asU8() ?? new Uint8Array(0), refs] as const);
    if (!this.receivedFirst) {
      this.receivedFirst = true;
      for (const q of this.queued.splice(0)) this.send(q.request, q.sent, q.failed);
    }
    for (const s of [...this.subscribers]) s.next(message);
  }

  private finish(error?: DeephavenError): void {
    this.ended = error ?? new DeephavenError(Code.FailedPrecondition, 'the plugin stream has ended: the server closed it', { method: METHOD });
    this.upstream = undefined;
    this.rejectQueued();
    const subs = [...this.subscribers];
    this.subscribers.clear();
    for (const s of subs) {
      if (error !== undefined) s.error(error);
      else s.complete();
    }
    this.finished?.();
  }

  private rejectQueued(): void {
    const error = this.ended ?? closedError();
    for (const q of this.queued.splice(0)) q.failed(error);
  }

  private send(request: StreamRequest, sent: () => void, failed: (e: DeephavenError) => void): void {
    try {
      if (this.stream === undefined) throw closedError();
      this.stream.send(request);
      sent();
    } catch (err) {
      failed(DeephavenError.from(err, METHOD));
    }
  }

  private write(payload: Uint8Array | string, references: readonly Reference[] = []): Promise<void> {
    try {
      if (this.closing !== undefined) throw closedError();
      if (this.connection.isClosed) throw this.connection.closedError();
      const bytes = typeof payload === 'string' ? utf8.encode(payload) : payload;
      if (!(bytes instanceof Uint8Array)) throw new DeephavenError(Code.InvalidArgument, 'a plugin message payload is a Uint8Array or a string');
      if (!Array.isArray(references)) throw new DeephavenError(Code.InvalidArgument, 'references must be an array');
      const data = new ClientData();
      data.setPayload(bytes);
      data.setReferencesList(references.map(referenceOf));
      const request = new StreamRequest();
      request.setData(data);
      if (this.stream !== undefined && this.ended !== undefined) throw this.ended;
      return new Promise<void>((sent, failed) => {
        // Before the server's first message (or before anyone subscribed) writes wait, in order.
        if (this.stream !== undefined && this.receivedFirst) this.send(request, sent, failed);
        else this.queued.push({ request, sent, failed });
      });
    } catch (err) {
      return Promise.reject(err);
    }
  }
}

function referenceOf(ref: Reference): TypedTicket {
  if (ref instanceof Fetchable) return ref.typedTicket();
  if (ref instanceof ServerObject) return typedTicketPb(ref.type, ref.ticket);
  if (ref instanceof PluginClient) return typedTicketPb(ref.type, ref.ticket);
  if (ref instanceof Table) return typedTicketPb('Table', ref.ticket);
  return typedTicketPb('', ticketOf(ref as TicketSource, 'a reference'));
}

function closedError(): DeephavenError {
  return new DeephavenError(Code.FailedPrecondition, 'the plugin client was closed', { method: METHOD });
}

/**
 * @internal `session.pluginClient(object)`: exports the object into this session (so it lives as long as the
 * client), then returns a client on that export.
 */
export async function openPluginClient(connection: Connection, object: ServerObject | Fetchable): Promise<PluginClient> {
  const target = object instanceof Fetchable ? new ServerObject(object.type, object.ticket) : object;
  if (!(target instanceof ServerObject)) throw new DeephavenError(Code.InvalidArgument, 'pluginClient takes a ServerObject (type and ticket) or a Fetchable');
  if (target.type === '') throw new DeephavenError(Code.InvalidArgument, `${String(target)} has no type: the server has no plugin for it`);
  const exported = await fetchExport(connection, target.ticket);
  return new PluginClient(connection, target, exported);
}
