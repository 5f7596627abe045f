// Issue 20's demo pieces in Chromium: the grid shows the server's formats (colours, number and date patterns) and
// follows its layout hints (hidden, frozen, front and back columns, column groups); a script-made input table opens
// as an editable grid (a typed cell is written back, rows added and deleted). Screenshots:
// test-results/screenshots/demo-formats.png, demo-input-table.png. Run by test/browser/demo.browser.test.ts on the
// shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../../src/index.js';
import type { DemoContext } from '../demo-page.js';

const shots = `${fileURLToPath(new URL('../../../', import.meta.url))}test-results/screenshots`;

export function dashboard(ctx: () => DemoContext): void {
  const p = `demo20_${Math.random().toString(36).slice(2, 8)}`;
  let page: Page;
  let helper: Session;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const psk = inject('dhPsk');
    [page, helper] = await Promise.all([
      ctx().browser.newPage({ viewport: { width: 1200, height: 900 } }),
      Session.connect(inject('dhUrl'), psk ? { auth: { type: 'psk', key: psk } } : {}),
    ]);
  }, 90_000);

  afterAll(async () => {
    await helper?.runScript(`del ${p}_fmt, ${p}_orders`).catch(() => undefined);
    await helper?.close();
    await page?.close();
  });

  /** The cells of a row in view, frozen ones (row headers) included, without the row number. */
  const cells = (row: number): Promise<string[]> =>
    page.$$eval(`#grid tbody tr:nth-child(${row + 1}) > *`, (all) => all.slice(1).map((c) => (c.textContent ?? '').trim()));

  describe('the demo page, issue 20 pieces', () => {
    it('formats and layout hints in the grid; an input table edited in place', { timeout: 120_000 }, async () => {
      await page.goto(ctx().demo.url);
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      await page.fill(
        '#script',
        `from deephaven import empty_table, input_table
${p}_fmt = empty_table(30).update(["Sym = \`S\` + i", "Price = i * 12.345 - 50", "Qty = (long) i * 1500", "T = '2024-03-10T12:34:56 ET' + i * 'PT7h'", "Secret = i"]) \\
    .format_columns(["Price = Price > 100 ? RED : NO_FORMATTING", "Qty = bgfg(YELLOW, BLUE)", "Price = Decimal(\`$#,##0.00\`)", "T = Date(\`MMM d HH:mm\`)"]) \\
    .format_row_where("Sym = \`S3\`", "LIGHTBLUE") \\
    .layout_hints(front=["Price"], back=["Sym"], freeze=["T"], hide=["Secret"], column_groups=[{"name": "Trade", "children": ["Price", "Qty"], "color": "#3b6fd8"}])
${p}_orders = input_table(init_table=empty_table(3).update(["Sym = \`K\` + i", "Qty = (int) i * 10", "Px = i + 0.5"]), key_cols="Sym")
`,
      );
      await page.click('#run');
      await expect.poll(() => page.textContent('#script-output'), { timeout: 60_000 }).toContain(`+ ${p}_orders (Table)`);

      await page.click(`#objects li[data-name="${p}_fmt"] button[data-action="open"]`);
      await page.waitForSelector('#table-view:not([hidden])');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of 30 \(live\)$/);
      // Frozen T first, front Price, then Qty, back Sym; Secret hidden; the group row above Price and Qty.
      const header = await page.$$eval('#grid thead tr:last-child th', (ths) => ths.map((th) => (th.textContent ?? '').trim()));
      expect(header.filter((h) => h !== '')).toEqual(['T', 'Price', 'Qty', 'Sym']);
      expect(await page.textContent('#grid thead')).toContain('Trade');
      expect(await page.textContent('#schema')).not.toContain('__TABLE_');
      await expect.poll(() => cells(0), { timeout: 20_000 }).toEqual(['Mar 10 12:34', '-$50.00', '0', 'S0']);
      expect(await cells(14)).toEqual(['Mar 14 14:34', '$122.83', '21000', 'S14']);
      const style = (row: number, col: number): Promise<{ color: string; background: string; frozen: boolean }> =>
        page.$eval(`#grid tbody tr:nth-child(${row + 1}) > :nth-child(${col + 2})`, (td) => {
          const s = getComputedStyle(td);
          return { color: s.color, background: s.backgroundColor, frozen: td.classList.contains('frozen') };
        });
      expect(await style(14, 1)).toMatchObject({ background: 'rgb(255, 0, 0)' }); // Price > 100: RED
      expect(await style(0, 2)).toMatchObject({ color: 'rgb(0, 0, 255)', background: 'rgb(255, 255, 0)' }); // Qty
      expect(await style(3, 3)).toMatchObject({ background: 'rgb(173, 216, 230)' }); // the S3 row
      expect((await style(0, 0)).frozen).toBe(true);
      await page.screenshot({ path: `${shots}/demo-formats.png`, fullPage: true });
      // The frozen column is a row header, which regular-table keeps in place as the grid scrolls sideways.
      expect(await page.$eval('#grid tbody tr:nth-child(1) > :nth-child(2)', (c) => c.tagName)).toBe('TH');

      // The input table: type a new Px into row 1, add a row, delete another.
      await page.click(`#objects li[data-name="${p}_orders"] button[data-action="open"]`);
      await page.waitForSelector('#input-editor:not([hidden])');
      expect(await page.textContent('#input-editor')).toContain('keyed on Sym');
      await expect.poll(() => page.textContent('#input-restrictions'), { timeout: 10_000 }).toBe('Restrictions: none');
      await expect.poll(() => cells(1), { timeout: 20_000 }).toEqual(['K1', '10', '1.5']);
      const px = page.locator('#grid tbody tr:nth-child(2) td').nth(2);
      expect(await px.getAttribute('contenteditable')).toBe('plaintext-only');
      await px.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('42.25');
      await page.keyboard.press('Enter');
      await expect.poll(() => cells(1), { timeout: 20_000 }).toEqual(['K1', '10', '42.25']);
      await page.fill('#input-editor input[data-column="Sym"]', 'NEW');
      await page.fill('#input-editor input[data-column="Qty"]', '7');
      await page.fill('#input-editor input[data-column="Px"]', '9.5');
      await page.click('#input-add');
      await expect.poll(() => page.textContent('#input-message'), { timeout: 20_000 }).toBe('Add: done.');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of 4 \(live\)$/);
      await page.fill('#input-editor input[data-column="Sym"]', 'K0');
      await page.click('#input-delete');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of 3 \(live\)$/);
      await page.screenshot({ path: `${shots}/demo-input-table.png`, fullPage: true });

      // What another client reads.
      const t = await helper.openTable(`${p}_orders`);
      const data = await (await t.sort(['Sym'])).toArrow();
      expect(data.getChild('Sym')?.toArray()).toEqual(['K1', 'K2', 'NEW']);
      expect(Array.from(data.getChild('Px')?.toArray() ?? [])).toEqual([42.25, 2.5, 9.5]);
      await t.close();
    });
  });
}
