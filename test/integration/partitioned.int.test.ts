// Issue 19 in Node against the real server: partitioned tables (SDK-made and script-made, static and ticking)
// against the server's own flat results, column statistics against the server's aggregations, seekRow, bad input,
// closed objects and abort, with nothing leaked.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/partitioned.js';

const target: sc.Target = { url: inject('dhUrl'), transport: 'websocket-multiplex' };
let sources: sc.PartitionedSources;

beforeAll(async () => {
  sources = await sc.setupPartitioned(target);
}, 120_000);

const INVALID = 3;
const NOT_FOUND = 5;
const FAILED_PRECONDITION = 9;

describe('partitioned tables', () => {
  it('SDK-made: constituents equal where on their key, merge() equals the source, bad keys refused, nothing leaked', {
    timeout: 120_000,
  }, async () => {
    const r = await sc.sdkMade(target, sources);
    expect(r.keyRows.sort()).toEqual(['A', 'B', 'C']);
    for (const [k, c] of Object.entries(r.constituents)) {
      expect(c.ours?.rows, k).toBe(10);
      expect(c.ours, k).toEqual(c.where);
    }
    expect(r.merged.ours?.rows).toBe(30);
    expect(r.merged.ours?.hashes).toEqual(r.merged.source?.hashes);
    expect(r.missing).toBeNull();
    expect(r.pairConstituent.columns).toEqual(['V', 'D', 'S']);
    expect(r.pairConstituent.ours?.rows).toBe(5);
    expect(r.pairConstituent.ours?.hashes).toEqual(r.pairConstituent.where?.hashes);
    expect(r.bigintSize).toBe(5);
    expect(r.shape).toEqual({
      keyColumns: ['Sym', 'K'],
      constituentColumn: '__CONSTITUENT__',
      constituentSchema: ['V', 'D', 'S'],
      uniqueKeys: true,
    });
    for (const [what, f] of Object.entries(r.bad)) expect(f, what).toMatchObject({ name: 'DeephavenError', code: INVALID });
    expect(r.bad.arityOne).toMatchObject({ message: expect.stringMatching(/key of 1 value \(Sym\)/) });
    expect(r.bad.arityTwo).toMatchObject({ message: expect.stringMatching(/key of 2 values \(Sym, K\)/) });
    expect(r.heldAfterBad).toBe(0);
    for (const [what, f] of Object.entries(r.closed))
      expect(f, what).toMatchObject({ code: FAILED_PRECONDITION, message: expect.stringMatching(/was closed/) });
    expect(r.leaked).toBe(0);
  });

  it('script-made: typed PartitionedTable in the object list, opens by name and by object, wrong types and abort', {
    timeout: 120_000,
  }, async () => {
    const r = await sc.scriptMade(target, sources);
    expect(r.type).toBe('PartitionedTable');
    expect(r.keyColumns).toEqual(['Sym']);
    expect(r.constituentA.ours?.rows).toBe(10);
    expect(r.constituentA.ours).toEqual(r.constituentA.where);
    expect(r.keys.map(([k]) => k).sort()).toEqual(['A', 'B', 'C']);
    expect(r.objectKeys).toEqual(['Sym']);
    expect(r.wrong.typedObject).toMatchObject({
      code: FAILED_PRECONDITION,
      message: expect.stringMatching(/is a Table, not a PartitionedTable/),
    });
    expect(r.wrong.aTable).toMatchObject({ code: FAILED_PRECONDITION, message: expect.stringMatching(/is not a PartitionedTable/) });
    expect(r.wrong.missing).toMatchObject({ code: NOT_FOUND });
    expect(r.wrong.noName).toMatchObject({ code: INVALID });
    expect(r.abort).toEqual({ before: { abort: true }, midway: { abort: true }, getConstituent: { abort: true }, merge: { abort: true } });
    expect(r.leaked).toBe(0);
  });

  it('ticking: keys appear and disappear on keys$, the new constituent and the merge follow', { timeout: 120_000 }, async () => {
    const r = await sc.tickingKeys(target);
    expect(r.isRefreshing).toBe(true);
    expect(r.seen[0]).toEqual(['A', 'B']);
    expect(r.seen).toContainEqual(['A', 'B', 'C', 'D']);
    expect(r.seen.at(-1)).toEqual(['A', 'C']);
    expect(r.cRows).toEqual([4]);
    expect(r.mergedIds).toEqual([1, 3, 4]);
    expect(r.gone).toBeNull();
  });
});

describe('column statistics and seekRow', () => {
  it('columnStatistics of numeric and text columns equal the server aggregations', { timeout: 120_000 }, async () => {
    const r = await sc.statistics(target, sources);
    const n = r.server.num as Record<string, number>;
    expect(r.v).toMatchObject({ COUNT: 30, SIZE: 30, SUM: n['SUM'], MIN: n['MIN'], MAX: n['MAX'], AVG: n['AVG'] });
    expect(r.v['STD_DEV'] as number).toBeCloseTo(n['STD_DEV'] as number, 9);
    expect(r.d).toMatchObject({ COUNT: 30, SUM: n['DSUM'], MIN: n['DMIN'], MAX: n['DMAX'], AVG: n['DAVG'] });
    expect(r.d['STD_DEV'] as number).toBeCloseTo(n['DSTD'] as number, 9);
    expect(r.vUnique).toBe(0);
    expect(r.s.statistics).toMatchObject({ SIZE: 30, COUNT: 30 - 5, UNIQUE_VALUES: r.server.s.length });
    expect(r.s.unique).toEqual(Object.fromEntries(r.server.s.map((x) => [x['S'], x['N']])));
    expect(r.sym.unique).toEqual(Object.fromEntries(r.server.sym.map((x) => [x['Sym'], x['N']])));
    expect(r.bad.noColumn).toMatchObject({ code: INVALID, message: expect.stringMatching(/no column "Nope"/) });
    expect(r.bad.aborted).toEqual({ abort: true });
    expect(r.leaked).toBe(0);
  });

  it('seekRow forward, backward, insensitive, contains, numbers and -1', { timeout: 60_000 }, async () => {
    const r = await sc.seeks(target, sources);
    expect(r.found).toEqual({
      appleFrom1: 4,
      appleBackFrom10: 8,
      appleLower: -1,
      appleInsensitive: 4,
      nanContains: 6,
      v17: 17,
      v17big: 17,
      d6: 4,
      d7half: 5,
      none: -1,
      noneNumber: -1,
    });
    expect(r.bad.noColumn).toMatchObject({ code: INVALID });
    expect(r.bad.badValue).toMatchObject({ code: INVALID });
    expect(r.bad.badStart).toMatchObject({ code: INVALID });
    expect(r.bad.wrongType).toMatchObject({ name: 'DeephavenError', message: expect.stringMatching(/seek/i) });
    expect(r.bad.aborted).toEqual({ abort: true });
  });
});
