import { Subject, type Observable } from 'rxjs';
import { Code, DeephavenError, type SessionEndReason } from '../errors.js';
import type { ExportTicket } from '../ticket/ticket.js';
import type { ExportRegistry } from './export-registry.js';

/**
 * @internal What a {@link Rebuilder} needs of its session (the `Connection`): a probe of the server session with the
 * current token, a new login with the same credentials, its exports, and its state.
 */
export interface RebuildHost {
  readonly exports: ExportRegistry;
  /** One cheap call with the current token; rejects with the server's answer (UNAUTHENTICATED: the session is gone). */
  probe(): Promise<void>;
  /** Forgets the token and logs in again with the session's credentials; rejects as connect does. */
  login(): Promise<void>;
  /** The connection is down ('reconnecting') or back ('connected'). */
  setState(state: 'connected' | 'reconnecting'): void;
  /** Ends the session for good. */
  end(reason: SessionEndReason, detail?: string): void;
  /** The session works again (restart the keep-alive). */
  resumed(): void;
  /** Leaves a failed export at `ticket` on the server (see {@link Rebuilder.replay}). */
  poison(ticket: ExportTicket): Promise<void>;
}

/**
 * The calls that wait while the rebuild replays the session's exports: those that read or stream an export (which
 * may not be made again yet) and the session's long-lived streams. The replay's own calls (table operations, fetches,
 * uploads) go through.
 */
const WAITS_FOR_REPLAY =
  /(FlightService\/(DoGet|DoExchange|OpenDoExchange|NextDoExchange)|ObjectService\/\w+|ApplicationService\/\w+|ConsoleService\/\w+|TableService\/(ExportedTableUpdates|SeekRow|ComputeColumnStatistics)|SessionService\/(TerminationNotification|ExportNotifications))$/;

/** @internal A global variable name no server defines: fetching it leaves a failed export (see `RebuildHost.poison`). */
export const LOST_NAME = '__deephaven_rx_not_rebuilt__';

/** Delays between tries to reach the server (then the last, with up to 1 s of jitter): a few seconds apart at most. */
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/**
 * @internal Rebuilds a session whose server session is gone (a restart, an expired token, a session the server
 * closed): probes with the current token (a server that is down says nothing about the session, so it retries),
 * logs in again with the same credentials, then replays each held export's {@link Recipe} into the same export id,
 * in the order they were made (a table after those it was made from). Calls made meanwhile wait (until the login,
 * or for the calls that read exports, until the replay is done) and then go to the new session.
 *
 * An export whose replay fails is marked lost: its own calls and streams fail with a `DeephavenError` naming it and
 * why; the others come back. Credentials refused ends the session (`credentials-refused`).
 */
export class Rebuilder {
  private phase: 'idle' | 'probe' | 'login' | 'replay' = 'idle';
  private loggedIn: Deferred | undefined;
  private replayed: Deferred | undefined;
  private readonly done = new Subject<void>();
  private stopped = false;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private wake: (() => void) | undefined;
  private logins = 0;
  /** Emits after each rebuild, once every export has been tried (the session's console must start again). */
  readonly rebuilt$: Observable<void> = this.done.asObservable();

  constructor(private readonly host: RebuildHost) {}

  /** How many times the session logged in again: each is a new server session (its own server-made exports). */
  get generation(): number {
    return this.logins;
  }

  /** True from the moment the session seemed gone until the rebuild is done (or found the session alive). */
  get busy(): boolean {
    return this.phase !== 'idle';
  }

  /**
   * The server answered UNAUTHENTICATED (or the keep-alive gave up): check the session, and rebuild it if it is gone.
   * Ignored while a rebuild runs (late answers to calls made with the old token).
   */
  sessionGone(): void {
    if (this.stopped || this.phase !== 'idle') return;
    this.phase = 'probe';
    this.host.setState('reconnecting');
    void this.run();
  }

  /**
   * What a call on `method` waits for before it gets its headers: nothing (`undefined`) outside a rebuild; the new
   * login during it; the whole replay for calls that read exports.
   */
  gate(method: string | undefined): Promise<void> | undefined {
    if (this.phase === 'login') return this.loggedIn?.promise;
    if (this.phase === 'replay' && (method === undefined || WAITS_FOR_REPLAY.test(method))) return this.replayed?.promise;
    return undefined;
  }

  /** Resolves when no rebuild is under way (at once outside one); `undefined` when there is nothing to wait for. */
  whenRebuilt(): Promise<void> | undefined {
    return this.phase === 'login' || this.phase === 'replay' ? this.replayed?.promise : undefined;
  }

  /** The session ended: stop, and let every waiting call go on (to fail with the session's end). */
  stop(): void {
    this.stopped = true;
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.wake?.();
    this.loggedIn?.resolve();
    this.replayed?.resolve();
    this.phase = 'idle';
    this.done.complete();
  }

  private async run(): Promise<void> {
    // Is the session really gone? A server that is down cannot say: keep asking until it answers.
    const alive = await this.untilAnswered(() => this.host.probe());
    if (this.stopped) return;
    if (alive === true) {
      this.phase = 'idle';
      this.host.setState('connected');
      this.host.resumed();
      return;
    }
    this.loggedIn = deferred();
    this.replayed = deferred();
    this.phase = 'login';
    const login = await this.untilAnswered(() => this.host.login());
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
    if (this.stopped) return;
    if (login !== true) {
      this.host.end('credentials-refused', login.rawMessage);
      return;
    }
    this.logins++;
    // The new session's token must be kept fresh from now on (a replay may outlast it).
    this.host.resumed();
    this.phase = 'replay';
    this.loggedIn.resolve();
    // The replay runs only in a rebuild: it loads then, not with the app.
    await (await import('./replay.js')).replayExports(this.host, () => this.stopped);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
    if (this.stopped) return;
    this.phase = 'idle';
    this.replayed.resolve();
    this.host.setState('connected');
    this.host.resumed();
    this.done.next();
  }

  /**
   * Runs `call` until the server answers: `true` when it succeeds, the error when the server refuses it with
   * UNAUTHENTICATED; any other failure (the server is down, a proxy answers 502) is tried again, a few seconds apart
   * at most, until the session ends (the reconnect deadline ends it).
   */
  private async untilAnswered(call: () => Promise<void>): Promise<true | DeephavenError> {
    for (let attempt = 0; ; attempt++) {
      try {
        await call();
        return true;
      } catch (err) {
        const e = DeephavenError.from(err);
        if (e.code === Code.Unauthenticated || this.stopped) return e;
      }
      const base = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 1000;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.pending = setTimeout(resolve, base + Math.random() * Math.min(base, 1000));
      });
      this.pending = undefined;
      this.wake = undefined;
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
      if (this.stopped) return new DeephavenError(Code.Cancelled, 'the session ended');
    }
  }
}

/**
 * @internal Ends a session that stays unreachable for longer than `reconnectTimeoutMs`: armed when the connection is
 * lost, disarmed when it is back.
 */
export class ReconnectDeadline {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly timeoutMs: number,
    private readonly onExpired: (detail: string) => void,
  ) {}

  arm(): void {
    if (this.timer !== undefined || !Number.isFinite(this.timeoutMs)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onExpired(`the server could not be reached and the session made to work again within reconnectTimeoutMs (${this.timeoutMs} ms)`);
    }, this.timeoutMs);
  }

  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** @internal A reconnect timeout option, checked: a positive number of milliseconds or `Infinity` (the default). */
export function checkedReconnectTimeout(ms: number | undefined): number {
  if (ms === undefined) return Infinity;
  if (typeof ms !== 'number' || !(ms > 0))
    throw new DeephavenError(
      Code.InvalidArgument,
      `reconnectTimeoutMs takes a positive number of milliseconds (or Infinity), got ${String(ms)}`,
    );
  return ms;
}

/** What a session that may rebuild offers the layers above it. */
interface Rebuildable {
  readonly isClosed: boolean;
  readonly rebuilder?: Rebuilder | undefined;
}

/**
 * @internal True when a stream that failed with `error` may be opened again on this session: the connection dropped
 * (UNAVAILABLE) while the session lives, or the session is being rebuilt (or was found gone, which starts a rebuild).
 */
export function mayResume(connection: Rebuildable, error: DeephavenError): boolean {
  if (connection.isClosed) return false;
  if (error.code === Code.Unavailable) return true;
  const r = connection.rebuilder;
  return r !== undefined && (error.code === Code.Unauthenticated || r.busy);
}

/** @internal Resolves when the session's rebuild (if one is under way) is done; `undefined` when none is. */
export function whenRebuilt(connection: Rebuildable): Promise<void> | undefined {
  return connection.rebuilder?.whenRebuilt();
}

interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
