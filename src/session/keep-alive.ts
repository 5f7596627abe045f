import { Code, DeephavenError } from '../errors.js';

/** @internal Options of {@link KeepAlive}. */
export interface KeepAliveOptions {
  /** Time between successful pings (half the server's session duration). */
  readonly intervalMs: number;
  /** One cheap authenticated call; rejects on failure. */
  ping(): Promise<void>;
  /** The server says the session is gone. */
  onExpired(error: DeephavenError): void;
  /** Delays before each retry after a failed ping. @default [100, 1000, 10000] plus up to 1 s of jitter */
  readonly retryDelaysMs?: readonly number[];
  /**
   * After this long without a successful ping the server session has expired for certain (its tokens live this
   * long), so retrying stops and `onUnreachable` is called. @default Infinity
   */
  readonly maxSilenceMs?: number;
  /** Pings kept failing for longer than `maxSilenceMs`. */
  onUnreachable?(error: DeephavenError): void;
}

/**
 * @internal Keeps a server session alive: one ping every `intervalMs`; after a failure, retries with backoff (and
 * keeps retrying at the last delay), unless the server answers UNAUTHENTICATED, which ends the session.
 * Never leaves a timer behind after {@link KeepAlive.stop}.
 */
export class KeepAlive {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = true;
  private failures = 0;
  private lastOk = Date.now();

  constructor(private readonly options: KeepAliveOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    // Started again (after a rebuild): silence counts from now.
    this.failures = 0;
    this.lastOk = Date.now();
    this.schedule(this.options.intervalMs);
  }

  /** Pings now (e.g. after the connection dropped), then carries on as usual. */
  pingNow(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    void this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // In Node, a pending keep-alive must not keep the process alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      await this.pingOnce();
    } finally {
      this.inFlight = false;
    }
  }

  private inFlight = false;

  private async pingOnce(): Promise<void> {
    try {
      await this.options.ping();
      this.failures = 0;
      this.lastOk = Date.now();
      this.schedule(this.options.intervalMs);
    } catch (err) {
      if (this.stopped) return;
      const e = DeephavenError.from(err);
      if (e.code === Code.Unauthenticated) {
        this.stop();
        this.options.onExpired(e);
        return;
      }
      if (Date.now() - this.lastOk > (this.options.maxSilenceMs ?? Infinity)) {
        this.stop();
        this.options.onUnreachable?.(e);
        return;
      }
      const delays = this.options.retryDelaysMs ?? [100, 1000, 10000];
      const base = delays[Math.min(this.failures, delays.length - 1)] ?? 1000;
      this.failures++;
      this.schedule(Math.min(base + Math.random() * 1000, this.options.intervalMs));
    }
  }
}
