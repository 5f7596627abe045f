import { createServer } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Code, DeephavenError, Session, SessionClosedError } from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { DH_VERSION } from '../server/env.mjs';

const url = inject('dhUrl');
const sessions: Session[] = [];

async function connect(...args: Parameters<typeof Session.connect>): Promise<Session> {
  const s = await Session.connect(...args);
  sessions.push(s);
  return s;
}

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

/** A port on 127.0.0.1 where nothing listens (bound then released). */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const address = srv.address();
  await new Promise<void>((r) => srv.close(() => r()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe.each(['websocket-multiplex', 'node-http2'] as const)('connect from Node over %s', (transport) => {
  it('authenticates anonymously and reads the pinned server version', async () => {
    const session = await connect(url, { transport });
    expect(session.transport).toBe(transport);
    expect(session.serverVersion).toBe(DH_VERSION);
    expect(Number(session.configuration.get('http.session.durationMs'))).toBeGreaterThan(0);
  });

  it('rejects a port with nothing listening within seconds, naming the URL', async () => {
    const bad = `http://127.0.0.1:${await deadPort()}`;
    const started = Date.now();
    const err = await Session.connect(bad, { transport }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(DeephavenError);
    expect((err as DeephavenError).code).toBe(Code.Unavailable);
    expect((err as DeephavenError).message).toContain(bad);
  });
});

describe('session lifecycle', () => {
  it('closes: idempotently, reporting why, and later calls fail clearly', async () => {
    const session = await connect(url);
    const ended = new Promise((resolve) => session.closed$.subscribe(resolve));
    const first = session.close();
    expect(session.close()).toBe(first);
    await first;
    expect(session.isClosed).toBe(true);
    expect(await ended).toMatchObject({ reason: 'closed' });
    await expect(probeSession(session).headers()).rejects.toBeInstanceOf(SessionClosedError);
  });

  it('rejects a malformed URL before any network traffic', async () => {
    await expect(Session.connect('localhost:10000')).rejects.toMatchObject({ code: Code.InvalidArgument });
  });

  it('honours an abort signal while connecting', async () => {
    const controller = new AbortController();
    const pending = Session.connect(url, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
