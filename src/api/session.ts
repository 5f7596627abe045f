import type { Observable } from 'rxjs';
import { ScriptConsole, type RunScriptOptions } from '../console/console.js';
import { Connection, type SessionEnded, type SessionOptions } from '../session/connection.js';
import type { FieldChanges } from '../session/fields.js';
import type { TransportKind } from '../transport/wire-transport.js';

/**
 * A session with a Deephaven server: authenticated once, kept alive, closed explicitly. Its methods mirror
 * `pydeephaven.Session` in camelCase.
 *
 * Create one with {@link Session.connect}. Every server export the session creates is released when it closes.
 *
 * @example
 * ```ts
 * import { Session } from 'deephaven-rx';
 *
 * const session = await Session.connect('http://localhost:10000');
 * await session.runScript('from deephaven import empty_table\nt = empty_table(10)');
 * await session.close();
 * ```
 */
export class Session {
  private readonly console: ScriptConsole;

  private constructor(private readonly connection: Connection) {
    this.console = new ScriptConsole(connection);
  }

  /**
   * Connects to the server at `url` (e.g. `http://localhost:10000`) and authenticates (anonymously unless
   * `options.auth` says otherwise).
   *
   * Rejects with a `DeephavenError`: `InvalidArgument` for a malformed URL or auth, `Unavailable` when nothing
   * answers at the URL, `Unauthenticated` for wrong credentials, `DeadlineExceeded` after `connectTimeoutMs`;
   * with an `AbortError` when `options.signal` aborts.
   */
  static async connect(url: string | URL, options: SessionOptions = {}): Promise<Session> {
    return new Session(await Connection.connect(url, options));
  }

  /** The server URL, normalised (no trailing slash). */
  get url(): string {
    return this.connection.url;
  }

  /** The server's version (`deephaven.version`), e.g. `42.7`. */
  get serverVersion(): string | undefined {
    return this.connection.serverVersion;
  }

  /** The server's configuration constants, read at connect. */
  get configuration(): ReadonlyMap<string, string> {
    return this.connection.configuration;
  }

  /** The wire transport this session uses. */
  get transport(): TransportKind {
    return this.connection.transport;
  }

  /** Emits once, when the session ends (and why), then completes. Late subscribers get the same value. */
  get closed$(): Observable<SessionEnded> {
    return this.connection.closed$;
  }

  /** True once the session has ended. */
  get isClosed(): boolean {
    return this.connection.isClosed;
  }

  /**
   * Runs a script in the server's language (Python on the embedded server), starting the session's console on
   * first use. Resolves with the global variables the script created, updated and removed (only objects the
   * server can show: tables, figures, plugin objects). A script error rejects with a `DeephavenError` carrying the
   * server's message; the session stays usable.
   */
  runScript(code: string, options?: RunScriptOptions): Promise<FieldChanges> {
    return this.console.run(code, options);
  }

  /**
   * Closes the session on the server (releasing every export it holds) and locally, and completes its open
   * streams. Idempotent: later calls return the same Promise. Calls made afterwards fail with a
   * `SessionClosedError`.
   */
  close(): Promise<void> {
    return this.connection.close();
  }

  /** @internal The connection underneath, for the SDK's own layers and tests. */
  get internals(): Connection {
    return this.connection;
  }
}
