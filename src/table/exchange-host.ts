import { from, switchMap, throwError } from 'rxjs';
import type { Exchange, ExchangeHost } from '../barrage/exchange.js';
import { doExchange } from '../services/flight-exchange.js';
import type { DeephavenError } from '../errors.js';
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
  const lost = failureOf();
  if (rebuilding === undefined && lost === undefined) return doExchange(connection);
  // Requests wait with the stream until the rebuild is done.
  let real: Exchange | undefined;
  const queued: Uint8Array[] = [];
  let ended = false;
  return {
    messages$: from(rebuilding ?? Promise.resolve()).pipe(
      switchMap(() => {
        const failure = failureOf();
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
