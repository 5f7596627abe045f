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
