// Issue 19 in Chromium: partitioned tables (constituents against `where`, merge against the source, a script-made
// one), column statistics against the server's aggregations and seekRow, through the SDK as a page loads it.
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/partitioned.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let sources: sc.PartitionedSources;
const target: sc.Target = { url: inject('dhUrl'), transport: 'auto' };

beforeAll(async () => {
  [{ browser, page, pageErrors }, sources] = await Promise.all([
    openHarness({ modules: [fileURLToPath(new URL('./page/partitioned-page.ts', import.meta.url))] }),
    sc.setupPartitioned({ url: inject('dhUrl'), transport: 'websocket-multiplex' }),
  ]);
  await page.waitForFunction(() => window.partitioned !== undefined);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

function run<K extends 'sdkMade' | 'scriptMade' | 'statistics' | 'seeks'>(name: K): Promise<Awaited<ReturnType<(typeof sc)[K]>>> {
  return page.evaluate(([n, t, s]) => (window.partitioned[n] as (t: unknown, s: unknown) => Promise<never>)(t, s), [
    name,
    target,
    sources,
  ] as const);
}

describe('Chromium: partitioned tables, column statistics, seekRow', () => {
  it('partitionBy: constituents equal where, merge() equals the source, bad keys refused, nothing leaked', {
    timeout: 120_000,
  }, async () => {
    const r = await run('sdkMade');
    expect(r.keyRows.sort()).toEqual(['A', 'B', 'C']);
    for (const [k, c] of Object.entries(r.constituents)) expect(c.ours, k).toEqual(c.where);
    expect(r.merged.ours?.hashes).toEqual(r.merged.source?.hashes);
    expect(r.missing).toBeNull();
    expect(r.pairConstituent.ours?.hashes).toEqual(r.pairConstituent.where?.hashes);
    for (const [what, f] of Object.entries(r.bad)) expect(f, what).toMatchObject({ name: 'DeephavenError', code: 3 });
    expect(r.leaked).toBe(0);
  });

  it('a script-made partitioned table opens by name and by object', { timeout: 60_000 }, async () => {
    const r = await run('scriptMade');
    expect(r.type).toBe('PartitionedTable');
    expect(r.constituentA.ours).toEqual(r.constituentA.where);
    expect(r.leaked).toBe(0);
  });

  it('columnStatistics equal the server aggregations; seekRow finds forward, backward, insensitive, contains and -1', {
    timeout: 60_000,
  }, async () => {
    const st = await run('statistics');
    const n = st.server.num as Record<string, number>;
    expect(st.v).toMatchObject({ COUNT: 30, SUM: n['SUM'], MIN: n['MIN'], MAX: n['MAX'], AVG: n['AVG'] });
    expect(st.s.unique).toEqual(Object.fromEntries(st.server.s.map((x) => [x['S'], x['N']])));
    const sk = await run('seeks');
    expect(sk.found).toMatchObject({
      appleFrom1: 4,
      appleBackFrom10: 8,
      appleLower: -1,
      appleInsensitive: 4,
      nanContains: 6,
      v17: 17,
      none: -1,
    });
    expect(pageErrors).toEqual([]);
  });
});
