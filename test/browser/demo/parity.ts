// Issue 24's demo pieces in Chromium: the sign-in methods shown before connecting, heap and requests in the session
// card, stored scripts saved and opened from the console, preview columns in the grid, and a partition asked for
// before the grid subscribes to an uncoalesced table. Screenshot: test-results/screenshots/demo-parity-*.png.
// Run by test/browser/demo.browser.test.ts on the shared demo server.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../../src/index.js';
import type { DemoContext } from '../demo-page.js';

const shots = `${fileURLToPath(new URL('../../../', import.meta.url))}test-results/screenshots`;

export function parity(ctx: () => DemoContext): void {
  const p = `demo24_${Math.random().toString(36).slice(2, 8)}`;
  const file = `${p}.py`;
  let page: Page;
  let helper: Session;

  describe('the demo page, issue 24 pieces', () => {
    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      const psk = inject('dhPsk');
      [page, helper] = await Promise.all([
        ctx().browser.newPage({ viewport: { width: 1200, height: 900 } }),
        Session.connect(inject('dhUrl'), psk ? { auth: { type: 'psk', key: psk } } : {}),
      ]);
    });

    afterAll(async () => {
      await helper?.storage.deleteItem(`/notebooks/${file}`).catch(() => undefined);
      await helper
        ?.runScript(`import shutil\nshutil.rmtree(${p}_dir, ignore_errors=True)\ndel ${p}_dir, ${p}_parts, ${p}_arrays`)
        .catch(() => undefined);
      await helper?.close();
      await page?.close();
    });

    it('auth hint, heap and requests, stored scripts, preview columns, partition picker', { timeout: 120_000 }, async () => {
      await page.goto(ctx().demo.url);
      await expect.poll(() => page.textContent('#auth-hint'), { timeout: 20_000 }).toContain('anonymous');
      await page.click('#connect-button');
      await page.waitForSelector('#state[data-state="connected"]', { timeout: 30_000 });
      await expect.poll(() => page.textContent('dd[data-key="Heap"]'), { timeout: 20_000 }).toMatch(/MiB used/);
      await expect.poll(() => page.textContent('dd[data-key="Requests"]'), { timeout: 20_000 }).toMatch(/\d+ done/);

      // A script saved to the server's storage, then opened back into the editor.
      const script = `import tempfile
from deephaven import empty_table, parquet
${p}_dir = tempfile.mkdtemp(prefix="dhrx-demo-")
parquet.write_partitioned(empty_table(30).update(["Day = i % 3 == 0 ? \`d0\` : (i % 3 == 1 ? \`d1\` : \`d2\`)", "X = i"]).partition_by("Day"), ${p}_dir)
${p}_parts = parquet.read(${p}_dir, file_layout=parquet.ParquetFileLayout.KV_PARTITIONED)
${p}_arrays = empty_table(20).update(["A = new int[]{i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7}", "S = String.join(\\"\\", java.util.Collections.nCopies(400, \\"y\\"))"])
`;
      await page.fill('#script', script);
      await page.fill('#file-name', file);
      await page.click('#save-file');
      await expect.poll(() => page.textContent('#files-message'), { timeout: 20_000 }).toBe(`Saved /notebooks/${file}.`);
      await page.fill('#script', 'overwritten');
      await page.selectOption('#files', `/notebooks/${file}`);
      await page.click('#open-file');
      await expect.poll(() => page.inputValue('#script'), { timeout: 20_000 }).toBe(script);
      await page.click('#run');
      await expect.poll(() => page.textContent('#script-output'), { timeout: 60_000 }).toContain(`+ ${p}_parts (Table)`);

      // Array columns travel as previews; long strings are clipped by the grid.
      await page.click(`#objects li[data-name="${p}_arrays"] button[data-action="open"]`);
      await page.waitForSelector('#table-view:not([hidden])');
      await expect.poll(() => page.textContent('#schema'), { timeout: 20_000 }).toContain('ArrayPreview');
      await expect.poll(() => page.textContent('#grid tbody tr:first-child'), { timeout: 20_000 }).toMatch(/\[0, ?1, ?2, ?3, ?4.*\.\.\./);
      expect(await page.textContent('#grid tbody tr:first-child')).toContain('…');
      await page.screenshot({ path: `${shots}/demo-parity-preview.png`, fullPage: true });

      // An uncoalesced table: a partition first, then the grid.
      await page.click(`#objects li[data-name="${p}_parts"] button[data-action="open"]`);
      await page.waitForSelector('#partition-view:not([hidden])', { timeout: 20_000 });
      expect(await page.textContent('#viewer-message')).toContain('uncoalesced');
      expect(await page.locator('#partition-fields select[data-column="Day"] option').allTextContents()).toEqual(['d0', 'd1', 'd2']);
      await page.screenshot({ path: `${shots}/demo-parity-partition.png`, fullPage: true });
      await page.selectOption('#partition-fields select', 'd1');
      await page.click('#partition-apply');
      await expect.poll(() => page.textContent('#page-info'), { timeout: 20_000 }).toMatch(/of 10 \(live\)$/);
      expect(await page.textContent('#grid tbody tr:first-child')).toContain('d1');
      // Column widths are measured afresh for each table (the wide string column before must not push X out of view).
      const widths = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#grid thead th')].map((th) => th.offsetWidth));
      expect(Math.max(...widths)).toBeLessThan(300);
      expect(await page.textContent('#grid thead')).toContain('X');
      expect(await page.textContent(`#objects li[data-name="${p}_parts"] .size`)).toBe('uncoalesced');
      await page.screenshot({ path: `${shots}/demo-parity-grid.png`, fullPage: true });
    });
  });
}
