// Rollups and trees in Chromium over both transports a browser uses (the multiplexed websocket on http://, gRPC-Web
// over fetch on HTTP/2 on https://, where the Barrage viewport runs as the OpenDoExchange/NextDoExchange emulation):
// the scenarios every transport runs (test/scenarios/hierarchical-live.ts: rollup levels against aggBy, tree
// children against the source, expand and collapse on one stream while the source ticks), and against Deephaven's own
// JS API in the same page: after the same expansions, the same rows in the same order with the same depths, expanded
// flags and values (test/scenarios/hierarchical.ts). One table set per server, made from Node.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Row } from '../scenarios/hierarchical.js';
import * as scenarios from '../scenarios/hierarchical-live.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
const n = scenarios.names('h19b');
const setups: [scenarios.Target, scenarios.Target][] = [
  [
    { url: inject('dhUrl'), transport: 'websocket-multiplex' },
    { url: inject('dhUrl'), transport: 'auto' },
  ],
  [
    { url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } },
    { url: inject('dhUrlTls'), transport: 'auto' },
  ],
];

beforeAll(async () => {
  [{ browser, page, pageErrors }] = await Promise.all([
    openHarness({ modules: [fileURLToPath(new URL('../scenarios/hierarchical.ts', import.meta.url))] }),
    ...setups.map(([node]) => scenarios.setupTables(node, n)),
  ]);
  await page.waitForFunction(() => window.hierarchical !== undefined);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(setups.map(([node]) => scenarios.cleanupTables(node, n).catch(() => undefined)));
});

function run<K extends 'rollupLevels' | 'treeChildren' | 'tickingExpand'>(name: K, t: scenarios.Target): Promise<Record<string, unknown>> {
  return page.evaluate(([k, target, names]) => window.hierarchical[k](target, names), [name, t, n] as const);
}

describe.each([
  ['websocket-multiplex', setups[0]?.[1] as scenarios.Target],
  ['grpc-web-fetch', setups[1]?.[1] as scenarios.Target],
])('rollups and trees in Chromium over %s', (transport, t) => {
  it('rollup levels equal a flat aggBy; tree children equal the source rows with that parent', { timeout: 60_000 }, async () => {
    const r = await run('rollupLevels', t);
    expect(r).toMatchObject({
      transport,
      isRollup: true,
      initialDepths: [1, 2, 2, 2],
      levels: { 1: 1, 2: 3, 3: 6 },
      mismatches: [],
      scriptMadeEqual: true,
      collapsed: 1,
      exportsLeft: 0,
    });
    const tree = await run('treeChildren', t);
    expect(tree).toEqual({
      isTree: true,
      initial: [{ depth: 1, expanded: false, key: '[1]' }],
      afterOne: [2, 3, 4],
      size: 20,
      mismatches: [],
      moved: { first: [0, 12], snapshots: [true, true], equal: [true, true] },
      collapsedExpanded: false,
      exportsLeft: 0,
    });
  });

  it('expand and collapse while the source ticks: one stream follows each view, values live', { timeout: 60_000 }, async () => {
    const r = await run('tickingExpand', t);
    expect(r).toMatchObject({
      exportsLeft: 0,
      failure: null,
      completed: false,
      isRefreshing: true,
      firstIsSnapshot: true,
      laterSnapshots: 0,
      emptyStates: 0,
      rowsMatchTable: true,
    });
    expect((r['finalKeys'] as string[]).sort()).toEqual(['["B",0]', '["B",1]', '["B",2]']);
    expect(r['below']).toMatchObject({ live: true, firsts: [1] });
  });

  it('the same rows, order, depths, expanded flags and values as the JS API after each expansion', { timeout: 90_000 }, async () => {
    const result = await page.evaluate(([target, names]) => window.hierarchical.compare(target, names), [t, n] as const);
    for (const [name, r] of Object.entries(result)) {
      expect(r.columns.ours, `${name} columns`).toEqual(r.columns.theirs);
      r.steps.forEach((s: { ours: Row[]; theirs: Row[] }, i: number) => {
        expect(s.ours.length, `${name} step ${i}`).toBeGreaterThan(0);
        expect(s.ours, `${name} step ${i}`).toEqual(s.theirs);
      });
    }
    expect(result['rollup']?.steps.map((s) => s.ours.length)).toEqual([4, 6, 8, 6, 10, 8, 1]);
  });
});

describe('Chromium page health', () => {
  it('raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
