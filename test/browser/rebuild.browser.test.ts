// Sessions that survive (issue 21) in Chromium: a dashboard's session on a dedicated server started with a startup
// script (test/server/fixtures/stick.py) that is killed with SIGKILL and started again on the same port. Every live
// stream (a rollup's viewport and a partitioned table's constituent too) emits a fresh snapshot and ticks on, the
// tables read, the Figure re-opens, closed$ never fires.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, type RunningServer } from '../server/server.mjs';
import { openHarness } from './harness-page.js';
import type { RebuildRecord } from './page/rebuild-page.js';

const STICK = fileURLToPath(new URL('../server/fixtures/stick.py', import.meta.url));
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let server: RunningServer;
let port = 0;
const serverOptions = (): Parameters<typeof startServer>[0] => ({ port, scripts: [STICK], testPlugins: true });

beforeAll(async () => {
  port = await freePort();
  [server, { browser, page, pageErrors }] = await Promise.all([
    startServer(serverOptions()),
    openHarness({ modules: [fileURLToPath(new URL('./page/rebuild-page.ts', import.meta.url))] }),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const read = (): Promise<RebuildRecord> => page.evaluate(() => window.rebuild.record);

async function until(test: (r: RebuildRecord) => boolean, what: string, timeoutMs = 120_000): Promise<RebuildRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await read();
    if (test(r)) return r;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify({ ...r, sizes: r.sizes.length })}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A fresh snapshot after `mark`, then a tick. */
function snapshotThenTick(snapshots: boolean[], mark: number): boolean {
  const after = snapshots.slice(mark);
  const at = after.indexOf(true);
  return at >= 0 && after.slice(at + 1).includes(false);
}

describe('sessions that survive a restarted server (Chromium, websocket-multiplex)', () => {
  it('SIGKILL and a restart on the same port: the page’s streams resume, its tables read, closed$ never fires', {
    timeout: 300_000,
  }, async () => {
    await page.evaluate((url) => window.rebuild.start(url), server.url);
    const before = await until(
      (r) =>
        r.viewport.length >= 2 &&
        r.updates.length >= 2 &&
        r.sizes.length >= 2 &&
        r.figures >= 1 &&
        r.rollup.length >= 2 &&
        r.constituent.length >= 2,
      'the streams',
    );
    process.kill(-server.pid, 'SIGKILL');
    await server.stop();
    server = await startServer(serverOptions());
    const after = await until(
      (r) =>
        snapshotThenTick(r.viewport, before.viewport.length) &&
        snapshotThenTick(r.updates, before.updates.length) &&
        snapshotThenTick(r.rollup, before.rollup.length) &&
        snapshotThenTick(r.constituent, before.constituent.length) &&
        r.figures > before.figures &&
        r.sizes.length > before.sizes.length + 1,
      'fresh snapshots and ticks after the restart',
    );
    expect(after.reopened).toBe(1);
    expect(after.charts).toBe(1);
    expect(after.errors).toEqual([]);
    expect(after.ended).toEqual([]);
    expect(after.states).toContain('reconnecting');
    expect(after.states.at(-1)).toBe('connected');
    const checked = await page.evaluate(() => window.rebuild.check());
    expect(checked).toEqual({ staticRows: 5, uploaded: [1, 2, 3], columns: ['Timestamp', 'X'] });
    expect((await read()).unhandled).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
