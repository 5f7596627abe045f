import type { Ticket } from '../ticket/ticket.js';
import { Ticket as TicketPb, TypedTicket as TypedTicketPb } from '../transport/services.js';

/** @internal A ticket as its protobuf message. */
export function ticketPb(ticket: Ticket): TicketPb {
  const pb = new TicketPb();
  pb.setTicket(ticket.rawBytes);
  return pb;
}

/** @internal A typed ticket as its protobuf message. */
export function typedTicketPb(type: string, ticket: Ticket): TypedTicketPb {
  const pb = new TypedTicketPb();
  pb.setTicket(ticketPb(ticket));
  pb.setType(type);
  return pb;
}
