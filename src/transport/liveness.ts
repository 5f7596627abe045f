/** The default of `SessionOptions.livenessTimeoutMs`: how long a connection may stay silent before it counts as lost. */
export const DEFAULT_LIVENESS_TIMEOUT_MS = 20_000;

/** @internal Options of {@link Liveness}. */
export interface LivenessOptions {
  /** Silence (nothing received, not even a pong) after which the connection counts as dead. */
  readonly timeoutMs: number;
  /** Asks the peer for a sign of life (a websocket or HTTP/2 ping); called after half the timeout of silence. */
  ping(): void;
  /** The connection stayed silent for `timeoutMs`: close it. Called once; the watch stops first. */
  onDead(reason: string): void;
  /**
   * Bytes queued to send and not yet taken by the network. When this shrinks, the peer is taking data (TCP is
   * acknowledged), which counts as a sign of life: a ping queued behind a large upload answers late.
   */
  queued?(): number;
}

/**
 * @internal Watches one connection for silence, so that a stalled connection (the peer or a middlebox stops
 * forwarding without closing anything, which no socket reports by itself) ends within a bounded time: after half
 * the timeout without a byte from the peer it pings, after the whole timeout it gives up.
 *
 * A timer that fires far too late (the event loop was blocked, e.g. decoding a big batch) proves nothing about the
 * peer, so such a round only restarts the count. Never leaves a timer behind after {@link Liveness.stop}.
 */
export class Liveness {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;
  private lastCheck = 0;
  private lastQueued = 0;

  constructor(private readonly options: LivenessOptions) {}

  /** Starts watching (idempotent); the connection counts as heard from now. */
  start(): void {
    if (this.timer !== undefined || !(this.options.timeoutMs > 0) || !Number.isFinite(this.options.timeoutMs)) return;
    this.lastHeard = this.lastCheck = Date.now();
    this.timer = setInterval(() => this.check(), this.period);
    // In Node, the watch must not keep the process alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Something arrived from the peer. */
  heard(): void {
    this.lastHeard = Date.now();
  }

  /**
   * True when the peer has been silent for at least half the timeout (its ping is due or unanswered): such a
   * connection should be dropped, not closed politely (no closing handshake would come back). False when unwatched.
   */
  get quiet(): boolean {
    return this.lastHeard > 0 && Date.now() - this.lastHeard >= this.options.timeoutMs / 2;
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private get period(): number {
    return Math.max(10, Math.floor(this.options.timeoutMs / 4));
  }

  private check(): void {
    const now = Date.now();
    const late = now - this.lastCheck > 2 * this.period;
    this.lastCheck = now;
    if (late) {
      this.lastHeard = Math.max(this.lastHeard, now - this.period);
      return;
    }
    const queued = this.options.queued?.() ?? 0;
    if (queued < this.lastQueued) this.lastHeard = now;
    this.lastQueued = queued;
    const silent = now - this.lastHeard;
    if (silent >= this.options.timeoutMs) {
      this.stop();
      this.options.onDead(`no data from the server for ${silent} ms: the connection stalled`);
    } else if (silent >= this.options.timeoutMs / 2) this.options.ping();
  }
}
