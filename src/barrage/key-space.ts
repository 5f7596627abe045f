import { Code, DeephavenError } from '../errors.js';
import { RowSet, RowSetBuilder, union } from './row-set.js';
import type { Shift } from './row-set-codec.js';

/**
 * The server row keys of a full-table subscription (BARRAGE.md §4.1), as sorted key ranges with the table position of
 * each range's first key: converts key sets into position sets and applies removes, shifts and adds. Immutable.
 * @internal
 */
export class KeySpace {
  static readonly empty = new KeySpace(RowSet.empty);

  /** Position of the first key of range i. */
  private readonly starts: Float64Array;

  constructor(readonly keys: RowSet) {
    const flat = keys.flatRanges;
    this.starts = new Float64Array(flat.length / 2);
    let pos = 0;
    for (let i = 0; i < flat.length; i += 2) {
      this.starts[i / 2] = pos;
      pos += (flat[i + 1] as number) - (flat[i] as number) + 1;
    }
  }

  get size(): number {
    return this.keys.size;
  }

  /** The positions of `keys` (which must all be in this space). */
  positionsOf(keys: RowSet): RowSet {
    const k = this.keys.flatRanges;
    const n = k.length / 2;
    const out = new RowSetBuilder();
    let i = 0;
    for (const [a, b] of keys.ranges()) {
      i = this.firstRangeEndingAtOrAfter(a, i);
      let cur = a;
      while (cur <= b) {
        if (i >= n || (k[2 * i] as number) > cur) throw missingKey(cur);
        const hi = Math.min(b, k[2 * i + 1] as number);
        const base = (this.starts[i] as number) - (k[2 * i] as number);
        out.addRange(base + cur, base + hi);
        cur = hi + 1;
        if (cur > (k[2 * i + 1] as number)) i++;
      }
    }
    return out.build();
  }

  /** This space without `keys` (keys not present are ignored). */
  remove(keys: RowSet): KeySpace {
    if (keys.size === 0) return this;
    const out = new RowSetBuilder();
    const r = keys.flatRanges;
    let j = 0;
    for (const [first, last] of this.keys.ranges()) {
      let cur = first;
      while (j < r.length && (r[j + 1] as number) < cur) j += 2;
      let jj = j;
      while (cur <= last) {
        if (jj >= r.length || (r[jj] as number) > last) {
          out.addRange(cur, last);
          break;
        }
        const rf = r[jj] as number;
        const rl = r[jj + 1] as number;
        if (rf > cur) out.addRange(cur, rf - 1);
        cur = Math.max(cur, rl + 1);
        if (rl <= last) jj += 2;
      }
      j = jj;
    }
    return new KeySpace(out.build());
  }

  /** This space with `keys` added (union). */
  add(keys: RowSet): KeySpace {
    if (keys.size === 0) return this;
    return new KeySpace(union(this.keys, keys));
  }

  /** True when every key of `keys` is absent from this space. */
  isDisjoint(keys: RowSet): boolean {
    for (const [a, b] of keys.ranges()) {
      const i = this.firstRangeEndingAtOrAfter(a, 0);
      const k = this.keys.flatRanges;
      if (2 * i < k.length && (k[2 * i] as number) <= b) return false;
    }
    return true;
  }

  /** This space with the shifts applied (BARRAGE.md §3.4: shifts never reorder keys). */
  shift(shifts: readonly Shift[]): KeySpace {
    if (shifts.length === 0) return this;
    const pieces: number[] = [];
    let s = 0;
    for (const [first, last] of this.keys.ranges()) {
      let cur = first;
      while (cur <= last) {
        while (s < shifts.length && (shifts[s] as Shift).last < cur) s++;
        const sh = shifts[s];
        if (sh !== undefined && sh.first <= cur) {
          const hi = Math.min(last, sh.last);
          pieces.push(cur + sh.delta, hi + sh.delta);
          cur = hi + 1;
        } else {
          const hi = sh === undefined ? last : Math.min(last, sh.first - 1);
          pieces.push(cur, hi);
          cur = hi + 1;
        }
      }
    }
    const out = new RowSetBuilder();
    for (let i = 0; i < pieces.length; i += 2) {
      if (i > 0 && (pieces[i] as number) <= (pieces[i - 1] as number))
        throw new DeephavenError(Code.DataLoss, 'the server sent shifts that reorder or collide rows');
      out.addRange(pieces[i] as number, pieces[i + 1] as number);
    }
    return new KeySpace(out.build());
  }

  /** Index of the first range whose last key is ≥ key, searching from `from`. */
  private firstRangeEndingAtOrAfter(key: number, from: number): number {
    const k = this.keys.flatRanges;
    let lo = from;
    let hi = k.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((k[2 * mid + 1] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function missingKey(key: number): DeephavenError {
  return new DeephavenError(Code.DataLoss, `the server referred to row key ${key}, which the subscription does not hold`);
}
