/**
 * An immutable, ordered set of row positions, kept as inclusive ranges: the `added`, `removed` and `modified` sets of
 * a live table's updates.
 *
 * @example
 * ```ts
 * table.updates().subscribe((u) => {
 *   for (const [first, last] of u.added.ranges()) console.log(`rows ${first}–${last} are new`);
 *   if (u.modified.has(0)) console.log('the first row changed');
 * });
 * ```
 */
export class RowSet implements Iterable<number> {
  /** The empty set. */
  static readonly empty: RowSet = new RowSet([]);

  /** How many positions the set holds. */
  readonly size: number;

  /** @internal `flat` is [first0, last0, first1, last1, …]: sorted, disjoint, not adjacent. */
  constructor(private readonly flat: readonly number[]) {
    let size = 0;
    for (let i = 0; i < flat.length; i += 2) size += (flat[i + 1] as number) - (flat[i] as number) + 1;
    this.size = size;
  }

  /**
   * A set from inclusive `[first, last]` ranges in any order (overlapping and adjacent ones merge).
   *
   * @example
   * ```ts
   * RowSet.fromRanges([[0, 9], [20, 20]]).size; // 11
   * ```
   */
  static fromRanges(ranges: Iterable<readonly [number, number]>): RowSet {
    const list = [...ranges].filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
    const b = new RowSetBuilder();
    for (const [first, last] of list) b.addRange(first, last);
    return b.build();
  }

  /** True when `position` is in the set. */
  has(position: number): boolean {
    const f = this.flat;
    let lo = 0;
    let hi = f.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (position < (f[2 * mid] as number)) hi = mid - 1;
      else if (position > (f[2 * mid + 1] as number)) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** The inclusive `[first, last]` ranges, in order. */
  *ranges(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.flat.length; i += 2) yield [this.flat[i] as number, this.flat[i + 1] as number];
  }

  /** Every position, in order. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.flat.length; i += 2) for (let p = this.flat[i] as number; p <= (this.flat[i + 1] as number); p++) yield p;
  }

  /** The smallest position, or undefined when empty. */
  get first(): number | undefined {
    return this.flat[0];
  }

  /** The largest position, or undefined when empty. */
  get last(): number | undefined {
    return this.flat[this.flat.length - 1];
  }

  /** @internal The flat range list ([first0, last0, …]). */
  get flatRanges(): readonly number[] {
    return this.flat;
  }

  toString(): string {
    const parts: string[] = [];
    for (const [a, b] of this.ranges()) parts.push(a === b ? String(a) : `${a}-${b}`);
    return `RowSet{${parts.join(',')}}`;
  }
}

/** @internal Builds a RowSet from ranges given in ascending order (adjacent and overlapping ones merge). */
export class RowSetBuilder {
  private readonly flat: number[] = [];

  addRange(first: number, last: number): void {
    if (last < first) return;
    const n = this.flat.length;
    if (n > 0 && first <= (this.flat[n - 1] as number) + 1) {
      if (first < (this.flat[n - 2] as number)) throw new RangeError('RowSetBuilder takes ranges in ascending order');
      if (last > (this.flat[n - 1] as number)) this.flat[n - 1] = last;
      return;
    }
    this.flat.push(first, last);
  }

  build(): RowSet {
    return this.flat.length === 0 ? RowSet.empty : new RowSet(this.flat);
  }
}

/** @internal The positions in `a` or `b`. */
export function union(a: RowSet, b: RowSet): RowSet {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const x = a.flatRanges;
  const y = b.flatRanges;
  // Ranges go in sorted by their first position; the builder merges overlapping and adjacent ones.
  const out = new RowSetBuilder();
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const takeX = j >= y.length || (i < x.length && (x[i] as number) <= (y[j] as number));
    if (takeX) {
      out.addRange(x[i] as number, x[i + 1] as number);
      i += 2;
    } else {
      out.addRange(y[j] as number, y[j + 1] as number);
      j += 2;
    }
  }
  return out.build();
}
