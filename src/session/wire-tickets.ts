/**
 * @internal Kept for code written against the old place of these builders: they live in the services layer now
 * (`src/services/tickets.ts`). Import them from there.
 */
export { ticketPb, typedTicketPb } from '../services/tickets.js';
