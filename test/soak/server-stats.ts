// The server's own count of sessions and exports, read from inside the server: a script run by a monitoring
// session asks the server's SessionService (through jpy, the Python-Java bridge of the embedded server) for every
// live session and sums `SessionState.numExports()`, then leaves the two numbers in a one-row table that the
// monitoring session reads and closes. The monitoring session is counted too (it holds one export of its own, its
// script console), so compare readings with a baseline taken the same way.
import type { Session } from '../../src/index.js';

/** What the server holds at one moment, across every session. */
export interface ServerStats {
  /** Sessions the server knows (each with a live token). */
  readonly sessions: number;
  /** Exports of all those sessions that are not released. */
  readonly exports: number;
}

const VARIABLE = '_dhrx_server_stats';

// `tokensBySession` is private (no public getter lists sessions in 42.7); reflection reads it.
const SCRIPT = `
def _dhrx_read_server_stats():
    import jpy
    from deephaven import new_table
    from deephaven.column import int_col
    service = jpy.get_type('io.deephaven.server.runner.DeephavenApiServer').getInstance().sessionService()
    field = service.getClass().getDeclaredField('tokensBySession')
    field.setAccessible(True)
    by_session = jpy.cast(field.get(service), jpy.get_type('java.util.Map'))
    state_type = jpy.get_type('io.deephaven.server.session.SessionState')
    states = [jpy.cast(s, state_type) for s in by_session.keySet().toArray()]
    return new_table([int_col('Sessions', [len(states)]), int_col('Exports', [sum(s.numExports() for s in states)])])

${VARIABLE} = _dhrx_read_server_stats()
`;

/** Reads the server's session and export counts through `monitor` (a session that does nothing else). */
export async function readServerStats(monitor: Session): Promise<ServerStats> {
  await monitor.runScript(SCRIPT);
  const table = await monitor.openTable(VARIABLE);
  try {
    const data = await table.toArrow();
    return { sessions: Number(data.getChild('Sessions')?.get(0)), exports: Number(data.getChild('Exports')?.get(0)) };
  } finally {
    await table.close();
  }
}

/**
 * Polls {@link readServerStats} until the counts are back to `baseline` (or below), for at most `timeoutMs`: the
 * server releases a closed session's exports asynchronously. Resolves with the last reading either way.
 */
export async function settleServerStats(monitor: Session, baseline: ServerStats, timeoutMs = 15_000): Promise<ServerStats> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await readServerStats(monitor);
    if ((now.sessions <= baseline.sessions && now.exports <= baseline.exports) || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 250));
  }
}
