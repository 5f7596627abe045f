import { afterAll, describe, expect, it } from 'vitest';
import { Session, type SessionEnded, type TransportKind } from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { ApplicationService, ListFieldsRequest } from '../../src/transport/services.js';
import { freePort, startServer, type RunningServer } from '../server/server.mjs';

// The servers here are the tests' own, because the tests stop them. The second test kills the server the first one
// restarted (or starts one when run alone): one server start fewer.
const servers: RunningServer[] = [];
let restarted: RunningServer | undefined;
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

interface Watched {
  session: Session;
  ended: Promise<SessionEnded>;
  /** The connection states seen, and whether the stream completed. */
  states: { seen: string[]; completed: boolean };
  stream: Promise<{ kind: 'error' | 'complete'; code?: number | undefined; message?: string | undefined }>;
  /** Resolves when the stream has answered (the server's first field list). */
  opened: Promise<void>;
}

async function watch(url: string, transport: TransportKind): Promise<Watched> {
  // Today's behaviour, kept with rebuild: false (test/integration/rebuild.int.test.ts covers the rebuild).
  const session = await Session.connect(url, { transport, rebuild: false });
  const ended = new Promise<SessionEnded>((resolve) => session.closed$.subscribe(resolve));
  const states = { seen: [] as string[], completed: false };
  session.connectionState$.subscribe({ next: (st) => states.seen.push(st), complete: () => (states.completed = true) });
  let answered: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (answered = resolve));
  const stream = new Promise<Watched['stream'] extends Promise<infer T> ? T : never>((resolve) => {
    probeSession(session)
      .rpc.serverStream(ApplicationService.ListFields, new ListFieldsRequest())
      .subscribe({
        next: () => answered(),
        error: (e: { code?: number; message?: string }) => resolve({ kind: 'error', code: e.code, message: e.message }),
        complete: () => resolve({ kind: 'complete' }),
      });
  });
  return { session, ended, states, stream, opened };
}

describe('faults (Node)', () => {
  it('the server stops under open streams: streams fail, closed$ says why, no unhandled rejection, no timer left', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const server = await startServer({ port });
    servers.push(server);
    const baseline = timers();
    const watched = await Promise.all((['websocket-multiplex', 'node-http2'] as const).map((t) => watch(server.url, t)));
    await Promise.all(watched.map((w) => w.opened));
    const stoppedAt = Date.now();
    await server.stop();
    for (const w of watched) {
      const s = await w.stream;
      expect(s.kind).toBe('error');
      expect([1, 14, 16]).toContain(s.code); // CANCELLED or UNAVAILABLE as the connection goes, or the session's end (UNAUTHENTICATED)
      const end = await w.ended;
      expect(['server-shutdown', 'connection-lost']).toContain(end.reason);
      expect(w.session.isClosed).toBe(true);
      expect(w.states.seen[0]).toBe('connected');
      expect(w.states.completed).toBe(true);
    }
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(unhandled).toEqual([]);
    expect(timers()).toBeLessThanOrEqual(baseline);

    // The server comes back on the same port: new sessions connect; the old ones stay ended.
    const again = await startServer({ port });
    servers.push(again);
    restarted = again;
    const fresh = await Session.connect(again.url);
    expect(fresh.serverVersion).toBeDefined();
    await fresh.close();
    await expect(watched[0]?.session.runScript('x = 1')).rejects.toMatchObject({ name: 'SessionClosedError' });
  });

  it('the connection drops and the server restarts: calls fail fast and closed$ reports the lost session', {
    timeout: 120_000,
  }, async () => {
    const first = restarted ?? (await startServer({ port: await freePort() }));
    if (first !== restarted) servers.push(first);
    const port = Number(new URL(first.url).port);
    const w = await watch(first.url, 'websocket-multiplex');
    // A hard kill: no goodbye from the server.
    process.kill(-first.pid, 'SIGKILL');
    const s = await w.stream;
    expect(s).toMatchObject({ kind: 'error', code: 14 });
    const second = await startServer({ port });
    servers.push(second);
    const end = await w.ended;
    expect(end.reason).toBe('connection-lost');
    expect(end.error.code).toBe(14); // UNAVAILABLE: the server went away (UNAUTHENTICATED is for an expired session)
    // 'reconnecting' while the server was down, then the end: the new server does not know the session.
    expect(w.states).toEqual({ seen: ['connected', 'reconnecting'], completed: true });
    const fresh = await Session.connect(second.url);
    expect(fresh.serverVersion).toBeDefined();
    await fresh.close();
    expect(unhandled).toEqual([]);
  });
});
