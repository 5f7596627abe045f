import type { Observable } from 'rxjs';
import type { Session } from '../api/session.js';
import type { Rpc } from '../services/rpc.js';
import { exportNotifications$, type ExportState } from '../services/session-service.js';

/**
 * What tests may see of a live session beyond its public surface, in one declared place (instead of reaching into
 * private state): leak counters, the current token, and raw calls for transport conformance tests.
 */
export interface SessionProbe {
  /** Calls open on the session now (server streams, bidirectional streams, unary calls in flight). */
  readonly openCalls: number;
  /** Exports the SDK holds for the user on this session. */
  readonly heldExports: number;
  /** The session token in use (changes when the server rotates it). */
  readonly currentToken: string | undefined;
  /** How many times the session logged in again and rebuilt what it held (see `SessionOptions.rebuild`). */
  readonly rebuilds: number;
  /** The headers the session's next call would carry; rejects once the session has ended. */
  headers(): Promise<Record<string, string>>;
  /** @internal Raw calls on the session (its headers, token rotation and call bookkeeping), for conformance tests. */
  readonly rpc: Rpc;
  /** @internal `SessionService/ExportNotifications` of the session: every export and its state (cold). */
  exportStates$(): Observable<ExportState>;
}

/**
 * The {@link SessionProbe} of a session.
 *
 * @example
 * ```ts
 * import { probeSession } from 'deephaven-rx/testing';
 *
 * const before = probeSession(session).heldExports;
 * await (await session.emptyTable(1)).close();
 * console.log(probeSession(session).heldExports === before); // true
 * ```
 */
export function probeSession(session: Session): SessionProbe {
  const connection = session.internals;
  return {
    get openCalls() {
      return connection.openCallCount;
    },
    get heldExports() {
      return connection.exports.size;
    },
    get currentToken() {
      return connection.currentToken;
    },
    get rebuilds() {
      return connection.rebuilder?.generation ?? 0;
    },
    headers: () => connection.headersFor(),
    rpc: connection,
    exportStates$: (): Observable<ExportState> => exportNotifications$(connection),
  };
}
