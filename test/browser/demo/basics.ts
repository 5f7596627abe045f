// The demo page (npm run demo) in Chromium: its Content-Security-Policy, connecting, the console, live grids, figures,
// publishing and fetching, and connection errors. Screenshots: test-results/screenshots/demo-*.png. Run by
// test/browser/demo.browser.test.ts on the shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DH_VERSION } from '../../server/env.mjs';
import { watchPage, type DemoContext, type PageWatch } from '../demo-page.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const shots = `${repo}test-results/screenshots`;

export function basics(ctx: () => DemoContext): void {
  let pageUrl: string;
  let page: Page;
  let watch: PageWatch;

  describe('the demo page (npm run demo)', () => {
    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      pageUrl = ctx().demo.url;
      page = await ctx().browser.newPage({ viewport: { width: 1100, height: 700 } });
      watch = await watchPage(page);
    });
    afterAll(() => page?.close());

    it('is served under a strict Content-Security-Policy', async () => {
      const response = await page.goto(pageUrl);
      const policy = response?.headers()['content-security-policy'] ?? '';
      const dh = new URL(inject('dhUrl'));
      const directives = new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(' ')]),
      );
      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(directives.get('default-src')).toBe("'none'");
      expect(directives.get('connect-src')).toBe(`'self' ${dh.origin} ws://${dh.host}`);
      expect(directives.get('style-src')).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+'$/);
      expect(policy).not.toContain('unsafe');
    });

    it('connects as a person would and shows the server', async () => {
      await page.goto(pageUrl);
      await expect.poll(() => page.inputValue('#url')).toBe(inject('dhUrl'));
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      expect(await page.textContent('dd[data-key="Deephaven"]')).toBe(DH_VERSION);
      expect(await page.textContent('#message')).toContain('websocket-multiplex');
      await page.screenshot({ path: `${shots}/demo-connected.png` });
      await page.click('#disconnect-button');
      await page.waitForSelector('#state[data-state="disconnected"]');
      expect(await page.textContent('#message')).toBe('Disconnected.');
    });

    it('runs a script, lists objects live, shows tables in a live grid, draws a figure, shows script errors', {
      timeout: 150_000,
    }, async () => {
      await page.goto(pageUrl);
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      // The sample script in the editor makes tables (static, ticking, 10,000,000 rows) and figures (static, ticking).
      await page.click('#run');
      await expect.poll(() => page.textContent('#script-output'), { timeout: 60_000 }).toContain('+ prices (Table)');
      expect(await page.textContent('#script-output')).toContain('+ price_plot (Figure)');
      await page.waitForSelector('#objects li[data-name="price_plot"] .type[data-type="Figure"]');
      await page.waitForSelector('#objects li[data-name="ticks"]');

      // A static table in the grid: only the rows in view travel; scrolling moves the viewport.
      await page.click('#objects li[data-name="prices"] button[data-action="open"]');
      await page.waitForSelector('#table-view:not([hidden])');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/^rows 1–\d+ of 100 \(live\)$/);
      expect(await page.locator('#grid tbody tr').count()).toBeGreaterThan(10);
      expect(await page.textContent('#schema')).toContain('Price double');
      expect(await page.textContent('#grid thead')).toContain('Sym');
      await page.screenshot({ path: `${shots}/demo-table.png`, fullPage: true });
      await page.evaluate(() => {
        const grid = document.getElementById('grid') as HTMLElement;
        grid.scrollTop = grid.scrollHeight;
      });
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/^rows \d+–100 of 100/);
      await expect.poll(() => page.textContent('#grid tbody tr:last-child th'), { timeout: 20_000 }).toBe('100');

      // A ticking table: rows update in place and the changed cells flash; the object list shows live sizes.
      await page.click('#objects li[data-name="board"] button[data-action="open"]');
      await page.waitForSelector('#grid td.flash', { timeout: 20_000 });
      await page.screenshot({ path: `${shots}/demo-live-grid.png`, fullPage: true });
      const tapeSize = async (): Promise<number> =>
        Number(((await page.textContent('#objects li[data-name="tape"] .size')) ?? '').replace(/\D/g, ''));
      await expect.poll(tapeSize, { timeout: 20_000 }).toBeGreaterThan(0);
      const before = await tapeSize();
      await expect.poll(tapeSize, { timeout: 20_000 }).toBeGreaterThan(before);

      // Ten million rows scroll without paging.
      await page.click('#objects li[data-name="big"] button[data-action="open"]');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 30_000 }).toMatch(/of 10,000,000 \(live\)$/);
      await page.evaluate(() =>
        (document.getElementById('grid') as unknown as { scrollToCell(x: number, y: number): Promise<void> }).scrollToCell(0, 5_000_000),
      );
      await expect
        .poll(async () => Number(await page.getAttribute('#page-info', 'data-first')), { timeout: 30_000 })
        .toBeGreaterThan(4_900_000);
      await page.screenshot({ path: `${shots}/demo-10m-rows.png`, fullPage: true });

      await page.click('#objects li[data-name="price_plot"] button[data-action="open"]');
      await page.waitForSelector('#plot canvas');
      expect(await page.getAttribute('#plot', 'data-points')).toBe('100');
      expect(await page.getAttribute('#plot', 'data-series')).toBe('1');
      expect(await page.textContent('#plot')).toContain('Price by step');
      await page.screenshot({ path: `${shots}/demo-figure.png`, fullPage: true });

      // A figure over a ticking table redraws as it ticks.
      await page.click('#objects li[data-name="tape_plot"] button[data-action="open"]');
      await page.waitForSelector('#plot canvas');
      const points = async (): Promise<number> => Number(await page.getAttribute('#plot', 'data-points'));
      const first = await points();
      await expect.poll(points, { timeout: 20_000 }).toBeGreaterThan(first);
      await page.screenshot({ path: `${shots}/demo-live-figure.png`, fullPage: true });

      // Live: removing a variable removes it from the list.
      await page.fill('#script', 'del ticks');
      await page.click('#run');
      await page.waitForSelector('#objects li[data-name="ticks"]', { state: 'detached', timeout: 15_000 });

      await page.fill('#script', 'def broken(:\n    pass');
      await page.click('#run');
      await page.waitForSelector('#script-output.error');
      expect(await page.textContent('#script-output')).toContain('SyntaxError');
      await page.screenshot({ path: `${shots}/demo-script-error.png`, fullPage: true });
      expect(await page.textContent('dd[data-key="Token refreshes"]')).toMatch(/^\d+/);
      // All of it (tables, grids, figures, the console) under the policy: nothing was blocked.
      expect(await watch.pageViolations()).toEqual([]);
      expect(watch.violations).toEqual([]);
    });

    it('publishes a table and a figure on one page and fetches them on another', { timeout: 90_000 }, async () => {
      const other = await ctx().browser.newPage({ viewport: { width: 1100, height: 800 } });
      const otherWatch = await watchPage(other);
      try {
        await page.click('#objects li[data-name="prices"] button[data-action="publish"]');
        await page.waitForSelector('#published:not([hidden])');
        const tableTicket = (await page.textContent('#shared-ticket')) ?? '';
        expect(tableTicket).toMatch(/^h[0-9a-f]{32}$/);
        await page.screenshot({ path: `${shots}/demo-published.png`, fullPage: true });

        await other.goto(pageUrl);
        await other.click('#connect-button');
        await other.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
        await other.fill('#fetch-ticket', tableTicket);
        await other.click('#fetch-shared');
        await expect.poll(() => other.textContent('#page-info'), { timeout: 20_000 }).toMatch(/^rows 1–\d+ of 100 \(live\)$/);
        await other.screenshot({ path: `${shots}/demo-fetched-table.png`, fullPage: true });

        await page.click('#objects li[data-name="price_plot"] button[data-action="publish"]');
        await expect.poll(() => page.textContent('#shared-ticket')).not.toBe(tableTicket);
        const figureTicket = (await page.textContent('#shared-ticket')) ?? '';
        await other.fill('#fetch-ticket', figureTicket);
        await other.click('#fetch-shared');
        await other.waitForSelector('#plot canvas', { timeout: 20_000 });
        expect(await other.getAttribute('#plot', 'data-points')).toBe('100');
        await other.screenshot({ path: `${shots}/demo-fetched-figure.png`, fullPage: true });

        await other.fill('#fetch-ticket', 'not a ticket');
        await other.click('#fetch-shared');
        await expect.poll(() => other.textContent('#share-message')).toContain('INVALID_ARGUMENT');
        expect(await otherWatch.pageViolations()).toEqual([]);
      } finally {
        await other.close();
      }
      await page.click('#disconnect-button');
      await page.waitForSelector('#state[data-state="disconnected"]');
    });

    it('says clearly when the server cannot be reached', async () => {
      await page.fill('#url', 'http://127.0.0.1:9');
      await page.click('#connect-button');
      await page.waitForSelector('#message.error', { timeout: 15_000 });
      expect(await page.textContent('#message')).toMatch(/UNAVAILABLE.*http:\/\/127\.0\.0\.1:9/);
      // The page may connect only to its own origin and the Deephaven server it was served for: the policy refused this.
      expect((await watch.pageViolations()).join('\n')).toMatch(/connect-src blocked ws:\/\/127\.0\.0\.1:9\//);
      await page.screenshot({ path: `${shots}/demo-connect-error.png` });
    });
  });
}
