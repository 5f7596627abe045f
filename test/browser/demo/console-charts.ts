// Issue 20's console and chart views of the demo in Chromium: the console (CodeMirror, loaded on first use) shows a
// script's print output from session.logs$ and completes a half-typed name from session.completions; a Figure over
// a 10,000,000-row ticking table draws downsampled, follows the table and a zoom (a drag over the plot); a
// plotly-express figure draws with plotly.js; a Figure over a ticking table that starts small switches to a
// downsample once it grows past the view's threshold. No Content-Security-Policy violation on the way. Screenshots:
// test-results/screenshots/demo-console.png, demo-chart-downsampled.png, demo-chart-zoomed.png,
// demo-plotly-express.png. Run by test/browser/demo.browser.test.ts on the shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../../src/index.js';
import { watchPage, type DemoContext, type PageWatch } from '../demo-page.js';

const shots = `${fileURLToPath(new URL('../../../', import.meta.url))}test-results/screenshots`;

export function consoleAndCharts(ctx: () => DemoContext): void {
  const p = `demo20v_${Math.random().toString(36).slice(2, 8)}`;
  let page: Page;
  let watch: PageWatch;
  let helper: Session;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const psk = inject('dhPsk');
    [page, helper] = await Promise.all([
      ctx().browser.newPage({ viewport: { width: 1280, height: 1000 } }),
      Session.connect(inject('dhUrl'), psk ? { auth: { type: 'psk', key: psk } } : {}),
    ]);
    watch = await watchPage(page);
  }, 90_000);

  afterAll(async () => {
    await helper
      ?.runScript(`del ${p}_big, ${p}_fig, ${p}_px, ${p}_names_table, ${p}_grow_in, ${p}_grow, ${p}_grow_fig`)
      .catch(() => undefined);
    await helper?.close();
    await page?.close();
  });

  /** The plot's data attributes (what the figure view last drew). */
  const plotData = (id: string): Promise<Record<string, string>> =>
    page.$eval(`#${id}`, (el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>);

  describe('the demo page, issue 20 console and charts', () => {
    it('console: print output and log lines as they come; names complete as they are typed', { timeout: 120_000 }, async () => {
      await page.goto(ctx().demo.url);
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      // A 10,000,000-row table a millisecond apart up to now, merged with a ticking one: big and live, cheap on the
      // server (nothing materialized); a Figure and a plotly-express line over it (drawn as SVG: the tests' headless
      // Chromium has no GPU, so no WebGL for plotly-express's default "webgl" render mode).
      await page.fill(
        '#script',
        `import time
from deephaven import empty_table, merge, time_table
from deephaven.plot.figure import Figure
import deephaven.plot.express as dx
_start = time.time_ns() // 1_000_000 - 10_000_000
${p}_big = merge([empty_table(10_000_000).update_view([f"Timestamp = epochNanosToInstant({_start}000000L + ii * 1000000L)", "Y = Math.sin(ii / 200000.0) * 100 + (ii % 1000) / 100.0"]), time_table("PT0.2S").update_view(["Y = Math.sin(ii / 5.0) * 100"])])
${p}_fig = Figure().plot_xy(series_name="Big", t=${p}_big, x="Timestamp", y="Y").chart_title(title="10,000,000 rows, ticking").show()
${p}_px = dx.line(${p}_big, x="Timestamp", y="Y", title="plotly-express, 10,000,000 rows", render_mode="svg")
${p}_names_table = empty_table(3)
`,
      );
      await page.click('#run');
      await expect.poll(() => page.textContent('#script-output'), { timeout: 60_000 }).toContain(`+ ${p}_px`);

      // The console loads on first use: CodeMirror's code is not in the page's start-up.
      await page.click('#repl-open');
      await page.waitForSelector('#repl-editor .cm-editor', { timeout: 30_000 });
      await page.click('#repl-editor .cm-content');
      await page.keyboard.type(`print("hello from ${p}")`);
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect
        .poll(() => page.$$eval('#repl-log .log-line[data-level="STDOUT"] .text', (all) => all.map((e) => e.textContent)), {
          timeout: 30_000,
        })
        .toContain(`hello from ${p}`);
      // The server's own log lines are there too (the replay of its recent log, then each new one).
      expect(
        await page.$$eval(
          '#repl-log .log-line',
          (all) => all.filter((e) => !['STDOUT', 'INPUT'].includes((e as HTMLElement).dataset['level'] ?? '')).length,
        ),
      ).toBeGreaterThan(0);

      // A half-typed name an earlier script made: the list offers it, Enter takes it.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(`${p}_names_t`);
      await page.waitForSelector('.cm-tooltip-autocomplete', { timeout: 30_000 });
      await expect.poll(() => page.textContent('.cm-tooltip-autocomplete'), { timeout: 30_000 }).toContain(`${p}_names_table`);
      // The print line in view in the screenshot (the log may have scrolled on to the server's later lines).
      const printInView = await page.$eval(
        '#repl-log',
        (log, text) => {
          const line = [...log.querySelectorAll('.log-line[data-level="STDOUT"]')].find((e) => e.textContent?.includes(text));
          if (line === undefined) return false;
          log.scrollTop += line.getBoundingClientRect().top - log.getBoundingClientRect().top - log.clientHeight / 2;
          const at = line.getBoundingClientRect();
          const box = log.getBoundingClientRect();
          return at.top >= box.top && at.bottom <= box.bottom;
        },
        `hello from ${p}`,
      );
      expect(printInView).toBe(true);
      await page.screenshot({ path: `${shots}/demo-console.png`, fullPage: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('#repl-editor .cm-content'), { timeout: 10_000 }).toBe(`${p}_names_table`);
    });

    it('a Figure over 10,000,000 ticking rows draws downsampled, follows the table and a zoom', { timeout: 120_000 }, async () => {
      await page.click(`#objects li[data-name="${p}_fig"] button[data-action="open"]`);
      await expect.poll(async () => (await plotData('plot'))['points'], { timeout: 60_000 }).toBeDefined();
      const first = await plotData('plot');
      expect(first).toMatchObject({ downsampled: 'true', zoom: 'all', series: '1' });
      expect(Number(first['sourceRows'])).toBeGreaterThanOrEqual(10_000_000);
      // Downsampled to the plot's width: a few rows per pixel (the first, last, lowest and highest of its bucket; the
      // same bound as test/integration/console.int.test.ts).
      const pixels = Number(first['pixels']);
      expect(pixels).toBeGreaterThanOrEqual(320);
      expect(Number(first['points'])).toBeGreaterThan(100);
      expect(Number(first['points'])).toBeLessThanOrEqual(pixels * 4 * 2);
      // Ticking: the last x moves on as rows arrive.
      await expect.poll(async () => Number((await plotData('plot'))['lastX']), { timeout: 30_000 }).toBeGreaterThan(Number(first['lastX']));
      await page.screenshot({ path: `${shots}/demo-chart-downsampled.png`, fullPage: true });

      // Zoom: a drag over the middle fifth of the plot asks the server for that range only (the console's editor
      // scrolled the page: the plot comes back into view first).
      await page.locator('#plot').scrollIntoViewIfNeeded();
      const box = await page.$eval('#plot .u-over', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      });
      await page.mouse.move(box.x + box.w * 0.4, box.y + box.h / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.w * 0.5, box.y + box.h / 2, { steps: 5 });
      await page.mouse.move(box.x + box.w * 0.6, box.y + box.h / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(async () => (await plotData('plot'))['zoom'], { timeout: 10_000 }).not.toBe('all');
      const [from, to] = ((await plotData('plot'))['zoom'] ?? '').split('/').map((d) => Date.parse(d) / 1000) as [number, number];
      const span = Number(first['lastX']) - Number(first['firstX']);
      expect(to - from).toBeGreaterThan(span * 0.1);
      expect(to - from).toBeLessThan(span * 0.3);
      // The zoomed downsample: nearly all its rows lie in the range (the server keeps a few outside, where the line
      // runs on), about as many as before for a fifth of the x range.
      const inRange = (d: Record<string, string>): boolean =>
        Number(d['inZoom']) > 100 && Number(d['inZoom']) >= Number(d['points']) * 0.95;
      await expect
        .poll(async () => inRange(await plotData('plot')), { timeout: 30_000 })
        .toBe(true)
        .catch(async (err: unknown) => {
          throw new Error(`${String(err)}: zoom ${from}-${to}, drawn ${JSON.stringify(await plotData('plot'))}`);
        });
      await page.screenshot({ path: `${shots}/demo-chart-zoomed.png`, fullPage: true });
      await page.dblclick('#plot .u-over');
      await expect.poll(async () => (await plotData('plot'))['zoom'], { timeout: 10_000 }).toBe('all');
    });

    it('a plotly-express figure over the same table draws with plotly.js, downsampled; no CSP violation on the page', {
      timeout: 120_000,
    }, async () => {
      await page.click(`#objects li[data-name="${p}_px"] button[data-action="open"]`);
      await expect.poll(async () => (await plotData('plotly-plot'))['traces'], { timeout: 60_000 }).toBe('1');
      const d = await plotData('plotly-plot');
      expect(d['downsampled']).toBe('true');
      expect(Number(d['points'])).toBeGreaterThan(100);
      expect(Number(d['points'])).toBeLessThanOrEqual(Number(d['pixels']) * 4 * 2);
      await page.waitForSelector('#plotly-plot .main-svg .scatterlayer .trace path', { timeout: 30_000 });
      expect(await page.isHidden('#plot')).toBe(true);
      await page.screenshot({ path: `${shots}/demo-plotly-express.png`, fullPage: true });
      expect({ console: watch.violations, events: await watch.pageViolations() }).toEqual({ console: [], events: [] });
      expect(watch.dialogs).toEqual([]);
    });

    it('a Figure over a ticking table that starts under 30,000 rows draws it whole, then downsampled once it grows past', {
      timeout: 120_000,
    }, async () => {
      // 29,990 rows a second apart merged with an input table: the test makes it grow (no timing in the way).
      await helper.runScript(
        `from deephaven import empty_table, input_table, merge, dtypes as dht
from deephaven.plot.figure import Figure
${p}_grow_in = input_table(col_defs={"Timestamp": dht.Instant, "Y": dht.double})
${p}_grow = merge([empty_table(29_990).update_view(["Timestamp = epochNanosToInstant(1700000000000000000L + ii * 1000000000L)", "Y = Math.sin(ii / 500.0)"]), ${p}_grow_in])
${p}_grow_fig = Figure().plot_xy(series_name="Growing", t=${p}_grow, x="Timestamp", y="Y").show()
`,
      );
      await page.click(`#objects li[data-name="${p}_grow_fig"] button[data-action="open"]`);
      await expect.poll(async () => (await plotData('plot'))['points'], { timeout: 60_000 }).toBe('29990');
      expect(await plotData('plot')).toMatchObject({ downsampled: 'false', sourceRows: '29990' });
      await helper.runScript(
        `${p}_grow_in.add(empty_table(20).update(["Timestamp = epochNanosToInstant(1700000000000000000L + (29990 + ii) * 1000000000L)", "Y = 0.0"]))`,
      );
      await expect.poll(async () => (await plotData('plot'))['downsampled'], { timeout: 30_000 }).toBe('true');
      // Drawn from the downsample now: a few rows a pixel, far fewer than the table's 30,010.
      await expect.poll(async () => Number((await plotData('plot'))['points']), { timeout: 30_000 }).toBeLessThan(10_000);
      expect(await plotData('plot')).toMatchObject({ zoom: 'all' });
    });
  });
}
