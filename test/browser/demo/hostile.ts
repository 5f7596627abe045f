// The demo page under hostile content, in Chromium against the real server: variable names, string cells, a figure's
// title and series name, script output and error messages made of HTML and script. Everything must show as text:
// no dialog opens, no element is made from the data (no <img>, <script>, <b>, <svg> anywhere in the page), the text
// shows literally, and the page's Content-Security-Policy reports nothing.
// Run by test/browser/demo.browser.test.ts on the shared demo server.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../../src/index.js';
import { watchPage, type DemoContext, type PageWatch } from '../demo-page.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const BOUND_NAME = '<svg onload=alert(11)>';
const CELL_SCRIPT = '<b>x</b><script>alert(1)</script>';
const CELL_IMG = '<img src=x onerror=alert(2)>';
const TITLE = '<script>alert(3)</script><img src=x onerror=alert(4)>';
const SERIES = '<img src=x onerror=alert(5)>';
const ERROR_TEXT = '<img src=x onerror=alert(6)>';

export function hostile(ctx: () => DemoContext): void {
  let page: Page;
  let watch: PageWatch;
  let session: Session;

  /** Elements the page would have only if data had been rendered as HTML. */
  const injected = (): Promise<string[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('img, b, svg, iframe, object, embed, script:not([src])')].map((e) => e.outerHTML.slice(0, 80)),
    );

  describe('the demo page under hostile content', () => {
    beforeAll(async () => {
      const dhUrl = inject('dhUrl');
      session = await Session.connect(dhUrl);
      // Names that are no Python identifier: one through the scope's dict, one bound by the SDK.
      await session.runScript(`
from deephaven import empty_table
from deephaven.plot.figure import Figure
hostile_cells = empty_table(2).update(["Html = i == 0 ? \`${CELL_SCRIPT}\` : \`${CELL_IMG}\`", "X = i"])
globals()[${JSON.stringify(HOSTILE_NAME)}] = hostile_cells
hostile_plot = Figure().plot_xy(series_name=${JSON.stringify(SERIES)}, t=hostile_cells, x="X", y="X").chart_title(title=${JSON.stringify(TITLE)}).show()
`);
      await session.bindTable(BOUND_NAME, await session.openTable('hostile_cells'));
      page = await ctx().browser.newPage({ viewport: { width: 1100, height: 800 } });
      watch = await watchPage(page);
    });

    afterAll(async () => {
      await session
        ?.runScript(
          `for n in [${JSON.stringify(HOSTILE_NAME)}, ${JSON.stringify(BOUND_NAME)}, "hostile_cells", "hostile_plot"]:\n    globals().pop(n, None)`,
        )
        .catch(() => undefined);
      await session?.close();
      await page?.close();
    });

    it('shows hostile names, cells, figure titles, script output and errors as text', { timeout: 120_000 }, async () => {
      await page.goto(ctx().demo.url);
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });

      // The object list: the names, literally, as text.
      const row = (name: string) => page.locator('#objects li').filter({ has: page.locator('.name', { hasText: name }) });
      await expect.poll(() => row(HOSTILE_NAME).count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => row(BOUND_NAME).count(), { timeout: 30_000 }).toBe(1);
      expect(await row(HOSTILE_NAME).locator('.name').textContent()).toBe(HOSTILE_NAME);

      // A table with HTML in its cells, opened under its hostile name: the grid shows the strings.
      await row(HOSTILE_NAME).locator('button[data-action="open"]').click();
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/^rows 1–2 of 2 \(live\)$/);
      expect(await page.textContent('#viewer-title')).toBe(HOSTILE_NAME);
      const cells = await page.locator('#grid tbody td').allTextContents();
      expect(cells).toContain(CELL_SCRIPT);
      expect(cells).toContain(CELL_IMG);

      // A figure whose title and series name are HTML: uPlot writes them as text.
      await page.click('#objects li[data-name="hostile_plot"] button[data-action="open"]');
      await page.waitForSelector('#plot canvas', { timeout: 20_000 });
      expect(await page.textContent('#plot')).toContain(TITLE);
      expect(await page.textContent('#plot')).toContain(SERIES);

      // Publishing shows the name; script output lists names; an error message carries HTML.
      await row(BOUND_NAME).locator('button[data-action="publish"]').click();
      await page.waitForSelector('#published:not([hidden])');
      expect(await page.textContent('#published-name')).toBe(`${BOUND_NAME} (Table)`);
      await page.fill('#script', `globals()[${JSON.stringify(`${HOSTILE_NAME}2`)}] = hostile_cells`);
      await page.click('#run');
      await expect.poll(() => page.textContent('#script-output'), { timeout: 30_000 }).toContain(`+ ${HOSTILE_NAME}2 (Table)`);
      await page.fill('#script', `raise Exception(${JSON.stringify(ERROR_TEXT)})`);
      await page.click('#run');
      await page.waitForSelector('#script-output.error', { timeout: 30_000 });
      expect(await page.textContent('#script-output')).toContain(ERROR_TEXT);
      await page.fill('#script', `del globals()[${JSON.stringify(`${HOSTILE_NAME}2`)}]`);
      await page.click('#run');

      expect(await injected()).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expect(await watch.pageViolations()).toEqual([]);
      expect(watch.violations).toEqual([]);
      await page.screenshot({ path: 'test-results/screenshots/demo-hostile.png', fullPage: true });
    });
  });
}
