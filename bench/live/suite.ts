// The live-table benchmarks of `npm run bench`: deephaven-rx (Node and Chromium) against the official JS API's
// subscriptions and viewports (same Chromium page) and pydeephaven-ticking's listen() (Python), on the same server in
// the same run. Workloads:
//   A. tick latency: a table whose new rows carry the server's commit time (`epochNanos(now())`), ticking every
//      update cycle; commit → delivered to the subscriber. All clients subscribe at once, so they see the same ticks.
//   B. throughput: a 1,000,000-row table with 10% of its rows modified every cycle; rows applied per second and the
//      client process's CPU per row (each client alone).
//   C. initial state: subscribe to a 1,000,000 × 8 table until the first (complete) emission, against DoGet.
//   D. viewport move: a new range of 50 rows → its first emission (deephaven-rx `viewport`, JS API `setViewport`).
//   E. memory: deephaven-rx in Node on workload B for BENCH_LIVE_MEMORY_MINUTES (10 by default in the full run):
//      the heap after a collection at the end against after the first minute.
//   F. rollup expand: a rollup of 1,000,000 rows by 2 keys (1,000 groups); expand a top-level group → the first
//      emission that shows its children (deephaven-rx `expand` + viewport, JS API `TreeTable.expand` + `updated`).
//   G. ticking rollup: workload B's table rolled up by 2 keys (10% of the rows modified per cycle), every level
//      expanded, held in a 100-row viewport: the client process's CPU per update (each client alone).
// No timing is asserted anywhere; the smoke test runs this at tiny sizes to keep it working.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { Session } from '../../src/index.js';
import { openHarness } from '../../test/browser/harness-page.js';
import { PythonPeer } from '../../test/interop/peer.js';
import { RxRollupBench } from './hierarchical.js';
import { LiveRxBench } from './rx-live.js';

/** The benchmark clients' page module, loaded into the test harness page. */
const BENCH_PAGE = fileURLToPath(new URL('../page.ts', import.meta.url));
/** The rollup benchmark clients' page module. */
const HIER_PAGE = fileURLToPath(new URL('./hierarchical-page.ts', import.meta.url));

/** What the live benchmarks run. */
export interface LiveBenchConfig {
  /** Multiplies row counts (1: the full 1,000,000 rows). */
  readonly scale: number;
  /** Repetitions of the per-client workloads (B, C, D). */
  readonly reps: number;
  /** Seconds each client follows workload B per repetition. */
  readonly throughputSeconds: number;
  /** Ticks sampled in workload A. */
  readonly latencyTicks: number;
  /** Viewport moves per repetition in workload D. */
  readonly moves: number;
  /** Minutes of workload E (0: not run). */
  readonly memoryMinutes: number;
  readonly progress?: boolean;
  /** Sees the rows (tests). */
  readonly onRows?: (rows: readonly LiveRow[]) => void;
}

/** One line of the live results. `na` says why a client could not do a workload. */
export interface LiveRow {
  readonly workload: string;
  readonly client: string;
  readonly unit: string;
  readonly value: number;
  readonly higherIsBetter: boolean;
  readonly details: Record<string, number>;
  readonly na?: string;
}

const RX_NODE = 'deephaven-rx Node websocket';
const RX_PAGE = 'deephaven-rx Chromium websocket';
/** deephaven-rx in the page over fetch (HTTP/2) against the TLS test server, holding the same data (when there is one). */
const RX_PAGE_H2 = 'deephaven-rx Chromium fetch h2 (TLS server)';
/** The page's client id of a page client's label. */
const pageId = (client: string): string => (client === RX_PAGE ? 'rx' : client === RX_PAGE_H2 ? 'rx-h2' : 'js');
const JS = 'JS API (dh-core.js) Chromium';
const PY = 'pydeephaven-ticking';
/** The update interval deephaven-rx and the JS API ask for (pydeephaven-ticking's listen() has no such option). */
const INTERVAL_MS = 1;

type Measure<T> = (client: string) => Promise<T>;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** CPU seconds (user + system) of processes, from /proc. */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks / 100;
}

/** Defines the live benchmarks as one Vitest suite. */
export function defineLiveBench(config: LiveBenchConfig): void {
  const url = inject('dhUrl');
  const psk = inject('dhPsk') || undefined;
  const rows: LiveRow[] = [];
  let setup: Session | undefined;
  let node: LiveRxBench | undefined;
  let nodeRollups: RxRollupBench | undefined;
  let page: Page | undefined;
  let peer: PythonPeer | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  let renderers: () => Promise<number[]> = async () => [];
  const n1 = Math.max(1000, Math.round(1_000_000 * config.scale));
  const nBig = Math.max(10_000, Math.round(10_000_000 * config.scale));
  /** The page client over fetch, when there is a TLS server. */
  const pageH2: string[] = [];

  const step = (what: string): void => {
    if (config.progress) console.log(`[bench live] ${what}`);
  };
  const record = (
    workload: string,
    client: string,
    unit: string,
    value: number,
    higherIsBetter: boolean,
    details: Record<string, number> = {},
  ): void => {
    rows.push({ workload, client, unit, value, higherIsBetter, details });
  };
  const na = (workload: string, client: string, unit: string, reason: string): void => {
    rows.push({ workload, client, unit, value: NaN, higherIsBetter: false, details: {}, na: reason });
  };
  const inPage = <T>(method: string, client: string, ...args: unknown[]): Promise<T> =>
    (page as Page).evaluate(
      // Started in a task of the page's own event loop, so that the long-task observer sees all of it (see ../clients.ts).
      async ([m, c, a]) => {
        await new Promise((r) => setTimeout(r, 0));
        return (window.liveBench.clients[c] as unknown as Record<string, (...x: unknown[]) => Promise<unknown>>)[m]?.(...a);
      },
      [method, client, args] as const,
    ) as Promise<T>;

  const inHier = <T>(method: string, client: 'rx' | 'js', ...args: unknown[]): Promise<T> =>
    (page as Page).evaluate(
      ([m, c, a]) => (window.hierBench.clients[c as string] as unknown as Record<string, (...x: unknown[]) => Promise<unknown>>)[m]?.(...a),
      [method, client, args] as const,
    ) as Promise<T>;

  /** The page's long tasks since the last take (see ../longtask.ts). */
  const longTasks = (): Promise<{ longest: number; blocked: number; tasks: number }> =>
    (page as Page).evaluate(() => window.bench.longTasks.take());
  /** Main-thread figures per workload and page client: the longest task of any repetition, the median time blocked. */
  const mainThread = new Map<string, { longest: number; blocked: number[] }>();

  /** Runs `measure` for each client, `reps` times, alternating clients; failures become "n/a" rows. */
  async function each<T>(
    workload: string,
    unit: string,
    clients: readonly string[],
    measure: Measure<T>,
    done: (client: string, results: T[]) => void,
  ): Promise<void> {
    const results = new Map<string, T[]>();
    const failed = new Map<string, string>();
    for (let rep = 0; rep < config.reps; rep++) {
      for (const c of clients) {
        if (failed.has(c)) continue;
        try {
          const t0 = Date.now();
          const inPageClient = c === RX_PAGE || c === RX_PAGE_H2 || c === JS;
          if (inPageClient) await longTasks();
          results.set(c, [...(results.get(c) ?? []), await measure(c)]);
          if (inPageClient) {
            const tasks = await longTasks();
            const m = mainThread.get(`${workload}\u0000${c}`) ?? { longest: 0, blocked: [] };
            mainThread.set(`${workload}\u0000${c}`, {
              longest: Math.max(m.longest, tasks.longest),
              blocked: [...m.blocked, tasks.blocked],
            });
          }
          step(`${workload} · ${c} · rep ${rep + 1} · ${Date.now() - t0} ms`);
        } catch (e) {
          failed.set(c, `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
      }
    }
    for (const c of clients) {
      const reason = failed.get(c);
      if (reason !== undefined) na(workload, c, unit, reason);
      else {
        done(c, results.get(c) ?? []);
        const m = mainThread.get(`${workload}\u0000${c}`);
        if (m !== undefined)
          for (const row of rows)
            if (row.workload === workload && row.client === c)
              Object.assign(row.details, { 'longest task ms': m.longest, 'blocked ms': median(m.blocked) });
      }
    }
  }

  /** Workload H's table: 10,000,000 rows (computed columns), 1,000 rows of them modified every second. */
  const bigScript = `live_big_g = time_table("PT1s").update(["G = (int)(ii % 1000)", "Tick = ii"]).last_by("G")
live_big = empty_table(${nBig}).update_view(["G = (int)(i % 1000)", "A = i", "B = i * 0.5"]).natural_join(live_big_g, on="G", joins="Tick")`;
  /** The tables the page's fetch client reads on the TLS server (workloads C, D, H). */
  const initScript = `live_init = empty_table(${n1}).update([
  "I = i % 10 == 0 ? NULL_INT : i", "L = (long)i * 3", "D = i % 11 == 0 ? NULL_DOUBLE : i / 3.0", "F = (float)(i / 7.0)",
  "S = i % 13 == 0 ? null : \`s\` + (i % 1000)", "T = epochNanosToInstant(i * 1000000L)", "B = i % 2 == 0 ? null : i % 3 == 0",
  "C = i % 17 == 0 ? NULL_CHAR : (char)('a' + i % 26)"])`;

  beforeAll(async () => {
    step('preparing the data');
    setup = await Session.connect(url, psk ? { auth: { type: 'psk', key: psk } } : {});
    await setup.runScript(`from deephaven import time_table, empty_table
live_lat = time_table("PT0.1s").update(["CommitNs = epochNanos(now())", "Seq = ii"]).tail(100)
live_g = time_table("PT1s").update(["G = (int)(ii % 10)", "Tick = ii"]).last_by("G")
live_tp = empty_table(${n1}).update(["G = (int)(i % 10)", "A = i", "B = i * 0.5"]).natural_join(live_g, on="G", joins="Tick")
${initScript}
from deephaven import agg
${bigScript}
live_rollup = empty_table(${n1}).update(["K1 = (int)(i % 10)", "K2 = (int)((i / 10) % 100)", "V = i * 0.5"]).rollup(aggs=[agg.sum_("V")], by=["K1", "K2"])
live_tp_rollup = live_tp.update_view(["K1 = G", "K2 = (int)((A / 10) % 100)"]).rollup(aggs=[agg.sum_(["B", "Tick"])], by=["K1", "K2"])`);
    node = await LiveRxBench.open(url, 'websocket-multiplex', psk);
    peer = await PythonPeer.connect(url, psk);
    nodeRollups = new RxRollupBench(node.session);
    const harness = await openHarness({ modules: [BENCH_PAGE, HIER_PAGE], ownBrowser: true });
    page = harness.page;
    closeBrowser = () => harness.browser.close();
    const cdp = await harness.browser.newBrowserCDPSession();
    renderers = async () => {
      const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
      return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    };
    await page.evaluate(
      async ([u, k]) => {
        window.liveBench.clients['rx'] = await window.liveBench.LiveRxBench.open(u, 'websocket-multiplex', k);
        window.liveBench.clients['js'] = await window.liveBench.LiveJsApiBench.open(u, k);
        window.hierBench.clients['rx'] = new window.hierBench.RxRollupBench(
          (window.liveBench.clients['rx'] as unknown as { session: ConstructorParameters<typeof window.hierBench.RxRollupBench>[0] })
            .session,
        );
        window.hierBench.clients['js'] = await window.hierBench.JsRollupBench.open(u, k);
      },
      [url, psk] as const,
    );
    // deephaven-rx in the page over fetch (HTTP/2), for the workloads that read the main thread (C, D, H): the TLS
    // test server, given the same data.
    const tlsUrl = inject('dhUrlTls');
    if (tlsUrl) {
      const tlsSetup = await Session.connect(tlsUrl, { tls: { ca: inject('tlsCert') } });
      try {
        await tlsSetup.runScript(`from deephaven import time_table, empty_table\n${initScript}\n${bigScript}`);
      } finally {
        await tlsSetup.close();
      }
      await page.evaluate(async (u) => {
        window.liveBench.clients['rx-h2'] = await window.liveBench.LiveRxBench.open(u, 'grpc-web-fetch');
      }, tlsUrl);
      pageH2.push(RX_PAGE_H2);
    }
    step('clients connected');
  }, 600_000);

  afterAll(async () => {
    await page?.evaluate(() => Promise.all(Object.values(window.hierBench.clients).map((c) => c.close()))).catch(() => undefined);
    await page?.evaluate(() => Promise.all(Object.values(window.liveBench.clients).map((c) => c.close()))).catch(() => undefined);
    await nodeRollups?.close();
    await closeBrowser?.();
    await node?.close();
    await peer?.close();
    await setup?.close();
    printLive(rows, { url, scale: config.scale, reps: config.reps });
    config.onRows?.(rows);
  }, 120_000);

  it('A. tick latency (commit → subscriber)', { timeout: 600_000 }, async () => {
    const n = config.latencyTicks;
    const label = 'tick latency, commit → delivered';
    const all = await Promise.allSettled([
      (node as LiveRxBench).latency('live_lat', n, INTERVAL_MS),
      inPage<number[]>('latency', 'rx', 'live_lat', n, INTERVAL_MS),
      inPage<number[]>('latency', 'js', 'live_lat', n, INTERVAL_MS),
      (peer as PythonPeer)
        .call<{ samples: number[]; error: string | null }>('bench_live_latency', { name: 'live_lat', n, seconds: n * 3 + 30 })
        .then((r) => {
          if (r.error !== null) throw new Error(r.error);
          return r.samples;
        }),
    ]);
    [RX_NODE, RX_PAGE, JS, PY].forEach((client, i) => {
      const r = all[i] as PromiseSettledResult<number[]>;
      if (r.status === 'rejected') na(label, client, 'ms', `failed: ${String(r.reason).split('\n')[0]}`);
      else record(label, client, 'ms p99', percentile(r.value, 0.99), false, { p50: median(r.value), samples: r.value.length });
    });
  });

  it('B. throughput: 10% of a million rows modified every cycle', { timeout: 1_800_000 }, async () => {
    const label = `throughput, ${n1.toLocaleString('en')} rows, 10% modified per cycle`;
    const seconds = config.throughputSeconds;
    await each(
      label,
      'rows/CPU-s',
      [RX_NODE, RX_PAGE, JS, PY],
      async (client) => {
        if (client === PY) {
          const r = await (peer as PythonPeer).call<{ rows: number; cpu: number; seconds: number; error: string | null }>(
            'bench_live_throughput',
            { name: 'live_tp', seconds },
          );
          if (r.error !== null) throw new Error(r.error);
          return { rows: r.rows, cpu: r.cpu, seconds: r.seconds };
        }
        if (client === RX_NODE) {
          const c0 = process.cpuUsage();
          const r = await (node as LiveRxBench).throughput('live_tp', seconds, INTERVAL_MS);
          const c = process.cpuUsage(c0);
          return { rows: r.rows, cpu: (c.user + c.system) / 1e6, seconds: r.seconds };
        }
        const pids = await renderers();
        const c0 = cpuSeconds(pids);
        const r = await inPage<{ rows: number; seconds: number }>(
          'throughput',
          client === RX_PAGE ? 'rx' : 'js',
          'live_tp',
          seconds,
          INTERVAL_MS,
        );
        return { rows: r.rows, cpu: cpuSeconds(pids) - c0, seconds: r.seconds };
      },
      (client, results) => {
        const rowsPerCpu = results.map((r) => r.rows / Math.max(r.cpu, 0.01));
        record(label, client, 'rows/CPU-s', median(rowsPerCpu), true, {
          'rows/s': median(results.map((r) => r.rows / r.seconds)),
          'CPU %': median(results.map((r) => (100 * r.cpu) / r.seconds)),
        });
      },
    );
  });

  it('C. initial state of a 1,000,000 × 8 table', { timeout: 1_800_000 }, async () => {
    const label = `initial state, ${n1.toLocaleString('en')} rows × 8`;
    await each(
      label,
      's',
      [RX_NODE, RX_PAGE, ...pageH2, JS, PY],
      async (client): Promise<{ subscribe: number; doGet?: number }> => {
        if (client === PY) {
          const r = await (peer as PythonPeer).call<{ seconds: number; error: string | null }>('bench_live_initial', { name: 'live_init' });
          if (r.error !== null) throw new Error(r.error);
          return { subscribe: r.seconds };
        }
        if (client === RX_NODE) return (node as LiveRxBench).initial('live_init');
        return inPage('initial', pageId(client), 'live_init');
      },
      (client, results) => {
        const doGet = results.map((r) => r.doGet ?? NaN);
        record(
          label,
          client,
          's',
          median(results.map((r) => r.subscribe)),
          false,
          Number.isNaN(doGet[0] ?? NaN) ? {} : { 'DoGet s': median(doGet) },
        );
      },
    );
  });

  it('D. viewport move → first emission', { timeout: 1_800_000 }, async () => {
    const label = 'viewport move (50 rows) → first emission';
    await each(
      label,
      'ms p99',
      [RX_NODE, RX_PAGE, ...pageH2, JS],
      (client) =>
        client === RX_NODE
          ? (node as LiveRxBench).viewportMoves('live_init', config.moves)
          : inPage<number[]>('viewportMoves', pageId(client), 'live_init', config.moves),
      (client, results) => {
        const all = results.flat();
        record(label, client, 'ms p99', percentile(all, 0.99), false, { p50: median(all), samples: all.length });
      },
    );
    na(label, PY, 'ms p99', 'pydeephaven-ticking has no viewports (full-table listen() only)');
  });

  it('H. main thread: a viewport moved across a 10,000,000-row ticking table', { timeout: 1_800_000 }, async () => {
    const label = `main thread: 50-row viewport moved across a ${nBig.toLocaleString('en')}-row ticking table`;
    await each(
      label,
      'ms longest task',
      [RX_PAGE, ...pageH2, JS],
      // each() takes the page's long tasks around every repetition of a page client (mainThread).
      (client) => inPage<number[]>('viewportMoves', pageId(client), 'live_big', config.moves),
      (client, results) => {
        const m = mainThread.get(`${label}\u0000${client}`);
        record(label, client, 'ms longest task', m?.longest ?? NaN, false, { 'move p50 ms': median(results.flat()) });
      },
    );
    na(label, RX_NODE, 'ms longest task', 'a Node process has no page main thread');
  });

  it('F. rollup: expand → first emission showing the children', { timeout: 1_800_000 }, async () => {
    const label = `rollup of ${n1.toLocaleString('en')} rows by 2 keys: expand → children shown`;
    await each(
      label,
      'ms p99',
      [RX_NODE, RX_PAGE, JS],
      (client) =>
        client === RX_NODE
          ? (nodeRollups as RxRollupBench).expandLatency('live_rollup', config.moves, INTERVAL_MS)
          : inHier<number[]>('expandLatency', client === RX_PAGE ? 'rx' : 'js', 'live_rollup', config.moves, INTERVAL_MS),
      (client, results) => {
        const all = results.flat();
        record(label, client, 'ms p99', percentile(all, 0.99), false, { p50: median(all), samples: all.length });
      },
    );
    na(label, PY, 'ms p99', 'pydeephaven has no rollups or trees');
  });

  it('G. ticking rollup in a 100-row viewport: CPU per update', { timeout: 1_800_000 }, async () => {
    const label = `ticking rollup (${n1.toLocaleString('en')} rows, 10% modified per cycle), 100-row viewport`;
    const updates = config.latencyTicks;
    await each(
      label,
      'CPU ms/update',
      [RX_NODE, RX_PAGE, JS],
      async (client) => {
        if (client === RX_NODE) {
          const rollups = nodeRollups as RxRollupBench;
          await rollups.startTicking('live_tp_rollup', INTERVAL_MS);
          const c0 = process.cpuUsage();
          const seconds = await rollups.awaitUpdates(updates);
          const c = process.cpuUsage(c0);
          rollups.stopTicking();
          return { cpu: (c.user + c.system) / 1e6, seconds };
        }
        const who = client === RX_PAGE ? 'rx' : 'js';
        await inHier('startTicking', who, 'live_tp_rollup', INTERVAL_MS);
        const pids = await renderers();
        const c0 = cpuSeconds(pids);
        const seconds = await inHier<number>('awaitUpdates', who, updates);
        const cpu = cpuSeconds(pids) - c0;
        await inHier('stopTicking', who);
        return { cpu, seconds };
      },
      (client, results) => {
        record(label, client, 'CPU ms/update', median(results.map((r) => (1000 * r.cpu) / updates)), false, {
          'updates/s': median(results.map((r) => updates / r.seconds)),
        });
      },
    );
    na(label, PY, 'CPU ms/update', 'pydeephaven has no rollups or trees');
  });

  it('E. memory: deephaven-rx heap on workload B over time', { timeout: 3_600_000 }, async () => {
    const label = `heap after ${config.memoryMinutes} min of workload B vs after 1 min`;
    if (config.memoryMinutes <= 0) {
      na(label, RX_NODE, 'ratio', 'not run: set BENCH_LIVE_MEMORY_MINUTES');
      return;
    }
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = (): number => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const total = config.memoryMinutes * 60;
    const first = Math.min(60, total / 2);
    await (node as LiveRxBench).throughput('live_tp', first, INTERVAL_MS);
    const atFirst = heap();
    const rest = await (node as LiveRxBench).throughput('live_tp', total - first, INTERVAL_MS);
    const atEnd = heap();
    record(label, RX_NODE, 'ratio', atEnd / atFirst, false, {
      'MB at 1 min': atFirst / 2 ** 20,
      'MB at end': atEnd / 2 ** 20,
      updates: rest.updates,
    });
  });
}

/** Prints the live results with deephaven-rx's ratio to each peer (above 1: deephaven-rx is better). */
function printLive(rows: readonly LiveRow[], run: { url: string; scale: number; reps: number }): void {
  const fmt = (v: number): string =>
    Number.isNaN(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
  const ratio = (r: LiveRow, peer: string): string => {
    if (!r.client.startsWith('deephaven-rx') || r.na !== undefined) return '';
    const p = rows.find((x) => x.workload === r.workload && x.client === peer && x.na === undefined);
    if (p === undefined || !(p.value > 0) || !(r.value > 0)) return '';
    return `${(r.higherIsBetter ? r.value / p.value : p.value / r.value).toFixed(2)}×`;
  };
  const table = [['workload', 'client', 'value', 'unit', 'details', `vs ${PY}`, 'vs JS API']];
  for (const r of rows)
    table.push([
      r.workload,
      r.client,
      r.na !== undefined ? 'n/a' : fmt(r.value),
      r.unit,
      r.na ??
        Object.entries(r.details)
          .map(([k, v]) => `${k} ${fmt(v)}`)
          .join(', '),
      ratio(r, PY),
      ratio(r, JS),
    ]);
  const widths = (table[0] as string[]).map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const lines = [
    `deephaven-rx live-table benchmark: scale ${run.scale}, ${run.reps} repetitions; server ${run.url}`,
    "ratio = deephaven-rx ÷ peer, oriented so that above 1 means deephaven-rx is better; pydeephaven-ticking listens at the server's default interval (its listen() has no option), the others ask for 1 ms",
    ...table.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')),
  ];
  console.log(lines.join('\n'));
}

declare global {
  interface Window {
    liveBench: {
      LiveRxBench: typeof LiveRxBench;
      LiveJsApiBench: typeof import('./jsapi-live.js').LiveJsApiBench;
      clients: Record<string, { close(): Promise<void> }>;
    };
  }
}
