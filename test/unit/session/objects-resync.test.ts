// Session.exportableObjects$ across a dropped connection, over the fake transport: the field stream the drop failed
// (UNAVAILABLE) is opened again while the session lives, and its full list replaces the old map (a variable removed
// meanwhile goes); the subscriber sees no error. Any other failure still ends the stream.
import { describe, expect, it, vi } from 'vitest';
import { Session } from 'deephaven-rx';
import { fakeDeephaven, type FakeCall } from 'deephaven-rx/testing';
import { FieldsChangeUpdate, Ticket, TypedTicket } from '../../../src/transport/services.js';
import { FieldInfo } from '../../../src/generated/deephaven_core/proto/application_pb.js';

const LIST = 'io.deephaven.proto.backplane.grpc.ApplicationService/ListFields';

function listing(names: readonly string[]): Uint8Array {
  const update = new FieldsChangeUpdate();
  for (const name of names) {
    const info = new FieldInfo();
    const typed = new TypedTicket();
    const ticket = new Ticket();
    ticket.setTicket(new TextEncoder().encode(`s/${name}`));
    typed.setTicket(ticket);
    typed.setType('Table');
    info.setTypedTicket(typed);
    info.setFieldName(name);
    info.setApplicationId('scope');
    update.addCreated(info);
  }
  return update.serializeBinary();
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

describe('exportableObjects$ across a dropped connection', () => {
  it('reopens the field stream after UNAVAILABLE and replaces the map with the new full list', async () => {
    const server = fakeDeephaven();
    const calls: FakeCall[] = [];
    server.transport.handle(LIST, (call) => {
      calls.push(call);
      call.respond(listing(calls.length === 1 ? ['a', 'b'] : ['b', 'c']));
    });
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const maps: string[][] = [];
    const errors: unknown[] = [];
    const sub = session.exportableObjects$.subscribe({
      next: (m) => maps.push(Object.keys(m).sort()),
      error: (e: unknown) => errors.push(e),
    });
    await until(() => maps.length === 1);
    calls[0]?.fail('the connection to the server was lost');
    await until(() => maps.length === 2);
    expect(maps).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(errors).toEqual([]);
    sub.unsubscribe();
    await session.close();
  });

  it('another failure still errors the stream', async () => {
    const server = fakeDeephaven();
    server.transport.handle(LIST, (call) => call.end({ code: 7, message: 'not allowed' }));
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const error = await new Promise<unknown>((resolve) => session.exportableObjects$.subscribe({ error: resolve }));
    expect(error).toMatchObject({ code: 7 });
    await session.close();
  });
});
