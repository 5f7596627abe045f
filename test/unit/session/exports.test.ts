// Calls that make an export leave nothing behind: a name the server does not know fails before any export is made,
// and an aborted call is left to finish on the wire, its export released once made (the server keeps an export a
// release cancelled half-made, and a failed one, until the session ends).
import { tableFromArrays } from 'apache-arrow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Code, ExportTicket, ScopeTicket, Session, ticketFromBytes } from 'deephaven-rx';
import { fakeDeephaven, type FakeCall } from 'deephaven-rx/testing';
import { ExportRequest, ExportResponse } from '../../../src/transport/services.js';

const EXPORT_FROM_TICKET = 'io.deephaven.proto.backplane.grpc.SessionService/ExportFromTicket';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function connect(): Promise<ReturnType<typeof fakeDeephaven>> {
  const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1, 2]) }));
  session = await Session.connect('http://fake.test', { transport: server.transport });
  return server;
}

describe('exports of failed and aborted calls', () => {
  it('openTable, fetchTable and fetch of a missing name fail with NOT_FOUND before any export is made', async () => {
    const server = await connect();
    const s = session as Session;
    await expect(s.openTable('nope')).rejects.toMatchObject({ name: 'DeephavenError', code: Code.NotFound });
    await expect(s.fetchTable(ScopeTicket.scopeTicket('nope'))).rejects.toMatchObject({ code: Code.NotFound });
    await expect(s.fetch(ScopeTicket.scopeTicket('nope'))).rejects.toMatchObject({ code: Code.NotFound });
    expect(server.transport.calls.filter((m) => /\/(FetchTable|ExportFromTicket)$/.test(m))).toEqual([]);
    expect(server.held.size).toBe(0);
    // A name that is there: asked about, then fetched.
    expect((await s.openTable('t')).size).toBe(2);
  });

  it('an aborted fetch rejects at once; its call finishes on the wire and the export it made is released', async () => {
    const server = await connect();
    const calls: { call: FakeCall; id: number; cancelled: boolean }[] = [];
    server.transport.handle(EXPORT_FROM_TICKET, (call) => {
      call.requests$.subscribe((bytes) => {
        const ticket = ticketFromBytes(ExportRequest.deserializeBinary(bytes).getResultId()?.getTicket_asU8() ?? new Uint8Array());
        const entry = { call, id: ticket instanceof ExportTicket ? ticket.id : -1, cancelled: false };
        void call.cancelled.then(() => (entry.cancelled = true));
        calls.push(entry);
      });
    });
    const controller = new AbortController();
    const fetching = (session as Session).fetch(ScopeTicket.scopeTicket('t'), { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    await expect(fetching).rejects.toMatchObject({ name: 'AbortError' });
    const [pending] = calls;
    if (pending === undefined) throw new Error('no call');
    expect(pending.cancelled).toBe(false);
    expect(server.released).not.toContain(pending.id);
    // The server makes the export and answers: the SDK releases it.
    pending.call.sendHeaders({});
    pending.call.respond(new ExportResponse().serializeBinary());
    pending.call.end();
    await vi.waitFor(() => expect(server.released).toContain(pending.id));
    expect(pending.cancelled).toBe(false);
  });
});
