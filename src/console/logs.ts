import { map, type Observable } from 'rxjs';
import type { Connection } from '../session/connection.js';
import { logs } from '../services/console-service.js';

/** One line of the server's log, as `Session.logs$` emits it. */
export interface LogEntry {
  /** When the server logged it (millisecond precision; {@link LogEntry.micros} has the rest). */
  readonly time: Date;
  /** The server's timestamp in microseconds since the epoch (exact: below 2^53 until the year 2255). */
  readonly micros: number;
  /** The server's level name, e.g. `'INFO'`, `'WARN'`, `'ERROR'`, or `'STDOUT'`/`'STDERR'` for a script's output. */
  readonly level: string;
  /** The text, as the server logged it (a script's `print` keeps its trailing newline). */
  readonly message: string;
}

/**
 * @internal `ConsoleService/SubscribeToLogs` as an Observable: the lines the server still holds first, then each new
 * one. Cold: each subscription is one call, cancelled on unsubscribe.
 */
export function logs$(connection: Connection): Observable<LogEntry> {
  return logs(connection, 0, []).pipe(
    map(({ micros, level, message }): LogEntry => ({ time: new Date(Math.floor(micros / 1000)), micros, level, message })),
  );
}
