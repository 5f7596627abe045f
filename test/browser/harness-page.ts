import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../server/chromium.mjs';

/** Options of {@link openHarness}. */
export interface HarnessOptions {
  /**
   * More modules to load into the page once it is ready, as absolute file paths (served by the harness page's dev
   * server, so that they share the page's copy of the SDK). This is how code outside `test/` (the benchmarks) adds
   * its own page objects without the harness page importing it.
   */
  readonly modules?: readonly string[];
}

/**
 * Chromium with the harness page loaded and ready; page errors are collected for a final health check. One of the
 * shared test fixtures the benchmarks use too (with `test/interop/peer.ts` and `test/server/`).
 */
export async function openHarness(options: HarnessOptions = {}): Promise<{ browser: Browser; page: Page; pageErrors: string[] }> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
  // The TLS test server's certificate is self-signed.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(inject('pageUrl'));
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, { timeout: 30_000 });
  for (const file of options.modules ?? []) {
    // Vite's dev server serves files of the project by absolute path under /@fs/; a module script's load event
    // fires once it and its imports have run.
    await page.addScriptTag({
      type: 'module',
      url: new URL(`/@fs${file.startsWith('/') ? '' : '/'}${file.replace(/\\/g, '/')}`, inject('pageUrl')).href,
    });
  }
  return { browser, page, pageErrors };
}
