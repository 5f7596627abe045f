// Bidirectional streams: one set of rules on transports with real client streaming and on the Open/Next
// emulation, driven by scripted frames on the fake transport.
import { lastValueFrom, toArray } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScopeTicket, Session } from 'deephaven-rx';
import { createFakeTransport, fakeDeephaven, probeSession, type FakeCall } from 'deephaven-rx/testing';
import { typedTicketPb } from '../../../src/services/tickets.js';
import { ClientData, ConnectRequest, ObjectService, ServerData, StreamRequest, StreamResponse } from '../../../src/transport/services.js';

const OBJECT = 'io.deephaven.proto.backplane.grpc.ObjectService';
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

function reply(payload: string): Uint8Array {
  const data = new ServerData();
  data.setPayload(new TextEncoder().encode(payload));
  const r = new StreamResponse();
  r.setData(data);
  return r.serializeBinary();
}

/** The payload a request carries ('connect' for the connect request, '' for an empty half-close one). */
function payloadOf(bytes: Uint8Array): string {
  const req = StreamRequest.deserializeBinary(bytes);
  if (req.hasConnect()) return 'connect';
  return text(req.getData()?.getPayload_asU8() ?? new Uint8Array());
}

function request(payload: string): StreamRequest {
  const data = new ClientData();
  data.setPayload(new TextEncoder().encode(payload));
  const r = new StreamRequest();
  r.setData(data);
  return r;
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A session on a fake server whose echo object answers every message; `real` picks real or emulated bidi. */
async function echoSession(real: boolean) {
  const server = fakeDeephaven(createFakeTransport({ supportsClientStreaming: real }));
  const log: { method: string; headers: Record<string, string>; payload: string }[] = [];
  let open: FakeCall | undefined;
  // Real: one call carries everything.
  server.transport.handle(`${OBJECT}/MessageStream`, (call) => {
    call.requests$.subscribe({
      next: (bytes) => {
        log.push({ method: 'MessageStream', headers: { ...call.headers }, payload: payloadOf(bytes) });
        call.respond(reply(`echo ${payloadOf(bytes)}`));
      },
      complete: () => call.end(),
    });
  });
  // Emulated: Open carries the first request and every response; each later request is a Next call.
  server.transport.handle(`${OBJECT}/OpenMessageStream`, (call) => {
    open = call;
    call.requests$.subscribe((bytes) => {
      log.push({ method: 'Open', headers: { ...call.headers }, payload: payloadOf(bytes) });
      call.respond(reply(`echo ${payloadOf(bytes)}`));
      if (call.headers['x-deephaven-stream-halfclose'] === '1') call.end();
    });
  });
  server.transport.handle(`${OBJECT}/NextMessageStream`, (call) => {
    call.requests$.subscribe((bytes) => {
      const halfClose = call.headers['x-deephaven-stream-halfclose'] === '1';
      log.push({ method: 'Next', headers: { ...call.headers }, payload: payloadOf(bytes) });
      if (!halfClose) open?.respond(reply(`echo ${payloadOf(bytes)}`));
      call.respond(new Uint8Array());
      call.end();
      if (halfClose) open?.end();
    });
  });
  session = await Session.connect('http://fake.test', { transport: server.transport });
  const stream = probeSession(session).rpc.bidi(ObjectService.MessageStream, {
    open: ObjectService.OpenMessageStream,
    next: ObjectService.NextMessageStream,
    empty: () => new StreamRequest(),
  });
  return { server, log, stream };
}

function connect(): StreamRequest {
  const r = new StreamRequest();
  const c = new ConnectRequest();
  c.setSourceId(typedTicketPb('my.Echo', ScopeTicket.scopeTicket('obj')));
  r.setConnect(c);
  return r;
}

describe.each([
  ['real client streaming', true],
  ['the Open/Next emulation', false],
])('a bidirectional stream over %s', (_name, real) => {
  it('sends what was queued before the start, in order, then the rest; end() half-closes and the call completes', async () => {
    const { stream } = await echoSession(real);
    stream.send(connect());
    stream.send(request('a'));
    const all = lastValueFrom(stream.responses$.pipe(toArray()));
    stream.send(request('b'));
    stream.end();
    const got = (await all).map((r) => text(r.getData()?.getPayload_asU8() ?? new Uint8Array()));
    expect(got).toEqual(['echo connect', 'echo a', 'echo b']);
  });

  it('responses$ can be subscribed once: a second subscription errors, it never opens a second call', async () => {
    const { stream, server } = await echoSession(real);
    stream.send(connect());
    const first = stream.responses$.subscribe();
    const second = await lastValueFrom(stream.responses$).catch((e: unknown) => e);
    expect(second).toMatchObject({ name: 'DeephavenError', code: 9 });
    await new Promise((r) => setTimeout(r, 10));
    expect(server.transport.calls.filter((m) => /MessageStream$/.test(m) && !m.includes('Next'))).toHaveLength(1);
    first.unsubscribe();
  });

  it('send after end() throws FAILED_PRECONDITION', async () => {
    const { stream } = await echoSession(real);
    stream.send(connect());
    stream.end();
    expect(() => stream.send(request('late'))).toThrow(/FAILED_PRECONDITION/);
  });
});

describe('the Open/Next emulation', () => {
  it('numbers its calls 0, 1, 2… under one stream ticket, half-closes with a header, and releases the stream export', async () => {
    const { stream, log, server } = await echoSession(false);
    stream.send(connect());
    const all = lastValueFrom(stream.responses$.pipe(toArray()));
    stream.send(request('x'));
    stream.send(request('y'));
    stream.end();
    await all;
    expect(
      log.map((l) => [l.method, l.headers['x-deephaven-stream-sequence'], l.payload, l.headers['x-deephaven-stream-halfclose'] ?? '']),
    ).toEqual([
      ['Open', '0', 'connect', ''],
      ['Next', '1', 'x', ''],
      ['Next', '2', 'y', ''],
      ['Next', '3', '', '1'],
    ]);
    const tickets = new Set(log.map((l) => l.headers['x-deephaven-stream-ticket']));
    expect(tickets.size).toBe(1);
    await vi.waitFor(() => expect(server.released).toContain(Number([...tickets][0])));
  });
});
