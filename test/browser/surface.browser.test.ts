// The session surface in Chromium: the seed examples, interop with pydeephaven (driven from Node beside the page),
// sessions sharing objects, tables, bad input, leaks, and plugin clients, over every transport a browser uses.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import type * as Surface from '../scenarios/surface.js';
import { openHarness } from './harness-page.js';

type Target = Surface.Target;
let browser: Browser;
let page: Page;
let peer: PythonPeer;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness());
  peer = await PythonPeer.connect(inject('dhUrl'), inject('dhPsk') || undefined);
}, 90_000);

afterAll(async () => {
  await page?.evaluate(() => window.surface.closeKept()).catch(() => undefined);
  await browser?.close();
  await peer?.close();
});

function run<K extends keyof typeof Surface>(name: K, ...args: unknown[]): Promise<Record<string, unknown>> {
  return page.evaluate(([n, a]) => (window.surface[n] as (...x: unknown[]) => Promise<Record<string, unknown>>)(...a), [
    name,
    args,
  ] as const);
}

const ws: Target = { url: inject('dhUrl'), transport: 'auto' };
const targets: [string, Target][] = [
  ['websocket-multiplex (http://)', ws],
  ['grpc-web-fetch over HTTP/2 (https://)', { url: inject('dhUrlTls'), transport: 'auto' }],
];

describe.each(targets)('Chromium over %s', (_name, t) => {
  it('seed 1: Figure → pluginClient → fetch → publish; another session reads it', async () => {
    const r = await run('seedFetchAndPublishFigure', t);
    expect(r).toMatchObject({ objType: 'Figure', exportTicketKind: 'export', exportIdPositive: true, sharedBytes: 17 });
    expect(r['figure']).toMatchObject({ charts: 1, series: ['Random numbers'], refTypes: ['Table'], points: [20] });
  });

  it('seed 2: fetch(ScopeTicket.scopeTicket(name))', async () => {
    expect(await run('seedGenericFetch', t)).toEqual({ kind: 'export', rows: 20, lastX: 19 });
  });

  it("seed 3: pluginClient(new ServerObject('Figure', sharedTicket))", async () => {
    expect((await run('seedSharedPluginObject', t))['figure']).toMatchObject({ charts: 1, refTypes: ['Table'], points: [20] });
  });

  // Over fetch every message is one Next call (browsers cannot stream a request body), ~9 ms each: 1,000 there
  // prove the same order in a tenth of the time; the bench measures the rate.
  const echoes = t.url.startsWith('https') ? 1_000 : 10_000;
  it(`plugin clients: ${echoes.toLocaleString('en-US')} echoes in order`, { timeout: 240_000 }, async () => {
    const r = await run('pluginEcho', t, echoes);
    expect(r).toMatchObject({ first: 'ready', count: echoes, inOrder: true, late: { codeName: 'FailedPrecondition' } });
    console.log(
      `[plugins] Chromium ${t.url.startsWith('https') ? 'fetch/h2 (Open/Next)' : 'websocket'}: ${echoes.toLocaleString('en-US')} echoes in ${String(r['ms'])} ms`,
    );
  });

  it('plugin clients: references resolve; 50 at once', async () => {
    expect(await run('pluginReferences', t)).toMatchObject({
      payload: 'with refs',
      refTypes: ['Table'],
      refTicketNegative: true,
      values: [100, 101, 102, 103],
    });
    expect(await run('manyPluginClients', t, 50)).toEqual({ ok: 50 });
  });

  it('plugin clients: every way of closing ends the server side and leaves no export', { timeout: 60_000 }, async () => {
    const r = await run('pluginClosing', t);
    expect(r).toMatchObject({
      unsubscribed: true,
      keptAfterUnsubscribe: ['ready', 'after'],
      closed: true,
      serverClosedMessages: 1,
      pluginFailure: { name: 'DeephavenError' },
      endedAs: 'completed',
      sessionCloseSeen: true,
    });
    expect(r['exportsAfter']).toBe(r['exportsBefore']);
  });

  it('sessions share through shared tickets; ALREADY_EXISTS; release unpublishes', async () => {
    const r = await run('crossSession', t);
    expect(r).toMatchObject({
      values: [0, 10, 20, 30, 40, 50, 60],
      taken: { codeName: 'AlreadyExists' },
      afterRelease: { codeName: 'FailedPrecondition' },
      stillThere: 7,
    });
  });
});

describe('Chromium (websocket): tables, bad input, leaks, live objects', () => {
  it('table operations', async () => {
    expect(await run('tableOperations', ws)).toMatchObject({
      headX: [9, 8, 7],
      tailX: [5, 4],
      where2: [2, 4, 6, 8],
      empty: { size: 0, rows: 0 },
    });
  });

  it('bad input gives the right codes and the session goes on', async () => {
    const r = await run('badInput', ws);
    expect(r).toMatchObject({
      unknownScope: { codeName: 'NotFound' },
      unknownShared: { codeName: 'NotFound' },
      notATable: { codeName: 'FailedPrecondition' },
      syntaxError: { codeName: 'InvalidArgument' },
      malformedTicket: { codeName: 'InvalidArgument' },
      noPlugin: { codeName: 'NotFound' },
      worksAfter: true,
    });
    expect((r['unknownScope'] as { ms: number }).ms).toBeLessThan(5000);
  });

  it('cancellation: every async call rejects with an AbortError DOMException; mid-flight aborts leave no export', async () => {
    const r = await run('cancellation', ws);
    for (const [k, v] of Object.entries(r['preAborted'] as Record<string, string>)) expect(v, k).toBe('AbortError (DOMException)');
    expect(r).toMatchObject({
      readAborted: 'AbortError (DOMException)',
      makeAborted: 'AbortError (DOMException)',
      firstBatchRows: true,
      rows: 2_000_000,
    });
    expect(r['exportsAfter']).toBe(r['exportsBefore']);
  });

  it('1,000 fetch/release cycles leave nothing behind', async () => {
    const r = await run('leakCycles', ws, 1000);
    expect(r).toMatchObject({ held: 0, openCalls: 0 });
    expect(r['after']).toBe(r['before']);
  });

  it('exportableObjects$ is live', async () => {
    expect(await run('liveObjects', ws)).toMatchObject({ gone: true, ownAtOnce: true, ownGoneAtOnce: true });
  });
});

describe('Chromium ↔ pydeephaven', () => {
  it.each([0, 1, 1000, 150_000])(
    'toArrow() in Chromium equals pydeephaven to_arrow(): every column type, %i rows',
    { timeout: 180_000 },
    async (rows) => {
      const { ticket } = (await run('publishAllTypes', ws, rows)) as { ticket: string };
      const ours = (await run('fetchSharedDigest', ws, ticket)) as { digest: unknown; ms: number };
      expect(ours.digest).toEqual(await peer.tableDigest(ticket));
      if (rows === 150_000) console.log(`[interop] Chromium websocket: 150,000 rows × 19 columns toArrow() in ${ours.ms} ms`);
    },
  );

  it('a table and a Figure published by pydeephaven are read in Chromium', async () => {
    const name = `pyb_${Math.random().toString(36).slice(2, 8)}`;
    await peer.call('run', {
      code: `from deephaven.plot.figure import Figure\nfrom deephaven import empty_table\n${name}_t = empty_table(20).update(["X = 0.1 * i", "Y = i * 2.0"])\n${name} = Figure().plot_xy(series_name="S", t=${name}_t, x="X", y="Y").show()`,
    });
    const table = await peer.call<{ ticket: string }>('publish_table', { name: `${name}_t` });
    const ours = (await run('fetchSharedDigest', ws, table.ticket)) as { digest: unknown };
    expect(ours.digest).toEqual(await peer.tableDigest(table.ticket));
    const fig = await peer.call<{ ticket: string }>('publish_object', { name });
    expect((await run('readSharedFigure', ws, fig.ticket))['figure']).toMatchObject({ series: ['S'], points: [20] });
  });

  it('a table and a Figure published in Chromium are read by pydeephaven', async () => {
    const { ticket } = (await run('publishAllTypes', ws, 100)) as { ticket: string };
    const ours = (await run('fetchSharedDigest', ws, ticket)) as { digest: unknown };
    expect(await peer.tableDigest(ticket)).toEqual(ours.digest);
    const fig = (await run('publishFigure', ws)) as { ticket: string };
    const r = await peer.call<{ refs: { type: string; columns?: Record<string, number[]> }[] }>('read_object', {
      type: 'Figure',
      ticket: fig.ticket,
    });
    expect(r.refs[0]?.columns?.['X']).toHaveLength(20);
  });
});

describe('Chromium page health (surface)', () => {
  it('raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
