// Rollups and trees in Chromium against Deephaven's own JS API in the same page: after the same expansions, the same
// rows in the same order with the same depths, expanded flags and values (see test/scenarios/hierarchical.ts).
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Row } from '../scenarios/hierarchical.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness({ modules: [fileURLToPath(new URL('../scenarios/hierarchical.ts', import.meta.url))] }));
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

describe('rollups and trees in Chromium equal the JS API', () => {
  it('the same rows, order, depths, expanded flags and values after each expansion', { timeout: 90_000 }, async () => {
    await page.waitForFunction(() => window.hierarchical !== undefined);
    const url = inject('dhUrl');
    const result = await page.evaluate((u) => window.hierarchical.compare(u), url);
    for (const [name, r] of Object.entries(result)) {
      expect(r.columns.ours, `${name} columns`).toEqual(r.columns.theirs);
      r.steps.forEach((s: { ours: Row[]; theirs: Row[] }, i: number) => {
        expect(s.ours.length, `${name} step ${i}`).toBeGreaterThan(0);
        expect(s.ours, `${name} step ${i}`).toEqual(s.theirs);
      });
    }
    expect(result['rollup']?.steps.map((s) => s.ours.length)).toEqual([4, 6, 8, 6, 10, 8, 1]);
    expect(pageErrors).toEqual([]);
  });
});
