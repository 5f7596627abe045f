import { Code, DeephavenError } from '../errors.js';
import { ExportTicket } from '../ticket/ticket.js';

/** @internal How an {@link ExportRegistry} releases an export on the server (resolving at once after the session's end). */
export type ReleaseOnServer = (ticket: ExportTicket, options?: { signal?: AbortSignal | undefined }) => Promise<void>;

/**
 * @internal How an export is made again in a new server session (after a restart or an expired session): the call
 * that first filled it, replayed into the same export id. `what` names the object in errors.
 */
export interface Recipe {
  readonly what: string;
  /**
   * Checks, without making an export, that what the export is made from exists (a name a startup script makes may
   * appear a moment after the server answers); rejects with `NOT_FOUND` while it does not.
   */
  readonly check?: (() => Promise<void>) | undefined;
  /**
   * The exports of this session it is made from: one released since cannot be made again (the server would wait for
   * it forever), so neither can this one.
   */
  readonly needs?: readonly ExportTicket[] | undefined;
  replay(): Promise<unknown>;
}

/**
 * @internal The exports of one session: the one source of its export ids (1, 2, 3…, never reused, for export
 * tickets, the console and browser streams), and the exports the SDK created for the user (fetched objects, tables,
 * plugin objects), each released once, by its owner or by the session's close. Each export made by a call the SDK
 * can replay keeps its {@link Recipe}, for the session's rebuild.
 */
export class ExportRegistry {
  private readonly held = new Map<number, Recipe | undefined>();
  private readonly lost = new Map<number, DeephavenError>();
  private lastId = 0;

  constructor(private readonly releaseOnServer: ReleaseOnServer) {}

  /** The session's next export id, not held here (for exports with an owner of their own: a console, a stream). */
  nextId(): number {
    if (this.lastId >= 0x7fffffff) throw new DeephavenError(Code.ResourceExhausted, 'this session has used every export id');
    this.lastId += 1;
    return this.lastId;
  }

  /** A fresh export ticket of this session, counted as held until released. */
  allocate(): ExportTicket {
    const ticket = ExportTicket.fromId(this.nextId());
    this.held.set(ticket.id, undefined);
    return ticket;
  }

  /** How many exports the SDK holds for this session (for leak checks). */
  get size(): number {
    return this.held.size;
  }

  /** True while `ticket` is held by this registry. */
  holds(ticket: ExportTicket): boolean {
    return this.held.has(ticket.id);
  }

  /** Keeps how `ticket`, held, is made again in a new server session. */
  remember(ticket: ExportTicket, recipe: Recipe): void {
    if (this.held.has(ticket.id)) this.held.set(ticket.id, recipe);
  }

  /** The held exports in the order they were made (parents before what was made from them), with their recipes. */
  entries(): [ExportTicket, Recipe | undefined][] {
    return [...this.held.entries()].sort(([a], [b]) => a - b).map(([id, recipe]) => [ExportTicket.fromId(id), recipe]);
  }

  /** Marks a held export that a rebuild could not make again; calls and streams on it fail with `error`. */
  markLost(ticket: ExportTicket, error: DeephavenError): void {
    if (this.held.has(ticket.id)) this.lost.set(ticket.id, error);
  }

  /** Why `ticket` is gone (a rebuild could not make it again), if it is. */
  failure(ticket: ExportTicket): DeephavenError | undefined {
    return this.lost.get(ticket.id);
  }

  /** Forgets that earlier rebuilds lost exports (a new rebuild tries them again). */
  clearLost(): void {
    this.lost.clear();
  }

  /**
   * Gives up an export whose creating call failed or was abandoned: forgotten here and released on the server
   * without waiting (a failed export ends there by itself; an aborted wait would leave it pending).
   */
  abandon(ticket: ExportTicket): void {
    this.forget(ticket.id);
    this.releaseQuietly(ticket.id);
  }

  /**
   * Releases export `id` of this session without waiting; failures are ignored (the export may be gone already,
   * and session close releases everything anyway).
   */
  releaseQuietly(id: number): void {
    this.releaseOnServer(ExportTicket.fromId(id)).catch(() => undefined);
  }

  /** Forgets every export: the session's end released them all on the server. */
  clear(): void {
    this.held.clear();
    this.lost.clear();
  }

  /**
   * Releases `ticket` on the server. Idempotent for exports this registry made: a second release resolves at once.
   * Server-made exports (negative ids, e.g. plugin references) are released with a call each time.
   */
  async release(ticket: ExportTicket, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    if (ticket.id > 0 && !this.held.has(ticket.id)) return;
    this.forget(ticket.id);
    await this.releaseOnServer(ticket, options);
  }

  private forget(id: number): void {
    this.held.delete(id);
    this.lost.delete(id);
  }
}
