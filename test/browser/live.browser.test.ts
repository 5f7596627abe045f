// Live tables in Chromium, over both transports a browser uses: the multiplexed websocket (real DoExchange) and
// gRPC-Web over fetch on HTTP/2 (the OpenDoExchange/NextDoExchange emulation).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as Live from '../scenarios/live.js';
import { expectBigKeys } from '../support/big-keys.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness());
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

function run<K extends keyof typeof Live>(name: K, ...args: unknown[]): Promise<Record<string, unknown>> {
  return page.evaluate(([n, a]) => (window.live[n] as (...x: unknown[]) => Promise<Record<string, unknown>>)(...a), [name, args] as const);
}

const targets: [string, Live.Target][] = [
  ['websocket-multiplex (http://)', { url: inject('dhUrl'), transport: 'auto' }],
  ['grpc-web-fetch over HTTP/2 (https://)', { url: inject('dhUrlTls'), transport: 'auto' }],
];

describe.each(targets)('live tables in Chromium over %s', (_name, t) => {
  it('every kind of change: each update consistent, the settled state equal to a snapshot', { timeout: 90_000 }, async () => {
    const r = await run('liveSettle', t);
    for (const [name, result] of Object.entries(r)) {
      expect.soft(result, name).toMatchObject({ errors: [], failure: null, finalEqual: true, snapshots: 1 });
    }
    expect((r['last'] as { modified: number }).modified, JSON.stringify(r['last'])).toBeGreaterThan(0);
    expect((r['tail'] as { removed: number }).removed, JSON.stringify(r['tail'])).toBeGreaterThan(0);
  });

  it('viewports follow an Observable of ranges while ticking', { timeout: 60_000 }, async () => {
    const r = await run('liveViewport', t);
    expect(r).toMatchObject({ errors: [], finalEqual: true, finalFirst: 2, finalTotal: 40, snapshotsPerRange: 4 });
  });

  // 300,000 rows: several growth steps on each transport; the million-row case runs in Node (live.int.test.ts), and
  // `npm run bench` (workload C) reads a million rows in Chromium.
  it('a 300,000-row snapshot arrives in growth steps and equals DoGet', { timeout: 120_000 }, async () => {
    const r = await run('liveBigSnapshot', t, 300_000);
    expect(r).toMatchObject({ emissions: 1, isSnapshot: true, size: 300_000, equal: true });
    expect(r['batches'], 'the initial state came in several messages').toBeGreaterThan(1);
    console.log(
      `[live] Chromium ${t.url.startsWith('https') ? 'fetch/h2' : 'websocket'}: 300,000 × 4 initial state in ${String(r['ms'])} ms (${String(r['batches'])} batches)`,
    );
  });
});

describe('live tables in Chromium (websocket)', () => {
  it('blink tables, edges, and no page errors', { timeout: 60_000 }, async () => {
    const t: Live.Target = { url: inject('dhUrl'), transport: 'auto' };
    expect(await run('liveBlink', t)).toMatchObject({ errors: [], failure: null, replaced: true, ordered: true });
    const e = await run('liveEdges', t);
    expect(e['static']).toEqual({ emissions: 1, size: 7, x: [0, 1, 2, 3, 4, 5, 6] });
    expect(e['afterRelease']).toBeGreaterThan(0);
    expect(await run('liveSizes', t)).toMatchObject({ last: 12, increasing: true, other: [5] });
    expect(pageErrors).toEqual([]);
  });
});

describe('live tables keyed past 2^53 (a Parquet source of 1,100 partitions), in Chromium', () => {
  it('full subscriptions and a viewport tick and settle equal to snapshots', { timeout: 90_000 }, async () => {
    const t: Live.Target = { url: inject('dhUrl'), transport: 'auto' };
    expectBigKeys(await page.evaluate((target) => window.bigKeys.liveBigKeys(target), t));
    expect(pageErrors).toEqual([]);
  });
});
