import type { Exchange, ExchangeHost } from '../barrage/exchange.js';
import type { DeephavenError } from '../errors.js';
import { doExchange, exchangeWhen } from '../services/flight-service.js';
import type { Connection } from '../session/connection.js';
import { mayResume, whenRebuilt } from '../session/rebuild.js';
import type { ExportTicket } from '../ticket/ticket.js';

/**
 * @internal Barrage exchanges on a session: `FlightService/DoExchange` where the transport streams requests, else the
 * browser pair `OpenDoExchange` + `NextDoExchange`. A stream cut by a dropped connection may be reopened while the
 * session lives, and while the session is rebuilt (a restarted server): a stream opened during a rebuild waits for
 * it, and one whose table (`ticket`) could not be made again fails with the reason.
 */
export function exchangeHost(connection: Connection, ticket?: ExportTicket | readonly ExportTicket[]): ExchangeHost {
  const tickets = ticket === undefined ? [] : Array.isArray(ticket) ? (ticket as readonly ExportTicket[]) : [ticket as ExportTicket];
  // The first of the stream's exports that a rebuild could not make again (the one it reads, or what that is a view of).
  const failure = (): DeephavenError | undefined => {
    for (const t of tickets) {
      const lost = connection.exports.failure(t);
      if (lost !== undefined) return lost;
    }
    return undefined;
  };
  return {
    open: () => openExchange(connection, failure),
    canRetry: (error) => mayResume(connection, error) && failure() === undefined,
  };
}

function openExchange(connection: Connection, failureOf: () => DeephavenError | undefined): Exchange {
  const rebuilding = whenRebuilt(connection);
  if (rebuilding === undefined && failureOf() === undefined) return doExchange(connection);
  // Requests wait with the stream until the rebuild is done.
  return exchangeWhen(
    (async () => {
      await rebuilding;
      const failure = failureOf();
      if (failure !== undefined) throw failure;
      return doExchange(connection);
    })(),
  );
}
