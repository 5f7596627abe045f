// Load: many sessions from one process at once, each doing fetch/release cycles while it holds a live subscription;
// then every session closes and the server must be back where it started (its own count of sessions and exports,
// see server-stats.ts). Run by test/long/load.long.test.ts (`npm run test:load`).
import { Subscription } from 'rxjs';
import { ScopeTicket, Session } from '../../src/index.js';
import { readServerStats, settleServerStats, type ServerStats } from './server-stats.js';

export interface LoadOptions {
  readonly url: string;
  /** @default 100 */
  readonly sessions?: number;
  /** Fetch/release cycles per session. @default 100 */
  readonly cycles?: number;
}

export interface LoadReport {
  readonly sessions: number;
  readonly cycles: number;
  /** Sessions that did everything without an error. */
  readonly succeeded: number;
  readonly failures: readonly string[];
  /** From the first connect to the last close. */
  readonly totalMs: number;
  readonly connectMs: number;
  /** The fetch/release phase (all sessions at once). */
  readonly cyclesMs: number;
  /** Fetch and Release calls per second during that phase. */
  readonly callsPerSecond: number;
  /** Live updates received by all subscriptions (each must see its snapshot and at least one update). */
  readonly updates: number;
  /** The largest `heapUsed` sampled every 50 ms (no forced collection). */
  readonly peakHeapBytes: number;
  readonly serverBefore: ServerStats;
  readonly serverDuring: ServerStats;
  readonly serverAfter: ServerStats;
}

/** Samples the heap every 50 ms until stopped; returns the peak. */
function heapPeak(): () => number {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().heapUsed);
  };
}

/** `promise`, or a rejection with `message` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the load and reports; failures are collected, not thrown, so that the figures come out either way. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const n = options.sessions ?? 100;
  const cycles = options.cycles ?? 100;
  const failures: string[] = [];
  const fail = (who: string, e: unknown): void => void failures.push(`${who}: ${e instanceof Error ? e.message : String(e)}`);
  const monitor = await Session.connect(options.url);
  const id = Math.random().toString(36).slice(2, 8);
  const [staticName, tickingName] = [`load_static_${id}`, `load_ticking_${id}`];
  const sessions: Session[] = [];
  try {
    const serverBefore = await readServerStats(monitor);
    await monitor.runScript(
      `from deephaven import empty_table, time_table\n${staticName} = empty_table(10).update('X = i')\n` +
        `${tickingName} = time_table('PT0.2s').update('Seq = ii').tail(20)`,
    );
    const stopPeak = heapPeak();
    const started = performance.now();
    const connected = await Promise.allSettled(Array.from({ length: n }, () => Session.connect(options.url)));
    for (const [i, r] of connected.entries()) {
      if (r.status === 'fulfilled') sessions.push(r.value);
      else fail(`session ${i + 1} connect`, r.reason);
    }
    const connectMs = performance.now() - started;

    let updates = 0;
    // Every session starts its cycles together, once all hold their subscription (or failed to).
    let arrived = 0;
    let go = (): void => undefined;
    const allReady = new Promise<void>((r) => (go = r));
    const arrive = (): void => void (++arrived === sessions.length && go());
    if (sessions.length === 0) go();
    const all = sessions.map(async (s, i) => {
      const who = `session ${i + 1}`;
      const subscription = new Subscription();
      let here = false;
      try {
        const table = await s.openTable(tickingName);
        let sawUpdate = (): void => undefined;
        const updated = new Promise<void>((r) => (sawUpdate = r));
        let sawSnapshot = false;
        subscription.add(
          table.updates().subscribe({
            next: (u) => {
              updates++;
              if (u.isSnapshot) sawSnapshot = true;
              else sawUpdate();
            },
            error: (e: unknown) => fail(`${who} updates`, e),
          }),
        );
        here = true;
        arrive();
        await allReady;
        const ticket = ScopeTicket.scopeTicket(staticName);
        for (let c = 0; c < cycles; c++) await s.release(await s.fetch(ticket));
        await within(updated, 60_000, 'no live update in 60 s');
        subscription.unsubscribe();
        await table.close();
        if (!sawSnapshot) throw new Error('the live subscription saw no snapshot');
        return true;
      } catch (e) {
        if (!here) arrive();
        fail(who, e);
        return false;
      } finally {
        subscription.unsubscribe();
      }
    });
    await allReady;
    const cyclesStarted = performance.now();
    const results = await Promise.all(all);
    const cyclesMs = performance.now() - cyclesStarted;
    const serverDuring = await readServerStats(monitor);
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    const totalMs = performance.now() - started;
    const peakHeapBytes = stopPeak();
    await monitor.runScript(`del ${staticName}\ndel ${tickingName}`);
    const serverAfter = await settleServerStats(monitor, serverBefore);
    return {
      sessions: n,
      cycles,
      succeeded: results.filter(Boolean).length,
      failures,
      totalMs,
      connectMs,
      cyclesMs,
      callsPerSecond: (2 * cycles * results.length) / (cyclesMs / 1000),
      updates,
      peakHeapBytes,
      serverBefore,
      serverDuring,
      serverAfter,
    };
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
    await monitor.close();
  }
}
