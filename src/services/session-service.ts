import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { ExportTicket, SharedTicket, Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import {
  ExportNotificationRequest,
  ExportRequest,
  HandshakeRequest,
  PublishRequest,
  ReleaseRequest,
  SessionService,
  TerminationNotificationRequest,
} from '../transport/services.js';
import type { Rpc } from './rpc.js';
import { ticketPb } from './tickets.js';

/** @internal An export's state as `ExportNotifications` reports it (the server's enum numbers). */
export interface ExportState {
  /** The export id for export tickets (0: the marker that ends the initial listing), else undefined. */
  readonly exportId: number | undefined;
  /** 0 unknown … 4 exported, 5 released, 6 cancelled, 7 failed, 8 dependency failed, … (released and above: gone). */
  readonly state: number;
}

/** @internal `SessionService`: the session's life and its exports. */
export class SessionServiceClient {
  constructor(private readonly rpc: Rpc) {}

  /** `CloseSession`: ends the session on the server, releasing every export it holds. */
  async closeSession(options?: CallOptions): Promise<void> {
    const request = new HandshakeRequest();
    request.setAuthProtocol(0);
    await this.rpc.unary(SessionService.CloseSession, request, options);
  }

  /** `Release` of one export. */
  async release(ticket: ExportTicket, options?: CallOptions): Promise<void> {
    const request = new ReleaseRequest();
    request.setId(ticketPb(ticket));
    await this.rpc.unary(SessionService.Release, request, options);
  }

  /** `ExportFromTicket`: exports what `source` names into `result`. */
  async exportFromTicket(source: Ticket, result: ExportTicket, options?: CallOptions): Promise<void> {
    const request = new ExportRequest();
    request.setSourceId(ticketPb(source));
    request.setResultId(ticketPb(result));
    await this.rpc.unary(SessionService.ExportFromTicket, request, options);
  }

  /** `PublishFromTicket`: makes `source` (an export of this session) reachable under `shared`. */
  async publishFromTicket(source: Ticket, shared: SharedTicket, options?: CallOptions): Promise<void> {
    const request = new PublishRequest();
    request.setSourceId(ticketPb(source));
    request.setResultId(ticketPb(shared));
    await this.rpc.unary(SessionService.PublishFromTicket, request, options);
  }

  /** `TerminationNotification`: resolves with the reason only when the server is going down. */
  async terminationNotification(options?: CallOptions): Promise<string> {
    const notice = await this.rpc.unary(SessionService.TerminationNotification, new TerminationNotificationRequest(), options);
    return notice.getReason();
  }

  /** `ExportNotifications`: every export of the session and its state changes (cold; one call per subscription). */
  exportNotifications$(options?: CallOptions): Observable<ExportState> {
    return this.rpc
      .serverStream(SessionService.ExportNotifications, new ExportNotificationRequest(), options)
      .pipe(map((n) => ({ exportId: exportIdOf(n.getTicket()?.getTicket_asU8() ?? new Uint8Array()), state: n.getExportState() })));
  }
}

/** The id of an export ticket's bytes (`e` and an int32, little-endian), else undefined. */
function exportIdOf(bytes: Uint8Array): number | undefined {
  if (bytes.length !== 5 || bytes[0] !== 0x65) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, 5).getInt32(1, true);
}
