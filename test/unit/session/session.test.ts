// Sessions over the fake transport: connect, token, fetch/publish/release bookkeeping, close, cancellation.
import { tableFromArrays } from 'apache-arrow';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Code, ScopeTicket, Session, SessionClosedError, SharedTicket } from 'deephaven-rx';
import { createFakeTransport, fakeDeephaven } from 'deephaven-rx/testing';

describe('Session over the fake transport', () => {
  it('connects, sends its token on later calls, and closes on the server', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    expect(session.configuration.get('http.session.durationMs')).toBe('300000');
    expect(server.transport.calls).toContain('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants');
    const ended = firstValueFrom(session.closed$);
    await session.close();
    expect(await ended).toMatchObject({ reason: 'closed' });
    expect(server.transport.calls).toContain('io.deephaven.proto.backplane.grpc.SessionService/CloseSession');
    await expect(session.fetch(ScopeTicket.scopeTicket('x'))).rejects.toBeInstanceOf(SessionClosedError);
    expect(server.transport.openCalls).toBe(0);
  });

  it('fetch makes an export, release releases it once, publish publishes it', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1]) }));
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const e = await session.fetch(ScopeTicket.scopeTicket('t'));
    expect([...server.held]).toEqual([e.id]);
    await session.publish(e, SharedTicket.randomTicket());
    await session.release(e);
    await session.release(e);
    expect(server.released).toEqual([e.id]);
    await expect(session.fetch(ScopeTicket.scopeTicket('missing'))).rejects.toMatchObject({ code: 5 });
    await session.close();
  });

  it('connect with an aborted signal rejects with a DOMException AbortError and makes no call', async () => {
    const fake = createFakeTransport();
    const err: unknown = await Session.connect('http://fake.test', { transport: fake, signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('AbortError');
    expect(fake.calls).toEqual([]);
  });

  it('a method the server does not have fails with UNIMPLEMENTED', async () => {
    const fake = createFakeTransport();
    await expect(Session.connect('http://fake.test', { transport: fake })).rejects.toMatchObject({ code: 12 });
  });

  it('a lost connection with the session gone on the server ends the session as connection-lost (rebuild: false)', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport, rebuild: false });
    server.transport.handle('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants', (call) =>
      call.end({ code: 16, message: 'unknown session' }),
    );
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    expect(await firstValueFrom(session.closed$)).toMatchObject({ reason: 'connection-lost', error: { code: Code.Unavailable } });
    // Later calls fail with the same code: the server went away (UNAUTHENTICATED would send users to their credentials).
    await expect(session.tables()).rejects.toMatchObject({ name: 'SessionClosedError', code: Code.Unavailable, reason: 'connection-lost' });
  });
});
