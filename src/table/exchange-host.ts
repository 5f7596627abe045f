import type { Exchange, ExchangeHost } from '../barrage/exchange.js';
import { exchangeWhen, FlightServiceClient } from '../services/flight-service.js';
import type { Connection } from '../session/connection.js';
import { mayResume, whenRebuilt } from '../session/rebuild.js';
import type { ExportTicket } from '../ticket/ticket.js';

/**
 * @internal Barrage exchanges on a session: `FlightService/DoExchange` where the transport streams requests, else the
 * browser pair `OpenDoExchange` + `NextDoExchange`. A stream cut by a dropped connection may be reopened while the
 * session lives, and while the session is rebuilt (a restarted server): a stream opened during a rebuild waits for
 * it, and one whose table (`ticket`) could not be made again fails with the reason.
 */
export function exchangeHost(connection: Connection, ticket?: ExportTicket): ExchangeHost {
  return {
    open: () => openExchange(connection, ticket),
    canRetry: (error) => mayResume(connection, error) && (ticket === undefined || connection.exports.failure(ticket) === undefined),
  };
}

function openExchange(connection: Connection, ticket: ExportTicket | undefined): Exchange {
  const flight = new FlightServiceClient(connection);
  const rebuilding = whenRebuilt(connection);
  const lost = ticket === undefined ? undefined : connection.exports.failure(ticket);
  if (rebuilding === undefined && lost === undefined) return flight.doExchange();
  // Requests wait with the stream until the rebuild is done.
  return exchangeWhen(
    (async () => {
      await rebuilding;
      const failure = ticket === undefined ? undefined : connection.exports.failure(ticket);
      if (failure !== undefined) throw failure;
      return flight.doExchange();
    })(),
  );
}
