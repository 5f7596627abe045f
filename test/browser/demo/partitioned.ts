// Issue 19's demo pieces, driven as a person would: a partitioned table's key picker (live as keys appear), a
// constituent and the merge in the live grid, the grid's search box (seekRow) and the column header menu
// (columnStatistics). Screenshots go to test-results/screenshots/. Run by test/browser/demo.browser.test.ts on the
// shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage, type DemoContext, type PageWatch } from '../demo-page.js';

const shots = `${fileURLToPath(new URL('../../../', import.meta.url))}test-results/screenshots`;

const SCRIPT = `from deephaven import empty_table, time_table
pd_trades = empty_table(200).update(["Sym = i % 4 == 0 ? \`AAPL\` : i % 4 == 1 ? \`MSFT\` : i % 4 == 2 ? \`GOOG\` : \`IBM\`", "Price = 100 + (i % 17) * 1.5", "Size = (i * 37) % 500", "Note = i % 5 == 0 ? \`block\` : \`odd lot\`"])
pd_growing = time_table("PT0.25S").update(["Step = ii", "Bucket = \`B\` + (int) (ii / 4)", "Px = 100 + Math.sin(ii / 3.0)"]).partition_by("Bucket")`;

export function partitioned(ctx: () => DemoContext): void {
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    page = await ctx().browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = await watchPage(page);
    await page.goto(ctx().demo.url);
    await page.click('#connect-button');
    await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
    await page.fill('#script', SCRIPT);
    await page.click('#run');
    await page.waitForSelector('#objects li[data-name="pd_growing"] .type[data-type="PartitionedTable"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    // The ticking source stops with the variables (the page's session releases its own exports as it closes).
    await page?.fill('#script', 'del pd_growing, pd_trades').catch(() => undefined);
    await page?.click('#run').catch(() => undefined);
    await page?.waitForSelector('#objects li[data-name="pd_growing"]', { state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await page?.close();
  });

  describe('the demo: partitioned tables, search, column statistics', () => {
    it('a partitioned table: the key picker follows keys as they appear; a constituent and the merge in the live grid', {
      timeout: 60_000,
    }, async () => {
      await page.click('#objects li[data-name="pd_growing"] button[data-action="open"]');
      await page.waitForSelector('#partition-bar:not([hidden])');
      const keys = async (): Promise<number> => Number((await page.getAttribute('#partition-bar', 'data-keys')) ?? 0);
      await expect.poll(keys, { timeout: 20_000 }).toBeGreaterThan(0);
      const first = await keys();
      await expect.poll(keys, { timeout: 20_000 }).toBeGreaterThan(first);
      expect(await page.textContent('#partition-count')).toMatch(/\d+ partitions by Bucket \(live\)/);
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of \d+ \(live\)$/);
      await page.screenshot({ path: `${shots}/demo-partition-merged.png`, fullPage: true });

      await page.selectOption('#partition-key', 'B0');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toBe('rows 1–4 of 4 (live)');
      expect(await page.textContent('#grid tbody')).toContain('B0');
      await page.screenshot({ path: `${shots}/demo-partition-constituent.png`, fullPage: true });
      // Keys keep coming while a constituent is shown.
      const now = await keys();
      await expect.poll(keys, { timeout: 20_000 }).toBeGreaterThan(now);
      expect(await page.inputValue('#partition-key')).toBe('B0');
    });

    it('the search box finds rows with seekRow and scrolls to them', { timeout: 60_000 }, async () => {
      await page.click('#objects li[data-name="pd_trades"] button[data-action="open"]');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of 200 \(live\)$/);
      await page.waitForSelector('#partition-bar', { state: 'hidden' });
      await page.selectOption('#search-column', 'Sym');
      await page.fill('#search', 'goog');
      await page.click('#search-next');
      await expect.poll(() => page.getAttribute('#search-info', 'data-row')).toBe('2');
      await page.click('#search-next');
      await expect.poll(() => page.getAttribute('#search-info', 'data-row')).toBe('6');
      await page.click('#search-prev');
      await expect.poll(() => page.getAttribute('#search-info', 'data-row')).toBe('2');
      await page.selectOption('#search-column', 'Size');
      await page.fill('#search', '481');
      await page.press('#search', 'Enter');
      // Size = (i * 37) % 500: 481 first at i = 13.
      await expect.poll(() => page.getAttribute('#search-info', 'data-row')).toBe('13');
      await expect.poll(() => page.locator('#grid td.found').count()).toBeGreaterThan(0);
      expect(await page.textContent('#search-info')).toBe('row 14');
      await page.screenshot({ path: `${shots}/demo-search.png`, fullPage: true });
      await page.fill('#search', '100000');
      await page.click('#search-next');
      await expect.poll(() => page.textContent('#search-info')).toBe('not found');
    });

    it('a column header menu shows the column statistics', { timeout: 60_000 }, async () => {
      await page.click('#grid thead th:has-text("Price")');
      await page.waitForSelector('#column-stats[data-state="ready"][data-column="Price"]', { timeout: 20_000 });
      const text = (await page.textContent('#column-stats')) ?? '';
      for (const name of ['COUNT', 'SUM', 'MIN', 'MAX', 'AVG', 'STD_DEV']) expect(text).toContain(name);
      await page.screenshot({ path: `${shots}/demo-column-stats-numeric.png`, fullPage: true });
      await page.click('#grid thead th:has-text("Sym")');
      await page.waitForSelector('#column-stats[data-state="ready"][data-column="Sym"]', { timeout: 20_000 });
      expect(await page.textContent('#column-stats')).toContain('Most frequent values');
      expect(await page.textContent('#column-stats .unique')).toMatch(/AAPL\s*50/);
      await page.screenshot({ path: `${shots}/demo-column-stats-text.png`, fullPage: true });
      await page.click('#column-stats button[data-action="close-stats"]');
      await page.waitForSelector('#column-stats', { state: 'hidden' });
      expect(await watch.pageViolations()).toEqual([]);
      expect(watch.violations).toEqual([]);
    });
  });
}
