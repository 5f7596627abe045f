import { Code, DeephavenError } from '../errors.js';
import { ExportTicket, SharedTicket, Ticket } from '../ticket/ticket.js';
import type { Connection } from './connection.js';

/** Anything that names a server object: a ticket, or an object that carries one (`ServerObject`, `Table`, …). */
export type TicketSource = Ticket | { readonly ticket: Ticket };

/** @internal The ticket of a {@link TicketSource}, or a clear `INVALID_ARGUMENT` error before any call. */
export function ticketOf(source: TicketSource, what = 'a ticket'): Ticket {
  if (source instanceof Ticket) return source;
  const inner = (source as { ticket?: unknown } | null | undefined)?.ticket;
  if (inner instanceof Ticket) return inner;
  throw new DeephavenError(
    Code.InvalidArgument,
    `expected ${what} (a Ticket, or an object with a ticket such as a ServerObject, Table or PluginClient), got ${describe(source)}`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as object).constructor?.name ?? 'an object';
}

/** @internal `SessionService/ExportFromTicket` into a new export of this session. */
export async function fetchExport(connection: Connection, source: TicketSource, options: { signal?: AbortSignal | undefined } = {}): Promise<ExportTicket> {
  const from = ticketOf(source);
  const result = connection.exports.allocate();
  try {
    await connection.sessionService.exportFromTicket(from, result, { signal: options.signal });
    return result;
  } catch (err) {
    connection.exports.abandon(result);
    throw releasedShared(DeephavenError.from(err), from);
  }
}

/** @internal The server answers for a shared ticket whose publisher released it with the export's state; say so. */
export function releasedShared(e: DeephavenError, ticket: Ticket): DeephavenError {
  if (ticket.kind === 'shared' && e.code === Code.FailedPrecondition && /Export in state (DEPENDENCY_)?(FAILED|RELEASED|CANCELLED)/.test(e.rawMessage))
    return new DeephavenError(Code.FailedPrecondition, `${String(ticket)} no longer resolves: its publisher released the object (${e.rawMessage})`, {
      method: e.method,
      cause: e,
    });
  return e;
}

/** @internal `SessionService/PublishFromTicket`: makes an export of this session reachable under a shared ticket. */
export async function publishExport(
  connection: Connection,
  source: TicketSource,
  shared: SharedTicket,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<void> {
  const from = ticketOf(source, 'a source to publish');
  if (!(shared instanceof SharedTicket))
    throw new DeephavenError(Code.InvalidArgument, 'publish needs a SharedTicket as its destination (e.g. SharedTicket.randomTicket())');
  if (!(from instanceof ExportTicket))
    throw new DeephavenError(
      Code.FailedPrecondition,
      `only an export of this session can be published to a shared ticket, got ${String(from)}; fetch it first (session.fetch)`,
    );
  await connection.sessionService.publishFromTicket(from, shared, options);
}
