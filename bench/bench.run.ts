// `npm run bench`: deephaven-rx against pydeephaven on one real server, in one run, alternating clients, with
// warm-up and repetitions. Prints one table (median, min, max, ratio) and writes bench-results/results.json.
// Sizes: BENCH_SCALE=1 (default) is the full workload; a smaller value shrinks the row counts.
// Not yet here (issue 7): the official JS API peer in Chromium, Chromium runs of deephaven-rx, bundle sizes and the
// exportable-objects latency.
import { mkdirSync, writeFileSync } from 'node:fs';
import { lastValueFrom, take, toArray } from 'rxjs';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { ScopeTicket, ServerObject, Session, SharedTicket, type TransportChoice } from '../src/index.js';
import { PythonPeer } from '../test/interop/peer.js';
import { hex } from '../test/scenarios/hex.js';

const scale = Number(process.env['BENCH_SCALE'] ?? '1');
const REPS = Number(process.env['BENCH_REPS'] ?? '5');
const url = inject('dhUrl');
let peer: PythonPeer;
const rows: Row[] = [];

interface Row {
  workload: string;
  client: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  samples: number[];
}

function stats(workload: string, client: string, unit: string, samples: number[]): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  const row = { workload, client, unit, median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, samples };
  rows.push(row);
  return row;
}

beforeAll(async () => {
  peer = await PythonPeer.connect(url, inject('dhPsk') || undefined);
}, 120_000);

afterAll(async () => {
  await peer?.close();
  const width = Math.max(...rows.map((r) => r.workload.length));
  const lines = ['', `deephaven-rx benchmark (scale ${scale}, ${REPS} repetitions after warm-up; server ${url})`, ''];
  lines.push(`${'workload'.padEnd(width)}  ${'client'.padEnd(38)} ${'median'.padStart(10)} ${'min'.padStart(10)} ${'max'.padStart(10)}  unit   rx/peer`);
  for (const r of rows) {
    const peerRow = rows.find((p) => p.workload === r.workload && p.client.startsWith('pydeephaven'));
    const ratio = peerRow !== undefined && peerRow !== r ? (r.median / peerRow.median).toFixed(2) : '';
    lines.push(`${r.workload.padEnd(width)}  ${r.client.padEnd(38)} ${r.median.toFixed(2).padStart(10)} ${r.min.toFixed(2).padStart(10)} ${r.max.toFixed(2).padStart(10)}  ${r.unit.padEnd(6)} ${ratio}`);
  }
  lines.push('', 'rx/peer = deephaven-rx median / pydeephaven median: for times below 1 means deephaven-rx is faster; for ops/s above 1 does.');
  console.log(lines.join('\n'));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/results.json', JSON.stringify({ scale, reps: REPS, rows }, null, 2));
});

const transports: TransportChoice[] = ['websocket-multiplex', 'node-http2'];

it('1. table snapshot to Arrow', { timeout: 900_000 }, async () => {
  const s = await Session.connect(url, { transport: 'websocket-multiplex' });
  const n1 = Math.max(1, Math.round(1_000_000 * scale));
  const n2 = Math.max(1, Math.round(10_000_000 * scale));
  await s.runScript(`from deephaven import empty_table
bench_8 = empty_table(${n1}).update([
  "I = i % 10 == 0 ? NULL_INT : i", "L = (long)i * 3", "D = i % 11 == 0 ? NULL_DOUBLE : i / 3.0", "F = (float)(i / 7.0)",
  "S = i % 13 == 0 ? null : \`s\` + (i % 1000)", "T = epochNanosToInstant(i * 1000000L)", "B = i % 2 == 0", "C = (char)('a' + i % 26)"])
bench_2 = empty_table(${n2}).update(["A = i * 1.5", "B = i * 2.5"])`);
  for (const name of ['bench_8', 'bench_2']) {
    const shared = SharedTicket.randomTicket();
    const table = await s.openTable(name);
    await s.publishTable(shared, table);
    const label = `snapshot ${name === 'bench_8' ? `${n1.toLocaleString()}×8` : `${n2.toLocaleString()}×2`}`;
    const rx: Record<string, number[]> = {};
    const sessions = await Promise.all(transports.map((t) => Session.connect(url, { transport: t })));
    const tables = await Promise.all(sessions.map((x) => x.fetchTable(shared)));
    const py: number[] = [];
    for (let rep = -1; rep < REPS; rep++) {
      for (const [i, t] of transports.entries()) {
        const t0 = performance.now();
        await tables[i]?.toArrow();
        if (rep >= 0) (rx[t] ??= []).push((performance.now() - t0) / 1000);
      }
      const r = await peer.call<{ seconds: number[] }>('bench_snapshot', { ticket: hex(shared.bytes), reps: 1 });
      if (rep >= 0) py.push(...r.seconds);
    }
    for (const t of transports) stats(label, `deephaven-rx Node ${t}`, 's', rx[t] ?? []);
    stats(label, 'pydeephaven (Flight, C++)', 's', py);
    await Promise.all(sessions.map((x) => x.close()));
    await table.close();
  }
  await s.close();
});

it('2. connect to first result', { timeout: 300_000 }, async () => {
  const s = await Session.connect(url);
  await s.runScript('from deephaven import empty_table\nbench_small = empty_table(10).update("X = i")');
  await s.close();
  const samples: Record<string, number[]> = {};
  for (let rep = -1; rep < REPS; rep++) {
    for (const t of transports) {
      const t0 = performance.now();
      const x = await Session.connect(url, { transport: t });
      await (await x.openTable('bench_small')).toArrow();
      if (rep >= 0) (samples[t] ??= []).push(performance.now() - t0);
      await x.close();
    }
  }
  for (const t of transports) stats('connect → first table', `deephaven-rx Node ${t}`, 'ms', samples[t] ?? []);
});

it('3. fetch / release round trips', { timeout: 300_000 }, async () => {
  const n = Math.max(10, Math.round(500 * Math.min(1, scale * 10)));
  const s = await Session.connect(url, { transport: 'websocket-multiplex' });
  await s.runScript('from deephaven import empty_table\nbench_src = empty_table(1)');
  const ticket = ScopeTicket.scopeTicket('bench_src');
  const seq: number[] = [];
  const par: number[] = [];
  const py: number[] = [];
  for (let rep = -1; rep < REPS; rep++) {
    let t0 = performance.now();
    for (let i = 0; i < n; i++) await s.release(await s.fetch(ticket));
    if (rep >= 0) seq.push((n / (performance.now() - t0)) * 1000);
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next++ < n) await s.release(await s.fetch(ticket));
      }),
    );
    if (rep >= 0) par.push((n / (performance.now() - t0)) * 1000);
    const r = await peer.call<{ seconds: number }>('bench_fetch', { name: 'bench_src', n });
    if (rep >= 0) py.push(n / r.seconds);
  }
  stats('fetch+release (ops/s, higher is better)', 'deephaven-rx sequential', 'ops/s', seq);
  stats('fetch+release (ops/s, higher is better)', 'deephaven-rx 32 in flight', 'ops/s', par);
  stats('fetch+release (ops/s, higher is better)', 'pydeephaven sequential', 'ops/s', py);
  await s.close();
});

it('4. plugin message round trip (echo plugin)', { timeout: 600_000 }, async () => {
  const s = await Session.connect(url, { transport: 'websocket-multiplex' });
  await s.runScript('from dhrx_echo import Echo\nbench_echo = Echo()');
  for (const size of [16, 4096, 1 << 20]) {
    const n = size === 1 << 20 ? 20 : 200;
    const client = await s.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket('bench_echo')));
    const payload = new Uint8Array(size).fill(120);
    const all = lastValueFrom(client.respStream.pipe(take(n + 1), toArray()));
    const times: number[] = [];
    // One message at a time, as the Python peer does: latency.
    const sub = client.respStream.subscribe();
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const got = lastValueFrom(client.respStream.pipe(take(1)));
      await client.reqStream.write(payload);
      await got;
      times.push(performance.now() - t0);
    }
    sub.unsubscribe();
    await all.catch(() => undefined);
    await client.close();
    const py = await peer.call<{ seconds: number[] }>('bench_echo', { type: 'deephaven-rx.Echo', name: 'bench_echo', size, n });
    const label = `echo round trip ${size >= 1 << 20 ? '1 MiB' : size >= 4096 ? '4 KiB' : '16 B'}`;
    stats(label, 'deephaven-rx Node websocket', 'ms', times.slice(5));
    stats(label, 'pydeephaven', 'ms', py.seconds.slice(5).map((x) => x * 1000));
  }
  await s.close();
});
