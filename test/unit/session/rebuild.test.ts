// The rebuild of a session the server no longer knows (issue 21), over the fake transport: a new login with the same
// credentials, the tables replayed into the same exports, 'reconnecting' then 'connected'; credentials refused end
// the session; a bad reconnectTimeoutMs is refused before any call.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { Session, type ConnectionState, type SessionEnded } from 'deephaven-rx';
import { fakeDeephaven, probeSession, type FakeCall } from 'deephaven-rx/testing';
import { BatchTableRequest } from '../../../src/generated/deephaven_core/proto/table_batch_pb.js';
import {
  ConfigValue,
  ConfigurationConstantsResponse,
  ExportedTableCreationResponse,
  TableReference,
  type Ticket as TicketPb,
} from '../../../src/transport/services.js';

const CONFIG = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';

async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error('not yet');
    },
    { timeout: 8000, interval: 20 },
  );
}

function watch(session: Session): { states: ConnectionState[]; ended: SessionEnded[] } {
  const seen = { states: [] as ConnectionState[], ended: [] as SessionEnded[] };
  session.connectionState$.subscribe((s) => seen.states.push(s));
  session.closed$.subscribe((e) => seen.ended.push(e));
  return seen;
}

function answerConfig(call: FakeCall, token: string): void {
  call.sendHeaders({ authorization: `Bearer ${token}` });
  const r = new ConfigurationConstantsResponse();
  const v = new ConfigValue();
  v.setStringValue('300000');
  r.getConfigValuesMap().set('http.session.durationMs', v);
  call.respond(r.serializeBinary());
  call.end();
}

/** The server restarts (its old tokens are unknown, a new login gets one), the socket drops, the session is rebuilt. */
async function restartAndRebuild(
  server: ReturnType<typeof fakeDeephaven>,
  session: Session,
  seen: { states: ConnectionState[] },
): Promise<void> {
  server.transport.handle(CONFIG, (call) => {
    if ((call.headers['authorization'] ?? '').startsWith('Bearer fake-token-')) return call.end({ code: 16, message: 'unknown session' });
    answerConfig(call, 'after-restart');
  });
  server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
  await until(() => probeSession(session).rebuilds === 1 && seen.states.at(-1) === 'connected');
}

describe('a session rebuilt after its server session is gone', () => {
  it('logs in again with the same credentials and makes its tables again into the same exports', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1, 2, 3]) }));
    const session = await Session.connect('http://fake.test', { transport: server.transport, auth: { type: 'psk', key: 'k1' } });
    const seen = watch(session);
    const t = await session.openTable('t');
    const fetches = (): number => server.transport.calls.filter((c) => c.endsWith('/FetchTable')).length;
    expect(fetches()).toBe(1);
    // The server restarts: the tokens it gave out mean nothing now; the credentials get a new one.
    const logins: string[] = [];
    server.transport.handle(CONFIG, (call) => {
      const auth = call.headers['authorization'] ?? '';
      if (auth.startsWith('Bearer fake-token-')) return call.end({ code: 16, message: 'unknown session' });
      if (!auth.startsWith('Bearer ')) logins.push(auth);
      answerConfig(call, 'after-restart');
    });
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    await until(() => probeSession(session).rebuilds === 1 && seen.states.at(-1) === 'connected');
    expect(logins).toEqual(['io.deephaven.authentication.psk.PskAuthenticationHandler k1']);
    expect(fetches()).toBe(2);
    expect(seen.states).toEqual(['connected', 'reconnecting', 'connected']);
    expect(seen.ended).toEqual([]);
    expect((await t.toArrow()).numRows).toBe(3);
    await session.close();
  });

  it('a table made from one closed since is not made again (the server would wait for it): it fails, saying so', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1, 2, 3]) }));
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const seen = watch(session);
    const t = await session.openTable('t');
    const top = await session.fetchTable(t);
    await t.close();
    await restartAndRebuild(server, session, seen);
    expect(session.internals.exports.failure(top.ticket)?.message).toMatch(
      /^\[FAILED_PRECONDITION\] the table ExportTicket.* was made from .*, which was closed since$/,
    );
    await session.close();
  });

  it('a table made from several (joins, whereIn, snapshotWhen, merges, multiJoin, a query) fails its rebuild when one of them was closed since', async () => {
    const data = tableFromArrays({ X: Int32Array.from([1, 2, 3]) });
    const server = fakeDeephaven().table('t', data);
    // The fake makes any of these tables as the server would (a creation response; a batch names its result).
    const schema = tableToIPC(data, 'stream');
    const header = schema.slice(0, 8 + new DataView(schema.buffer, schema.byteOffset + 4, 4).getInt32(0, true));
    const creation = (result?: TicketPb): Uint8Array => {
      const r = new ExportedTableCreationResponse();
      r.setSuccess(true);
      r.setIsStatic(true);
      r.setSize('3');
      r.setSchemaHeader(header);
      const ref = new TableReference();
      ref.setTicket(result);
      r.setResultId(ref);
      return r.serializeBinary();
    };
    const TABLE = 'io.deephaven.proto.backplane.grpc.TableService';
    for (const m of ['NaturalJoinTables', 'WhereIn', 'SnapshotWhen', 'MergeTables', 'MultiJoinTables', 'Batch'])
      server.transport.handle(`${TABLE}/${m}`, (call) =>
        call.requests$.subscribe((bytes) => {
          call.sendHeaders({});
          const last = m === 'Batch' ? BatchTableRequest.deserializeBinary(bytes).getOpsList().at(-1) : undefined;
          call.respond(creation(last?.getNaturalJoin()?.getResultId()));
          call.end();
        }),
      );
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const seen = watch(session);
    const [left, right] = [await session.openTable('t'), await session.openTable('t')];
    const made = {
      naturalJoin: await left.naturalJoin(right, 'X'),
      whereIn: await left.whereIn(right, 'X'),
      whereNotIn: await left.whereNotIn(right, 'X'),
      snapshotWhen: await left.snapshotWhen(right),
      mergeTables: await session.mergeTables([left, right]),
      multiJoin: await session.multiJoin([left, right], 'X'),
      query: await session.query(left).naturalJoin(right, 'X').exec(),
    };
    await right.close();
    await restartAndRebuild(server, session, seen);
    const reasons = Object.fromEntries(Object.entries(made).map(([op, t]) => [op, session.internals.exports.failure(t.ticket)?.message]));
    const closedSince = expect.stringContaining(`: it was made from ${String(right.ticket)}, which was closed since`);
    expect(reasons).toEqual(Object.fromEntries(Object.keys(made).map((op) => [op, closedSince])));
    // The table they were made from besides it comes back.
    expect(session.internals.exports.failure(left.ticket)).toBeUndefined();
    expect(seen.ended).toEqual([]);
    await session.close();
  });

  it('ends as credentials-refused when the new login is refused', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    const seen = watch(session);
    server.transport.handle(CONFIG, (call) => call.end({ code: 16, message: 'no such user' }));
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    await until(() => seen.ended.length === 1);
    expect(seen.ended[0]?.reason).toBe('credentials-refused');
    expect(seen.ended[0]?.error.message).toContain('no such user');
  });

  it('ends as connection-lost after reconnectTimeoutMs out of reach, and refuses a bad one', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport, reconnectTimeoutMs: 300 });
    const seen = watch(session);
    server.transport.handle(CONFIG, (call) => call.end({ code: 14, message: 'connection refused' }));
    server.transport.emit({ kind: 'lost', lane: 'default', reason: 'socket closed' });
    await until(() => seen.ended.length === 1);
    expect(seen.ended[0]?.reason).toBe('connection-lost');
    // While the server is down nobody claims the session is gone.
    expect(seen.ended[0]?.error.message).not.toContain('no longer knows');
    await expect(
      Session.connect('http://fake.test', { transport: fakeDeephaven().transport, reconnectTimeoutMs: -1 }),
    ).rejects.toMatchObject({ code: 3 });
  });
});
