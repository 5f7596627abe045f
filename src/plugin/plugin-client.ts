import { Observable, ReplaySubject, Subject, map, type Subscription } from 'rxjs';
import { mayResume } from '../session/rebuild.js';
import { Code, DeephavenError } from '../errors.js';
import { abortable, type CallOptions } from '../rx/abortable.js';
import { asyncDispose } from '../rx/dispose.js';
import type { Connection } from '../session/connection.js';
import { fetchExport, ticketOf } from '../session/exports.js';
import { fetchTable } from '../table/tables.js';
import { Table } from '../table/table.js';
import { ServerObject } from '../ticket/server-object.js';
import { ExportTicket, ticketFromBytes, type Ticket } from '../ticket/ticket.js';
import { messageStream, type ObjectMessage, type ObjectStream, type TypedRef } from '../services/object-service.js';

const METHOD = 'io.deephaven.proto.backplane.grpc.ObjectService/MessageStream';
const utf8 = new TextEncoder();

/** One message from a server object: its payload and the objects it references. */
export type PluginMessage = readonly [payload: Uint8Array, references: Fetchable[]];

/** What {@link PluginClient.reqStream} and `references` accept: a ticket or anything that carries one. */
export type Reference = Ticket | ServerObject | Fetchable | PluginClient | Table;

/**
 * An object a server object sent back: an export the server made for this session (a negative export id), with
 * its type. {@link Fetchable.kind} says how to open it: {@link Fetchable.fetchTable} for a `'table'`,
 * {@link Fetchable.pluginClient} for a `'plugin'` object. It is released by {@link Fetchable.close}, or with its
 * plugin client or session.
 *
 * @example
 * ```ts
 * const client = await session.pluginClient(objects['plot'] as ServerObject);
 * const [, refs] = await firstValueFrom(client.messages$);
 * for (const ref of refs) {
 *   if (ref.kind === 'table') console.log((await ref.fetchTable()).columns);
 *   else console.log(ref.type, (await ref.pluginClient()).type);
 * }
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

  // ---- issue 23 (item 7): typed opening; fetch() stays as a deprecated alias ----
  /**
   * How the object opens: `'table'` (the type is `"Table"`) with {@link Fetchable.fetchTable}, `'plugin'` (any other
   * type: a figure, a plugin's object) with {@link Fetchable.pluginClient}.
   *
   * @example
   * ```ts
   * const [, refs] = await firstValueFrom((await session.pluginClient(objects['plot'] as ServerObject)).messages$);
   * const tables = await Promise.all(refs.filter((r) => r.kind === 'table').map((r) => r.fetchTable()));
   * ```
   */
  get kind(): 'table' | 'plugin' {
    return this.type === 'Table' ? 'table' : 'plugin';
  }

  /**
   * Opens the object as a {@link Table} (a new export of its own; the reference stays valid until closed).
   * Rejects with `FailedPrecondition` when {@link Fetchable.kind} is not `'table'`, or the reference was closed.
   *
   * @example
   * ```ts
   * const [, refs] = await firstValueFrom((await session.pluginClient(objects['plot'] as ServerObject)).messages$);
   * const first = refs.find((r) => r.kind === 'table');
   * if (first !== undefined) console.log((await first.fetchTable()).columns);
   * ```
   */
  fetchTable(options: CallOptions = {}): Promise<Table> {
    if (this.kind !== 'table') return Promise.reject(this.wrongKind('fetchTable', 'table'));
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated fetch() is what fetchTable() narrows
    return this.fetch(options) as Promise<Table>;
  }

  /**
   * Opens a new {@link PluginClient} on the object (the reference stays valid until closed). Rejects with
   * `FailedPrecondition` when {@link Fetchable.kind} is not `'plugin'`, or the reference was closed.
   *
   * @example
   * ```ts
   * const [, refs] = await firstValueFrom((await session.pluginClient(objects['dashboard'] as ServerObject)).messages$);
   * const inner = refs.find((r) => r.kind === 'plugin');
   * const client = inner === undefined ? undefined : await inner.pluginClient({ replay: 10 });
   * client?.messages$.subscribe(([payload]) => console.log(payload.byteLength));
   * ```
   */
  pluginClient(options: PluginClientOptions = {}): Promise<PluginClient> {
    if (this.kind !== 'plugin') return Promise.reject(this.wrongKind('pluginClient', 'plugin'));
    return abortable(
      options.signal,
      (signal) => {
        if (this.released) throw new DeephavenError(Code.FailedPrecondition, `the reference ${String(this.ticket)} was closed`);
        return openPluginClient(this.owner.connectionForReferences(), this, { signal, replay: options.replay });
      },
      (opened) => opened.close(),
    );
  }

  private wrongKind(method: string, kind: 'table' | 'plugin'): DeephavenError {
    const other = kind === 'table' ? 'pluginClient()' : 'fetchTable()';
    return new DeephavenError(Code.FailedPrecondition, `${method} opens a ${kind}, and ${String(this)} is a ${this.kind}: use ${other}`);
  }
  // ---- end issue 23 (item 7) ----

  /**
   * Opens the object: a {@link Table} (a new export of its own) when the type is `"Table"`, else a new
   * {@link PluginClient} on it. The reference itself stays valid until closed.
   *
   * @deprecated Use {@link Fetchable.fetchTable} or {@link Fetchable.pluginClient} (by {@link Fetchable.kind}): they
   * resolve to one type each.
   */
  fetch(options: CallOptions = {}): Promise<Table | PluginClient> {
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

  /** @internal The server session that made it is gone (rebuilt): nothing to release any more. */
  gone(): void {
    this.released = true;
  }

  /** Releases the server's export. Idempotent. */
  close(options: CallOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.released) return;
      this.released = true;
      this.owner.forgetReference(this);
      await this.owner
        .connectionForReferences()
        .exports.release(this.ticket, { signal })
        .catch(() => undefined);
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
  write(payload: Uint8Array | string, references?: readonly Reference[], options?: CallOptions): Promise<void>;
}

/**
 * A connection to a server object through its plugin (`ObjectService/MessageStream`), as pydeephaven's
 * `plugin_client`. The server side starts when {@link PluginClient.messages$} is first subscribed (or at the
 * first {@link PluginClient.send}) and lives until {@link PluginClient.close}, until the server ends it, or until
 * the session ends; unsubscribing does not end it.
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(objects['plot'] as ServerObject);
 * const [payload, refs] = await firstValueFrom(figure.messages$);
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
   *
   * @deprecated Use {@link PluginClient.messages$} (the same stream).
   */
  readonly respStream: Observable<PluginMessage>;
  /**
   * Sends messages to the server object.
   *
   * @deprecated Use {@link PluginClient.send} (the same as `reqStream.write`).
   */
  readonly reqStream: PluginRequestStream;
  /**
   * Emits each time the client's stream was opened again: after a dropped connection, or on a new server session
   * after the server restarted or the session expired (see `SessionOptions.rebuild`). The object's plugin starts
   * over, so whatever it kept for this client may be lost, and it usually sends its first message again (a Figure
   * sends its whole figure, with new references: those of earlier messages no longer resolve after a restart).
   * Emitted just before that first message reaches {@link PluginClient.respStream}; writes made meanwhile wait for it.
   * A stream the server had ended (a Figure sends itself and ends) opens again after a rebuild, so that the new figure
   * and its references arrive: subscribe to `respStream` again as this emits (in its handler: the server may end a
   * Figure's stream right after the figure).
   *
   * @example
   * ```ts
   * const figure = await session.pluginClient(objects['plot'] as ServerObject);
   * const draw = ([payload]: PluginMessage): void => console.log(decodeFigure(payload).charts.length, 'charts');
   * figure.respStream.subscribe(draw);
   * figure.reopened$.subscribe(() => figure.respStream.pipe(take(1)).subscribe(draw)); // after a server restart
   * ```
   */
  readonly reopened$: Observable<void>;

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
  private readonly reopens = new Subject<void>();
  private reopening = false;
  private retryDelayMs = RETRY_FIRST_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The server session the stream was opened in (see `Rebuilder.generation`). */
  private generation = 0;
  /** The server ended the stream (a fetch-only object such as a Figure sends itself and ends). */
  private completedByServer = false;
  private readonly rebuilt: Subscription | undefined;

  /** @internal Use `session.pluginClient(object)`. */
  constructor(
    private readonly connection: Connection,
    object: ServerObject,
    exported?: ExportTicket,
    private readonly replay: number = DEFAULT_REPLAY,
  ) {
    if (!(object instanceof ServerObject))
      throw new DeephavenError(Code.InvalidArgument, 'pluginClient takes a ServerObject (type and ticket)');
    if (object.type === '')
      throw new DeephavenError(Code.InvalidArgument, `${String(object)} has no type: the server has no plugin for it`);
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
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is implemented here, by the member it points to
    this.respStream = new Observable<PluginMessage>((subscriber) => {
      if (this.hub === undefined) {
        if (this.closing !== undefined) return subscriber.error(closedError());
        if (this.connection.isClosed) return subscriber.error(this.connection.closedError());
        this.start();
      }
      return this.hub?.subscribe(subscriber);
    });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is implemented here, by the member it points to
    this.reqStream = { write: (payload, references, options) => this.write(payload, references, options) };
    this.reopened$ = this.reopens.asObservable();
    this.rebuilt = connection.rebuilder?.rebuilt$.subscribe(() => this.afterRebuild());
  }

  /**
   * The session was rebuilt on a new server session: a stream the server had ended (a Figure's, which sends the figure
   * and ends) opens again, so that the object's new state and references arrive (the old references are gone).
   */
  private afterRebuild(): void {
    if (!this.completedByServer || this.closing !== undefined) return;
    this.completedByServer = false;
    this.done = false;
    this.ended = undefined;
    this.receivedFirst = false;
    this.reopening = true;
    this.start();
  }

  /** True once {@link PluginClient.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closing !== undefined || this.connection.isClosed;
  }

  // ---- issue 23 (item 7): messages$ and send, the names of respStream and reqStream.write; await using ----
  /**
   * The messages of the server object (the same stream as the deprecated `respStream`). Each subscriber, however
   * late, first receives the latest messages received so far (up to {@link PluginClientOptions.replay}, 1000 by
   * default), then the new ones. Completes when the server ends the stream or the client is closed, errors with a
   * `DeephavenError` when the server fails it or a message cannot be read. Unsubscribing does not end the server
   * side; {@link PluginClient.close} does.
   *
   * @example
   * ```ts
   * const client = await session.pluginClient(objects['echo'] as ServerObject);
   * client.messages$.subscribe(([payload, refs]) => console.log(new TextDecoder().decode(payload), refs.length));
   * ```
   */
  get messages$(): Observable<PluginMessage> {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is implemented here, by the member it points to
    return this.respStream;
  }

  /**
   * Sends a message to the server object: `payload` as bytes or text (UTF-8), `references` as tickets or objects
   * (as the deprecated `reqStream.write`). Writes made before the server's first message are queued and sent after
   * it, in order. Resolves once the message is handed to the transport; rejects with a `DeephavenError` when the
   * client is closed or its stream has ended, with an `AbortError` when `options.signal` fires first (a queued
   * message is then not sent).
   *
   * @example
   * ```ts
   * const client = await session.pluginClient(objects['echo'] as ServerObject);
   * await client.send('hello', [table], { signal: AbortSignal.timeout(5000) });
   * ```
   */
  send(payload: Uint8Array | string, references?: readonly Reference[], options?: CallOptions): Promise<void> {
    return this.write(payload, references, options);
  }

  /**
   * Closes the client at the end of an `await using` block (as {@link PluginClient.close}).
   *
   * @example
   * ```ts
   * {
   *   await using figure = await session.pluginClient(objects['plot'] as ServerObject);
   *   const [payload] = await firstValueFrom(figure.messages$);
   *   console.log(payload.byteLength);
   * } // closed here
   * ```
   */
  [asyncDispose](): Promise<void> {
    return this.close();
  }
  // ---- end issue 23 (item 7) ----

  /**
   * Half-closes the stream, waits for the server to finish what was sent, then completes
   * {@link PluginClient.respStream} and releases the export this client holds and the references nobody fetched or
   * closed. Idempotent.
   */
  close(options: CallOptions = {}): Promise<void> {
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
    this.rebuilt?.unsubscribe();
    // Writes made without a subscriber still reach the server: open, send them, half-close.
    if (this.hub === undefined && this.queued.length > 0 && !this.connection.isClosed) this.start();
    if (this.retryTimer !== undefined) {
      // Closed while waiting to reopen: end here.
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.ended ??= closedError();
      this.finish();
    }
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
    this.connect(hub);
  }

  private connect(hub: Subject<PluginMessage>): void {
    const generation = this.connection.rebuilder?.generation ?? 0;
    if (generation !== this.generation) {
      // A new server session: the references the old one made are gone with it.
      for (const ref of this.references) ref.gone();
      this.references.clear();
      this.generation = generation;
    }
    const stream = messageStream(this.connection, { type: this.type, ticket: this.ticket });
    this.stream = stream;
    // Decoding is an operator: a message that cannot be read errors the stream (it does not escape as an
    // unhandled error from an observer).
    this.upstream = stream.messages$.pipe(map((message) => this.decode(message))).subscribe({
      next: (message) => {
        if (this.receivedFirst) return hub.next(message);
        this.receivedFirst = true;
        this.retryDelayMs = RETRY_FIRST_MS;
        if (this.reopening) {
          this.reopening = false;
          this.reopens.next();
        }
        hub.next(message);
        for (const q of this.queued.splice(0)) this.transmit(q.request, q.sent, q.failed);
      },
      error: (err: unknown) => {
        const e = DeephavenError.from(err, METHOD);
        const lost = this.connection.exports.failure(this.ticket);
        if (this.closing === undefined && lost === undefined && mayResume(this.connection, e)) this.resume(hub);
        else this.finish(lost ?? e);
      },
      complete: () => {
        this.completedByServer = true;
        this.finish();
      },
    });
  }

  /** The stream was cut (a dropped connection, a restarted server): open it again soon, on the same hub. */
  private resume(hub: Subject<PluginMessage>): void {
    this.upstream = undefined;
    this.stream = undefined;
    this.receivedFirst = false;
    this.reopening = true;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(delay * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.connection.isClosed) return this.finish(this.connection.closedError());
      if (this.closing === undefined && !this.done) this.connect(hub);
    }, delay);
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
      if (!(ticket instanceof ExportTicket))
        throw new DeephavenError(Code.DataLoss, `the server referenced ${String(ticket)}, not an export`);
      const ref = new Fetchable(this, typed.type, ticket);
      this.references.add(ref);
      return ref;
    });
    return Object.freeze([message.payload, refs] as const);
  }

  private finish(error?: DeephavenError): void {
    if (this.done) return;
    this.done = true;
    this.ended ??=
      error ?? new DeephavenError(Code.FailedPrecondition, 'the plugin stream has ended: the server closed it', { method: METHOD });
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

  private transmit(request: Outgoing, sent: () => void, failed: (e: DeephavenError) => void): void {
    try {
      if (this.stream === undefined) throw closedError();
      this.stream.send(request.payload, request.references);
      sent();
    } catch (err) {
      failed(DeephavenError.from(err, METHOD));
    }
  }

  private write(payload: Uint8Array | string, references: readonly Reference[] = [], options: CallOptions = {}): Promise<void> {
    return abortable(options.signal, (signal) => this.enqueue(payload, references, signal));
  }

  private enqueue(payload: Uint8Array | string, references: readonly Reference[], signal: AbortSignal | undefined): Promise<void> {
    try {
      if (this.closing !== undefined) throw closedError();
      if (this.connection.isClosed) throw this.connection.closedError();
      const bytes = typeof payload === 'string' ? utf8.encode(payload) : payload;
      if (!(bytes instanceof Uint8Array))
        throw new DeephavenError(Code.InvalidArgument, 'a plugin message payload is a Uint8Array or a string');
      if (!Array.isArray(references)) throw new DeephavenError(Code.InvalidArgument, 'references must be an array');
      const request: Outgoing = { payload: bytes, references: references.map(referenceOf) };
      if (this.ended !== undefined) throw this.ended;
      // The first write opens the stream when nobody has subscribed yet; its answers wait for subscribers.
      if (this.hub === undefined) this.start();
      return new Promise<void>((sent, failed) => {
        // Before the server's first message (or before anyone subscribed) writes wait, in order.
        if (this.stream !== undefined && this.receivedFirst) return this.transmit(request, sent, failed);
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
export interface PluginClientOptions extends CallOptions {
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

/** Delays before reopening a cut stream: doubled from the first to the last. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 2000;

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
  if (!(target instanceof ServerObject))
    throw new DeephavenError(Code.InvalidArgument, 'pluginClient takes a ServerObject (type and ticket) or a Fetchable');
  if (target.type === '') throw new DeephavenError(Code.InvalidArgument, `${String(target)} has no type: the server has no plugin for it`);
  const exported = await fetchExport(connection, target.ticket, options);
  return new PluginClient(connection, target, exported, replay);
}
