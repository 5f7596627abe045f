// Merging the row sets of consecutive updates (what a slow consumer of a live table gets): against a model where
// every row has an identity, random sequences of removes, inserts and modifications merged into one update must say
// exactly what changed between the first state and the last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compress, difference, expand, mergeChanges, type PositionChanges } from '../../../src/barrage/coalesce.js';
import { RowSet, union } from '../../../src/barrage/row-set.js';

const set = (...positions: number[]): RowSet => RowSet.fromRanges(positions.map((p) => [p, p] as [number, number]));
const list = (s: RowSet): number[] => [...s];

describe('row set arithmetic', () => {
  it('union, difference', () => {
    expect(list(union(set(1, 2, 7), set(2, 3, 9)))).toEqual([1, 2, 3, 7, 9]);
    expect(list(difference(RowSet.fromRanges([[0, 9]]), set(0, 4, 5, 9)))).toEqual([1, 2, 3, 6, 7, 8]);
    expect(list(difference(set(1, 3), RowSet.empty))).toEqual([1, 3]);
  });

  it('compress takes deleted positions out, expand puts inserted ones in', () => {
    // 0 1 [2] 3 [4 5] 6  ->  0 1 2 3
    expect(
      list(
        compress(
          set(0, 1, 3, 6),
          RowSet.fromRanges([
            [2, 2],
            [4, 5],
          ]),
        ),
      ),
    ).toEqual([0, 1, 2, 3]);
    // survivors 0 1 2 3 around inserted 0 and 3-4: 1 2 5 6
    expect(
      list(
        expand(
          RowSet.fromRanges([[0, 3]]),
          RowSet.fromRanges([
            [0, 0],
            [3, 4],
          ]),
        ),
      ),
    ).toEqual([1, 2, 5, 6]);
    expect(list(expand(set(0), set(1)))).toEqual([0]);
  });
});

interface Step {
  removes: number[];
  inserts: number[];
  modifies: number[];
}

/** Applies a step to rows (identities) and returns the new rows and the step's changes in positions. */
function apply(rows: number[], step: Step, next: () => number, modifiedIds: Set<number>): { rows: number[]; changes: PositionChanges } {
  const removed = [...new Set(step.removes.filter((p) => p < rows.length))].sort((a, b) => a - b);
  let out = rows.filter((_, i) => !removed.includes(i));
  const added: number[] = [];
  for (const raw of step.inserts) {
    const at = raw % (out.length + 1);
    out = [...out.slice(0, at), next(), ...out.slice(at)];
    // Earlier insert positions at or after `at` move down by one.
    for (let k = 0; k < added.length; k++) if ((added[k] as number) >= at) added[k] = (added[k] as number) + 1;
    added.push(at);
  }
  const addedSet = new Set(added);
  const modified = [...new Set(step.modifies.filter((p) => p < out.length && !addedSet.has(p)))];
  for (const p of modified) modifiedIds.add(out[p] as number);
  return {
    rows: out,
    changes: { removed: set(...removed), added: set(...added), modified: set(...modified) },
  };
}

const stepArb = fc.record({
  removes: fc.array(fc.nat(30), { maxLength: 6 }),
  inserts: fc.array(fc.nat(1000), { maxLength: 6 }),
  modifies: fc.array(fc.nat(30), { maxLength: 6 }),
});

describe('mergeChanges', () => {
  it('a row added then removed is in neither set; added then modified is added; modified then removed is removed', () => {
    // Rows: a b c. Step 1 adds x at 1 (a x b c) and modifies c (3). Step 2 removes x (1) and c (3).
    const merged = mergeChanges(
      { removed: RowSet.empty, added: set(1), modified: set(3) },
      { removed: set(1, 3), added: RowSet.empty, modified: RowSet.empty },
    );
    expect(list(merged.removed)).toEqual([2]); // c, at its position before step 1
    expect(list(merged.added)).toEqual([]);
    expect(list(merged.modified)).toEqual([]);
    const again = mergeChanges(
      { removed: RowSet.empty, added: set(0), modified: RowSet.empty },
      { removed: RowSet.empty, added: RowSet.empty, modified: set(0, 2) },
    );
    expect(list(again.added)).toEqual([0]);
    expect(list(again.modified)).toEqual([2]);
  });

  it('merged updates say exactly what changed between the first state and the last (model)', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.array(stepArb, { minLength: 1, maxLength: 8 }), (initial, steps) => {
        let id = 0;
        const next = (): number => ++id;
        const start = Array.from({ length: initial }, next);
        const modifiedIds = new Set<number>();
        let rows = start;
        let merged: PositionChanges | undefined;
        for (const step of steps) {
          const r = apply(rows, step, next, modifiedIds);
          rows = r.rows;
          merged = merged === undefined ? r.changes : mergeChanges(merged, r.changes);
        }
        const end = new Set(rows);
        const before = new Set(start);
        const m = merged as PositionChanges;
        expect(list(m.removed)).toEqual(start.flatMap((r, i) => (end.has(r) ? [] : [i])));
        expect(list(m.added)).toEqual(rows.flatMap((r, i) => (before.has(r) ? [] : [i])));
        expect(list(m.modified)).toEqual(rows.flatMap((r, i) => (before.has(r) && modifiedIds.has(r) ? [i] : [])));
      }),
      { numRuns: 500 },
    );
  });
});
