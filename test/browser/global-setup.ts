import { fileURLToPath } from 'node:url';
import { chromium as playwright } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from '../server/chromium.mjs';

/**
 * Browser layer set-up: makes sure Debian's Chromium is there (installing it with apt when running as root) and
 * serves the harness page (`test/browser/page/`) from a Vite dev server on 127.0.0.1, so that the SDK and its
 * CommonJS-derived stubs load in a real browser exactly as in a dashboard's dev build. One Chromium runs for the
 * whole layer; each test file connects to it (`launchChromium()` in `harness-page.ts`) instead of launching its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = await ensureChromium();
  const root = fileURLToPath(new URL('./page/', import.meta.url));
  const server: ViteDevServer = await createServer({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    root,
    logLevel: 'warn',
    // No file watching or hot reload: an edit (or a late dependency optimisation) must not reload the page under a
    // running test.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') throw new Error('the harness page server has no address');
  project.provide('pageUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromium);
  const shared = await playwright.launchServer({ executablePath: chromium, args: [...CHROMIUM_ARGS] });
  project.provide('chromiumEndpoint', shared.wsEndpoint());
  return async () => {
    await Promise.all([server.close(), shared.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pageUrl: string;
    chromiumPath: string;
    /** The layer's shared Chromium (Playwright's browser server). */
    chromiumEndpoint: string;
  }
}
