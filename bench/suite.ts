// The benchmark suite, defined once and run two ways: `npm run bench` (bench/bench.run.ts, full sizes) and a smoke
// run at tiny sizes inside `npm test` (bench/smoke.browser.test.ts), so that it never rots.
//
// Clients, in one run on one server, alternating between repetitions after a warm-up:
//   deephaven-rx in Node (multiplexed websocket, node:http2 h2c) and in Chromium (multiplexed websocket),
//   the official JS API (the server's own /jsapi/dh-core.js) in the same Chromium page, and pydeephaven.
// A client that cannot do a workload gets a row with "n/a" and the reason.
//
// Files: clients.ts (the client interface and its adapters), rx.ts and jsapi.ts (the in-process clients),
// report.ts (the results table), this file (set-up, the runner that alternates clients, the six workloads).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { Session } from '../src/index.js';
import { openHarness, openHarnessPage } from '../test/browser/harness-page.js';
import { PythonPeer } from '../test/interop/peer.js';
import { jsApiSize, rxAppSize } from './bundle.js';
import {
  FETCH_H2,
  JS_H2,
  NODE_H2_TLS,
  measuredFor,
  JS,
  NotApplicable,
  PY,
  RAW,
  RAW_FETCH,
  nodeClient,
  pageClient,
  pythonClient,
  type Client,
  type Profile,
} from './clients.js';
import { canMeasureMemory, peakGrowth } from './memory.js';
import { mb, percentile, report, withTimeout, type Row } from './report.js';
import { RxBench } from './rx.js';

/** The benchmark clients' page module, loaded into the test harness page. */
const BENCH_PAGE = fileURLToPath(new URL('./page.ts', import.meta.url));

export type { Row };

export interface BenchConfig {
  /** Multiplies the row counts and message counts; 1 is the full workload. */
  readonly scale: number;
  /** Repetitions after one warm-up. */
  readonly reps: number;
  /** Whether each workload starts with an unmeasured warm-up round (default true; the smoke run skips it). */
  readonly warmUp?: boolean;
  /** Where to write results.json, or undefined for none. */
  readonly outDir: string | undefined;
  /** Longest one repetition of one client may take before it counts as failed (default 15 minutes). */
  readonly callTimeoutMs?: number;
  /** Prints a line as each client finishes each repetition. */
  readonly progress?: boolean;
  /** Called with every row once the run is over (the smoke test checks them). */
  readonly onRows?: (rows: readonly Row[]) => void;
}

/** Registers the suite's set-up, workloads and report with Vitest. */
export function defineBench(config: BenchConfig): void {
  const { scale, reps } = config;
  const url = inject('dhUrl');
  const psk = inject('dhPsk') || undefined;
  const rows: Row[] = [];
  const profiles: { table: string; client: string; profile: Profile }[] = [];
  const clients: Client[] = [];
  const notApplicable: { client: string; reason: string }[] = [];
  const memory = canMeasureMemory();
  let closeBrowser: (() => Promise<void>) | undefined;
  let collectPageGarbage: (() => Promise<void>) | undefined;
  let setup: Session | undefined;

  const record = (workload: string, client: string, unit: string, samples: number[], extra: Record<string, number> = {}): void => {
    const sorted = [...samples].sort((a, b) => a - b);
    rows.push({
      workload,
      client,
      unit,
      median: percentile(sorted, 0.5),
      min: sorted[0] ?? NaN,
      max: sorted.at(-1) ?? NaN,
      higherIsBetter: unit.endsWith('/s'),
      extra,
      samples,
    });
  };
  const na = (workload: string, client: string, unit: string, reason: string): void => {
    rows.push({
      workload,
      client,
      unit,
      median: NaN,
      min: NaN,
      max: NaN,
      higherIsBetter: unit.endsWith('/s'),
      extra: {},
      samples: [],
      na: reason,
    });
  };

  /** Runs `measure` for every client, warm-up first, alternating clients between repetitions. */
  async function each<T>(
    workload: string,
    run: (c: Client) => Promise<T>,
    done: (c: Client, results: T[]) => void,
    unit: string,
    who: readonly Client[] = clients,
  ): Promise<void> {
    // Every workload starts with collected Chromium heaps (deephaven-rx's page and the JS API's): what a client left
    // behind (the JS API keeps over a GB after workload 1) must not bill a later workload with long GCs.
    await collectPageGarbage?.();
    const results = new Map<Client, T[]>();
    const failed = new Map<Client, string>();
    // Page clients: the main thread's long tasks during each repetition (warm-up excluded).
    const mainThread = new Map<Client, { longest: number; blocked: number[] }>();
    for (let rep = config.warmUp === false ? 0 : -1; rep < reps; rep++) {
      for (const c of who) {
        if (failed.has(c)) continue;
        try {
          const t0 = Date.now();
          await c.mainThread?.();
          const r = await withTimeout(run(c), config.callTimeoutMs ?? 900_000);
          const tasks = await c.mainThread?.();
          if (tasks !== undefined && rep >= 0) {
            const m = mainThread.get(c) ?? { longest: 0, blocked: [] };
            mainThread.set(c, { longest: Math.max(m.longest, tasks.longest), blocked: [...m.blocked, tasks.blocked] });
          }
          if (config.progress)
            console.log(`[bench] ${workload} · ${c.label} · ${rep < 0 ? 'warm-up' : `rep ${rep + 1}`} · ${Date.now() - t0} ms`);
          if (rep >= 0) results.set(c, [...(results.get(c) ?? []), r]);
        } catch (e) {
          failed.set(c, e instanceof NotApplicable ? e.message : `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
      }
    }
    for (const c of who) {
      const reason = failed.get(c);
      if (reason !== undefined) na(workload, c.label, unit, reason);
      else {
        done(c, results.get(c) ?? []);
        const m = mainThread.get(c);
        if (m !== undefined)
          for (const row of rows)
            if (row.workload === workload && row.client === c.label)
              Object.assign(row.extra, {
                'longest task ms': m.longest,
                'blocked ms': percentile(
                  [...m.blocked].sort((a, b) => a - b),
                  0.5,
                ),
              });
      }
    }
    if (clients.every((c) => who.includes(c))) for (const { client, reason } of notApplicable) na(workload, client, unit, reason);
  }

  const step = (what: string): void => {
    if (config.progress) console.log(`[bench] ${what}`);
  };

  beforeAll(async () => {
    step('preparing the data');
    setup = await Session.connect(url, psk ? { auth: { type: 'psk', key: psk } } : {});
    const n1 = Math.max(10, Math.round(1_000_000 * scale));
    const n2 = Math.max(10, Math.round(10_000_000 * scale));
    const script = `from deephaven import empty_table
from dhrx_echo import Echo
bench_8 = empty_table(${n1}).update([
  "I = i % 10 == 0 ? NULL_INT : i", "L = (long)i * 3", "D = i % 11 == 0 ? NULL_DOUBLE : i / 3.0", "F = (float)(i / 7.0)",
  "S = i % 13 == 0 ? null : \`s\` + (i % 1000)", "T = epochNanosToInstant(i * 1000000L)", "B = i % 2 == 0 ? null : i % 3 == 0",
  "C = i % 17 == 0 ? NULL_CHAR : (char)('a' + i % 26)"])
bench_2 = empty_table(${n2}).update(["A = i * 1.5", "B = i % 7 == 0 ? NULL_DOUBLE : i * 2.5"])
bench_small = empty_table(10).update("X = i")
bench_src = empty_table(1)
bench_echo = Echo()`;
    await setup.runScript(script);

    const [ws, h2, peer] = await Promise.all([
      RxBench.open(url, 'websocket-multiplex', psk),
      RxBench.open(url, 'node-http2', psk),
      PythonPeer.connect(url, psk),
    ]);
    step('Node clients connected');
    clients.push(nodeClient('deephaven-rx Node websocket', ws), nodeClient('deephaven-rx Node h2c', h2));

    step('opening Chromium');
    const { browser, page } = await openHarness({ modules: [BENCH_PAGE], ownBrowser: true });
    closeBrowser = () => browser.close();
    const cdp = await browser.newBrowserCDPSession();
    const renderers = async (): Promise<number[]> => {
      const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
      return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    };
    step('connecting in Chromium');
    // The JS API runs in a page of its own: a page's long tasks are then one client's (the SDK's, or the JS API's).
    const { page: jsPage } = await openHarnessPage(browser, [BENCH_PAGE]);
    await page.evaluate(
      async ([u, k]) => {
        window.bench.clients['rx'] = await window.bench.RxBench.open(u, 'websocket-multiplex', k);
      },
      [url, psk] as const,
    );
    await jsPage.evaluate(
      async ([u, k]) => {
        window.bench.clients['js'] = await window.bench.JsApiBench.open(u, k);
      },
      [url, psk] as const,
    );
    const pageCdp = await page.context().newCDPSession(page);
    const jsPageCdp = await jsPage.context().newCDPSession(jsPage);
    collectPageGarbage = async () => {
      await Promise.all([pageCdp.send('HeapProfiler.collectGarbage'), jsPageCdp.send('HeapProfiler.collectGarbage')]);
    };
    clients.push(
      pageClient('deephaven-rx Chromium websocket', true, page, 'rx', renderers, pageCdp),
      pageClient(JS, false, jsPage, 'js', renderers),
    );
    // The long-task observer's self-check: a deliberate 120 ms task must show (else the main-thread figures mean nothing).
    const check = await page.evaluate(async () => {
      const tasks = window.bench.longTasks;
      tasks.take();
      // A task of the page's own event loop (an evaluation from the test driver is not one the observer reports).
      await new Promise<void>((r) => setTimeout(() => (tasks.busy(120), r()), 0));
      await new Promise((r) => setTimeout(r, 100));
      return { supported: tasks.supported, ...tasks.take() };
    });
    if (check.supported)
      record("main thread: a deliberate 120 ms task (the observer's check)", 'Chromium page', 'ms', [check.longest], {
        'blocked ms': check.blocked,
      });
    else
      na(
        "main thread: a deliberate 120 ms task (the observer's check)",
        'Chromium page',
        'ms',
        'this browser reports no long tasks (PerformanceObserver longtask)',
      );
    clients.push(pythonClient(peer, psk));
    // The fetch transport applies only where browsers get HTTP/2, which is over TLS: a second server, with TLS, on
    // the same machine, holding the same data (the test run's, when there is one).
    const tlsUrl = inject('dhUrlTls');
    if (tlsUrl) {
      const tlsSetup = await Session.connect(tlsUrl, { tls: { ca: inject('tlsCert') } });
      try {
        await tlsSetup.runScript(script);
      } finally {
        await tlsSetup.close();
      }
      await page.evaluate(async (u) => {
        window.bench.clients['rx-h2'] = await window.bench.RxBench.open(u, 'grpc-web-fetch');
      }, tlsUrl);
      await jsPage.evaluate(async (u) => {
        window.bench.clients['js-h2'] = await window.bench.JsApiBench.open(u);
      }, tlsUrl);
      clients.splice(3, 0, pageClient(FETCH_H2, true, page, 'rx-h2', renderers, pageCdp, true));
      clients.push(
        measuredFor(
          pageClient(JS_H2, false, jsPage, 'js-h2', renderers),
          ['connectFirst', 'roundTrips', 'echo'],
          'small calls (connect, fetch + release, echo)',
        ),
      );
      const nodeTls = await RxBench.open(tlsUrl, 'node-http2', undefined, { tls: { ca: inject('tlsCert') } });
      clients.push(measuredFor(nodeClient(NODE_H2_TLS, nodeTls), ['upload'], 'uploads'));
    } else {
      notApplicable.push({
        client: 'deephaven-rx Chromium fetch',
        reason:
          'a server with default settings refuses gRPC-Web over HTTP/1.1, and browsers speak HTTP/2 only over TLS (no TLS server in this run)',
      });
    }
  }, 600_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await closeBrowser?.();
    await setup?.close();
    report(rows, profiles, {
      scale,
      reps,
      url: inject('dhUrlTls') ? `${url}, and ${inject('dhUrlTls')} (TLS) for the fetch transport` : url,
      memory,
    });
    config.onRows?.(rows);
    if (config.outDir !== undefined) {
      mkdirSync(config.outDir, { recursive: true });
      writeFileSync(
        `${config.outDir}/results.json`,
        JSON.stringify({ scale, reps, date: new Date().toISOString(), rows, profiles }, null, 2),
      );
    }
  }, 120_000);

  it('1. table snapshot to Arrow', { timeout: 3_600_000 }, async () => {
    for (const name of ['bench_8', 'bench_2']) {
      // The size of the data as an Arrow IPC stream: the MB of MB/s, the same for every client.
      const arrow = await (await setup!.openTable(name)).toArrow();
      const bytes = tableToIPC(arrow, 'stream').byteLength;
      const label = `snapshot ${arrow.numRows.toLocaleString('en')} rows × ${arrow.numCols} (${mb(bytes).toFixed(0)} MB)`;
      const peaks = new Map<Client, number>();
      // Each deephaven-rx client once more as "raw receive": the same DoGet, bytes read off its transport and dropped.
      const raw = clients.flatMap((c): Client[] =>
        c.rawSnapshot === undefined
          ? []
          : [
              {
                ...c,
                label: `${c.label}${RAW}`,
                snapshot: (n: string) => (c.rawSnapshot as (x: string) => Promise<{ seconds: number; rows: number }>)(n),
              },
            ],
      );
      await each(
        label,
        async (c) => {
          const end = memory ? peakGrowth(await c.pids()) : () => NaN;
          const r = await c.snapshot(name);
          if (r.rows !== arrow.numRows) throw new Error(`read ${r.rows} rows of ${arrow.numRows}`);
          peaks.set(c, Math.max(peaks.get(c) ?? 0, end()));
          return r.seconds;
        },
        (c, seconds) => {
          const median = percentile(
            [...seconds].sort((a, b) => a - b),
            0.5,
          );
          record(label, c.label, 's', seconds, {
            'rows/s': arrow.numRows / median,
            'MB/s': mb(bytes) / median,
            'peak MB': mb(peaks.get(c) ?? NaN),
          });
        },
        's',
        [...clients, ...raw],
      );
      // Then one more read per deephaven-rx client, taken apart and profiled (not part of the timings above).
      for (const c of clients) {
        if (c.profile === undefined) continue;
        try {
          profiles.push({ table: label, client: c.label, profile: await withTimeout(c.profile(name), config.callTimeoutMs ?? 900_000) });
        } catch (e) {
          step(`profiling ${c.label} failed: ${String(e)}`);
        }
      }
    }
    await Promise.all(clients.map((c) => c.closeTables()));
  });

  it('2. connect to first result', { timeout: 600_000 }, async () => {
    await each(
      'connect → first table (10 rows)',
      (c) => c.connectFirst('bench_small'),
      (c, ms) => record('connect → first table (10 rows)', c.label, 'ms', ms),
      'ms',
    );
  });

  it('3. fetch / publish / fetchTable round trips', { timeout: 1_800_000 }, async () => {
    const n = Math.max(8, Math.round(500 * Math.min(1, scale * 10)));
    for (const kind of ['fetch', 'publish', 'fetchTable'] as const) {
      for (const inFlight of [1, 32]) {
        const label = `${kind === 'fetch' ? 'fetch + release' : kind === 'publish' ? 'publish + fetch shared + release' : 'fetchTable + close'}, ${inFlight === 1 ? 'sequential' : '32 in flight'}`;
        // fetch + release once more as bare fetch requests, where a client goes over fetch: the transport's limit.
        const raw =
          kind !== 'fetch'
            ? []
            : clients.flatMap((c): Client[] =>
                c.rawRoundTrips === undefined
                  ? []
                  : [
                      {
                        ...c,
                        label: `${c.label}${RAW_FETCH}`,
                        roundTrips: (_k, name, m, k) =>
                          (c.rawRoundTrips as (x: string, y: number, z: number) => Promise<number>)(name, m, k),
                      },
                    ],
              );
        await each(
          label,
          (c) => c.roundTrips(kind, 'bench_src', n, inFlight),
          (c, ops) => record(label, c.label, 'ops/s', ops),
          'ops/s',
          [...clients, ...raw],
        );
      }
    }
  });

  it('4. plugin message round trip (echo plugin)', { timeout: 1_800_000 }, async () => {
    for (const size of [16, 4096, 1 << 20]) {
      const n = Math.max(5, Math.round((size === 1 << 20 ? 20 : 200) * Math.min(1, scale * 10)));
      const label = `echo round trip ${size === 16 ? '16 B' : size === 4096 ? '4 KiB' : '1 MiB'}`;
      await each(
        label,
        (c) => c.echo('bench_echo', size, n),
        (c, runs) => {
          const all = runs.flat().sort((a, b) => a - b);
          const mean = all.reduce((x, y) => x + y, 0) / all.length;
          record(label, c.label, 'ms', all, { p99: percentile(all, 0.99), 'msg/s': 1000 / mean });
        },
        'ms',
      );
    }
  });

  it('5. exportable objects: script creates a variable → live map shows it', { timeout: 600_000 }, async () => {
    const n = Math.max(3, Math.round(20 * Math.min(1, scale * 10)));
    let run = 0;
    const runId = Date.now().toString(36);
    const label = 'variable created → listed';
    await each(
      label,
      (c) => c.fieldLatency(`bench_v${runId}_${run++}`, n),
      (c, runs) => record(label, c.label, 'ms', runs.flat(), c.label === PY ? { polled: 1 } : {}),
      'ms',
    );
  });

  it('7. upload: importTable of the 8-column table', { timeout: 1_800_000 }, async () => {
    const arrow = await (await setup!.openTable('bench_8')).toArrow();
    const bytes = tableToIPC(arrow, 'stream').byteLength;
    const label = `upload ${arrow.numRows.toLocaleString('en')} rows × ${arrow.numCols} (${mb(bytes).toFixed(0)} MB)`;
    await each(
      label,
      async (c) => {
        const r = await c.upload('bench_8');
        if (r.rows !== arrow.numRows) throw new Error(`uploaded ${r.rows} rows of ${arrow.numRows}`);
        return r.seconds;
      },
      (c, seconds) => {
        const median = percentile(
          [...seconds].sort((a, b) => a - b),
          0.5,
        );
        record(label, c.label, 's', seconds, { 'MB/s': mb(bytes) / median });
      },
      's',
    );
  });

  it('8. query of 10 chained operations: one batch against 10 awaited calls', { timeout: 1_800_000 }, async () => {
    for (const batched of [true, false]) {
      const label = `10 chained operations, ${batched ? 'batched (query.exec)' : 'awaited one by one'}`;
      await each(
        label,
        (c) => c.chain('bench_8', batched),
        (c, ms) => record(label, c.label, 'ms', ms),
        'ms',
      );
    }
    await Promise.all(clients.map((c) => c.closeTables()));
  });

  it('6. bundle size: an app importing only Session, fetch and toArrow, against dh-core.js', { timeout: 300_000 }, async () => {
    const [rx, js] = await Promise.all([rxAppSize(), jsApiSize(url)]);
    const label = 'bundle, minified + gzip';
    record(label, 'deephaven-rx (Vite app: Session + fetch + toArrow), at start', 'KiB', [rx.gzip / 1024], {
      'min KiB': rx.min / 1024,
      files: rx.files,
      'on demand KiB': rx.lazyGzip / 1024,
    });
    record(label, JS, 'KiB', [js.gzip / 1024], { 'min KiB': js.min / 1024, files: js.files });
    na(label, PY, 'KiB', 'a Python package, not a browser bundle');
  });
}

declare global {
  interface Window {
    bench: {
      RxBench: typeof RxBench;
      JsApiBench: typeof import('./jsapi.js').JsApiBench;
      clients: Record<string, unknown>;
      longTasks: import('./longtask.js').LongTasks;
    };
  }
}
