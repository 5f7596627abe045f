import { RowSet, RowSetBuilder, union } from './row-set.js';

/**
 * Merging the change sets of consecutive live-table updates into one, for consumers slower than the table
 * (`coalesce: true`, `coalesceMap`). Positions follow the reducers' convention: `removed` in the state before the
 * update, `added` and `modified` in the state after it. Every operation walks range lists: the cost is in the number of
 * ranges, never in the number of rows.
 * @internal
 */

/** @internal What one update changed, in positions. */
export interface PositionChanges {
  readonly removed: RowSet;
  readonly added: RowSet;
  readonly modified: RowSet;
}

/**
 * @internal The changes that take the state before `first` to the state after `second` (`second` applied right after
 * `first`): rows added by `first` and removed by `second` vanish, rows added by `first` and modified by `second` are
 * added, and every position is carried into the state it refers to.
 */
export function mergeChanges(first: PositionChanges, second: PositionChanges): PositionChanges {
  // Rows of the middle state that existed before: back to their positions before `first`.
  const removedLater = difference(second.removed, first.added);
  const removed = union(first.removed, expand(compress(removedLater, first.added), first.removed));
  // Rows of the middle state that survive `second`: on to their positions after it.
  const forward = (middle: RowSet): RowSet => expand(compress(difference(middle, second.removed), second.removed), second.added);
  const added = union(second.added, forward(first.added));
  const modified = difference(union(second.modified, forward(first.modified)), added);
  return { removed, added, modified };
}

/**
 * @internal Renumbers positions after `deleted` are taken out: each position moves down by the number of deleted
 * positions before it. `positions` must not meet `deleted`.
 */
export function compress(positions: RowSet, deleted: RowSet): RowSet {
  if (deleted.size === 0 || positions.size === 0) return positions;
  const d = deleted.flatRanges;
  const out = new RowSetBuilder();
  let i = 0;
  let before = 0;
  for (const [a, b] of positions.ranges()) {
    // A deleted range lies wholly before or wholly after a range of positions (they do not meet).
    while (i < d.length && (d[i] as number) < a) {
      before += (d[i + 1] as number) - (d[i] as number) + 1;
      i += 2;
    }
    out.addRange(a - before, b - before);
  }
  return out.build();
}

/**
 * @internal Renumbers positions after `inserted` are put in (`inserted` in the new numbering): position p becomes the
 * p-th position (from 0) that is not inserted.
 */
export function expand(positions: RowSet, inserted: RowSet): RowSet {
  if (inserted.size === 0 || positions.size === 0) return positions;
  const ins = inserted.flatRanges;
  const out = new RowSetBuilder();
  let i = 0;
  let shift = 0;
  for (const [first, last] of positions.ranges()) {
    let a = first;
    while (a <= last) {
      while (i < ins.length && (ins[i] as number) <= a + shift) {
        shift += (ins[i + 1] as number) - (ins[i] as number) + 1;
        i += 2;
      }
      // The last position that lands before the next inserted range.
      const end = i < ins.length ? Math.min(last, (ins[i] as number) - shift - 1) : last;
      out.addRange(a + shift, end + shift);
      a = end + 1;
    }
  }
  return out.build();
}

/** @internal The positions in `a` and not in `b`. */
export function difference(a: RowSet, b: RowSet): RowSet {
  if (a.size === 0 || b.size === 0) return a;
  const y = b.flatRanges;
  const out = new RowSetBuilder();
  let j = 0;
  for (const [first, last] of a.ranges()) {
    let cur = first;
    while (j < y.length && (y[j + 1] as number) < cur) j += 2;
    let k = j;
    while (cur <= last && k < y.length && (y[k] as number) <= last) {
      if ((y[k] as number) > cur) out.addRange(cur, (y[k] as number) - 1);
      cur = Math.max(cur, (y[k + 1] as number) + 1);
      k += 2;
    }
    if (cur <= last) out.addRange(cur, last);
  }
  return out.build();
}
