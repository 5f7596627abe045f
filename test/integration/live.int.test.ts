import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import * as live from '../scenarios/live.js';
import { liveBigKeys } from '../scenarios/big-keys.js';
import { expectBigKeys } from '../support/big-keys.js';
import { CuttableProxy } from '../support/cuttable-proxy.js';

const main = inject('dhUrl');
const proxy = new CuttableProxy(new URL(main));
beforeAll(() => proxy.start());
afterAll(() => proxy.stop());

const tlsUrl = inject('dhUrlTls');
const nodeTargets: [string, live.Target][] = [
  ['websocket-multiplex', { url: main, transport: 'websocket-multiplex' }],
  ['node-http2 (h2c)', { url: main, transport: 'node-http2' }],
];
if (tlsUrl) nodeTargets.push(['node-http2 (h2 over TLS)', { url: tlsUrl, transport: 'node-http2', tls: { ca: inject('tlsCert') } }]);
describe.each(nodeTargets)('live tables in Node over %s', (_n, t) => {
  it('every kind of change: each update consistent, the settled state equal to a snapshot', { timeout: 90_000 }, async () => {
    const r = await live.liveSettle(t);
    for (const [name, result] of Object.entries(r)) {
      expect.soft(result, name).toMatchObject({ errors: [], failure: null, finalEqual: true, snapshots: 1 });
    }
    expect(r['append']).toMatchObject({ size: 16, removed: 0, modified: 0 });
    expect((r['tail'] as { removed: number }).removed, JSON.stringify(r['tail'])).toBeGreaterThan(0);
    expect((r['last'] as { modified: number }).modified, JSON.stringify(r['last'])).toBeGreaterThan(0);
    expect((r['aggs'] as { modifiedColumns: string[] }).modifiedColumns).toContain('A');
    expect((r['types'] as { modified: number }).modified, JSON.stringify(r['types'])).toBeGreaterThan(0);
    const where = r['where'] as { removed: number; added: number };
    expect(where.removed + where.added, `rows enter or leave the where: ${JSON.stringify(where)}`).toBeGreaterThan(0);
  });

  it('viewports follow an Observable of ranges while ticking; reverse viewports', { timeout: 60_000 }, async () => {
    const r = await live.liveViewport(t);
    expect(r).toMatchObject({ errors: [], finalEqual: true, finalFirst: 2, finalTotal: 40, snapshotsPerRange: 4 });
    const rev = r['reverse'] as { first: number; rows: string[]; expected: string[] };
    expect(rev.rows).toEqual(rev.expected);
    expect(rev.first).toBe(37);
  });
});

describe.each(['websocket-multiplex', 'node-http2'] as const)('live tables across a dropped connection (%s)', (transport) => {
  it('subscriptions and viewports come back with a fresh snapshot, no error, no gap', { timeout: 60_000 }, async () => {
    const r = await live.liveReconnect({ url: `http://127.0.0.1:${proxy.port}`, transport }, () => proxy.cut());
    expect(r).toMatchObject({
      errors: [],
      failure: null,
      finalEqual: true,
      viewportEqual: true,
      sessionOpen: true,
      snapshotsBefore: 1,
      snapshots: 2,
    });
    expect(r['cutSockets']).toBeGreaterThan(0);
    expect(r['viewportSnapshots']).toBeGreaterThanOrEqual(2);
  });
});

describe('live tables in Node (websocket-multiplex)', () => {
  const t: live.Target = { url: main, transport: 'websocket-multiplex' };
  it('a million-row snapshot arrives in growth steps and equals DoGet', { timeout: 90_000 }, async () => {
    const r = await live.liveBigSnapshot(t);
    expect(r).toMatchObject({ emissions: 1, isSnapshot: true, size: 1_000_000, equal: true });
    console.log(`[live] 1,000,000 × 4 initial state in ${String(r['ms'])} ms (${String(r['batches'])} batches)`);
  });

  it('size$ follows a ticking table from the shared size stream', { timeout: 60_000 }, async () => {
    const r = await live.liveSizes(t);
    expect(r).toMatchObject({ last: 12, increasing: true, other: [5] });
    expect(r['count']).toBeGreaterThan(1);
  });

  it('blink tables: each update replaces the rows', { timeout: 60_000 }, async () => {
    const r = await live.liveBlink(t);
    expect(r).toMatchObject({ errors: [], failure: null, replaced: true, ordered: true, snapshots: 1 });
    expect(r['seen']).toBeGreaterThan(0);
  });

  it('empty, static, released and closed tables; bad options; abort', { timeout: 60_000 }, async () => {
    const r = await live.liveEdges(t);
    expect(r['empty']).toEqual({ isSnapshot: true, size: 0, rows: 0, columns: 0 });
    expect(r['static']).toEqual({ emissions: 1, size: 7, x: [0, 1, 2, 3, 4, 5, 6] });
    expect(r['badColumn']).toMatch(/^3: .*no column "Nope"/);
    expect(r['badRange']).toMatch(/^3: .*first <= last/);
    expect(r['badInterval']).toMatch(/^3: .*updateIntervalMs/);
    expect(r['columnsOnly']).toEqual({ names: ['X', 'Z'], z: 'z' });
    expect(r['afterRelease']).toBeGreaterThan(0);
    expect(r['failureAfterRelease']).toBeNull();
    expect(r['closedTable']).toMatch(/^9: .*was closed/);
    expect(r['aborted']).toBe('completed');
  });
});

describe('live tables keyed past 2^53 (a Parquet source of 1,100 partitions), in Node', () => {
  it('full subscriptions and a viewport tick and settle equal to snapshots', { timeout: 90_000 }, async () => {
    expectBigKeys(await liveBigKeys({ url: main, transport: 'websocket-multiplex' }));
  });
});

describe('live tables against pydeephaven-ticking', () => {
  it('the same ticking table ends in the same state through listen() and updates()', { timeout: 90_000 }, async () => {
    const { PythonPeer } = await import('../interop/peer.js');
    const { Session } = await import('../../src/index.js');
    const [peer, session] = await Promise.all([PythonPeer.connect(main, inject('dhPsk') || undefined), Session.connect(main)]);
    try {
      const name = `pyt_${Math.random().toString(36).slice(2, 8)}`;
      await session.runScript(
        `from deephaven import time_table\n${name} = time_table("PT0.2s").update(["I = ii", "K = I % 4", "V = I * 10", "S = \`v\` + I"]).head(20).last_by("K").sort_descending("I")`,
      );
      await peer.call('listen_start', { id: 'a', name });
      const table = await session.openTable(name);
      let latest: import('../../src/index.js').TableUpdate | undefined;
      let updates = 0;
      const sub = table.updates().subscribe((u) => {
        latest = u;
        updates++;
      });
      // The source's last row (I = 19) has arrived here, then at pydeephaven's listener.
      await vi.waitFor(() => expect(Number(latest?.table.getChild('I')?.get(0))).toBe(19), { timeout: 20_000, interval: 100 });
      sub.unsubscribe();
      type Listened = { updates: number; error: string | null; rows: number; columns: Record<string, unknown[]> };
      const columns = ['I', 'K', 'V', 'S'];
      await vi.waitFor(
        async () => {
          const now = await peer.call<Listened>('listen_peek', { id: 'a', columns });
          expect(now.error ?? now.columns['I']?.[0]).toBe(19);
        },
        { timeout: 20_000, interval: 100 },
      );
      const py = await peer.call<Listened>('listen_stop', { id: 'a', columns });
      expect(py.error).toBeNull();
      expect(py.updates).toBeGreaterThan(1);
      expect(updates).toBeGreaterThan(1);
      const ours = Object.fromEntries(
        ['I', 'K', 'V', 'S'].map((c) => [
          c,
          Array.from({ length: latest?.size ?? 0 }, (_, i) => {
            const v: unknown = latest?.table.getChild(c)?.get(i);
            return typeof v === 'bigint' ? Number(v) : v;
          }),
        ]),
      );
      expect(py.rows).toBe(4);
      expect(ours).toEqual(py.columns);
    } finally {
      await session.close();
      await peer.close();
    }
  });
});
