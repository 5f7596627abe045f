// The demo server (`npm run demo`) serves the API reference at /docs: built by TypeDoc from the public exports.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness-page.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let demo: ChildProcess | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  demo = spawn(process.execPath, ['demo/serve.mjs', '--page-port', '0'], {
    cwd: repo,
    env: { ...process.env, DH_URL: inject('dhUrl') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = demo;
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the demo did not print its URLs:\n${out}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /API reference:\s+(http:\/\/[^/\s]+)\/docs\//.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the demo exited (${String(code)}):\n${out}`)));
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.kill('SIGTERM');
});

describe('the API reference on the demo server', () => {
  it('shows the package page, Session with its example, and the testing entry', async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${origin}/docs/`);
      expect(response?.status()).toBe(200);
      expect(await page.title()).toContain('deephaven-rx');
      await page.goto(`${origin}/docs/classes/index.Session.html`);
      const text = (await page.textContent('body')) ?? '';
      expect(text).toContain('Session.connect');
      expect(text).toContain('runScript');
      expect(await page.locator('code').count()).toBeGreaterThan(0);
      expect((await page.goto(`${origin}/docs/modules/testing.html`))?.status()).toBe(200);
      expect((await page.goto(`${origin}/docs/no-such-page.html`))?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });
});
