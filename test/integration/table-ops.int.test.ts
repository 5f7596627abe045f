// Issue 13 in Node against the real server, with pydeephaven 42.7 as the oracle: every table operation on static
// and ticking sources (nulls in every column type) equals pydeephaven's result digest for digest; uploads,
// input tables, batches and bad input.
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as ops from '../scenarios/table-ops.js';

const url = inject('dhUrl');
const ws: ops.Target = { url, transport: 'websocket-multiplex' };
let peer: PythonPeer;
let sources: { static: ops.Sources; ticking: ops.Sources };

beforeAll(async () => {
  [peer, sources] = await Promise.all([PythonPeer.connect(url, inject('dhPsk') || undefined), ops.setupSources(ws)]);
}, 120_000);

/**
 * pydeephaven's digest of an expression. Its process used to hang every few hundred calls (a garbage collection on
 * grpc's event thread releasing a table with a blocking call: `test/interop/peer.py` now collects between requests
 * only). Should it hang again, a call that never answers would block every later one: after 40 s the peer's thread
 * stacks are printed, it is replaced by a fresh one and the call is tried once more.
 */
async function oracle(code: string, tables: Record<string, string>): Promise<Awaited<ReturnType<PythonPeer['exprDigest']>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), 40_000);
  });
  const first = await Promise.race([peer.exprDigest(code, tables), late]).finally(() => clearTimeout(timer));
  if (first !== 'late') return first;
  const stuck = peer;
  console.warn(`[table-ops] pydeephaven did not answer within 40 s (${code.slice(0, 60)}…): restarting it\n${await stuck.stacks()}`);
  peer = await PythonPeer.connect(url, inject('dhPsk') || undefined);
  void stuck.close();
  return peer.exprDigest(code, tables);
}

afterAll(async () => {
  await peer?.close();
  await ops.closeKept();
});

describe.each(['static', 'ticking'] as const)('every operation on a %s source equals pydeephaven', (kind) => {
  let ours: Awaited<ReturnType<typeof ops.runCases>>;
  const answers = new Map<string, ReturnType<typeof oracle>>();
  beforeAll(async () => {
    // pydeephaven answers every case, one after the other, while deephaven-rx runs them in its own session.
    let previous: Promise<unknown> = Promise.resolve();
    for (const c of ops.CASES) {
      const answer = previous.then(() => oracle(c.py, ops.pyTables(sources[kind])));
      answer.catch(() => undefined); // awaited (and reported) by the case's test
      answers.set(c.name, answer);
      previous = answer.catch(() => undefined);
    }
    ours = await ops.runCases(ws, sources[kind]);
  }, 180_000);

  it.each(ops.CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const mine = ours.results[c.name];
    expect(mine?.error, 'deephaven-rx failed').toBeUndefined();
    expect(mine?.digest).toEqual(await answers.get(c.name));
    if (kind === 'ticking' && !['snapshot', 'metaTable'].includes(c.name)) expect(mine?.refreshing, 'refreshing').toBe(true);
  });

  it.each(ops.REFUSED.map((c) => [c.name, c] as const))('%s: refused by the server for both clients', async (_name, c) => {
    expect(ours.results[c.name]?.error).toMatch(/INVALID_ARGUMENT/);
    await expect(peer.exprDigest(c.py, ops.pyTables(sources[kind]))).rejects.toThrow(/UpdateBy/);
  });
});

describe('importTable', () => {
  it.each([0, 1, 1000])('round trip of every column type with nulls, %i rows: toArrow() equals the input', async (rows) => {
    const r = await ops.uploadRoundTrip(ws, rows);
    expect(r.size).toBe(rows);
    expect(r.back).toEqual(r.source);
  });

  // Three upload messages of about 8 MiB, the last one partial (a bigger upload is the benchmark's: `npm run bench`).
  it('round trip of 150,000 rows of every column type', { timeout: 240_000 }, async () => {
    const r = await ops.uploadRoundTrip(ws, 150_000);
    expect(r.back).toEqual(r.source);
    console.log(
      `[upload] 150,000 rows × ${r.source.fields.length} columns, ${r.mb.toFixed(1)} MB: importTable in ${r.ms.toFixed(0)} ms (${(r.mb / (r.ms / 1000)).toFixed(1)} MB/s)`,
    );
  });

  it('a table uploaded by deephaven-rx is read by pydeephaven equal; pydeephaven import_table is read by deephaven-rx equal', async () => {
    const { Table: ArrowTable, Utf8, vectorFromArray, Schema, Field, RecordBatch } = await import('apache-arrow');
    const base = new ArrowTable({
      A: vectorFromArray(Int32Array.of(1, 2, 3)),
      S: vectorFromArray(['x', null, 'O\'Neil"'], new Utf8()),
      D: vectorFromArray(Float64Array.of(0.5, Number.NaN, -1)),
    });
    // Nullable fields: pydeephaven's import_table cannot send non-nullable ones (its schema differs from the data's).
    const schema = new Schema(base.schema.fields.map((f) => new Field(f.name, f.type, true)));
    const data = new ArrowTable(
      schema,
      base.batches.map((b) => new RecordBatch(schema, b.data)),
    );
    const mine = await ops.uploadAndPublish(ws, ops.ipcHex(data));
    expect(mine.size).toBe(3);
    const fromPy = await peer.tableDigest(mine.ticket);
    const theirs = await peer.importIpc(new Uint8Array(Buffer.from(ops.ipcHex(data), 'hex')));
    const { fetchSharedDigest } = await import('../scenarios/surface.js');
    const read = await fetchSharedDigest(ws, theirs.ticket);
    expect(read.digest).toEqual(fromPy);
    expect(tableFromIPC(Buffer.from(ops.ipcHex(data), 'hex')).numRows).toBe(3);
  });
});

describe('importTable of the Arrow types pydeephaven takes beyond the all-types table', () => {
  it('month-day-nano intervals, a Null column, dense and sparse unions: the server holds and sends the same as for pydeephaven', async () => {
    const mine = await ops.arrowTypesRoundTrip(ws);
    expect(mine.size).toBe(5);
    expect(mine.back.hashes, 'the values read back are the values sent').toEqual(mine.source.hashes);
    const theirs = await peer.importIpc(new Uint8Array(Buffer.from(mine.ipc, 'hex')));
    // pydeephaven reads the two uploads alike, and deephaven-rx reads each as pydeephaven does.
    const pyMine = await peer.tableDigest(mine.ticket);
    expect(await peer.tableDigest(theirs.ticket)).toEqual(pyMine);
    expect(mine.back).toEqual(pyMine);
    expect(await ops.readSharedDigest(ws, theirs.ticket)).toEqual(pyMine);
    console.log(
      `[arrow types] sent ${JSON.stringify(mine.source.head)}; read back ${JSON.stringify(mine.back.fields.map((f) => f.type))} ${JSON.stringify(mine.back.head)}`,
    );
  });
});

describe('input tables', () => {
  // pydeephaven through `oracle` (replaced if it hangs, then asked again): room for one such restart.
  it('keyed add/overwrite/delete and append-only, seen by pydeephaven', { timeout: 150_000 }, async () => {
    const r = (await ops.inputTables(ws)) as {
      names: { keyed: string; append: string };
      keyed: { refreshing: boolean; rows: unknown[]; digest: unknown };
      append: { rows: unknown[]; digest: unknown };
      blink: { refreshing: boolean; columns: string[] };
      fromTable: { columns: string[]; refreshing: boolean };
    };
    expect(r.keyed.refreshing).toBe(true);
    expect(r.keyed.rows).toEqual([
      { Sym: 'B', Px: 20.5, Qty: 20 },
      { Sym: 'C', Px: 3.5, Qty: 3 },
      { Sym: 'D', Px: 4.5, Qty: 4 },
    ]);
    expect(r.append.rows).toHaveLength(6);
    expect(r.blink).toEqual({ refreshing: true, columns: ['Sym', 'Px', 'Qty'] });
    expect(r.fromTable).toEqual({ columns: ['Sym', 'Px', 'Qty'], refreshing: true });
    expect(await oracle('keyed.sort("Sym")', { keyed: r.names.keyed })).toEqual(r.keyed.digest);
    expect(await oracle('append', { append: r.names.append })).toEqual(r.append.digest);
  });
});

describe('bad input', () => {
  it('each a DeephavenError with the reason; the session stays usable; nothing leaked', async () => {
    const r = (await ops.badOps(ws, sources.static)) as {
      failures: Record<string, { name: string; codeName: string; message: string } | null>;
      held: [number, number];
      usable: number;
    };
    for (const [what, f] of Object.entries(r.failures)) {
      expect(f, what).not.toBeNull();
      expect(f?.name, what).toBe('DeephavenError');
    }
    const f = r.failures;
    expect(f['unknownColumn']?.message).toMatch(/Nope/);
    expect(f['badFormula']?.codeName).toBe('InvalidArgument');
    expect(f['unknownFilterColumn']?.message).toMatch(/Nope/);
    expect(f['mismatchedJoinKeys']?.message).toMatch(/RV2/);
    expect(f['emptyBatch']?.message).toMatch(/no operations/);
    expect(f['failingBatch']?.codeName).toBe('InvalidArgument');
    expect(f['failingBatch']?.message).toMatch(/Batch/);
    expect(f['uploadStruct']?.message).toMatch(/Struct|Deephaven does not take/);
    console.log(
      `[bad input] ${JSON.stringify(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, `${v?.codeName}: ${v?.message.slice(0, 140)}`])), null, 1)}`,
    );
    expect(r.usable).toBe(2);
    expect(r.held[1]).toBe(r.held[0]);
  });
});
