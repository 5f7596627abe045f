import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../server/chromium.mjs';
import { DH_VERSION } from '../server/env.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${repo}test-results/screenshots`;
let demo: ChildProcess;
let pageUrl: string;
let browser: Browser;
let page: Page;

/** Runs `npm run demo`'s script against the test server (DH_URL) and waits for the page URL it prints. */
function startDemo(): Promise<string> {
  demo = spawn(process.execPath, ['demo/serve.mjs', '--page-port', '0'], {
    cwd: repo,
    env: { ...process.env, DH_URL: inject('dhUrl') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`demo did not print its URL:\n${out}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /Demo page:\s+(\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    demo.stdout?.on('data', onData);
    demo.stderr?.on('data', onData);
    demo.once('exit', (code) => reject(new Error(`demo exited (${code}):\n${out}`)));
  });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  pageUrl = await startDemo();
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
  page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  demo?.kill('SIGTERM');
});

describe('the demo page (npm run demo)', () => {
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

  it('says clearly when the server cannot be reached', async () => {
    await page.fill('#url', 'http://127.0.0.1:9');
    await page.click('#connect-button');
    await page.waitForSelector('#message.error', { timeout: 15_000 });
    expect(await page.textContent('#message')).toMatch(/UNAVAILABLE.*http:\/\/127\.0\.0\.1:9/);
    await page.screenshot({ path: `${shots}/demo-connect-error.png` });
  });
});
