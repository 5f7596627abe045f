// The soak: several SDK sessions (see worker.ts) run every workload at once against one server for a set time,
// with a line of figures each minute, then end everything and check what was left behind. `npm run soak` runs it for
// 30 minutes (test/soak/run.mjs); `npm run test:soak` runs it for 2 (test/long/soak.long.test.ts).
import { Session } from '../../src/index.js';
import { LatencyHistogram, heapAfterGc, mb } from './metrics.js';
import { readServerStats, settleServerStats, type ServerStats } from './server-stats.js';
import { SoakWorker, WorkerCounters, type SoakSinks } from './worker.js';

export interface SoakOptions {
  /** A server started with the fixture plugins (the echo) and, to exercise token rotation, short sessions. */
  readonly url: string;
  readonly minutes: number;
  /** Heap growth is measured from this point of the run to its end. */
  readonly warmupMinutes: number;
  /** @default 3 */
  readonly sessions?: number;
  /** @default 60000 */
  readonly reportEveryMs?: number;
  /** @default console.log */
  readonly log?: (line: string) => void;
}

export interface SoakReport {
  readonly minutes: number;
  readonly sessions: number;
  readonly totals: WorkerCounters;
  /** Each worker's own counters (token refreshes and updates must happen in every session). */
  readonly perSession: readonly WorkerCounters[];
  readonly heapAtWarmup: number;
  readonly heapAtEnd: number;
  readonly heapGrowth: number;
  /**
   * The echo clients' share: a plugin client keeps the latest messages for late subscribers (1000 by default,
   * `PluginClientOptions.replay`), a bounded part of the heap that fills during the warm-up. Measured at the end by closing the
   * echo clients (heap after gc before and after, per kept message); the growth without those kept messages
   * takes the same bytes per message out of the warm-up reading too.
   */
  readonly echoKeptAtWarmup: number;
  readonly echoKeptAtEnd: number;
  readonly heapWithoutEcho: number;
  readonly bytesPerKeptMessage: number;
  readonly heapGrowthWithoutKept: number;
  readonly serverBefore: ServerStats;
  /**
   * Exports held during the run, at the end of the warm-up and at the end of the load, less the injected failed
   * fetches so far: the 42.7 server keeps a failed export in its session's export map (a Release of it changes
   * nothing) until the session closes.
   */
  readonly liveExportsAtWarmup: number;
  readonly liveExportsAtEnd: number;
  readonly serverDuring: ServerStats;
  readonly serverAfter: ServerStats;
  readonly updatesPerSecond: number;
  readonly p99UpdateMs: number;
  readonly p50UpdateMs: number;
  readonly p99EchoMs: number;
  readonly p99MoveMs: number;
  readonly errors: readonly string[];
  /** What the run did wrong; empty when it passed. */
  readonly failures: readonly string[];
}

const STATIC_ROWS = 100;
/** The heap may grow this much between the end of the warm-up and the end of the run. */
export const MAX_HEAP_GROWTH = 0.1;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function sum(all: readonly WorkerCounters[]): WorkerCounters {
  const total = new WorkerCounters();
  for (const c of all) for (const key of Object.keys(total) as (keyof WorkerCounters)[]) total[key] += c[key];
  return total;
}

/** Runs the soak and returns its figures and failures (it throws only when it cannot run at all). */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const n = options.sessions ?? 3;
  const reportEveryMs = options.reportEveryMs ?? 60_000;
  const errors: string[] = [];
  const interval = { update: new LatencyHistogram(), echo: new LatencyHistogram(), move: new LatencyHistogram() };
  const total = { update: new LatencyHistogram(), echo: new LatencyHistogram(), move: new LatencyHistogram() };
  const sinks: SoakSinks = {
    updateLatency: interval.update,
    echoLatency: interval.echo,
    moveLatency: interval.move,
    error: (source, e) => {
      const line = `${source}: ${e instanceof Error ? e.message : String(e)}`;
      if (errors.length < 100) errors.push(line);
      log(`[soak] ERROR ${line}`);
    },
  };

  const monitor = await Session.connect(options.url);
  const workers: SoakWorker[] = [];
  try {
    const serverBefore = await readServerStats(monitor);
    const id = Math.random().toString(36).slice(2, 8);
    const objects = { echo: `soak_echo_${id}`, staticTable: `soak_static_${id}`, staticRows: STATIC_ROWS };
    await monitor.runScript(
      `from deephaven import empty_table\nfrom dhrx_echo import Echo\n${objects.echo} = Echo()\n` +
        `${objects.staticTable} = empty_table(${STATIC_ROWS}).update(['X = i', 'Y = X * 0.5'])`,
    );
    for (let i = 0; i < n; i++) workers.push(await SoakWorker.connect(`session ${i + 1}`, options.url, objects, sinks));
    await Promise.all(workers.map((w, i) => w.start((workers[(i + 1) % n] as SoakWorker).session)));

    const started = Date.now();
    const endAt = started + options.minutes * 60_000;
    const warmupAt = started + options.warmupMinutes * 60_000;
    let heapAtWarmup = NaN;
    let liveExportsAtWarmup = NaN;
    let echoKeptAtWarmup = 0;
    const kept = (): number => workers.reduce((k, w) => k + w.echoKept, 0);
    const injected = (): number => workers.reduce((k, w) => k + w.counters.injected, 0);
    let nextReport = started + reportEveryMs;
    let last = { at: started, updates: 0, rows: 0 };
    log(`[soak] ${n} sessions for ${options.minutes} min against ${options.url}; heap growth measured after ${options.warmupMinutes} min`);
    while (Date.now() < endAt) {
      const wake = Math.min(endAt, nextReport, Number.isNaN(heapAtWarmup) ? warmupAt : Infinity);
      await sleep(Math.max(0, wake - Date.now()));
      if (Number.isNaN(heapAtWarmup) && Date.now() >= warmupAt) {
        echoKeptAtWarmup = kept();
        heapAtWarmup = heapAfterGc();
        const failed = injected();
        liveExportsAtWarmup = (await readServerStats(monitor)).exports - failed;
      }
      if (Date.now() >= nextReport || Date.now() >= endAt) {
        const now = Date.now();
        const t = sum(workers.map((w) => w.counters));
        const stats = await readServerStats(monitor);
        const secs = (now - last.at) / 1000;
        log(
          `[soak] ${((now - started) / 60_000).toFixed(1)} min  heap ${mb(heapAfterGc())}  server exports ${stats.exports} ` +
            `(${stats.exports - t.injected} besides failed fetches; sessions ${stats.sessions})  updates ${((t.updates - last.updates) / secs).toFixed(1)}/s ` +
            `(rows ${((t.rows - last.rows) / secs).toFixed(1)}/s)  p99 update latency ${interval.update.quantile(0.99)} ms  ` +
            `p99 echo ${interval.echo.quantile(0.99)} ms  p99 viewport move ${interval.move.quantile(0.99)} ms  ` +
            `cycles ${t.cycles}  token refreshes ${t.tokenRefreshes}  errors ${errors.length}`,
        );
        for (const k of ['update', 'echo', 'move'] as const) {
          total[k].add(interval[k]);
          interval[k].reset();
        }
        last = { at: now, updates: t.updates, rows: t.rows };
        nextReport += reportEveryMs;
      }
    }
    const echoKeptAtEnd = kept();
    const heapAtEnd = heapAfterGc();
    const failedFetches = injected();
    const serverDuring = await readServerStats(monitor);
    for (const w of workers) await w.closeEcho();
    const heapWithoutEcho = heapAfterGc();
    const bytesPerKeptMessage = Math.max(0, heapAtEnd - heapWithoutEcho) / Math.max(1, echoKeptAtEnd);
    const elapsedS = (Date.now() - started) / 1000;
    const perSession = workers.map((w) => w.counters);
    for (const w of workers) await w.stop();
    for (const w of workers.splice(0)) await w.close();
    await monitor.runScript(`del ${objects.echo}\ndel ${objects.staticTable}`);
    const serverAfter = await settleServerStats(monitor, serverBefore);
    for (const k of ['update', 'echo', 'move'] as const) total[k].add(interval[k]);
    const totals = sum(perSession);
    const report: SoakReport = {
      minutes: options.minutes,
      sessions: n,
      totals,
      perSession,
      heapAtWarmup,
      heapAtEnd,
      heapGrowth: heapAtEnd / heapAtWarmup - 1,
      echoKeptAtWarmup,
      echoKeptAtEnd,
      heapWithoutEcho,
      bytesPerKeptMessage,
      heapGrowthWithoutKept: heapWithoutEcho / (heapAtWarmup - echoKeptAtWarmup * bytesPerKeptMessage) - 1,
      serverBefore,
      liveExportsAtWarmup,
      liveExportsAtEnd: serverDuring.exports - failedFetches,
      serverDuring,
      serverAfter,
      updatesPerSecond: totals.updates / elapsedS,
      p99UpdateMs: total.update.quantile(0.99),
      p50UpdateMs: total.update.quantile(0.5),
      p99EchoMs: total.echo.quantile(0.99),
      p99MoveMs: total.move.quantile(0.99),
      errors,
      failures: [],
    };
    return { ...report, failures: soakFailures(report) };
  } finally {
    for (const w of workers) await w.stop().catch(() => undefined);
    await Promise.all(workers.map((w) => w.close()));
    await monitor.close();
  }
}

/** What a soak run did wrong, one line each (empty: it passed). */
export function soakFailures(r: Omit<SoakReport, 'failures'>): string[] {
  const failures: string[] = [];
  const t = r.totals;
  const fail = (bad: boolean, line: string): void => void (bad && failures.push(line));
  fail(t.seqGaps + t.seqDuplicates > 0, `live subscriptions: ${t.seqGaps} missing and ${t.seqDuplicates} duplicate Seq values`);
  fail(t.echoGaps + t.echoDuplicates > 0, `echo: ${t.echoGaps} missing and ${t.echoDuplicates} duplicate replies`);
  fail(t.viewportBadRows > 0, `viewports: ${t.viewportBadRows} rows out of sequence`);
  fail(r.errors.length > 0, `${r.errors.length} errors besides the injected ones (first: ${r.errors[0] ?? ''})`);
  fail(
    !(r.heapGrowth < MAX_HEAP_GROWTH),
    `heap grew ${(r.heapGrowth * 100).toFixed(1)}% after the warm-up (limit ${MAX_HEAP_GROWTH * 100}%); ` +
      `without the messages the echo plugin clients keep, ${(r.heapGrowthWithoutKept * 100).toFixed(1)}%`,
  );
  // Each session may be inside a fetch/publish/release cycle (two exports) at either reading.
  fail(
    !(r.liveExportsAtEnd <= r.liveExportsAtWarmup + 2 * r.sessions),
    `server exports grew during the run: ${r.liveExportsAtWarmup} after the warm-up, ${r.liveExportsAtEnd} at the end (failed fetches not counted)`,
  );
  fail(
    r.serverAfter.exports !== r.serverBefore.exports,
    `server exports ${r.serverAfter.exports} at the end, ${r.serverBefore.exports} at the start`,
  );
  fail(
    r.serverAfter.sessions !== r.serverBefore.sessions,
    `server sessions ${r.serverAfter.sessions} at the end, ${r.serverBefore.sessions} at the start`,
  );
  r.perSession.forEach((c, i) => {
    const who = `session ${i + 1}`;
    fail(
      c.updates === 0 || c.echoReceived === 0 || c.cycles === 0 || c.viewportAcks === 0,
      `${who} stalled: ${c.updates} updates, ${c.echoReceived} echoes, ${c.cycles} cycles, ${c.viewportAcks} viewport moves seen`,
    );
    fail(c.viewportAcks < c.viewportMoves / 2, `${who}: only ${c.viewportAcks} of ${c.viewportMoves} viewport moves were answered`);
    fail(c.echoReceived < c.echoSent - 40, `${who}: ${c.echoReceived} echo replies for ${c.echoSent} messages`);
    fail(r.minutes >= 1.5 && c.tokenRefreshes === 0, `${who}: no token refresh in ${r.minutes} min of 60-second tokens`);
    fail(c.injected === 0 && c.cycles >= 20, `${who}: no injected error was seen`);
  });
  return failures;
}

/** The report as lines for people. */
export function formatReport(r: SoakReport): string[] {
  const t = r.totals;
  return [
    `[soak] report: ${r.sessions} sessions, ${r.minutes} min`,
    `  live subscriptions: ${t.updates} updates (${r.updatesPerSecond.toFixed(1)}/s), ${t.rows} rows, ${t.snapshots} snapshots; Seq gaps ${t.seqGaps}, duplicates ${t.seqDuplicates}`,
    `  update latency (Timestamp to receipt): p50 ${r.p50UpdateMs} ms, p99 ${r.p99UpdateMs} ms`,
    `  viewports: ${t.viewportMoves} moves, ${t.viewportAcks} answered (p99 ${r.p99MoveMs} ms), ${t.viewportUpdates} states, rows out of sequence ${t.viewportBadRows}`,
    `  echo: ${t.echoSent} sent, ${t.echoReceived} received (p99 round trip ${r.p99EchoMs} ms); gaps ${t.echoGaps}, duplicates ${t.echoDuplicates}`,
    `  fetch/publish/release: ${t.cycles} cycles, ${t.injected} injected NotFound errors seen`,
    `  token refreshes: ${r.perSession.map((c) => c.tokenRefreshes).join(' / ')} (per session)`,
    `  heap (after gc): ${mb(r.heapAtWarmup)} after warm-up, ${mb(r.heapAtEnd)} at the end: ${(r.heapGrowth * 100).toFixed(1)}%`,
    `  of which echo plugin clients' kept messages: ${r.echoKeptAtWarmup} after warm-up, ${r.echoKeptAtEnd} at the end, ` +
      `${r.bytesPerKeptMessage.toFixed(0)} B each (heap ${mb(r.heapWithoutEcho)} once closed); growth without them ${(r.heapGrowthWithoutKept * 100).toFixed(1)}%`,
    `  server: ${r.serverBefore.exports} exports / ${r.serverBefore.sessions} sessions at the start (the monitoring session), ` +
      `${r.serverDuring.exports} / ${r.serverDuring.sessions} at the end of the load, ${r.serverAfter.exports} / ${r.serverAfter.sessions} after closing; ` +
      `besides failed fetches ${r.liveExportsAtWarmup} after the warm-up, ${r.liveExportsAtEnd} at the end`,
    `  errors besides injected ones: ${r.errors.length}${r.errors.length > 0 ? ` (${r.errors.slice(0, 3).join('; ')})` : ''}`,
    r.failures.length === 0 ? '[soak] PASS' : `[soak] FAIL\n${r.failures.map((f) => `  - ${f}`).join('\n')}`,
  ];
}
