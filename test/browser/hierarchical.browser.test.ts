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
const fp = 'h20bf'; // the formatted rollup and tree, on the first server only
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
    ...setups.map(([node], i) => scenarios.setupTables(node, n, i === 0 ? scenarios.formatsScript(fp) : '')),
  ]);
  await page.waitForFunction(() => window.hierarchical !== undefined);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(
    setups.map(([node], i) => scenarios.cleanupTables(node, n, i === 0 ? scenarios.formatsNames(fp) : []).catch(() => undefined)),
  );
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

// Formats on rollup and tree viewports (one transport: the decoding is the same on both), against the JS API.
describe('formats on rollups and trees in Chromium', () => {
  it("each cell's format equals the JS API's for the same cell; row formats are the script's", { timeout: 60_000 }, async () => {
    const r = await page.evaluate(([target, prefix]) => window.hierarchical.formats(target, prefix), [
      setups[0]?.[1] as scenarios.Target,
      fp,
    ] as const);
    for (const [name, { ours, theirs }] of Object.entries(r))
      expect(
        ours.map(({ key, cells }) => ({ key, cells })),
        name,
      ).toEqual(theirs);
    const rows = (name: string): unknown[] => (r[name]?.ours ?? []).map((o) => [o.key, o.row]);
    // the tree's Id 2 row is LIGHTBLUE (format_row_where, with the dark text the server picks for it); the rollup has none
    expect(rows(`${fp}_tree`)).toEqual([
      [1, null],
      [2, { backgroundColor: '#add8e6', color: '#000000' }],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
    ]);
    expect(rows(`${fp}_rollup`).every((row) => (row as unknown[])[1] === null)).toBe(true);
    // and the cells are not all empty: red Price over 100 in the tree, green aggregates and '0.0' constituents in the rollup
    const cells = JSON.stringify(r);
    for (const f of ['"backgroundColor":"#ff0000"', '"numberFormat":"$#,##0.00"', '"numberFormat":"0.0"']) expect(cells).toContain(f);
  });
});

describe('Chromium page health', () => {
  it('raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
