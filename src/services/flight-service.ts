import { map, type Observable } from 'rxjs';
import { Ticket as FlightTicket } from '../generated/arrow/flight/protocol/flight_data_pb.js';
import { DoGet } from '../generated/arrow/flight/protocol/flight_pb_service/DoGet.js';
import type { IpcMessage } from '../arrow/ipc-message.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { Rpc } from './rpc.js';

/** @internal `FlightService` (Arrow Flight): reads of tables as Arrow IPC messages. */
export class FlightServiceClient {
  constructor(private readonly rpc: Rpc) {}

  /** `DoGet` of a table's ticket: its IPC messages (schema first, then record batches). Cold; unsubscribe cancels. */
  doGet$(ticket: Ticket, options?: CallOptions): Observable<IpcMessage> {
    const request = new FlightTicket();
    request.setTicket(ticket.rawBytes);
    return this.rpc
      .serverStream(DoGet, request, options)
      .pipe(map((data): IpcMessage => ({ header: data.getDataHeader_asU8(), body: data.getDataBody_asU8() })));
  }
}
