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
  /** A Chromium of its own rather than the layer's shared one (the benchmarks count its renderer processes). */
  readonly ownBrowser?: boolean;
}

/**
 * Chromium for one test file: a connection to the browser layer's shared Chromium (started once per run by
 * `test/browser/global-setup.ts`: launching one per file costs a second or more on a loaded machine), or a Chromium of
 * its own when `own` is set or the shared one cannot be reached. `close()` of a connected browser closes the contexts
 * and pages the file opened and leaves the shared Chromium running.
 */
export async function launchChromium(own = false): Promise<Browser> {
  const endpoint = own ? '' : inject('chromiumEndpoint');
  if (endpoint) {
    try {
      return await chromium.connect(endpoint, { timeout: 30_000 });
    } catch (err) {
      console.warn(`the shared Chromium cannot be reached (${String(err)}): launching one for this file`);
    }
  }
  return chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
}

/**
 * Chromium with the harness page loaded and ready; page errors are collected for a final health check. One of the
 * shared test fixtures the benchmarks use too (with `test/interop/peer.ts` and `test/server/`).
 */
export async function openHarness(options: HarnessOptions = {}): Promise<{ browser: Browser; page: Page; pageErrors: string[] }> {
  const browser = await launchChromium(options.ownBrowser);
  return { browser, ...(await openHarnessPage(browser, options.modules)) };
}

/**
 * One more harness page in `browser`, in a context of its own (the benchmarks give the JS API its own page, so that
 * each page's long tasks are one client's), loaded and ready, with `modules` loaded as {@link openHarness} does.
 */
export async function openHarnessPage(browser: Browser, modules: readonly string[] = []): Promise<{ page: Page; pageErrors: string[] }> {
  // The TLS test server's certificate is self-signed.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(inject('pageUrl'));
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, { timeout: 30_000 });
  for (const file of modules) {
    // Vite's dev server serves files of the project by absolute path under /@fs/; a module script's load event
    // fires once it and its imports have run.
    await page.addScriptTag({
      type: 'module',
      url: new URL(`/@fs${file.startsWith('/') ? '' : '/'}${file.replace(/\\/g, '/')}`, inject('pageUrl')).href,
    });
  }
  return { page, pageErrors };
}
