// Session.connectionState$ over the fake transport: the state at once, 'reconnecting' on a lost connection (or an
// UNAVAILABLE call, the only sign on fetch), 'connected' when a call is answered again, completion at the end.
import { describe, expect, it, vi } from 'vitest';
import { Session, type ConnectionState } from 'deephaven-rx';
import { createFakeTransport, fakeDeephaven } from 'deephaven-rx/testing';

const CONFIG = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';

interface Recorded {
  readonly states: ConnectionState[];
  readonly completed: () => boolean;
}

function record(session: Session): Recorded {
  const states: ConnectionState[] = [];
  let done = false;
  session.connectionState$.subscribe({ next: (s) => states.push(s), complete: () => (done = true) });
  return { states, completed: () => done };
}

/** Waits (polling, up to 3 s) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error('not yet');
    },
    { timeout: 3000 },
  );
}

describe('Session.connectionState$', () => {
  it("says 'connected' at once, 'reconnecting' on a lost connection (once for several), and 'connected' when the probe is answered", async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    let answer = false;
    let probes = 0;
    server.transport.handle(CONFIG, (call) => {
      probes++;
      if (!answer) {
        call.end({ code: 14, message: 'no route to host' });
        return;
      }
      call.respond(new Uint8Array());
      call.end();
    });
    const r = record(session);
    expect(r.states).toEqual(['connected']);
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    server.transport.emit({ kind: 'lost', lane: 'session', reason: 'socket closed' });
    expect(r.states).toEqual(['connected', 'reconnecting']);
    await until(() => probes >= 2); // a second probe: the first failed
    expect(r.states).toEqual(['connected', 'reconnecting']); // the probe failed: still reconnecting
    answer = true; // the keep-alive retries soon (100 ms plus jitter)
    await until(() => r.states.length === 3);
    expect(r.states).toEqual(['connected', 'reconnecting', 'connected']);
    // A late subscriber gets the current state.
    expect(record(session).states).toEqual(['connected']);
    await session.close();
    expect(r.completed()).toBe(true);
  });

  it("on fetch (no connection events) a call failing with UNAVAILABLE means 'reconnecting'", async () => {
    const server = fakeDeephaven(createFakeTransport({ kind: 'grpc-web-fetch', supportsClientStreaming: false }));
    const session = await Session.connect('https://fake.test', { transport: server.transport });
    const r = record(session);
    let answer = false;
    const unreachable = { code: 14, message: 'could not reach the server' };
    server.transport.handle('io.deephaven.proto.backplane.grpc.ApplicationService/ListFields', (call) => call.end(unreachable));
    server.transport.handle(CONFIG, (call) => {
      if (answer) {
        call.respond(new Uint8Array());
        call.end();
      } else call.end(unreachable);
    });
    const e: unknown = await session.tables().catch((err: unknown) => err);
    expect(e).toMatchObject({ name: 'DeephavenError' });
    expect(r.states.at(-1)).toBe('reconnecting');
    answer = true;
    await until(() => r.states.at(-1) === 'connected');
    await session.close();
  });

  it('completes when the session ends on the server, with closed$ saying why (rebuild: false)', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport, rebuild: false });
    const r = record(session);
    server.transport.handle(CONFIG, (call) => call.end({ code: 16, message: 'unknown session' }));
    const reason = new Promise<string>((resolve) => session.closed$.subscribe((e) => resolve(e.reason)));
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    expect(await reason).toBe('connection-lost');
    expect(r.states).toEqual(['connected', 'reconnecting']);
    expect(r.completed()).toBe(true);
    // After the end: completes at once, with no state.
    expect(record(session)).toMatchObject({ states: [] });
    expect(record(session).completed()).toBe(true);
  });

  it("close() never says 'reconnecting': what the server's end of the session does to open calls is no lost connection", async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const r = record(session);
    server.transport.handle('io.deephaven.proto.backplane.grpc.SessionService/CloseSession', (call) => {
      // The server ends the session before it answers: a call still open is refused, the socket closes.
      server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
      void session.tables().catch(() => undefined);
      setTimeout(() => {
        call.respond(new Uint8Array());
        call.end();
      }, 20);
    });
    server.transport.handle('io.deephaven.proto.backplane.grpc.ApplicationService/ListFields', (call) =>
      call.end({ code: 16, message: 'unknown session' }),
    );
    await session.close();
    expect(r.states).toEqual(['connected']);
    expect(r.completed()).toBe(true);
    expect(await new Promise((resolve) => session.closed$.subscribe((e) => resolve(e.reason)))).toBe('closed');
  });

  it('livenessTimeoutMs must be a number of milliseconds', async () => {
    const server = fakeDeephaven();
    await expect(Session.connect('http://fake.test', { transport: server.transport, livenessTimeoutMs: -1 })).rejects.toMatchObject({
      code: 3,
    });
  });
});
