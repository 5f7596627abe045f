import { Code, DeephavenError } from '../errors.js';
import { RowSet, RowSetBuilder } from './row-set.js';

/**
 * Row keys past 2^53. Barrage row keys are 63-bit; Deephaven gives keys past 2^53 to tables of many regions (a
 * partitioned Parquet source of more than 1,024 partitions keys region r's rows from r × 2^43). Numbers cannot hold
 * them exactly, so a key set with such a key is a {@link WideRowSet} of bigint ranges. Sets whose keys all fit stay
 * {@link RowSet}s of numbers (the common, fast case); only the key space of a full subscription ever meets a wide set,
 * and table positions stay numbers.
 * @internal
 */

/** @internal The largest key a number holds exactly. */
export const MAX_NARROW = BigInt(Number.MAX_SAFE_INTEGER);

/** @internal An immutable, ordered set of row keys kept as inclusive bigint ranges (some key past 2^53). */
export class WideRowSet {
  static readonly empty: WideRowSet = new WideRowSet([]);

  /** How many keys the set holds. */
  readonly size: number;

  /** `flat` is [first0, last0, first1, last1, …]: sorted, disjoint, not adjacent. */
  constructor(readonly flat: readonly bigint[]) {
    let size = 0n;
    for (let i = 0; i < flat.length; i += 2) size += (flat[i + 1] as bigint) - (flat[i] as bigint) + 1n;
    this.size = Number(size);
  }

  /** The inclusive `[first, last]` ranges, in order. */
  *ranges(): IterableIterator<[bigint, bigint]> {
    for (let i = 0; i < this.flat.length; i += 2) yield [this.flat[i] as bigint, this.flat[i + 1] as bigint];
  }

  /** The largest key, or undefined when empty. */
  get last(): bigint | undefined {
    return this.flat[this.flat.length - 1];
  }

  toString(): string {
    const parts: string[] = [];
    for (const [a, b] of this.ranges()) parts.push(a === b ? String(a) : `${a}-${b}`);
    return `WideRowSet{${parts.join(',')}}`;
  }
}

/** @internal Row keys as the codec gives them: numbers when every key fits, else bigints. */
export type KeySet = RowSet | WideRowSet;

/** @internal Builds a WideRowSet from ranges given in ascending order (adjacent and overlapping ones merge). */
export class WideRowSetBuilder {
  private readonly flat: bigint[] = [];

  addRange(first: bigint, last: bigint): void {
    if (last < first) return;
    const n = this.flat.length;
    if (n > 0 && first <= (this.flat[n - 1] as bigint) + 1n) {
      if (first < (this.flat[n - 2] as bigint)) throw new RangeError('WideRowSetBuilder takes ranges in ascending order');
      if (last > (this.flat[n - 1] as bigint)) this.flat[n - 1] = last;
      return;
    }
    this.flat.push(first, last);
  }

  build(): WideRowSet {
    return this.flat.length === 0 ? WideRowSet.empty : new WideRowSet(this.flat);
  }
}

/** @internal The set as bigint ranges. */
export function widen(set: KeySet): WideRowSet {
  if (set instanceof WideRowSet) return set;
  return set.size === 0 ? WideRowSet.empty : new WideRowSet(set.flatRanges.map(BigInt));
}

/** @internal The set as number ranges, when every key fits (else undefined). */
export function narrow(set: KeySet): RowSet | undefined {
  if (set instanceof RowSet) return set;
  const last = set.last;
  if (last !== undefined && last > MAX_NARROW) return undefined;
  const out = new RowSetBuilder();
  for (const [a, b] of set.ranges()) out.addRange(Number(a), Number(b));
  return out.build();
}

/**
 * @internal A key set that stands for table positions (a viewport's rows, a viewport update's ordinals): positions
 * never pass 2^53, so a wide one is the server's mistake.
 */
export function positionsOf(set: KeySet): RowSet {
  const out = narrow(set);
  if (out === undefined) throw new DeephavenError(Code.DataLoss, `the server sent a row position past 2^53 (${String(set.last)})`);
  return out;
}

/** @internal The keys in `a` or `b`. */
export function wideUnion(a: WideRowSet, b: WideRowSet): WideRowSet {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const x = a.flat;
  const y = b.flat;
  const out = new WideRowSetBuilder();
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && (x[i] as bigint) <= (y[j] as bigint))) {
      out.addRange(x[i] as bigint, x[i + 1] as bigint);
      i += 2;
    } else {
      out.addRange(y[j] as bigint, y[j + 1] as bigint);
      j += 2;
    }
  }
  return out.build();
}
