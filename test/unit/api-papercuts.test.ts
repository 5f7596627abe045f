// Issue 23's API papercuts: one CallOptions, options objects beside pydeephaven's positional flags, Session.query()
// reporting its errors through exec(), and `await using` on sessions and tables.
import { tableFromArrays } from 'apache-arrow';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  Code,
  ExportTicket,
  Session,
  SessionClosedError,
  TableOperations,
  type AbortOptions,
  type CallOptions,
  type OperationOptions,
  type TableCallOptions,
  type TableHandle,
  type ToArrowOptions,
} from 'deephaven-rx';
import { fakeDeephaven } from 'deephaven-rx/testing';
import type { TableOperation } from '../../src/services/table-operations.js';

/** Records what each operation makes, and the options it was given. */
interface Recorded {
  op: TableOperation;
  options: CallOptions | undefined;
}
class Recorder extends TableOperations<Recorded> {
  protected override apply(make: () => TableOperation, options: CallOptions | undefined): Recorded {
    return { op: make(), options };
  }
}

const other: TableHandle = { ticket: ExportTicket.fromId(7), isClosed: false };
const rec = new Recorder();

describe('CallOptions', () => {
  it('is the one { signal } type: the older option types are aliases of it', () => {
    expectTypeOf<AbortOptions>().toEqualTypeOf<CallOptions>();
    expectTypeOf<OperationOptions>().toEqualTypeOf<CallOptions>();
    expectTypeOf<TableCallOptions>().toEqualTypeOf<CallOptions>();
    expectTypeOf<ToArrowOptions>().toEqualTypeOf<CallOptions>();
    expectTypeOf<Parameters<Session['openTable']>[1]>().toEqualTypeOf<CallOptions | undefined>();
  });
});

describe('options objects beside the positional flags (the same operation either way)', () => {
  const signal = new AbortController().signal;
  const same = (a: Recorded, b: Recorded): void => {
    expect(a.op).toEqual(b.op);
    expect(a.options?.signal).toBe(b.options?.signal);
  };

  it('naturalJoin: { type } after the keys or the added columns', () => {
    same(rec.naturalJoin(other, 'K', 'V', { type: 'lastMatch', signal }), rec.naturalJoin(other, 'K', 'V', 'lastMatch', { signal }));
    same(rec.naturalJoin(other, 'K', { type: 'firstMatch' }), rec.naturalJoin(other, 'K', undefined, 'firstMatch'));
    same(rec.naturalJoin(other, 'K', 'V', {}), rec.naturalJoin(other, 'K', 'V'));
    expect(rec.naturalJoin(other, 'K', { signal }).op).toMatchObject({ op: 'naturalJoin', type: 'errorOnDuplicate' });
  });

  it('join: { reserveBits } in place of the flag, the keys or the added columns', () => {
    same(rec.join(other, 'K', 'V', { reserveBits: 12, signal }), rec.join(other, 'K', 'V', 12, { signal }));
    same(rec.join(other, 'K', { reserveBits: 20 }), rec.join(other, 'K', undefined, 20));
    same(rec.join(other, { reserveBits: 3 }), rec.join(other, undefined, undefined, 3));
    expect(rec.join(other, 'K', {}).op).toMatchObject({ op: 'join', reserveBits: 10 });
  });

  it('ungroup: { nullFill } after the columns, or alone', () => {
    same(rec.ungroup('A', { nullFill: false, signal }), rec.ungroup('A', false, { signal }));
    same(rec.ungroup({ nullFill: false }), rec.ungroup(undefined, false));
    expect(rec.ungroup('A', {}).op).toMatchObject({ op: 'ungroup', nullFill: true });
  });

  it('snapshotWhen: { initial, incremental, history } after the stamp columns, or alone', () => {
    const positional = rec.snapshotWhen(other, 'T', true, false, true, { signal });
    same(rec.snapshotWhen(other, 'T', { initial: true, history: true, signal }), positional);
    same(rec.snapshotWhen(other, { incremental: true }), rec.snapshotWhen(other, undefined, false, true));
    expect(rec.snapshotWhen(other, 'T', {}).op).toMatchObject({ op: 'snapshotWhen', initial: false, incremental: false, history: false });
  });

  it('checks the flags in an options object as in pydeephaven order (InvalidArgument at once)', () => {
    expect(() => rec.join(other, 'K', { reserveBits: 63 })).toThrow(/reserveBits/);
    expect(() => rec.naturalJoin(other, 'K', { type: 'nope' as never })).toThrow(/type/);
    expect(() => rec.ungroup('A', { nullFill: 'yes' as never })).toThrow(/nullFill/);
  });

  it('types the overloads: a Query step takes the flags but no signal (exec takes it)', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1]) }));
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    try {
      const t = await session.openTable('t');
      // @ts-expect-error a Query step has no signal: exec() takes it
      session.query(t).ungroup('X', { nullFill: false, signal });
      session.query(t).ungroup('X', { nullFill: false });
      // @ts-expect-error the options object holds the flags, not the positional order's leftovers
      void rec.naturalJoin(other, 'K', 'V', { type: 'lastMatch', reserveBits: 3 });
    } finally {
      await session.close();
    }
  });
});

describe('Session.query() reports its errors the way every call does: exec() rejects', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('a closed session: query() does not throw, exec() rejects with the SessionClosedError', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1]) }));
    session = await Session.connect('http://fake.test', { transport: server.transport });
    const t = await session.openTable('t');
    await session.close();
    const q = session.query(t).head(1);
    await expect(q.exec()).rejects.toBeInstanceOf(SessionClosedError);
  });

  it('bad input while building: no throw, exec() rejects with InvalidArgument before any call', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1]) }));
    session = await Session.connect('http://fake.test', { transport: server.transport });
    const t = await session.openTable('t');
    const calls = server.transport.calls.length;
    await expect(
      session
        .query('not a table' as never)
        .head(1)
        .exec(),
    ).rejects.toMatchObject({
      code: Code.InvalidArgument,
      rawMessage: expect.stringMatching(/takes a Table/),
    });
    const q = session.query(t).head(-1).where('X > 0');
    expect(q.length).toBe(0); // the bad step and those after it were not added
    await expect(q.exec()).rejects.toMatchObject({ code: Code.InvalidArgument });
    expect(server.transport.calls.length).toBe(calls);
  });
});

describe('await using', () => {
  it('closes a session and releases a table at the end of the block', async () => {
    const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1]) }));
    let kept: Session | undefined;
    let ticket: number;
    {
      await using session = await Session.connect('http://fake.test', { transport: server.transport });
      kept = session;
      {
        await using t = await session.openTable('t');
        ticket = t.ticket.id;
        expect(server.held.size).toBe(1);
      }
      expect(server.released).toEqual([ticket]);
      expect(session.isClosed).toBe(false);
    }
    expect(kept.isClosed).toBe(true);
  });

  it('the method is keyed by Symbol.asyncDispose', async () => {
    const server = fakeDeephaven();
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    expect(typeof Symbol.asyncDispose).toBe('symbol');
    await session[Symbol.asyncDispose]();
    expect(session.isClosed).toBe(true);
  });
});
