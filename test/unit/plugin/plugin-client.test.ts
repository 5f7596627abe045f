// Plugin clients over the fake transport: the stream's life (until close(), not the last unsubscribe), replay to
// late subscribers, unreadable messages erroring the stream, cancellation of writes.
import { filter, firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ExportTicket, ScopeTicket, ServerObject, Session, type PluginClient, type Table } from 'deephaven-rx';
import { fakeDeephaven, type FakeCall } from 'deephaven-rx/testing';
import { ServerData, StreamRequest, StreamResponse, Ticket, TypedTicket } from '../../../src/transport/services.js';

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

function message(payload: string, refs: Uint8Array[] = []): Uint8Array {
  const data = new ServerData();
  data.setPayload(new TextEncoder().encode(payload));
  data.setExportedReferencesList(
    refs.map((bytes) => {
      const typed = new TypedTicket();
      const t = new Ticket();
      t.setTicket(bytes);
      typed.setTicket(t);
      typed.setType('Table');
      return typed;
    }),
  );
  const r = new StreamResponse();
  r.setData(data);
  return r.serializeBinary();
}

/** An echo plugin: greets with "ready", echoes each message, ends when the client half-closes. */
function echo(call: FakeCall, state: { streams: number; ended: number; cancelled: number }): void {
  state.streams += 1;
  void call.cancelled.then(() => (state.cancelled += 1));
  call.requests$.subscribe({
    next: (bytes) => {
      const req = StreamRequest.deserializeBinary(bytes);
      if (req.hasConnect()) return call.respond(message('ready'));
      const payload = text(req.getData()?.getPayload_asU8() ?? new Uint8Array());
      if (payload === 'bad ref') return call.respond(message('x', [ScopeTicket.scopeTicket('nope').rawBytes]));
      if (payload === 'ref') return call.respond(message('x', [ExportTicket.fromId(-3).rawBytes]));
      call.respond(message(payload));
    },
    complete: () => {
      state.ended += 1;
      call.end();
    },
  });
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function client(
  options: { replay?: number } = {},
): Promise<{ c: PluginClient; state: { streams: number; ended: number; cancelled: number } }> {
  const server = fakeDeephaven();
  const state = { streams: 0, ended: 0, cancelled: 0 };
  server.transport.handle('io.deephaven.proto.backplane.grpc.ObjectService/MessageStream', (call) => echo(call, state));
  server.table('obj', (await import('apache-arrow')).tableFromArrays({ X: Int32Array.from([1]) }));
  session = await Session.connect('http://fake.test', { transport: server.transport });
  const c = await session.pluginClient(new ServerObject('my.Echo', ScopeTicket.scopeTicket('obj')), options);
  return { c, state };
}

describe('PluginClient over the fake transport', () => {
  it('the stream lives until close(): unsubscribing (firstValueFrom) does not end it', async () => {
    const { c, state } = await client();
    expect(text((await firstValueFrom(c.respStream))[0])).toBe('ready');
    const next = lastValueFrom(c.respStream.pipe(take(2), toArray()));
    await c.reqStream.write('again');
    // The server still echoes on the same call after that first subscriber left.
    expect((await next).map(([p]) => text(p))).toEqual(['ready', 'again']);
    expect(state).toMatchObject({ streams: 1, ended: 0, cancelled: 0 });
    await c.close();
    expect(state).toMatchObject({ streams: 1, ended: 1 });
  });

  it('late subscribers receive every message from the first; respStream completes on close()', async () => {
    const { c } = await client();
    await c.reqStream.write('one'); // queued until the server's greeting, which a write also opens
    await c.reqStream.write('two');
    await lastValueFrom(c.respStream.pipe(take(3))); // all three have arrived before the late subscriber comes
    const all = lastValueFrom(c.respStream.pipe(toArray()));
    await c.close();
    expect((await all).map(([p]) => text(p))).toEqual(['ready', 'one', 'two']);
  });

  it('replay bounds what late subscribers receive (the latest messages); after the end they hear only the end', async () => {
    const { c } = await client({ replay: 2 });
    for (const m of ['one', 'two', 'three']) await c.reqStream.write(m);
    const seen: string[] = [];
    const live = c.respStream.subscribe(([p]) => seen.push(text(p)));
    await vi.waitFor(() => expect(seen).toEqual(['two', 'three']));
    live.unsubscribe();
    await c.close();
    expect(await lastValueFrom(c.respStream.pipe(toArray()))).toEqual([]);
  });

  it('replay: 0 keeps nothing; a bad replay is refused before any call', async () => {
    const { c } = await client({ replay: 0 });
    const early = firstValueFrom(c.respStream.pipe(filter(([p]) => text(p) === 'early')));
    await c.reqStream.write('early');
    await early;
    const next = firstValueFrom(c.respStream);
    await c.reqStream.write('late');
    expect(text((await next)[0])).toBe('late');
    await c.close();
    await expect(session?.pluginClient(new ServerObject('my.Echo', ScopeTicket.scopeTicket('obj')), { replay: -1 })).rejects.toMatchObject({
      name: 'DeephavenError',
      code: 3,
    });
  });

  it('a message the SDK cannot read errors the stream (not an unhandled error); writes fail after', async () => {
    const { c } = await client();
    const unhandled = vi.fn();
    process.on('uncaughtException', unhandled);
    try {
      const failed = lastValueFrom(c.respStream).catch((e: unknown) => e);
      await c.reqStream.write('bad ref');
      expect(await failed).toMatchObject({ name: 'DeephavenError', code: 15 });
      await expect(c.reqStream.write('after')).rejects.toMatchObject({ name: 'DeephavenError' });
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', unhandled);
    }
  });

  it('references come back as Fetchables and are released with the client', async () => {
    const { c } = await client();
    const got = lastValueFrom(c.respStream.pipe(take(2), toArray()));
    await c.reqStream.write('ref');
    const refs = (await got)[1]?.[1] ?? [];
    expect(refs.map((r) => [r.type, r.ticket.id])).toEqual([['Table', -3]]);
    await c.close();
    expect(refs[0]?.isClosed).toBe(true);
  });

  it('a write aborted while queued rejects with an AbortError and is never sent', async () => {
    const { c } = await client();
    const controller = new AbortController();
    const w = c.reqStream.write('never', [], { signal: controller.signal });
    controller.abort();
    await expect(w).rejects.toMatchObject({ name: 'AbortError' });
    const all = lastValueFrom(c.respStream.pipe(toArray()));
    await c.reqStream.write('sent');
    await c.close();
    expect((await all).map(([p]) => text(p))).toEqual(['ready', 'sent']);
  });

  // ---- issue 23: messages$ and send (respStream and reqStream.write stay as deprecated aliases), typed references,
  // await using ----
  it('messages$ is respStream under its new name; send is reqStream.write', async () => {
    const { c } = await client();
    expect(c.messages$).toBe(c.respStream);
    const two = lastValueFrom(c.messages$.pipe(take(2), toArray()));
    await c.send('hi');
    expect((await two).map(([p]) => text(p))).toEqual(['ready', 'hi']);
    const controller = new AbortController();
    controller.abort();
    await expect(c.send('never', [], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await c.close();
    await expect(c.send('late')).rejects.toMatchObject({ name: 'DeephavenError', code: 9 });
  });

  it('a reference says its kind; fetchTable and pluginClient refuse the other kind before any call', async () => {
    const { c } = await client();
    const got = lastValueFrom(c.messages$.pipe(take(2), toArray()));
    await c.send('ref');
    const ref = (await got)[1]?.[1][0];
    if (ref === undefined) throw new Error('no reference');
    expect(ref.kind).toBe('table');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the test reads the method's type only
    expectTypeOf(ref.fetchTable).returns.toEqualTypeOf<Promise<Table>>();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the test reads the method's type only
    expectTypeOf(ref.pluginClient).returns.toEqualTypeOf<Promise<PluginClient>>();
    const calls = session?.internals.openCallCount;
    await expect(ref.pluginClient()).rejects.toMatchObject({
      code: 9,
      rawMessage: expect.stringMatching(/is a table: use fetchTable\(\)/),
    });
    expect(session?.internals.openCallCount).toBe(calls);
    await ref.close();
    await expect(ref.fetchTable()).rejects.toMatchObject({ code: 9, rawMessage: expect.stringMatching(/was closed/) });
    await c.close();
  });

  it('closes at the end of an await using block', async () => {
    const { c, state } = await client();
    {
      await using held = c;
      await held.send('one');
    }
    expect(c.isClosed).toBe(true);
    expect(state.ended).toBe(1);
  });
});
