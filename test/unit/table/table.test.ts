// Tables over the fake transport: schema, toArrow, record batches as they arrive, cancellation, releases.
import { RecordBatch, Table as ArrowTable, tableFromArrays } from 'apache-arrow';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from 'deephaven-rx';
import { fakeDeephaven, type FakeDeephaven } from 'deephaven-rx/testing';

/** A table of `batches` record batches of 1,000 rows each. */
function data(batches: number): ArrowTable {
  const parts = Array.from(
    { length: batches },
    (_, b) =>
      tableFromArrays({
        X: Int32Array.from({ length: 1000 }, (_, i) => b * 1000 + i),
        Y: Float64Array.from({ length: 1000 }, (_, i) => i / 2),
      }).batches,
  ).flat();
  return new ArrowTable(parts as RecordBatch[]);
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(batches = 3): Promise<{ server: FakeDeephaven; session: Session }> {
  const server = fakeDeephaven().table('t', data(batches));
  session = await Session.connect('http://fake.test', { transport: server.transport });
  return { server, session };
}

describe('Table over the fake transport', () => {
  it('openTable reads the schema; toArrow returns every row', async () => {
    const { session } = await open(3);
    const t = await session.openTable('t');
    expect(t.columns).toEqual(['X', 'Y']);
    expect(t.size).toBe(3000);
    const arrow = await t.toArrow();
    expect(arrow.numRows).toBe(3000);
    expect(arrow.getChild('X')?.get(2999)).toBe(2999);
  });

  it('recordBatches emits one batch per Flight message, as they arrive', async () => {
    const { session } = await open(4);
    const t = await session.openTable('t');
    const batches = await lastValueFrom(t.recordBatches().pipe(toArray()));
    expect(batches.map((b) => b.numRows)).toEqual([1000, 1000, 1000, 1000]);
  });

  it('recordBatches is cold and unsubscribing after the first batch cancels the DoGet', async () => {
    const { server, session } = await open(50);
    const t = await session.openTable('t');
    const first = await firstValueFrom(t.recordBatches());
    expect(first.numRows).toBe(1000);
    await vi.waitFor(() => expect(server.cancelledReads).toBe(1));
    expect(server.transport.calls.filter((m) => m.endsWith('/DoGet'))).toHaveLength(1);
    expect((await t.toArrow()).numRows).toBe(50_000);
  });

  it('toArrow rejects with a DOMException AbortError when aborted mid-read, and cancels the DoGet', async () => {
    const { server, session } = await open(50);
    const t = await session.openTable('t');
    const controller = new AbortController();
    const reading = t.toArrow({ signal: controller.signal });
    // Aborted once the read is under way (its first call made).
    await vi.waitFor(() => expect(server.transport.calls.filter((m) => m.endsWith('/DoGet'))).toHaveLength(1));
    controller.abort();
    const err: unknown = await reading.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('AbortError');
    await vi.waitFor(() => expect(server.cancelledReads).toBe(1));
  });

  it('a pre-aborted signal rejects at once without a call', async () => {
    const { server, session } = await open(1);
    const before = server.transport.calls.length;
    await expect(session.openTable('t', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.transport.calls.length).toBe(before);
  });

  it('close() releases the export once; session.close() ends every call', async () => {
    const { server, session } = await open(1);
    const t = await session.openTable('t');
    expect(server.held.size).toBe(1);
    await t.close();
    await t.close();
    expect(server.released).toEqual([t.ticket.id]);
    expect(server.held.size).toBe(0);
    await session.close();
    expect(server.transport.openCalls).toBe(0);
  });
});
