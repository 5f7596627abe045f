import { Type, makeBuilder, makeData, makeVector, type Data, type DataType } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import type { Rope, Run, Source } from './rope.js';
import type { RowSet } from './row-set.js';

/**
 * Dense columns: a rope gathered into one contiguous Arrow `Data` (compaction, when its runs grow many), and
 * scattered modifications applied to a copy of a dense fixed-width column (a copy of its values and a write per
 * modified row, instead of a run per modified row). Both copy values with typed-array bulk copies where the type
 * allows, and fall back to apache-arrow's builders for nested types.
 * @internal
 */

/** True for types whose rows are `stride` slots of one typed array (no offsets, no children). */
export function isFixedWidth(type: DataType): boolean {
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Date:
    case Type.Time:
    case Type.Timestamp:
    case Type.Duration:
    case Type.Decimal:
    case Type.FixedSizeBinary:
    case Type.Interval:
      return true;
    default:
      return false;
  }
}

/** True when a rope should be gathered: many short runs (appending small batches, scattered changes). */
export function shouldCompact(rope: Rope, rows: number): boolean {
  return rope.length > 64 && rope.length > rows / 32;
}

/** The rope as one run over one contiguous `Data` (rows without data are not allowed). */
export function compact(rope: Rope, type: DataType): Rope {
  if (rope.length <= 1) return rope;
  let rows = 0;
  for (const run of rope) {
    if (run.data === null) return rope; // a snapshot still growing: gathered later
    rows += run.length;
  }
  const data = isFixedWidth(type)
    ? gatherFixed(rope, type, rows)
    : type.typeId === Type.Utf8 || type.typeId === Type.Binary
      ? gatherVariable(rope, type, rows)
      : gatherWithBuilder(rope, type);
  return [{ data, offset: 0, length: rows }];
}

/**
 * The dense fixed-width column with the rows at `positions` replaced, in order, by rows of `source`: a copy of the
 * values and validity, then one write per modified row.
 */
export function scatter(rope: Rope, type: DataType, positions: RowSet, source: Source): Rope {
  const dense = compact(rope, type);
  const run = dense[0];
  if (dense.length !== 1 || run === undefined || run.data === null) throw new DeephavenError(Code.Internal, 'scatter needs a dense column');
  const base = run.data;
  const stride = base.stride;
  // apache-arrow indexes values from the Data's own start and validity bits from its offset.
  const values = (base.values as TypedArray).slice(run.offset * stride, (run.offset + run.length) * stride);
  const validity = validityOf(base, run.offset, run.length);
  const pieces: Run[] = [];
  source.take(positions.size, pieces);
  let piece = 0;
  let used = 0;
  for (const [first, last] of positions.ranges()) {
    for (let p = first; p <= last; p++) {
      let from = pieces[piece] as Run;
      if (used >= from.length) {
        piece++;
        used = 0;
        from = pieces[piece] as Run;
      }
      const src = from.data as Data;
      const row = from.offset + used;
      const srcValues = src.values as TypedArray;
      for (let k = 0; k < stride; k++) values[p * stride + k] = srcValues[row * stride + k] as never;
      setBit(validity, p, isValid(src, src.offset + row));
      used++;
    }
  }
  return [
    {
      data: makeData({ type, length: run.length, nullCount: -1, data: values, nullBitmap: validity } as never) as Data,
      offset: 0,
      length: run.length,
    },
  ];
}

type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

function gatherFixed(rope: Rope, type: DataType, rows: number): Data {
  const firstData = (rope[0] as Run).data as Data;
  const stride = firstData.stride;
  const ArrayType = (type as unknown as { ArrayType: new (n: number) => TypedArray }).ArrayType;
  const values = new ArrayType(rows * stride);
  const validity = allValid(rows);
  let at = 0;
  let nulls = false;
  for (const run of rope) {
    const d = run.data as Data;
    const start = run.offset * stride;
    values.set((d.values as TypedArray).subarray(start, start + run.length * stride) as never, at * stride);
    if (copyValidity(d, run.offset, run.length, validity, at)) nulls = true;
    at += run.length;
  }
  return makeData({ type, length: rows, nullCount: -1, data: values, nullBitmap: nulls ? validity : undefined } as never) as Data;
}

function gatherVariable(rope: Rope, type: DataType, rows: number): Data {
  let bytes = 0;
  for (const run of rope) {
    const d = run.data as Data;
    const o = d.valueOffsets as Int32Array;
    bytes += (o[run.offset + run.length] as number) - (o[run.offset] as number);
  }
  const offsets = new Int32Array(rows + 1);
  const data = new Uint8Array(bytes);
  const validity = allValid(rows);
  let at = 0;
  let byte = 0;
  let nulls = false;
  for (const run of rope) {
    const d = run.data as Data;
    const o = d.valueOffsets as Int32Array;
    const start = o[run.offset] as number;
    const end = o[run.offset + run.length] as number;
    data.set((d.values as Uint8Array).subarray(start, end), byte);
    for (let i = 0; i < run.length; i++) offsets[at + i + 1] = byte + (o[run.offset + i + 1] as number) - start;
    if (copyValidity(d, run.offset, run.length, validity, at)) nulls = true;
    byte += end - start;
    at += run.length;
  }
  return makeData({
    type,
    length: rows,
    nullCount: -1,
    valueOffsets: offsets,
    data,
    nullBitmap: nulls ? validity : undefined,
  } as never) as Data;
}

function gatherWithBuilder(rope: Rope, type: DataType): Data {
  const builder = makeBuilder({ type, nullValues: [null, undefined] });
  for (const run of rope) {
    const vector = makeVector(run.data as Data);
    for (let i = 0; i < run.length; i++) builder.append(plain(vector.get(run.offset + i)));
  }
  return builder.finish().toVector().data[0] as Data;
}

/** A nested value (a list's Vector) as plain JavaScript, which the builders take. */
function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'toArray' in value && typeof (value as { get?: unknown }).get === 'function') {
    const v = value as unknown as { length: number; get(i: number): unknown };
    return Array.from({ length: v.length }, (_, i) => plain(v.get(i)));
  }
  return value;
}

function allValid(rows: number): Uint8Array {
  return new Uint8Array((rows + 7) >> 3).fill(0xff);
}

function isValid(d: Data, index: number): boolean {
  const bitmap = d.nullBitmap as Uint8Array | undefined; // undefined in data made without one (not in the typings)
  if (bitmap === undefined || bitmap.length === 0 || d.nullCount === 0) return true;
  return ((bitmap[index >> 3] as number) & (1 << (index & 7))) !== 0;
}

function setBit(bitmap: Uint8Array, index: number, valid: boolean): void {
  if (valid) bitmap[index >> 3] = (bitmap[index >> 3] as number) | (1 << (index & 7));
  else bitmap[index >> 3] = (bitmap[index >> 3] as number) & ~(1 << (index & 7));
}

/** Copies the validity of `length` rows of `d` from `from` into `out` at `at`; true when any is null. */
function copyValidity(d: Data, from: number, length: number, out: Uint8Array, at: number): boolean {
  const bitmap = d.nullBitmap as Uint8Array | undefined; // undefined in data made without one (not in the typings)
  if (bitmap === undefined || bitmap.length === 0 || d.nullCount === 0) return false;
  let nulls = false;
  for (let i = 0; i < length; i++) {
    const valid = isValid(d, d.offset + from + i);
    if (!valid) {
      nulls = true;
      setBit(out, at + i, false);
    }
  }
  return nulls;
}

/** A fresh validity bitmap for `rows` rows of `d` from `from`. */
function validityOf(d: Data, from: number, rows: number): Uint8Array {
  const out = allValid(rows);
  copyValidity(d, from, rows, out, 0);
  return out;
}
