// The demo page's rollups and trees, driven as a person would in Chromium: open a tree and a live rollup from the
// object list, expand and collapse by click on the disclosure triangles and by keyboard, expand all and collapse all.
// Run by test/browser/demo.browser.test.ts on the shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage, type DemoContext, type PageWatch } from '../demo-page.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const shots = `${repo}test-results/screenshots`;

export function hierarchical(ctx: () => DemoContext): void {
  let page: Page;
  let watch: PageWatch;
  const total = async (): Promise<number> => Number((await page.getAttribute('#page-info', 'data-total')) ?? '-1');
  const headers = async (): Promise<string[]> => page.locator('#grid tbody th').allTextContents();

  describe('the demo page shows rollups and trees', () => {
    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      page = await ctx().browser.newPage({ viewport: { width: 1100, height: 760 } });
      watch = await watchPage(page);
    });
    afterAll(() => page?.close());

    it('a tree and a live rollup: click and keyboard expansion, expand all, collapse all', { timeout: 120_000 }, async () => {
      await page.goto(ctx().demo.url);
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      await page.click('#run');
      await page.waitForSelector('#objects li[data-name="org_tree"] .type[data-type="HierarchicalTable"]', { timeout: 60_000 });

      // The tree: one root, collapsed; a click on its triangle shows its children, indented.
      await page.click('#objects li[data-name="org_tree"] button[data-action="open"]');
      await page.waitForSelector('#grid[data-hierarchical]');
      await expect.poll(total, { timeout: 20_000 }).toBe(1);
      expect((await headers())[0]?.trim()).toBe('\u25b8');
      await page.click('#grid tbody th.disclosure');
      await expect.poll(async () => `${await total()} ${(await page.textContent('#page-info')) ?? ''}`, { timeout: 20_000 }).toMatch(/^4 /);
      await expect.poll(async () => (await headers())[1]).toMatch(/^\u2003[\u25b8\u2002]$/);
      // Keyboard: down to the second row, → expands it, ← collapses it again.
      await page.focus('#grid');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect.poll(total, { timeout: 20_000 }).toBe(7);
      await page.screenshot({ path: `${shots}/demo-tree.png`, fullPage: true });
      await page.keyboard.press('ArrowLeft');
      await expect.poll(total, { timeout: 20_000 }).toBe(4);
      await page.click('button[data-action="expand-all"]');
      await expect.poll(total, { timeout: 20_000 }).toBe(40);
      await page.click('button[data-action="collapse-all"]');
      await expect.poll(total, { timeout: 20_000 }).toBe(1);

      // The live rollup: totals and exchanges, expand one exchange, values tick.
      await page.click('#objects li[data-name="board_rollup"] button[data-action="open"]');
      await expect.poll(total, { timeout: 20_000 }).toBe(3);
      await page.locator('#grid tbody th.disclosure').nth(1).click();
      await expect.poll(total, { timeout: 20_000 }).toBeGreaterThan(3);
      const before = await page.locator('#grid tbody').textContent();
      await expect.poll(() => page.locator('#grid tbody').textContent(), { timeout: 20_000 }).not.toBe(before);
      await page.screenshot({ path: `${shots}/demo-rollup.png`, fullPage: true });
      expect(watch.violations).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  });
}
