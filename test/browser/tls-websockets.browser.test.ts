// `auto` on https:// in Chromium. Where the server offers websockets over TLS (-Dhttp.websockets=true), unary and
// bidirectional calls share one secure websocket (real bidi: no Open/Next emulation) and the large read (Flight
// DoGet) goes over fetch (HTTP/2). Where it does not (a default TLS server: the upgrade answers 404), every call goes
// over fetch, silently. Both against real servers; the network is watched from Playwright.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../server/server.mjs';
import { selfSignedCertificate } from '../server/tls.mjs';
import { openHarness } from './harness-page.js';

let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  const cert = await selfSignedCertificate();
  server = await startServer({ tls: { certPath: cert.certPath, keyPath: cert.keyPath }, jvmArgs: ['-Dhttp.websockets=true'] });
  ({ browser, page, pageErrors } = await openHarness());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Connects with `auto`, runs a script, reads a table (DoGet) and follows a ticking one (a bidi DoExchange). */
async function session(url: string): Promise<{ result: Record<string, unknown>; sockets: string[]; posts: string[] }> {
  const sockets: string[] = [];
  const posts: string[] = [];
  const onSocket = (ws: { url(): string }): void => void sockets.push(ws.url());
  const onRequest = (r: { method(): string; url(): string }): void => {
    if (r.method() === 'POST' && new URL(r.url()).origin === new URL(url).origin) posts.push(new URL(r.url()).pathname.slice(1));
  };
  page.on('websocket', onSocket);
  page.on('request', onRequest);
  try {
    const result = await page.evaluate(async (u) => {
      const s = await window.dhrx.Session.connect(u);
      try {
        await s.runScript('from deephaven import empty_table, time_table\nrouted_static = empty_table(1000).update("A = i")\nrouted_ticking = time_table("PT0.1s").update("X = i")');
        const rows = (await (await s.openTable('routed_static')).toArrow()).numRows;
        const ticking = await s.openTable('routed_ticking');
        const updates = await new Promise<number>((resolve, reject) => {
          let n = 0;
          const sub = ticking.updates().subscribe({
            next: () => {
              n += 1;
              if (n === 3) {
                sub.unsubscribe();
                resolve(n);
              }
            },
            error: reject,
          });
        });
        return { transport: s.transport, rows, updates };
      } finally {
        await s.close();
      }
    }, url);
    return { result, sockets, posts };
  } finally {
    page.off('websocket', onSocket);
    page.off('request', onRequest);
  }
}

describe('auto on https:// in Chromium', () => {
  it('a TLS server with websockets: secure websockets for unary and bidi calls, DoGet over fetch', { timeout: 120_000 }, async () => {
    const url = server?.url ?? '';
    expect(url.startsWith('https://')).toBe(true);
    const { result, sockets, posts } = await session(url);
    expect(result).toEqual({ transport: 'websocket-multiplex', rows: 1000, updates: 3 });
    // Sockets as on http://: one per connection lane (the session's own stream has its lane), and a socket left with
    // only cancelled streams is closed (that is how a cancel reaches the server), so a later call opens a new one.
    expect(sockets.length).toBeGreaterThanOrEqual(1);
    expect(sockets.every((s) => new URL(s).protocol === 'wss:')).toBe(true);
    expect(posts).toEqual(['arrow.flight.protocol.FlightService/DoGet']);
  });

  it('a default TLS server (websockets refused): every call over fetch, without an error', { timeout: 120_000 }, async () => {
    const { result, posts } = await session(inject('dhUrlTls'));
    expect(result).toEqual({ transport: 'grpc-web-fetch', rows: 1000, updates: 3 });
    expect(posts).toContain('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants');
    expect(posts).toContain('arrow.flight.protocol.FlightService/DoGet');
    // The bidi subscription runs on the Open/Next emulation, as before.
    expect(posts.some((p) => p.startsWith('arrow.flight.protocol.BrowserFlightService/') || p.startsWith('io.deephaven.flightjs.protocol.BrowserFlightService/'))).toBe(true);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
