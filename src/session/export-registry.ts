import { Code, DeephavenError } from '../errors.js';
import { ExportTicket } from '../ticket/ticket.js';

/** @internal How an {@link ExportRegistry} releases an export on the server (resolving at once after the session's end). */
export type ReleaseOnServer = (ticket: ExportTicket, options?: { signal?: AbortSignal | undefined }) => Promise<void>;

/**
 * @internal The exports of one session: the one source of its export ids (1, 2, 3…, never reused, for export
 * tickets, the console and browser streams), and the exports the SDK created for the user (fetched objects,
 * tables, plugin objects), each released once, by its owner or by the session's close.
 */
export class ExportRegistry {
  private readonly held = new Set<number>();
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
    this.held.add(ticket.id);
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

  /**
   * Gives up an export whose creating call failed or was abandoned: forgotten here and released on the server
   * without waiting (a failed export ends there by itself; an aborted wait would leave it pending).
   */
  abandon(ticket: ExportTicket): void {
    this.held.delete(ticket.id);
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
  }

  /**
   * Releases `ticket` on the server. Idempotent for exports this registry made: a second release resolves at once.
   * Server-made exports (negative ids, e.g. plugin references) are released with a call each time.
   */
  async release(ticket: ExportTicket, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    if (ticket.id > 0 && !this.held.has(ticket.id)) return;
    this.held.delete(ticket.id);
    await this.releaseOnServer(ticket, options);
  }
}
