import { from, switchMap, throwError } from 'rxjs';
import type { Exchange, ExchangeHost } from '../barrage/exchange.js';
import { doExchange } from '../services/flight-exchange.js';
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
  const rebuilding = whenRebuilt(connection);
  const lost = ticket === undefined ? undefined : connection.exports.failure(ticket);
  if (rebuilding === undefined && lost === undefined) return doExchange(connection);
  // Requests wait with the stream until the rebuild is done.
  let real: Exchange | undefined;
  const queued: Uint8Array[] = [];
  let ended = false;
  return {
    messages$: from(rebuilding ?? Promise.resolve()).pipe(
      switchMap(() => {
        const failure = ticket === undefined ? undefined : connection.exports.failure(ticket);
        if (failure !== undefined) return throwError(() => failure);
        const ex = doExchange(connection);
        real = ex;
        for (const m of queued.splice(0)) ex.send(m);
        if (ended) ex.end();
        return ex.messages$;
      }),
    ),
    send: (appMetadata) => (real !== undefined ? real.send(appMetadata) : void queued.push(appMetadata)),
    end: () => (real !== undefined ? real.end() : void (ended = true)),
  };
}
