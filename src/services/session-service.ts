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
import type { ServiceCalls } from './table-creation.js';
import { ticketPb } from './tickets.js';

/** @internal An export's state as `ExportNotifications` reports it (the server's enum numbers). */
export interface ExportState {
  /** The export id for export tickets (0: the marker that ends the initial listing), else undefined. */
  readonly exportId: number | undefined;
  /** 0 unknown … 4 exported, 5 released, 6 cancelled, 7 failed, 8 dependency failed, … (released and above: gone). */
  readonly state: number;
}

/** @internal `CloseSession`: ends the session on the server, releasing every export it holds. */
export async function closeSession(calls: ServiceCalls, options?: CallOptions): Promise<void> {
  const request = new HandshakeRequest();
  request.setAuthProtocol(0);
  await calls.unary(SessionService.CloseSession, request, options);
}

/** @internal `Release` of one export. */
export async function release(calls: ServiceCalls, ticket: ExportTicket, options?: CallOptions): Promise<void> {
  const request = new ReleaseRequest();
  request.setId(ticketPb(ticket));
  await calls.unary(SessionService.Release, request, options);
}

/** @internal `ExportFromTicket`: exports what `source` names into `result`. */
export async function exportFromTicket(calls: ServiceCalls, source: Ticket, result: ExportTicket, options?: CallOptions): Promise<void> {
  const request = new ExportRequest();
  request.setSourceId(ticketPb(source));
  request.setResultId(ticketPb(result));
  await calls.unary(SessionService.ExportFromTicket, request, options);
}

/** @internal `PublishFromTicket`: makes `source` (an export of this session) reachable under `shared`. */
export async function publishFromTicket(calls: ServiceCalls, source: Ticket, shared: SharedTicket, options?: CallOptions): Promise<void> {
  const request = new PublishRequest();
  request.setSourceId(ticketPb(source));
  request.setResultId(ticketPb(shared));
  await calls.unary(SessionService.PublishFromTicket, request, options);
}

/** @internal `TerminationNotification`: resolves with the reason only when the server is going down. */
export async function terminationNotification(calls: ServiceCalls, options?: CallOptions): Promise<string> {
  const notice = await calls.unary(SessionService.TerminationNotification, new TerminationNotificationRequest(), options);
  return notice.getReason();
}

/** @internal `ExportNotifications`: every export of the session and its state changes (cold; one call per subscription). */
export function exportNotifications$(calls: ServiceCalls, options?: CallOptions): Observable<ExportState> {
  return calls
    .serverStream(SessionService.ExportNotifications, new ExportNotificationRequest(), options)
    .pipe(map((n) => ({ exportId: exportIdOf(n.getTicket()?.getTicket_asU8() ?? new Uint8Array()), state: n.getExportState() })));
}

/** The id of an export ticket's bytes (`e` and an int32, little-endian), else undefined. */
function exportIdOf(bytes: Uint8Array): number | undefined {
  if (bytes.length !== 5 || bytes[0] !== 0x65) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, 5).getInt32(1, true);
}
