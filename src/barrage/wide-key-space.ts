import { Code, DeephavenError } from '../errors.js';
import { KeySpace } from './key-space.js';
import { RowSetBuilder, type RowSet } from './row-set.js';
import type { WideShift } from './row-set-codec.js';
import { MAX_NARROW, WideRowSet, WideRowSetBuilder, narrow, wideUnion } from './wide-row-set.js';

/**
 * The key space of a full subscription whose keys pass 2^53 ({@link KeySpace} with bigint keys; positions stay
 * numbers). A subscription moves here when an update brings such a key and back when its keys fit numbers again.
 * @internal
 */
export class WideKeySpace {
  /** Position of the first key of range i. */
  private readonly starts: Float64Array;

  constructor(readonly keys: WideRowSet) {
    const flat = keys.flat;
    this.starts = new Float64Array(flat.length / 2);
    let pos = 0;
    for (let i = 0; i < flat.length; i += 2) {
      this.starts[i / 2] = pos;
      pos += Number((flat[i + 1] as bigint) - (flat[i] as bigint)) + 1;
    }
  }

  /** The space of a number key space. */
  static of(space: KeySpace): WideKeySpace {
    return new WideKeySpace(new WideRowSet(space.keys.flatRanges.map(BigInt)));
  }

  get size(): number {
    return this.keys.size;
  }

  /** The same space with number keys, when they all fit again. */
  narrowed(): KeySpace | undefined {
    const last = this.keys.last;
    if (last !== undefined && last > MAX_NARROW) return undefined;
    return new KeySpace(narrow(this.keys) as RowSet);
  }

  /** The positions of `keys` (which must all be in this space). */
  positionsOf(keys: WideRowSet): RowSet {
    const k = this.keys.flat;
    const n = k.length / 2;
    const out = new RowSetBuilder();
    let i = 0;
    for (const [a, b] of keys.ranges()) {
      i = this.firstRangeEndingAtOrAfter(a, i);
      let cur = a;
      while (cur <= b) {
        if (i >= n || (k[2 * i] as bigint) > cur)
          throw new DeephavenError(Code.DataLoss, `the server referred to row key ${cur}, which the subscription does not hold`);
        const hi = b < (k[2 * i + 1] as bigint) ? b : (k[2 * i + 1] as bigint);
        const from = (this.starts[i] as number) + Number(cur - (k[2 * i] as bigint));
        out.addRange(from, from + Number(hi - cur));
        cur = hi + 1n;
        if (cur > (k[2 * i + 1] as bigint)) i++;
      }
    }
    return out.build();
  }

  /** This space without `keys` (keys not present are ignored). */
  remove(keys: WideRowSet): WideKeySpace {
    return keys.size === 0 ? this : new WideKeySpace(wideDifference(this.keys, keys));
  }

  /** This space with `keys` added (union). */
  add(keys: WideRowSet): WideKeySpace {
    return keys.size === 0 ? this : new WideKeySpace(wideUnion(this.keys, keys));
  }

  /** True when every key of `keys` is absent from this space. */
  isDisjoint(keys: WideRowSet): boolean {
    const k = this.keys.flat;
    for (const [a, b] of keys.ranges()) {
      const i = this.firstRangeEndingAtOrAfter(a, 0);
      if (2 * i < k.length && (k[2 * i] as bigint) <= b) return false;
    }
    return true;
  }

  /** This space with the shifts applied (shifts never reorder keys). */
  shift(shifts: readonly WideShift[]): WideKeySpace {
    if (shifts.length === 0) return this;
    const pieces: bigint[] = [];
    let s = 0;
    for (const [first, last] of this.keys.ranges()) {
      let cur = first;
      while (cur <= last) {
        while (s < shifts.length && (shifts[s] as WideShift).last < cur) s++;
        const sh = shifts[s];
        if (sh !== undefined && sh.first <= cur) {
          const hi = last < sh.last ? last : sh.last;
          pieces.push(cur + sh.delta, hi + sh.delta);
          cur = hi + 1n;
        } else {
          const hi = sh === undefined || last < sh.first - 1n ? last : sh.first - 1n;
          pieces.push(cur, hi);
          cur = hi + 1n;
        }
      }
    }
    const out = new WideRowSetBuilder();
    for (let i = 0; i < pieces.length; i += 2) {
      if ((pieces[i] as bigint) < 0n || (i > 0 && (pieces[i] as bigint) <= (pieces[i - 1] as bigint)))
        throw new DeephavenError(Code.DataLoss, 'the server sent shifts that reorder or collide rows');
      out.addRange(pieces[i] as bigint, pieces[i + 1] as bigint);
    }
    return new WideKeySpace(out.build());
  }

  /** Index of the first range whose last key is ≥ key, searching from `from`. */
  private firstRangeEndingAtOrAfter(key: bigint, from: number): number {
    const k = this.keys.flat;
    let lo = from;
    let hi = k.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((k[2 * mid + 1] as bigint) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** @internal The keys in `a` and not in `b`. */
export function wideDifference(a: WideRowSet, b: WideRowSet): WideRowSet {
  if (a.size === 0 || b.size === 0) return a;
  const y = b.flat;
  const out = new WideRowSetBuilder();
  let j = 0;
  for (const [first, last] of a.ranges()) {
    let cur = first;
    while (j < y.length && (y[j + 1] as bigint) < cur) j += 2;
    let k = j;
    while (cur <= last && k < y.length && (y[k] as bigint) <= last) {
      if ((y[k] as bigint) > cur) out.addRange(cur, (y[k] as bigint) - 1n);
      const next = (y[k + 1] as bigint) + 1n;
      if (next > cur) cur = next;
      k += 2;
    }
    if (cur <= last) out.addRange(cur, last);
  }
  return out.build();
}
