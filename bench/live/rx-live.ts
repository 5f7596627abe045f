// The deephaven-rx side of the live-table benchmarks. Environment-neutral: Node calls it directly, Chromium through
// the harness page (`window.liveBench`). Each method measures one repetition and returns plain numbers.
import { BehaviorSubject, filter, firstValueFrom, share, timeout } from 'rxjs';
import { Session, type Table, type TransportChoice } from '../../src/index.js';

/** Wall-clock time in epoch milliseconds with sub-millisecond precision (the same clock as the server's). */
function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

/** One deephaven-rx client of the live benchmarks. */
export class LiveRxBench {
  private readonly tables = new Map<string, Table>();

  private constructor(readonly session: Session) {}

  static async open(url: string, transport: TransportChoice, psk?: string): Promise<LiveRxBench> {
    return new LiveRxBench(await Session.connect(url, { transport, ...(psk ? { auth: { type: 'psk', key: psk } } : {}) }));
  }

  private async table(name: string): Promise<Table> {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = await this.session.openTable(name);
      this.tables.set(name, t);
    }
    return t;
  }

  /** Tick latency: for `n` updates with added rows, the newest added row's `CommitNs` to delivery, in ms. */
  async latency(name: string, n: number, intervalMs: number): Promise<number[]> {
    const table = await this.table(name);
    const samples: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const sub = table.updates({ updateIntervalMs: intervalMs }).subscribe({
        next: (u) => {
          if (u.isSnapshot || u.added.size === 0) return;
          const at = nowMs();
          const commits = u.addedRows.getChild('CommitNs');
          let newest = -Infinity;
          for (let i = 0; i < (commits?.length ?? 0); i++) newest = Math.max(newest, Number(commits?.get(i)) / 1e6);
          samples.push(at - newest);
          if (samples.length >= n) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    return samples;
  }

  /** Throughput: rows applied (added + modified) over `seconds`; the state is kept, the table itself not read. */
  async throughput(name: string, seconds: number, intervalMs: number): Promise<{ rows: number; updates: number; seconds: number }> {
    const table = await this.table(name);
    let rows = 0;
    let updates = 0;
    let started = 0;
    await new Promise<void>((resolve, reject) => {
      const sub = table.updates({ updateIntervalMs: intervalMs }).subscribe({
        next: (u) => {
          if (u.isSnapshot) {
            started = performance.now();
            setTimeout(() => {
              sub.unsubscribe();
              resolve();
            }, seconds * 1000);
            return;
          }
          rows += u.added.size + u.modified.size;
          updates++;
        },
        error: reject,
      });
    });
    return { rows, updates, seconds: (performance.now() - started) / 1000 };
  }

  /** Initial state: subscribe → the first (complete) emission, and the same table through DoGet; seconds. */
  async initial(name: string): Promise<{ subscribe: number; doGet: number; rows: number }> {
    const table = await this.table(name);
    const t0 = performance.now();
    const first = await firstValueFrom(table.updates());
    const subscribe = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const arrow = await table.toArrow();
    const doGet = (performance.now() - t1) / 1000;
    if (first.size !== arrow.numRows) throw new Error(`subscribed ${first.size} rows, read ${arrow.numRows}`);
    return { subscribe, doGet, rows: first.size };
  }

  /** Viewport moves: `n` new ranges of 50 rows on one viewport stream; ms from each move to its first emission. */
  async viewportMoves(name: string, n: number): Promise<number[]> {
    const table = await this.table(name);
    const size = table.size;
    const range$ = new BehaviorSubject({ first: 0, last: 49 });
    const samples: number[] = [];
    const updates$ = table.viewport(range$).pipe(share());
    const ready = firstValueFrom(updates$);
    const sub = updates$.subscribe();
    try {
      await ready;
      for (let i = 0; i < n; i++) {
        const first = 50 + Math.floor(((((i + 1) * 7919) % 1000) / 1000) * Math.max(1, size - 100));
        const t0 = performance.now();
        const arrived = firstValueFrom(
          updates$.pipe(
            filter((v) => v.isSnapshot && v.first === first),
            timeout(60_000),
          ),
        );
        range$.next({ first, last: first + 49 });
        await arrived;
        samples.push(performance.now() - t0);
      }
    } finally {
      sub.unsubscribe();
    }
    return samples;
  }

  /** The JS heap in use after a collection, where the platform exposes it (Node with --expose-gc), else NaN. */
  heapBytes(): number {
    const g = globalThis as { gc?: () => void; process?: { memoryUsage(): { heapUsed: number } } };
    g.gc?.();
    return g.process?.memoryUsage().heapUsed ?? NaN;
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
