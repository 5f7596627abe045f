// The server's shutdown notice (`SessionService/TerminationNotification`), which it sends only when it is going
// down; listened for again after a lost connection cut the listening call off.

/** @internal Options of {@link TerminationWatch}. */
export interface TerminationWatchOptions {
  /** The listening call: resolves with the server's reason when it goes down; rejects when cut off. */
  listen(): Promise<string>;
  /**
   * The server said it is going down (`reason` undefined when it gave none). Returns true to listen again (the
   * session waits for the server to come back), else the watch ends.
   */
  onShutdown(reason: string | undefined): boolean;
  /** Whether a call cut off should be made again (the connection was lost, the session may live on). */
  relisten(): boolean;
}

/** @internal Listens for the server's shutdown notice until stopped; never leaves a timer behind after `stop()`. */
export class TerminationWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly options: TerminationWatchOptions) {}

  start(): void {
    this.options.listen().then(
      (reason) => {
        if (this.options.onShutdown(reason === '' ? undefined : reason)) this.later();
      },
      () => {
        // Cut off with the connection or the session: the connection watcher and keep-alive handle those.
        if (!this.options.relisten()) return;
        this.later();
      },
    );
  }

  /** Listens again in a second (unless stopped by then). */
  private later(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.stopped) this.start();
    }, 1000);
    (this.timer as { unref?: () => void }).unref?.();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
