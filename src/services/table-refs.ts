/** @internal Table references: by ticket, or by the offset of an earlier step of the same batch. */
import { TableReference } from '../generated/deephaven_core/proto/table_core_pb.js';
import type { Ticket } from '../ticket/ticket.js';
import { ticketPb } from './tickets.js';

/** @internal A table reference by ticket. */
export function ref(ticket: Ticket): TableReference {
  const r = new TableReference();
  r.setTicket(ticketPb(ticket));
  return r;
}

/** @internal A table reference to the result of an earlier step of the same batch. */
export function batchRef(offset: number): TableReference {
  const r = new TableReference();
  r.setBatchOffset(offset);
  return r;
}
