import { ExportTicket } from '../ticket/ticket.js';

/** @internal What an {@link ExportRegistry} needs of its session: fresh export ids, and releases on the server. */
export interface ExportOwner {
  nextExportId(): number;
  release(ticket: ExportTicket, options?: { signal?: AbortSignal | undefined }): Promise<void>;
  releaseExport(id: number): void;
}

/**
 * @internal The exports a session holds on the server that the SDK created for the user (fetched objects, tables,
 * plugin objects). Each is released once, by its owner or by the session's close.
 */
export class ExportRegistry {
  private readonly held = new Set<number>();

  constructor(private readonly connection: ExportOwner) {}

  /** A fresh export ticket of this session, counted as held until released. */
  allocate(): ExportTicket {
    const ticket = ExportTicket.fromId(this.connection.nextExportId());
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
    this.connection.releaseExport(ticket.id);
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
    await this.connection.release(ticket, options);
  }
}
