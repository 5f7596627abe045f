// Where deephaven-rx's time goes in a table read (workload 1): a V8 CPU profile of one read, in Node through the
// inspector and in Chromium through the DevTools protocol, with each sample's self time put in a bucket by the
// code it was in. Together with RxBench.snapshotSteps (wall time per step), this is the profiling the benchmark
// report quotes.
import { Session as Inspector } from 'node:inspector/promises';
import type { CDPSession } from 'playwright-core';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Buckets, in the order they are tested against a sample's script URL and function name. */
const BUCKETS: [string, (url: string, fn: string) => boolean][] = [
  // The inspector answering our own Profiler.stop: not the read's time.
  ['', (url, fn) => url === '' && fn === 'dispatch'],
  ['idle (waiting for bytes)', (_, fn) => fn === '(idle)'],
  ['garbage collection', (_, fn) => fn === '(garbage collector)'],
  ['V8 / browser internals', (_url, fn) => fn === '(program)' || fn === '(root)'],
  ['protobuf decode (FlightData)', (url) => /google-protobuf|\/src\/generated\//.test(url)],
  ['Arrow decode (apache-arrow)', (url) => /apache-arrow|flatbuffers/.test(url)],
  ['IPC re-framing (src/table)', (url) => /\/src\/table\//.test(url)],
  ['gRPC framing + transport (src/transport, grpc-web)', (url) => /\/src\/transport\/|@improbable-eng|grpc-web/.test(url)],
  ['session + rxjs', (url) => /\/src\/|rxjs/.test(url)],
  ['websocket / socket I/O (ws, Node runtime)', (url) => /node_modules\/ws\/|^node:|^internal\//.test(url)],
  ['native code', (url) => url === ''],
];

/** Milliseconds of self time per bucket. */
export function buckets(profile: CpuProfile): Record<string, number> {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out: Record<string, number> = {};
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id);
    const url = frame?.url ?? '';
    const fn = frame?.functionName ?? '';
    const bucket = BUCKETS.find(([, test]) => test(url, fn))?.[0] ?? 'other';
    if (bucket === '') return;
    out[bucket] = (out[bucket] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

type Send = (method: string, params?: Record<string, unknown>) => Promise<unknown>;

/** Profiles `work` through a DevTools-protocol `send` (the Node inspector and Chromium speak the same one). */
async function profiled<T>(send: Send, work: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  const result = await work();
  const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
  await send('Profiler.disable');
  return { result, cpu: buckets(profile) };
}

/** A CPU profile of `work` in this Node process. */
export async function profileNode<T>(work: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  const inspector = new Inspector();
  inspector.connect();
  try {
    return await profiled((method, params) => inspector.post(method as 'Profiler.enable', params as undefined), work);
  } finally {
    inspector.disconnect();
  }
}

/** A CPU profile of `work` in a Chromium page, through its DevTools session. */
export function profilePage<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  return profiled((method, params) => cdp.send(method as 'Profiler.enable', params as undefined), work);
}
