import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DH_VERSION } from '../server/env.mjs';
import { launchChromium } from './harness-page.js';

const serverUrl = inject('dhUrl');
const pageUrl = inject('pageUrl');
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('connect from Chromium (page on another origin than the server)', () => {
  it('authenticates anonymously over the multiplexed websocket and reads the server version', async () => {
    const result = await page.evaluate(async (url) => {
      const session = await window.dhrx.Session.connect(url);
      const out = { version: session.serverVersion, transport: session.transport };
      await session.close();
      return out;
    }, serverUrl);
    expect(result).toEqual({ version: DH_VERSION, transport: 'websocket-multiplex' });
    expect(new URL(pageUrl).origin).not.toBe(new URL(serverUrl).origin);
  });

  it('rejects a dead port with a DeephavenError naming the URL', async () => {
    const result = await page.evaluate(async () => {
      try {
        await window.dhrx.Session.connect('http://127.0.0.1:9');
        return 'connected?';
      } catch (e) {
        const err = e as InstanceType<typeof window.dhrx.DeephavenError>;
        return { isDh: e instanceof window.dhrx.DeephavenError, code: err.code, message: err.message };
      }
    });
    expect(result).toMatchObject({ isDh: true, code: 14 });
    expect((result as { message: string }).message).toContain('http://127.0.0.1:9');
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
