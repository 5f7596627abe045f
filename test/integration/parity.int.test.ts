// Issue 24 in Node: multi-table joins equal pydeephaven's multi_join, reverse and absolute sorts, preview columns,
// uncoalesced tables, storage and server information, against the real server.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as parity from '../scenarios/parity.js';

const ws: parity.Target = { url: inject('dhUrl'), transport: 'websocket-multiplex' };
let peer: PythonPeer;

beforeAll(async () => {
  peer = await PythonPeer.connect(inject('dhUrl'), inject('dhPsk') || undefined);
}, 60_000);

afterAll(async () => {
  await peer?.close();
});

/** pydeephaven's multi_join (a module function of pydeephaven.table), as the peer's expression. */
const MJ = "__import__('pydeephaven.table', fromlist=['multi_join'])";

describe('table extras', () => {
  it('multiJoin equals pydeephaven multi_join; reverse, absolute sorts, preview columns; bad input', { timeout: 60_000 }, async () => {
    const r = await parity.tableExtras(ws);
    const names = r.names;
    expect(r.byTables).toEqual(await peer.exprDigest(`${MJ}.multi_join([a, c], on="K").table`, { a: names.a, c: names.c }));
    expect(r.byInputs).toEqual(
      await peer.exprDigest(
        `${MJ}.multi_join([${MJ}.MultiJoinInput(a, "K", ["A", "Sym"]), ${MJ}.MultiJoinInput(b, "K = Key", "B"), ${MJ}.MultiJoinInput(c, "K")]).table`,
        { a: names.a, b: names.b, c: names.c },
      ),
    );
    await peer.call('run', { code: parity.dropScript(names) });
    expect(r.reversed).toEqual([3, 2, 1, 0, -1, -2, -3]);
    expect(r.absDesc).toEqual([3, -3, 2, -2, 1, -1, 0]); // ties on |V| by D ascending
    expect(r.mixed).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(r.previewTypes).toMatchObject({ V: 'int', Arr: expect.stringMatching(/ArrayPreview/) });
    const rows = r.previewRows;
    // Arrays are cut to their first elements; strings pass unchanged on 42.7.
    expect(rows[0]?.Arr).toMatch(/^\[0, ?1, ?2, ?3, ?4.*\.\.\.\]?$/);
    expect(rows[6]?.longLength).toBe(3000);
    expect(r.queried).toEqual({ columns: ['V', 'D', 'Arr', 'Long'], first: expect.stringMatching(/^\[6, ?7/) });
    const bad = r.bad;
    for (const [what, f] of Object.entries(bad)) expect(f?.name, what).toBe('DeephavenError');
    expect(bad['noOn']?.code).toBe(3);
    expect(r.abortedName).toBe('AbortError');
    expect(r.held[1]).toBe(r.held[0]);
  });
});

describe('uncoalesced tables, storage, server information', () => {
  it('a partitioned Parquet layout reads as an uncoalesced table with its partitioning column; a filter on it coalesces', {
    timeout: 60_000,
  }, async () => {
    const r = await parity.uncoalesced(ws);
    expect(r.isUncoalesced).toBe(true);
    expect(r.partitionColumns).toEqual(['Part']);
    expect(r.partitioning).toEqual([
      ['Part', true],
      ['X', false],
    ]);
    expect(r.filtered).toEqual({ isUncoalesced: false, size: 10, rows: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19] });
    expect(r.plain).toEqual({ isUncoalesced: false, partitionColumns: [] });
  });

  it('storage: create, save, list, load, overwrite, move, delete in a folder of its own, cleaned up', async () => {
    const r = await parity.storage(ws);
    expect(r.all).toEqual([
      { name: 'a.py', type: 'file', size: 11 },
      { name: 'b.txt', type: 'file', size: 3 },
      { name: 'sub', type: 'directory', size: 0 },
    ]);
    expect(r.py).toHaveLength(1);
    expect(r.loaded).toEqual({ text: 'print("é")', etag: r.etag, bytes: 11 });
    expect(r.refused?.code).toBe(9); // FAILED_PRECONDITION: the file exists
    expect(r.overwritten).not.toBe(r.etag);
    expect(r.afterMove).toEqual(['c.py']);
    expect(r.moved).toBe('print(2)');
    expect(r.bad['relative']).toMatchObject({ name: 'DeephavenError', code: 3 });
    expect(r.bad['badContents']).toMatchObject({ name: 'DeephavenError', code: 3 });
    expect(r.bad['missing']?.name).toBe('DeephavenError');
    expect(r.bad['notEmpty']?.name).toBe('DeephavenError');
    expect(r.aborted).toBe('AbortError');
  });

  it('auth handlers before login, console types, heap info; requests$ reports every request and never a credential', {
    timeout: 60_000,
  }, async () => {
    const psk = inject('dhPsk');
    const r = await parity.serverInfo(psk ? { ...ws, auth: { type: 'psk', key: psk } } : ws, psk || undefined);
    expect(r.before.handlers).toContain('anonymous');
    if (psk) expect(r.before.handlers).toContain('psk');
    expect(r.before.constants).toContain('AuthHandlers');
    expect(r.unreachable).toMatchObject({ name: 'DeephavenError', code: 14 });
    expect(r.handlers).toEqual(r.before.handlers);
    expect(r.consoleTypes).toContain('python');
    expect(r.heap.maxMemory).toBeGreaterThan(0);
    expect(r.heap.usedMemory).toBe(r.heap.totalMemory - r.heap.freeMemory);
    expect(r.kinds).toEqual(['cancelled', 'failed', 'started', 'succeeded']);
    expect(r.methods).toEqual(
      expect.arrayContaining(['GetAuthenticationConstants', 'GetConsoleTypes', 'GetHeapInfo', 'EmptyTable', 'Update', 'DoExchange']),
    );
    expect(r.everyStartEnded).toBe(true);
    expect(r.failedCodes.length).toBeGreaterThan(0);
    expect(r.durationsOk).toBe(true);
    expect(r.leaked).toEqual([]);
    expect(r.completed).toBe(true);
  });
});
