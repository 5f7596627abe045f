import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../server/chromium.mjs';

/** Chromium with the harness page loaded and ready; page errors are collected for a final health check. */
export async function openHarness(): Promise<{ browser: Browser; page: Page; pageErrors: string[] }> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
  // The TLS test server's certificate is self-signed.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(inject('pageUrl'));
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, { timeout: 30_000 });
  return { browser, page, pageErrors };
}
