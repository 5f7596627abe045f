import { Observable, defer, distinctUntilChanged, filter, map, retry, share, throwError, timer } from 'rxjs';
import { DeephavenError } from '../errors.js';
import type { Connection } from '../session/connection.js';
import { mayResume } from '../session/rebuild.js';
import { exportedTableSizes$, type SizeReport } from '../services/table-service.js';

const streams = new WeakMap<Connection, Observable<SizeReport>>();

/**
 * @internal The session's `TableService/ExportedTableUpdates` stream (the size of every table the session exports, as
 * it changes), opened once for all `size$` subscribers and closed a second after the last one leaves; opened again
 * after a dropped connection or a rebuild of the session.
 */
function sizeReports(connection: Connection): Observable<SizeReport> {
  let stream = streams.get(connection);
  if (stream === undefined) {
    stream = defer(() => exportedTableSizes$(connection)).pipe(
      // A dropped connection or a rebuilt session does not end it: the stream opens again (its first messages give
      // every export's size again).
      retry({
        resetOnSuccess: true,
        delay: (err: unknown, n) =>
          mayResume(connection, DeephavenError.from(err)) ? timer(Math.min(100 * 2 ** (n - 1), 2000)) : throwError(() => err),
      }),
      share({ resetOnRefCountZero: () => timer(1000), resetOnComplete: true, resetOnError: true }),
    );
    streams.set(connection, stream);
  }
  return stream;
}

/** @internal The live row count of one export of the session. */
export function sizeOf(connection: Connection, ticket: Uint8Array, initial: number): Observable<number> {
  return new Observable<number>((subscriber) => {
    subscriber.next(initial);
    return sizeReports(connection)
      .pipe(
        filter((r) => sameBytes(r.ticket, ticket)),
        map((r) => r.size),
      )
      .subscribe(subscriber);
  }).pipe(distinctUntilChanged());
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
