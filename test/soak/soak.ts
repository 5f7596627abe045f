// The soak: several SDK sessions (see worker.ts) run every workload at once against one server for a set time,
// with a line of figures each minute, then end everything and check what was left behind. `npm run soak` runs it for
// 30 minutes with a server restart every 5 (test/soak/run.mjs); `npm run test:soak` runs it for 2 without restarts
// (test/long/soak.long.test.ts).
//
// Restarts: the server is killed (SIGKILL) and started again on the same port; its startup script makes the soak's
// objects again and every session rebuilds itself (`SessionOptions.rebuild`). For each restart the report says what a
// user of each session saw: when it said 'reconnecting' and 'connected' again, whether `closed$` fired, when its live
// subscription gave a fresh snapshot, its viewport a state and its echo plugin client `reopened$`. Calls that fail
// from the kill until 20 s after the last session is back count as interrupted by the restart (listed per restart),
// not as errors. Each segment between restarts is a new server table; the workers' time tables have a fixed start
// time, so across a restart their rows keep their numbers (worker.ts), and "no gap" across a restart means the fresh
// snapshot reaches back to the last row seen before the kill.
import { Session } from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { LatencyHistogram, heapAfterGc, mb } from './metrics.js';
import { readServerStats, settleServerStats, type ServerStats } from './server-stats.js';
import { SOAK_OBJECTS } from './soak-server.mjs';
import { SoakWorker, TAIL_ROWS, WorkerCounters, type SoakSinks } from './worker.js';

/** Kills the soak's server (SIGKILL) and starts it again on the same port; resolves once it answers again. */
export type RestartServer = () => Promise<{ readonly killedAt: number; readonly upAt: number }>;

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
  /** Restarts the server every `restartEveryMinutes` (none in the last 2 minutes of the run). */
  readonly restartServer?: RestartServer;
  readonly restartEveryMinutes?: number;
}

/** What one session showed of one restart (ms since the kill; undefined: not seen). */
export interface SessionAtRestart {
  readonly name: string;
  reconnecting?: number;
  connected?: number;
  closed?: string;
  /** The live subscription's first fresh snapshot, and its rows against the last row seen before the kill. */
  snapshot?: number;
  snapshotRows?: string;
  viewport?: number;
  echoReopened?: number;
}

/** One restart of the server and what each session showed of it. */
export interface RestartRecord {
  /** Minutes into the run. */
  readonly atMinutes: number;
  readonly killedAt: number;
  /** When the new server answered (ms since the kill). */
  up?: number;
  failed?: string;
  readonly sessions: SessionAtRestart[];
  /** Calls that failed from the kill until 20 s after the last session was back. */
  readonly interrupted: string[];
  /** When the restart was over (every session back, plus the grace), ms since the kill. */
  settled?: number;
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
   * Exports held during the run, at the end of the warm-up and at the end of the load, failed calls included (the
   * injected failures leave no export: the SDK checks a name before it fetches, and releases an aborted call's).
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
  readonly restarts: readonly RestartRecord[];
  /** Per session (the monitoring session last): how many times it logged in again and rebuilt what it held. */
  readonly rebuilds: readonly number[];
  /** `closed$` of a session fired before the soak closed it. */
  readonly closedEarly: readonly string[];
  /** What the run did wrong; empty when it passed. */
  readonly failures: readonly string[];
}

/** After the last session is back from a restart, failures this long count as interrupted by it. */
export const RESTART_GRACE_MS = 20_000;
/** No restart starts closer than this to the end of the run. */
const RESTART_END_MARGIN_MS = 120_000;
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
  const restarts: RestartRecord[] = [];
  const closedEarly: string[] = [];
  let closing = false;
  let runStarted = Date.now();
  /** The restart under way (from the kill until it settled), if any. */
  const current = (): RestartRecord | undefined => {
    const r = restarts.at(-1);
    return r !== undefined && r.settled === undefined ? r : undefined;
  };
  const states = new Map<string, string>();
  const watch = (name: string, session: Session): void => {
    states.set(name, 'connected');
    session.connectionState$.subscribe((state) => {
      states.set(name, state);
      const r = current();
      const at = r?.sessions.find((x) => x.name === name);
      if (r === undefined || at === undefined) return;
      if (state === 'reconnecting') at.reconnecting ??= Date.now() - r.killedAt;
      else if (state === 'connected' && at.reconnecting !== undefined) at.connected ??= Date.now() - r.killedAt;
    });
    session.closed$.subscribe(({ reason, error }) => {
      if (closing) return;
      const line = `${name}: ${reason} (${error.message})`;
      closedEarly.push(line);
      const at = current()?.sessions.find((x) => x.name === name);
      if (at !== undefined) at.closed = line;
    });
  };
  const interval = { update: new LatencyHistogram(), echo: new LatencyHistogram(), move: new LatencyHistogram() };
  const total = { update: new LatencyHistogram(), echo: new LatencyHistogram(), move: new LatencyHistogram() };
  const sinks: SoakSinks = {
    updateLatency: interval.update,
    echoLatency: interval.echo,
    moveLatency: interval.move,
    error: (source, e) => {
      const line = `${source}: ${e instanceof Error ? e.message : String(e)}`;
      const r = current();
      if (r !== undefined) {
        // Logged once per kind of failure (its code and method); the report counts them per kind.
        const kind = interruptionKind(line);
        if (!r.interrupted.some((x) => interruptionKind(x) === kind)) log(`[soak] interrupted by restart ${restarts.length}: ${line}`);
        r.interrupted.push(line);
        return;
      }
      if (errors.length < 100) errors.push(line);
      log(`[soak] ERROR ${line}`);
    },
    seen: (name, what) => {
      const r = current();
      const at = r?.sessions.find((x) => x.name === name);
      // From the new server only: once the session said 'reconnecting'.
      if (r === undefined || at?.reconnecting === undefined) return;
      const ms = Date.now() - r.killedAt;
      if (what === 'updates-snapshot' && at.snapshot === undefined) {
        at.snapshot = ms;
        const w = workers.find((x) => x.name === name);
        if (w?.lastSnapshot !== undefined) at.snapshotRows = w.lastSnapshot;
      } else if (what === 'viewport') at.viewport ??= ms;
      else if (what === 'echo-reopened') at.echoReopened ??= ms;
    },
  };

  /** Kills and restarts the server, records what each session showed, and resolves once the restart settled. */
  const restart = async (): Promise<void> => {
    const restartServer = options.restartServer;
    if (restartServer === undefined) return;
    const record: RestartRecord = {
      atMinutes: (Date.now() - runStarted) / 60_000,
      killedAt: Date.now(),
      sessions: [...workers.map((w) => ({ name: w.name })), { name: 'monitor' }],
      interrupted: [],
    };
    restarts.push(record);
    log(`[soak] restart ${restarts.length}: killing the server`);
    try {
      const { upAt } = await restartServer();
      record.up = upAt - record.killedAt;
      log(`[soak] restart ${restarts.length}: the server answers again after ${(record.up / 1000).toFixed(1)} s`);
    } catch (e) {
      record.failed = e instanceof Error ? e.message : String(e);
      record.settled = Date.now() - record.killedAt;
      throw e;
    }
    // Back: every session connected again (or given up: closed$), then the grace.
    const back = (): boolean => [...states.values()].every((s) => s === 'connected') || closedEarly.length > 0;
    while (!back() && Date.now() - record.killedAt < 10 * 60_000) await sleep(200);
    await sleep(RESTART_GRACE_MS);
    record.settled = Date.now() - record.killedAt;
    log(`[soak] restart ${restarts.length}: settled after ${(record.settled / 1000).toFixed(1)} s`);
  };
  let restarting: Promise<void> | undefined;

  const monitor = await Session.connect(options.url);
  watch('monitor', monitor);
  const workers: SoakWorker[] = [];
  try {
    const serverBefore = await readServerStats(monitor);
    // The startup script's objects (test/server/fixtures/stick.py): made again at each start of the server.
    for (let i = 0; i < n; i++) workers.push(await SoakWorker.connect(`session ${i + 1}`, options.url, SOAK_OBJECTS, sinks));
    for (const w of workers) watch(w.name, w.session);
    await Promise.all(workers.map((w, i) => w.start((workers[(i + 1) % n] as SoakWorker).session)));

    const started = Date.now();
    runStarted = started;
    const restartEveryMs = options.restartServer === undefined ? 0 : (options.restartEveryMinutes ?? 5) * 60_000;
    let nextRestart = restartEveryMs > 0 ? started + restartEveryMs : Infinity;
    /** A reading of the server; one that a restart cut is taken again once the server is back. */
    const stats = async (): Promise<ServerStats> => {
      for (let tries = 1; ; tries++) {
        try {
          return await readServerStats(monitor);
        } catch (e) {
          if (current() === undefined || tries >= 60) throw e;
          await sleep(2000);
        }
      }
    };
    /** Waits for a restart under way to settle (readings are taken between restarts). */
    const settled = async (): Promise<void> => {
      await restarting;
    };
    const endAt = started + options.minutes * 60_000;
    const warmupAt = started + options.warmupMinutes * 60_000;
    let heapAtWarmup = NaN;
    let liveExportsAtWarmup = NaN;
    let echoKeptAtWarmup = 0;
    const kept = (): number => workers.reduce((k, w) => k + w.echoKept, 0);
    let nextReport = started + reportEveryMs;
    let last = { at: started, updates: 0, rows: 0 };
    log(`[soak] ${n} sessions for ${options.minutes} min against ${options.url}; heap growth measured after ${options.warmupMinutes} min`);
    if (restartEveryMs > 0)
      log(`[soak] the server restarts every ${restartEveryMs / 60_000} min (none in the last ${RESTART_END_MARGIN_MS / 60_000} min)`);
    while (Date.now() < endAt) {
      // A restart due while the last one has not settled waits for it (checked each second).
      const restartAt = restarting === undefined ? nextRestart : Date.now() + 1000;
      const wake = Math.min(endAt, nextReport, restartAt, Number.isNaN(heapAtWarmup) ? warmupAt : Infinity);
      await sleep(Math.max(0, wake - Date.now()));
      if (Number.isNaN(heapAtWarmup) && Date.now() >= warmupAt) {
        await settled();
        echoKeptAtWarmup = kept();
        heapAtWarmup = heapAfterGc();
        liveExportsAtWarmup = (await stats()).exports;
      }
      if (Date.now() >= nextRestart && restarting === undefined) {
        nextRestart += restartEveryMs;
        if (nextRestart > endAt - RESTART_END_MARGIN_MS) nextRestart = Infinity;
        restarting = restart()
          .catch((e: unknown) => sinks.error('server restart', e))
          .finally(() => {
            restarting = undefined;
          });
      }
      if (Date.now() >= nextReport || Date.now() >= endAt) {
        const now = Date.now();
        const t = sum(workers.map((w) => w.counters));
        const reading = await stats();
        const secs = (now - last.at) / 1000;
        log(
          `[soak] ${((now - started) / 60_000).toFixed(1)} min  heap ${mb(heapAfterGc())}  server exports ${reading.exports} ` +
            `(sessions ${reading.sessions})  updates ${((t.updates - last.updates) / secs).toFixed(1)}/s ` +
            `(rows ${((t.rows - last.rows) / secs).toFixed(1)}/s)  p99 update latency ${interval.update.quantile(0.99)} ms  ` +
            `p99 echo ${interval.echo.quantile(0.99)} ms  p99 viewport move ${interval.move.quantile(0.99)} ms  ` +
            `cycles ${t.cycles}  token refreshes ${t.tokenRefreshes}  errors ${errors.length}` +
            (restarts.length > 0 ? `  restarts ${restarts.length}` : ''),
        );
        for (const k of ['update', 'echo', 'move'] as const) {
          total[k].add(interval[k]);
          interval[k].reset();
        }
        last = { at: now, updates: t.updates, rows: t.rows };
        nextReport += reportEveryMs;
      }
    }
    await settled();
    const echoKeptAtEnd = kept();
    const heapAtEnd = heapAfterGc();
    const serverDuring = await stats();
    for (const w of workers) await w.closeEcho();
    const heapWithoutEcho = heapAfterGc();
    const bytesPerKeptMessage = Math.max(0, heapAtEnd - heapWithoutEcho) / Math.max(1, echoKeptAtEnd);
    const elapsedS = (Date.now() - started) / 1000;
    const perSession = workers.map((w) => w.counters);
    const rebuilds = [...workers.map((w) => probeSession(w.session).rebuilds), probeSession(monitor).rebuilds];
    closing = true;
    for (const w of workers) await w.stop();
    for (const w of workers.splice(0)) await w.close();
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
      liveExportsAtEnd: serverDuring.exports,
      serverDuring,
      serverAfter,
      updatesPerSecond: totals.updates / elapsedS,
      p99UpdateMs: total.update.quantile(0.99),
      p50UpdateMs: total.update.quantile(0.5),
      p99EchoMs: total.echo.quantile(0.99),
      p99MoveMs: total.move.quantile(0.99),
      errors,
      restarts,
      rebuilds,
      closedEarly,
      failures: [],
    };
    return { ...report, failures: soakFailures(report) };
  } finally {
    closing = true;
    await restarting;
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
  fail(t.seqTimeMismatches > 0, `live subscriptions: ${t.seqTimeMismatches} rows whose Seq is not their time table row`);
  fail(r.closedEarly.length > 0, `closed$ fired: ${r.closedEarly.join('; ')}`);
  r.restarts.forEach((x, i) => {
    const which = `restart ${i + 1}`;
    fail(x.failed !== undefined, `${which}: the server did not start again (${x.failed ?? ''})`);
    for (const at of x.sessions) {
      fail(at.connected === undefined, `${which}: ${at.name} never said 'connected' again after 'reconnecting'`);
      if (at.name === 'monitor') continue;
      fail(at.snapshot === undefined, `${which}: ${at.name}'s live subscription gave no fresh snapshot`);
      fail(at.viewport === undefined, `${which}: ${at.name}'s viewport gave no state`);
      fail(at.echoReopened === undefined, `${which}: ${at.name}'s echo plugin client did not reopen`);
    }
  });
  r.rebuilds.forEach((k, i) =>
    fail(
      k < r.restarts.length,
      `${i < r.sessions ? `session ${i + 1}` : 'the monitor'} rebuilt ${k} times for ${r.restarts.length} restarts`,
    ),
  );
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
    `server exports grew during the run: ${r.liveExportsAtWarmup} after the warm-up, ${r.liveExportsAtEnd} at the end (failed calls included)`,
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
    fail(
      c.echoReceived + c.echoLostInRestarts < c.echoSent - 40,
      `${who}: ${c.echoReceived} echo replies (and ${c.echoLostInRestarts} lost with a killed server) for ${c.echoSent} messages`,
    );
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
    `  live subscriptions: ${t.updates} updates (${r.updatesPerSecond.toFixed(1)}/s), ${t.rows} rows, ${t.snapshots} snapshots; Seq gaps ${t.seqGaps}, duplicates ${t.seqDuplicates}, ` +
      `rows not at their time ${t.seqTimeMismatches}; rows that ticked during a restart and left the ${TAIL_ROWS}-row tail before its fresh snapshot ${t.seqBeyondTail}`,
    `  update latency (Timestamp to receipt): p50 ${r.p50UpdateMs} ms, p99 ${r.p99UpdateMs} ms`,
    `  viewports: ${t.viewportMoves} moves, ${t.viewportAcks} answered (p99 ${r.p99MoveMs} ms), ${t.viewportUpdates} states, rows out of sequence ${t.viewportBadRows}`,
    `  echo: ${t.echoSent} sent, ${t.echoReceived} received (p99 round trip ${r.p99EchoMs} ms); gaps ${t.echoGaps}, duplicates ${t.echoDuplicates}; ` +
      `reopened ${t.echoReopens} times, ${t.echoLostInRestarts} messages never answered across restarts; ` +
      `writes resolved ${t.echoWritesDone}, rejected ${t.echoWritesFailed}, unsettled ${t.echoSent - t.echoWritesDone - t.echoWritesFailed}`,
    `  fetch/publish/release: ${t.cycles} cycles, ${t.injected} injected failures seen (fetch and openTable of missing names, aborted fetches)`,
    `  token refreshes: ${r.perSession.map((c) => c.tokenRefreshes).join(' / ')} (per session)`,
    `  heap (after gc): ${mb(r.heapAtWarmup)} after warm-up, ${mb(r.heapAtEnd)} at the end: ${(r.heapGrowth * 100).toFixed(1)}%`,
    `  of which echo plugin clients' kept messages: ${r.echoKeptAtWarmup} after warm-up, ${r.echoKeptAtEnd} at the end, ` +
      `${r.bytesPerKeptMessage.toFixed(0)} B each (heap ${mb(r.heapWithoutEcho)} once closed); growth without them ${(r.heapGrowthWithoutKept * 100).toFixed(1)}%`,
    `  server: ${r.serverBefore.exports} exports / ${r.serverBefore.sessions} sessions at the start (the monitoring session), ` +
      `${r.serverDuring.exports} / ${r.serverDuring.sessions} at the end of the load, ${r.serverAfter.exports} / ${r.serverAfter.sessions} after closing; ` +
      `during the load (failed calls included) ${r.liveExportsAtWarmup} after the warm-up, ${r.liveExportsAtEnd} at the end`,
    ...formatRestarts(r),
    `  errors besides injected ones and those interrupted by a restart: ${r.errors.length}${r.errors.length > 0 ? ` (${r.errors.slice(0, 3).join('; ')})` : ''}`,
    r.failures.length === 0 ? '[soak] PASS' : `[soak] FAIL\n${r.failures.map((f) => `  - ${f}`).join('\n')}`,
  ];
}

/** A failure's kind for the report: its workload, status code and method. */
function interruptionKind(line: string): string {
  const source = /^session \d+ ([^:]+):/.exec(line)?.[1] ?? line.split(':')[0] ?? '';
  const code = /\[([A-Z_]+)\]/.exec(line)?.[1] ?? 'error';
  const method = /\(io\.deephaven\.proto\.backplane\.(?:grpc|script\.grpc)\.(\w+\/\w+)\)\s*$/.exec(line)?.[1];
  return `${source} ${code}${method !== undefined ? ` ${method}` : ''}`;
}

function countKinds(lines: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(interruptionKind(l), (counts.get(interruptionKind(l)) ?? 0) + 1);
  return [...counts].map(([kind, k]) => `${k}× ${kind}`).join(', ');
}

const secs = (ms: number | undefined): string => (ms === undefined ? 'never' : `+${(ms / 1000).toFixed(1)} s`);

/** Per restart: the server's down time, then what each session showed (times since the kill). */
function formatRestarts(r: SoakReport): string[] {
  if (r.restarts.length === 0) return ['  restarts: none'];
  const lines = [
    `  restarts: ${r.restarts.length} (SIGKILL, same port, startup script again); rebuilds per session ${r.rebuilds.join(' / ')} (the monitor last); ` +
      `closed$ fired ${r.closedEarly.length} times; times below from the kill`,
  ];
  r.restarts.forEach((x, i) => {
    lines.push(
      `  restart ${i + 1} at ${x.atMinutes.toFixed(1)} min: server answering again ${secs(x.up)}, settled ${secs(x.settled)}; ` +
        `${x.interrupted.length} calls failed${x.interrupted.length > 0 ? ` (${countKinds(x.interrupted)})` : ''}`,
    );
    for (const at of x.sessions) {
      const took =
        at.reconnecting !== undefined && at.connected !== undefined ? ` (${((at.connected - at.reconnecting) / 1000).toFixed(1)} s)` : '';
      const streams =
        at.name === 'monitor'
          ? ''
          : `; updates() fresh snapshot ${secs(at.snapshot)}${at.snapshotRows !== undefined ? ` (${at.snapshotRows})` : ''}, ` +
            `viewport state ${secs(at.viewport)}, echo reopened$ ${secs(at.echoReopened)}`;
      lines.push(
        `    ${at.name}: 'reconnecting' ${secs(at.reconnecting)} → 'connected' ${secs(at.connected)}${took}, closed$ ${at.closed ?? 'did not fire'}${streams}`,
      );
    }
  });
  return lines;
}
