import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as Scenarios from '../conformance/scenarios.js';
import { DH_VERSION } from '../server/env.mjs';
import { openHarness } from './harness-page.js';

type Target = Scenarios.Target;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

/** The idle session (more than two lifetimes of the 10 s sessions): started first, checked last, so that it waits while the other tests run. */
let idle: Promise<unknown>;

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness());
  idle = run('idleThenCall', { url: inject('dhUrlHttp1'), transport: 'auto' }, 25_000);
  idle.catch(() => undefined); // awaited (and reported) by its test
});

afterAll(async () => {
  await browser?.close();
});

/** Runs a conformance scenario inside the page. */
function run<K extends keyof typeof Scenarios>(name: K, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(([n, a]) => (window.conformance[n] as (...x: unknown[]) => Promise<unknown>)(...a), [name, args] as const);
}

// Chromium × every transport a browser can use, on a page whose origin differs from every server's.
const targets: [string, Target][] = [
  ['websocket-multiplex, default server (auto on http://)', { url: inject('dhUrl'), transport: 'auto' }],
  ['grpc-web-fetch over HTTP/2, TLS server (auto on https://)', { url: inject('dhUrlTls'), transport: 'auto' }],
];

describe.each(targets)('conformance in Chromium: %s', (_name, target) => {
  it('connects cross-origin and reads the pinned version', async () => {
    const expected = target.url.startsWith('https:') ? 'grpc-web-fetch' : 'websocket-multiplex';
    expect(await run('connectInfo', target)).toEqual({ version: DH_VERSION, transport: expected });
  });

  it('runs 50 calls at once', async () => {
    expect(await run('concurrentCalls', target, 50)).toMatchObject({ ok: 50 });
  });

  it('cancels a server stream after its first message and carries on', async () => {
    expect(await run('cancelServerStream', target)).toMatchObject({ healthyAfter: true });
  });

  it('streams 1,000 messages both ways in order, half-closes, and the plugin sees the close', async () => {
    const r = await run('bidiEcho', target, 1000);
    expect(r).toEqual({ first: 'ready', echoed: 1000, inOrder: true, completed: true, closedOnServer: true });
  });

  it('close() completes open streams; later calls fail with SessionClosedError', async () => {
    expect(await run('closeCompletesStreams', target)).toMatchObject({
      streamCompleted: true,
      after: { name: 'SessionClosedError', code: 9 },
    });
  });

  it('accepts the right pre-shared key on the default server', async () => {
    if (target.url !== inject('dhUrl') || inject('dhPsk') === '') return;
    expect(await run('tryAuth', target, { type: 'psk', key: inject('dhPsk') })).toEqual({ ok: true });
  });

  it('refuses wrong credentials with UNAUTHENTICATED', async () => {
    expect(await run('tryAuth', target, { type: 'psk', key: 'wrong' })).toMatchObject({ ok: false, code: 16 });
  });
});

describe('Chromium: keep-alive with 10 s sessions', () => {
  it('a session idle for 25 s still works, with a rotated token', { timeout: 60_000 }, async () => {
    const r = await idle;
    expect(r).toEqual({ works: true, rotated: true, durationMs: 10_000 });
  });
});

describe('Chromium page health', () => {
  it('raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
