// extraHeaders from Chromium: gRPC-Web over fetch through a recording proxy (HTTP/1.1 from the browser, HTTP/2 on to
// the server) sees the extra headers on every call of the session. The page is on another origin, so the browser asks
// first (CORS preflight): a Deephaven server allows only the headers it knows, so the proxy answers the preflights,
// as a proxy in front of a server that wants its own headers has to. Over the websocket the headers travel inside the
// socket with each call, so no preflight stands in their way: a websocket reader in front of the server sees them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { HeaderRecordingProxy } from '../support/header-proxy.js';
import { WebSocketTap } from '../support/websocket-tap.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let proxy: HeaderRecordingProxy;

beforeAll(async () => {
  proxy = new HeaderRecordingProxy(new URL(inject('dhUrl')), 'http/1.1', true);
  await proxy.start();
  ({ browser, page, pageErrors } = await openHarness());
});

afterAll(async () => {
  await browser?.close();
  await proxy?.stop();
});

it('extra headers are sent with every call of a grpc-web-fetch session (unary calls and server streams)', {
  timeout: 120_000,
}, async () => {
  const rows = await page.evaluate(async (url) => {
    const { Session } = window.dhrx;
    const session = await Session.connect(url, { transport: 'grpc-web-fetch', extraHeaders: { 'x-dhrx-tenant': 'blue' } });
    try {
      const t = await session.emptyTable(4).then((e) => e.update('X = i'));
      const q = await session.query(t).where('X > 0').head(2).exec();
      const n = (await q.toArrow()).numRows;
      await Promise.all([t.close(), q.close()]);
      return n;
    } finally {
      await session.close();
    }
  }, proxy.url);
  expect(rows).toBe(2);

  const calls = proxy.grpcCalls();
  const methods = new Set(calls.map((c) => c.path.slice(1)));
  for (const m of [
    'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants',
    'io.deephaven.proto.backplane.grpc.TableService/EmptyTable',
    'io.deephaven.proto.backplane.grpc.TableService/Batch',
    'arrow.flight.protocol.FlightService/DoGet',
    'io.deephaven.proto.backplane.grpc.SessionService/CloseSession',
  ]) {
    expect(methods, m).toContain(m);
  }
  expect(calls.filter((c) => c.headers['x-dhrx-tenant'] !== 'blue').map((c) => c.path)).toEqual([]);
  expect(calls.every((c) => c.httpVersion === '1.1')).toBe(true);
  expect(pageErrors).toEqual([]);
});

it('extra headers are sent with every call of a websocket-multiplex session, inside the socket, from another origin', {
  timeout: 120_000,
}, async () => {
  const tap = new WebSocketTap(new URL(inject('dhUrl')));
  await tap.start();
  try {
    const rows = await page.evaluate(async (url) => {
      const { Session } = window.dhrx;
      const session = await Session.connect(url, { transport: 'websocket-multiplex', extraHeaders: { 'x-dhrx-tenant': 'green' } });
      try {
        const t = await session.emptyTable(4).then((e) => e.head(3));
        const q = await session.query(t).head(2).exec();
        const n = (await q.toArrow()).numRows;
        await Promise.all([t.close(), q.close()]);
        return n;
      } finally {
        await session.close();
      }
    }, tap.url);
    expect(rows).toBe(2);
    const methods = new Set(tap.calls.map((c) => c.path));
    for (const m of [
      'io.deephaven.proto.backplane.grpc.TableService/Batch',
      'arrow.flight.protocol.FlightService/DoGet',
      'io.deephaven.proto.backplane.grpc.SessionService/CloseSession',
    ]) {
      expect(methods, m).toContain(m);
    }
    expect(tap.calls.filter((c) => c.headers['x-dhrx-tenant'] !== 'green').map((c) => c.path)).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await tap.stop();
  }
});
