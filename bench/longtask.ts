// The page's main thread during a benchmark call: Chromium's long tasks (over 50 ms), seen by a PerformanceObserver
// ('longtask'). The orchestrator takes them before and after each call, so a figure covers one client's one call
// (clients take turns, never overlap). Blocked time as Total Blocking Time counts it: each task's time over 50 ms.

/** What the main thread did between two takes. */
export interface MainThread {
  /** The longest task, ms (0: none over 50 ms). */
  readonly longest: number;
  /** The sum over long tasks of their time over 50 ms. */
  readonly blocked: number;
  /** How many long tasks. */
  readonly tasks: number;
}

export class LongTasks {
  private longest = 0;
  private blocked = 0;
  private tasks = 0;
  private readonly observer: PerformanceObserver | undefined;

  constructor() {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
    this.observer = new PerformanceObserver((list) => this.add(list.getEntries()));
    this.observer.observe({ type: 'longtask' });
  }

  /** True where the browser reports long tasks (Chromium). */
  get supported(): boolean {
    return this.observer !== undefined;
  }

  /** The long tasks since the last take (entries still queued included), and starts over. */
  take(): MainThread {
    if (this.observer !== undefined) this.add(this.observer.takeRecords());
    const out = { longest: this.longest, blocked: this.blocked, tasks: this.tasks };
    this.longest = 0;
    this.blocked = 0;
    this.tasks = 0;
    return out;
  }

  /** Keeps the main thread busy for `ms` (the observer's self-check). */
  busy(ms: number): void {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // spin
    }
  }

  private add(entries: readonly PerformanceEntry[]): void {
    for (const e of entries) {
      this.longest = Math.max(this.longest, e.duration);
      this.blocked += Math.max(0, e.duration - 50);
      this.tasks += 1;
    }
  }
}
