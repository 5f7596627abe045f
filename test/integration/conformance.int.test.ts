import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PSK_HANDLER } from '../../src/index.js';
import * as sc from '../conformance/scenarios.js';
import { DH_VERSION } from '../server/env.mjs';

// The idle sessions (more than two lifetimes of the 10 s sessions) start first and are checked last: they wait while
// the other tests run.
const IDLE_MS = 25_000;
let idle: Promise<Awaited<ReturnType<typeof sc.idleThenCall>>[]>;
beforeAll(() => {
  const url = inject('dhUrlHttp1');
  idle = Promise.all([
    sc.idleThenCall({ url, transport: 'websocket-multiplex' }, IDLE_MS),
    sc.idleThenCall({ url, transport: 'node-http2' }, IDLE_MS),
  ]);
  idle.catch(() => undefined); // awaited (and reported) by its test
});

// Node × every transport that applies, against the server that offers it.
const targets: [string, sc.Target][] = [
  ['websocket-multiplex, default server', { url: inject('dhUrl'), transport: 'websocket-multiplex' }],
  ['node-http2 (h2c), default server', { url: inject('dhUrl'), transport: 'node-http2' }],
  ['node-http2 (h2), TLS server', { url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } }],
];

describe.each(targets)('conformance in Node: %s', (_name, target) => {
  it('connects and reads the pinned version', async () => {
    expect(await sc.connectInfo(target)).toEqual({ version: DH_VERSION, transport: target.transport });
  });

  it('runs 50 calls at once', async () => {
    expect((await sc.concurrentCalls(target, 50)).ok).toBe(50);
  });

  it('cancels a server stream after its first message and carries on', async () => {
    const r = await sc.cancelServerStream(target);
    expect(r.fields).toBeGreaterThan(0);
    expect(r.healthyAfter).toBe(true);
  });

  it('streams 1,000 messages both ways in order, half-closes, and the plugin sees the close', async () => {
    const r = await sc.bidiEcho(target, 1000);
    expect(r).toEqual({ first: 'ready', echoed: 1000, inOrder: true, completed: true, closedOnServer: true });
  });

  it('close() completes open streams; later calls fail with SessionClosedError', async () => {
    const r = await sc.closeCompletesStreams(target);
    expect(r.streamCompleted).toBe(true);
    expect(r.after).toMatchObject({ name: 'SessionClosedError', code: 9 });
  });
});

describe('token rotation and keep-alive (server with 10 s sessions)', () => {
  it('sessions left idle for 25 s on every Node transport still work, with rotated tokens', { timeout: 60_000 }, async () => {
    const results = await idle;
    for (const r of results) expect(r).toEqual({ works: true, rotated: true, durationMs: 10_000 });
  });
});

describe('gRPC-Web over HTTP/1.1 (a server with -Dhttp.requireHttp2=false)', () => {
  it('is refused by the server for authenticated calls, and the error says what to use instead', async () => {
    const r = await sc.tryAuth({ url: inject('dhUrlHttp1'), transport: 'grpc-web-fetch' }, { type: 'anonymous' });
    expect(r).toMatchObject({ ok: false, code: 16 });
    expect((r as { message: string }).message).toMatch(/HTTP\/1\.1.*websocket-multiplex.*https/s);
  });
});

describe('auth kinds (Node, websocket)', () => {
  const target: sc.Target = { url: inject('dhUrl'), transport: 'websocket-multiplex' };

  it('a custom handler name with a token is sent as "<type> <token>"; an unknown handler is refused', async () => {
    const r = await sc.tryAuth(target, { type: 'com.example.NoSuchHandler', token: 'x' });
    expect(r).toMatchObject({ ok: false, code: 16 });
  });

  it.runIf(inject('dhPsk') !== '')('the right pre-shared key connects', async () => {
    expect(await sc.tryAuth(target, { type: 'psk', key: inject('dhPsk') })).toEqual({ ok: true });
  });

  it('a wrong pre-shared key is refused with UNAUTHENTICATED', async () => {
    const r = await sc.tryAuth(target, { type: 'psk', key: 'wrong' });
    expect(r).toMatchObject({ ok: false, code: 16 });
    expect((r as { message: string }).message).toContain('refused the credentials');
  });

  it('names the PSK handler as the server does', () => {
    expect(PSK_HANDLER).toBe('io.deephaven.authentication.psk.PskAuthenticationHandler');
  });
});
