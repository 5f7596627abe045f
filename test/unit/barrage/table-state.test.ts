// The pure reducers of live tables, against the worked examples of the protocol and against a model: random
// removes, shifts, adds and modifications (columns modified apart) applied to both must give the same table.
import { Field, Int32, Schema, Utf8, vectorFromArray, type Data, type Table as ArrowTable } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ropesToTable } from '../../../src/barrage/materialize.js';
import { RowSet } from '../../../src/barrage/row-set.js';
import { decodeKeySet, decodeRowSet, decodeShifts, encodeRowSet, type Shift } from '../../../src/barrage/row-set-codec.js';
import { WideKeySpace } from '../../../src/barrage/wide-key-space.js';
import { WideRowSet, WideRowSetBuilder, type KeySet } from '../../../src/barrage/wide-row-set.js';
import { KeySpace } from '../../../src/barrage/key-space.js';
import {
  applyFull,
  applyViewport,
  emptyFullState,
  emptyViewportState,
  viewportPositions,
  type FullState,
} from '../../../src/barrage/table-state.js';
import type { BarrageUpdate } from '../../../src/barrage/update.js';

const schema = new Schema([new Field('X', new Utf8(), true), new Field('Y', new Int32(), true)]);
const hex = (s: string): Uint8Array =>
  Uint8Array.from(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((b) => parseInt(b, 16)),
  );
const utf8 = (values: (string | null)[]): Data[] => (values.length === 0 ? [] : [vectorFromArray(values, new Utf8()).data[0] as Data]);
const int32 = (values: (number | null)[]): Data[] => (values.length === 0 ? [] : [vectorFromArray(values, new Int32()).data[0] as Data]);
const rows = (t: ArrowTable): string[] =>
  Array.from({ length: t.numRows }, (_, i) => `${String(t.getChild('X')?.get(i))}/${String(t.getChild('Y')?.get(i))}`);

function update(partial: Partial<BarrageUpdate>): BarrageUpdate {
  return {
    isSnapshot: false,
    effectiveViewport: undefined,
    effectiveReverse: false,
    effectiveColumns: undefined,
    added: RowSet.empty,
    removed: RowSet.empty,
    shifts: [],
    included: partial.added ?? RowSet.empty,
    modified: [RowSet.empty, RowSet.empty],
    tableSize: undefined,
    addData: [[], []],
    modData: [[], []],
    ...partial,
  };
}

describe('full subscriptions: the worked example', () => {
  it('remove key 1, shift 2–4 down by one, append key 4, modify X of key 0', () => {
    const keys = RowSet.fromRanges([[0, 4]]);
    let state: FullState = applyFull(
      emptyFullState([0, 1]),
      update({ isSnapshot: true, added: keys, addData: [utf8(['a', 'b', 'c', 'd', 'e']), int32([1, 2, 3, 4, 5])] }),
    ).state;
    const step = applyFull(
      state,
      update({
        removed: decodeRowSet(hex('0C 01 20')),
        shifts: decodeShifts(hex('0C 02 20 0C 04 20 0C 01 20')),
        added: decodeRowSet(hex('0C 04 20')),
        modified: [decodeRowSet(hex('0C 00 20')), RowSet.empty],
        addData: [utf8(['f']), int32([6])],
        modData: [utf8(["a'"]), []],
        tableSize: 5,
      }),
    );
    state = step.state;
    expect(rows(ropesToTable(schema, state.columns))).toEqual(["a'/1", 'c/3', 'd/4', 'e/5', 'f/6']);
    expect([...step.changes.removed]).toEqual([1]);
    expect([...step.changes.added]).toEqual([4]);
    expect([...step.changes.modified]).toEqual([0]);
    expect(step.changes.modifiedColumns).toEqual([0]);
  });

  it('a growing snapshot: keys first, data in chunks, a delta in between, keys declared again', () => {
    let s = emptyFullState([0, 1]);
    // all ten keys declared, data for the first four
    s = applyFull(
      s,
      update({
        isSnapshot: true,
        added: RowSet.fromRanges([[0, 9]]),
        included: RowSet.fromRanges([[0, 3]]),
        effectiveViewport: RowSet.fromRanges([[0, 3]]),
        addData: [utf8(['a', 'b', 'c', 'd']), int32([0, 1, 2, 3])],
      }),
    ).state;
    // a delta during growth: key 9 removed, key 10 added without data (beyond the delivered range)
    s = applyFull(s, update({ removed: RowSet.fromRanges([[9, 9]]), added: RowSet.fromRanges([[10, 10]]), included: RowSet.empty })).state;
    // the rest; the keys declared again (newer servers)
    s = applyFull(
      s,
      update({
        isSnapshot: true,
        added: RowSet.fromRanges([
          [0, 8],
          [10, 10],
        ]),
        included: RowSet.fromRanges([
          [4, 8],
          [10, 10],
        ]),
        addData: [utf8(['e', 'f', 'g', 'h', 'i', 'k']), int32([4, 5, 6, 7, 8, 10])],
      }),
    ).state;
    expect(rows(ropesToTable(schema, s.columns))).toEqual(['a/0', 'b/1', 'c/2', 'd/3', 'e/4', 'f/5', 'g/6', 'h/7', 'i/8', 'k/10']);
  });
});

describe('viewport subscriptions: the worked example', () => {
  it('ordinals: remove 1 and 2, insert at 0, 2 and 4', () => {
    let s = emptyViewportState([0, 1]);
    s = applyViewport(
      s,
      update({
        isSnapshot: true,
        effectiveViewport: RowSet.fromRanges([[0, 4]]),
        added: RowSet.fromRanges([[0, 3]]),
        addData: [utf8(['a', 'b', 'c', 'd']), int32([1, 2, 3, 4])],
        tableSize: 4,
      }),
    ).state;
    s = applyViewport(
      s,
      update({
        removed: decodeRowSet(hex('1C 02 01 FF 20')),
        added: decodeRowSet(hex('1C 03 00 02 02 20')),
        addData: [utf8(['e', 'f', 'g']), int32([5, 6, 7])],
        tableSize: 5,
      }),
    ).state;
    expect(rows(ropesToTable(schema, s.columns))).toEqual(['e/5', 'a/1', 'f/6', 'd/4', 'g/7']);
    expect([...viewportPositions(s)]).toEqual([0, 1, 2, 3, 4]);
    expect([...viewportPositions({ ...s, viewport: RowSet.fromRanges([[0, 1]]), reverse: true })]).toEqual([3, 4]);
  });
});

/** A tiny seeded generator, so that fast-check only has to find seeds. */
function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

interface ModelRow {
  key: number;
  x: string | null;
  y: number | null;
}

/** One random update of the model, encoded as Barrage would send it. */
function randomUpdate(model: ModelRow[], r: (n: number) => number, tick: number): { next: ModelRow[]; update: BarrageUpdate } {
  const removedRows = model.filter(() => r(4) === 0);
  const survivors = model.filter((m) => !removedRows.includes(m));
  // Shifts: survivors get new keys that keep their order; runs with one delta become one shift.
  const moved: ModelRow[] = [];
  const shifts: Shift[] = [];
  let lastKey = -1;
  for (const m of survivors) {
    const lowest = Math.max(lastKey + 1 + r(3), 0);
    const newKey = r(3) === 0 ? Math.max(lowest, m.key + r(5) - 2) : Math.max(lowest, m.key);
    const delta = newKey - m.key;
    const prev = shifts[shifts.length - 1];
    const prevMoved = moved[moved.length - 1];
    if (delta !== 0) {
      if (prev !== undefined && prev.delta === delta && prevMoved !== undefined && prevMoved.key - prev.delta === prev.last)
        shifts[shifts.length - 1] = { ...prev, last: m.key };
      else shifts.push({ first: m.key, last: m.key, delta });
    }
    moved.push({ ...m, key: newKey });
    lastKey = newKey;
  }
  // Adds at free keys.
  const taken = new Set(moved.map((m) => m.key));
  const addedRows: ModelRow[] = [];
  const count = r(4);
  for (let i = 0; i < count; i++) {
    const key = r(lastKey + 6);
    if (!taken.has(key)) {
      taken.add(key);
      addedRows.push({ key, x: r(5) === 0 ? null : `n${tick}.${i}`, y: r(5) === 0 ? null : r(1000) });
    }
  }
  addedRows.sort((a, b) => a.key - b.key);
  // Modifications of surviving rows, each column apart.
  const modX = moved.filter(() => r(5) === 0);
  const modY = moved.filter(() => r(5) === 0);
  const next = [...moved, ...addedRows].sort((a, b) => a.key - b.key).map((m) => ({ ...m }));
  for (const m of next) {
    if (modX.some((x) => x.key === m.key)) m.x = `m${tick}.${m.key}`;
    if (modY.some((y) => y.key === m.key)) m.y = tick * 1000 + m.key;
  }
  const keySet = (list: { key: number }[]): RowSet => RowSet.fromRanges(list.map((m) => [m.key, m.key] as [number, number]));
  const byKey = (k: number): ModelRow => next.find((m) => m.key === k) as ModelRow;
  return {
    next,
    update: update({
      removed: keySet(removedRows),
      shifts,
      added: keySet(addedRows),
      included: keySet(addedRows),
      modified: [keySet(modX), keySet(modY)],
      addData: [utf8(addedRows.map((m) => m.x)), int32(addedRows.map((m) => m.y))],
      modData: [utf8(modX.map((m) => byKey(m.key).x)), int32(modY.map((m) => byKey(m.key).y))],
      tableSize: next.length,
    }),
  };
}

describe.each([
  ['ropes only', undefined, 12],
  ['with dense columns (gathering, scattered writes)', [new Utf8(), new Int32()], 60],
])('the full-subscription reducer against a model (%s)', (_name, types, start) => {
  it('random removes, shifts, adds and modifications give the model, with the right positions', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = rng(seed);
        let model: ModelRow[] = Array.from({ length: r(start) }, (_, i) => ({ key: i * 2 + r(2), x: `x${i}`, y: i }));
        let state = applyFull(
          emptyFullState([0, 1], types),
          update({
            isSnapshot: true,
            added: RowSet.fromRanges(model.map((m) => [m.key, m.key] as [number, number])),
            addData: [utf8(model.map((m) => m.x)), int32(model.map((m) => m.y))],
          }),
        ).state;
        for (let tick = 1; tick <= 12; tick++) {
          const before = model;
          const { next, update: u } = randomUpdate(model, r, tick);
          const step = applyFull(state, u);
          state = step.state;
          model = next;
          const table = ropesToTable(schema, state.columns);
          expect(rows(table)).toEqual(model.map((m) => `${String(m.x)}/${String(m.y)}`));
          expect([...step.changes.removed]).toEqual(before.flatMap((m, i) => ((u.removed as RowSet).has(m.key) ? [i] : [])));
          expect([...step.changes.added]).toEqual(model.flatMap((m, i) => ((u.added as RowSet).has(m.key) ? [i] : [])));
          expect(state.keys.size).toBe(model.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  // The same updates with every key moved up by `offset`, through the codec (as the server would send them): just
  // below 2^53 (keys cross it, the key space moves between numbers and bigints) and far past it (region 1,500 × 2^43
  // of a partitioned source). The table and every position must be those of the small keys.
  it.each([
    ['keys crossing 2^53', 2n ** 53n - 40n],
    ['keys of region 1,500', 1500n << 43n],
  ])('%s: the same table and positions as with small keys', { timeout: 60_000 }, (_what, offset) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = rng(seed);
        let model: ModelRow[] = Array.from({ length: r(start) }, (_, i) => ({ key: i * 2 + r(2), x: `x${i}`, y: i }));
        const snapshot = update({
          isSnapshot: true,
          added: RowSet.fromRanges(model.map((m) => [m.key, m.key] as [number, number])),
          addData: [utf8(model.map((m) => m.x)), int32(model.map((m) => m.y))],
        });
        let small = applyFull(emptyFullState([0, 1], types), snapshot).state;
        let big = applyFull(emptyFullState([0, 1], types), lift(snapshot, offset)).state;
        let sawWide = big.keys instanceof WideKeySpace;
        for (let tick = 1; tick <= 12; tick++) {
          const { next, update: u } = randomUpdate(model, r, tick);
          const a = applyFull(small, u);
          const b = applyFull(big, lift(u, offset));
          small = a.state;
          big = b.state;
          model = next;
          sawWide ||= big.keys instanceof WideKeySpace;
          expect(rows(ropesToTable(schema, big.columns))).toEqual(rows(ropesToTable(schema, small.columns)));
          expect([b.changes.removed, b.changes.added, b.changes.modified].map(String)).toEqual(
            [a.changes.removed, a.changes.added, a.changes.modified].map(String),
          );
          expect(b.changes.modifiedColumns).toEqual(a.changes.modifiedColumns);
          expect(big.keys.size).toBe(model.length);
          // number keys again whenever they all fit
          const last = (big.keys instanceof WideKeySpace ? big.keys.keys.last : undefined) ?? 0n;
          expect(big.keys instanceof KeySpace || last > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
        }
        expect(sawWide || model.length === 0 || offset < 2n ** 53n).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

/** The set with every key moved up by `offset`, encoded and decoded as the server's would be. */
function liftSet(set: KeySet, offset: bigint): KeySet {
  return decodeKeySet(encodeRowSet(new WideRowSet((set as RowSet).flatRanges.map((k) => BigInt(k) + offset))));
}

/** The update with every key moved up by `offset` (its shifts encoded as three sets, as on the wire). */
function lift(u: BarrageUpdate, offset: bigint): BarrageUpdate {
  const shifts = u.shifts as readonly Shift[];
  const set = (keys: bigint[]): number[] => {
    const b = new WideRowSetBuilder();
    for (const k of keys) b.addRange(k, k);
    return [...encodeRowSet(b.build())];
  };
  const shiftBytes = Uint8Array.from([
    ...set(shifts.map((s) => BigInt(s.first) + offset)),
    ...set(shifts.map((s) => BigInt(s.last) + offset)),
    ...set(shifts.map((s) => BigInt(s.first + s.delta) + offset)),
  ]);
  return {
    ...u,
    added: liftSet(u.added, offset),
    removed: liftSet(u.removed, offset),
    included: liftSet(u.included, offset),
    modified: u.modified.map((m) => liftSet(m, offset)),
    shifts: decodeShifts(shiftBytes),
  };
}

describe('the viewport reducer against a model', () => {
  it('random removes, inserts and modifications by ordinal', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = rng(seed);
        let model: string[] = Array.from({ length: r(10) }, (_, i) => `v${i}`);
        let s = applyViewport(
          emptyViewportState([0, 1]),
          update({
            isSnapshot: true,
            effectiveViewport: RowSet.fromRanges([[0, 20]]),
            added: model.length === 0 ? RowSet.empty : RowSet.fromRanges([[0, model.length - 1]]),
            addData: [utf8(model), int32(model.map((_, i) => i))],
          }),
        ).state;
        for (let tick = 1; tick <= 10; tick++) {
          const removed = model.flatMap((_, i) => (r(4) === 0 ? [i] : []));
          const kept = model.filter((_, i) => !removed.includes(i));
          const after = [...kept];
          const adds: [number, string][] = [];
          for (let k = r(4); k > 0; k--) {
            const at = r(after.length + 1);
            after.splice(at, 0, `a${tick}.${k}`);
          }
          after.forEach((v, i) => {
            if (!kept.includes(v)) adds.push([i, v]);
          });
          const modPositions = after.flatMap((v, i) => (kept.includes(v) && r(5) === 0 ? [i] : []));
          for (const p of modPositions) after[p] = `m${tick}.${p}`;
          const set = (ps: number[]): RowSet => RowSet.fromRanges(ps.map((p) => [p, p] as [number, number]));
          s = applyViewport(
            s,
            update({
              removed: set(removed),
              added: set(adds.map(([p]) => p)),
              modified: [set(modPositions), RowSet.empty],
              addData: [utf8(adds.map(([, v]) => v)), int32(adds.map(([p]) => p))],
              modData: [utf8(modPositions.map((p) => after[p] as string)), []],
            }),
          ).state;
          model = after;
          const t = ropesToTable(schema, s.columns);
          expect(Array.from({ length: t.numRows }, (_, i) => t.getChild('X')?.get(i))).toEqual(model);
        }
      }),
      { numRuns: 300 },
    );
  });
});
