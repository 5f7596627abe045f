// The benchmark's clients: one interface, and its adapters for deephaven-rx in Node, a client living in the
// Chromium page (deephaven-rx or the JS API), and pydeephaven through the Python peer.
import type { CDPSession, Page } from 'playwright-core';
import type { PythonPeer } from '../test/interop/peer.js';
import { profileNode, profilePage } from './profile.js';
import type { MainThread } from './longtask.js';
import type { RxBench } from './rx.js';

export type Kind = 'fetch' | 'publish' | 'fetchTable';

/** What every client offers; each method runs one repetition. A method that throws `NotApplicable` gives "n/a". */
export interface Client {
  readonly label: string;
  readonly isRx: boolean;
  pids(): Promise<number[]>;
  snapshot(name: string): Promise<{ seconds: number; rows: number }>;
  /** deephaven-rx only: workload 1's DoGet, its bytes read off the wire transport and dropped. */
  rawSnapshot?(name: string): Promise<{ seconds: number; rows: number }>;
  /** Closes what `snapshot` kept open. */
  closeTables(): Promise<void>;
  connectFirst(name: string): Promise<number>;
  roundTrips(kind: Kind, name: string, n: number, inFlight: number): Promise<number>;
  /** deephaven-rx over fetch only: `fetch + release` as bare `fetch` requests (workload 3's raw baseline). */
  rawRoundTrips?(name: string, n: number, inFlight: number): Promise<number>;
  /** Clients in the Chromium page: the main thread's long tasks since the last call (see longtask.ts). */
  mainThread?(): Promise<MainThread>;
  echo(name: string, size: number, n: number): Promise<number[]>;
  fieldLatency(prefix: string, n: number): Promise<number[]>;
  /** Seconds for one upload of a scope table's data (data in). */
  upload(name: string): Promise<{ seconds: number; rows: number }>;
  /** Milliseconds for the 10-operation chain, batched (one call) or awaited (10 calls). */
  chain(name: string, batched: boolean): Promise<number>;
  /** deephaven-rx only: one read taken apart into steps, under a CPU profiler. */
  profile?(name: string): Promise<Profile>;
  close(): Promise<void>;
}

/** Where one deephaven-rx read's time went: wall time per step, and CPU self time per kind of code (ms). */
export interface Profile {
  readonly steps: Readonly<Record<string, number>>;
  readonly cpu: Readonly<Record<string, number>>;
}

export class NotApplicable extends Error {}

export const PY = 'pydeephaven';
export const JS = 'JS API (dh-core.js) Chromium';
export const FETCH_H2 = 'deephaven-rx Chromium fetch h2 (TLS server)';
/** The JS API on the TLS server, where it picks its fetch transport (an `https:` URL): the small calls' peer there. */
export const JS_H2 = 'JS API (dh-core.js) Chromium fetch h2 (TLS server)';

/** deephaven-rx in Node on the TLS server (HTTP/2 over TLS): the Node upload that Chromium's over fetch compares with. */
export const NODE_H2_TLS = 'deephaven-rx Node h2 (TLS server)';

type Workload = 'snapshot' | 'connectFirst' | 'roundTrips' | 'echo' | 'fieldLatency' | 'upload' | 'chain';
const WORKLOADS: readonly Workload[] = ['snapshot', 'connectFirst', 'roundTrips', 'echo', 'fieldLatency', 'upload', 'chain'];

/**
 * A client kept to some workloads on its server ("n/a" for the rest, saying `what` it is measured for; no raw
 * baselines or profiles): the JS API on the TLS server for the small calls (its bulk reads are measured on the
 * `http:` server already, and take minutes there), deephaven-rx in Node there for uploads.
 */
export function measuredFor(client: Client, kept: readonly Workload[], what: string): Client {
  const elsewhere = (): Promise<never> => Promise.reject(new NotApplicable(`measured for ${what} only on this server`));
  const workloads = Object.fromEntries(WORKLOADS.map((w) => [w, kept.includes(w) ? client[w].bind(client) : elsewhere])) as Pick<
    Client,
    Workload
  >;
  return {
    label: client.label,
    isRx: client.isRx,
    pids: () => client.pids(),
    closeTables: () => client.closeTables(),
    close: () => client.close(),
    ...(client.mainThread === undefined ? {} : { mainThread: client.mainThread.bind(client) }),
    ...workloads,
  };
}
export const RAW = ' · raw receive';
export const RAW_FETCH = ' · raw fetch';

export function nodeClient(label: string, rx: RxBench): Client {
  return {
    label,
    isRx: true,
    pids: async () => [process.pid],
    snapshot: (name) => rx.snapshot(name),
    rawSnapshot: (name) => rx.rawSnapshot(name),
    closeTables: () => rx.closeTables(),
    connectFirst: (name) => rx.connectFirst(name),
    roundTrips: (kind, name, n, k) => rx.roundTrips(kind, name, n, k),
    echo: (name, size, n) => rx.echo(name, size, n),
    fieldLatency: (prefix, n) => rx.fieldLatency(prefix, n),
    upload: (name) => rx.upload(name),
    chain: (name, batched) => rx.chain(name, batched),
    profile: async (name) => {
      const { result, cpu } = await profileNode(() => rx.snapshotSteps(name));
      return { steps: result, cpu };
    },
    close: () => rx.close(),
  };
}

/**
 * A client living in the Chromium page (`window.bench`), driven with `page.evaluate`. `rawFetch`: deephaven-rx on a
 * server this page reaches over fetch (adds workload 3's raw-fetch baseline).
 */
export function pageClient(
  label: string,
  isRx: boolean,
  page: Page,
  id: string,
  pids: () => Promise<number[]>,
  cdp?: CDPSession,
  rawFetch = false,
): Client {
  const call = <T>(method: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      async ([i, m, a]) => {
        const target = window.bench.clients[i] as Record<string, (...x: unknown[]) => Promise<unknown>>;
        // Start in a task of the page's own event loop: work done synchronously inside the driver's evaluation is not
        // a task the long-task observer reports.
        await new Promise((r) => setTimeout(r, 0));
        return (target[m] as (...x: unknown[]) => Promise<unknown>).apply(target, a);
      },
      [id, method, args] as const,
    ) as Promise<T>;
  return {
    label,
    isRx,
    pids,
    snapshot: (name) => call('snapshot', name),
    ...(isRx ? { rawSnapshot: (name: string) => call<{ seconds: number; rows: number }>('rawSnapshot', name) } : {}),
    closeTables: () => call('closeTables'),
    connectFirst: (name) => call('connectFirst', name),
    roundTrips: (kind, name, n, k) => call('roundTrips', kind, name, n, k),
    ...(rawFetch ? { rawRoundTrips: (name: string, n: number, k: number) => call<number>('rawRoundTrips', name, n, k) } : {}),
    mainThread: () => page.evaluate(() => window.bench.longTasks.take()),
    echo: (name, size, n) => call('echo', name, size, n),
    fieldLatency: (prefix, n) => call('fieldLatency', prefix, n),
    upload: (name) =>
      isRx
        ? call('upload', name)
        : Promise.reject(new NotApplicable('the JS API has no upload of Arrow data (its newTable takes JS arrays)')),
    chain: (name, batched) =>
      isRx ? call('chain', name, batched) : Promise.reject(new NotApplicable('the JS API has no batch of table operations')),
    ...(cdp === undefined
      ? {}
      : {
          profile: async (name: string) => {
            const { result, cpu } = await profilePage(cdp, () => call<Record<string, number>>('snapshotSteps', name));
            return { steps: result, cpu };
          },
        }),
    close: () => call('close'),
  };
}

export function pythonClient(peer: PythonPeer, psk: string | undefined): Client {
  return {
    label: PY,
    isRx: false,
    pids: async () => (peer.pid === undefined ? [] : [peer.pid]),
    snapshot: (name) => peer.call('bench_snapshot', { name }),
    closeTables: async () => void (await peer.call('bench_close_tables')),
    connectFirst: async (name) => (await peer.call<{ ms: number }>('bench_connect', { name, ...(psk ? { psk } : {}) })).ms,
    roundTrips: async (kind, name, n, k) => (await peer.call<{ ops: number }>('bench_trips', { kind, name, n, in_flight: k })).ops,
    echo: async (name, size, n) => {
      const r = await peer.call<{ seconds: number[] }>('bench_echo', { type: 'deephaven-rx.Echo', name, size, n });
      return r.seconds.map((s) => s * 1000);
    },
    fieldLatency: async (prefix, n) => (await peer.call<{ ms: number[] }>('bench_fields', { prefix, n })).ms,
    upload: (name) => peer.call('bench_upload', { name }),
    chain: async (name, batched) => {
      if (!batched) throw new NotApplicable('pydeephaven is measured with its batched query only');
      return (await peer.call<{ ms: number }>('bench_query', { name })).ms;
    },
    close: async () => undefined,
  };
}
