import type { DataType, Field } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import { Type, strideForType } from './apache-arrow.js';

/** @internal The parts of a decoded record batch header (apache-arrow's `RecordBatch` metadata) checked here. */
export interface BatchHeader {
  readonly length: number;
  readonly nodes: readonly { readonly length: number; readonly nullCount: number }[];
  readonly buffers: readonly { readonly offset: number; readonly length: number }[];
  readonly compression?: unknown;
  readonly variadicBufferCounts?: readonly unknown[];
}

/**
 * @internal The most values one field node (a column of a record batch, or the values of a nested column) may hold:
 * Arrow Java, which the server runs, counts a vector's values in an `int`.
 */
export const MAX_NODE_LENGTH = 0x7fffffff;

/**
 * @internal Checks a record batch header against the column types it is read with and the body it came with, before
 * apache-arrow's vector loader takes its word for them: every buffer lies inside the body; there are as many nodes
 * and buffers as the types need; each node has `0 <= nullCount <= length <= MAX_NODE_LENGTH`; and (uncompressed)
 * each buffer holds what its node's length needs (validity bits, fixed-width values, `length + 1` offsets), offsets
 * end within the values they index and a nested column has the values its parent refers to. apache-arrow then only
 * makes views into the body: no allocation depends on a length in the header. Returns the top-level node lengths.
 * Throws a {@link DeephavenError}: DATA_LOSS naming what is wrong, UNIMPLEMENTED for a type the SDK does not read.
 */
export function checkRecordBatch(header: BatchHeader, body: Uint8Array, types: readonly DataType[]): number[] {
  header.buffers.forEach(({ offset, length }, i) => {
    if (!(Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0 && offset + length <= body.byteLength))
      throw bad(`buffer ${i} (${length} bytes at ${offset}) lies outside the ${body.byteLength}-byte body`);
  });
  if ((header.variadicBufferCounts?.length ?? 0) > 0) throw bad('variadic buffers, which no column type read here has');
  const walker = new Walker(header, body, header.compression != null);
  return types.map((type) => walker.column(type, 0, 0));
}

class Walker {
  private node = 0;
  private buffer = 0;

  constructor(
    private readonly header: BatchHeader,
    private readonly body: Uint8Array,
    private readonly compressed: boolean,
  ) {}

  /** Checks one column (and its children) whose node must hold at least `atLeast` values; returns its length. */
  column(type: DataType, atLeast: number, depth: number): number {
    if (depth > 64) throw bad('columns nested more than 64 deep');
    const at = this.node++;
    const node = this.header.nodes[at];
    if (node === undefined) throw bad(`${this.header.nodes.length} field nodes, fewer than the schema's columns need`);
    const { length, nullCount } = node;
    if (
      !(
        Number.isSafeInteger(length) &&
        Number.isSafeInteger(nullCount) &&
        nullCount >= 0 &&
        nullCount <= length &&
        length <= MAX_NODE_LENGTH
      )
    )
      throw bad(`field node ${at} says ${nullCount} nulls in ${length} values`);
    if (length < atLeast) throw bad(`field node ${at} holds ${length} values where ${atLeast} are referred to`);
    this.values(type, length, nullCount, depth);
    return length;
  }

  private values(type: DataType, length: number, nullCount: number, depth: number): void {
    const t = type as DataType & { children?: { type: DataType }[]; listSize?: number; mode?: number; indices?: DataType };
    switch (type.typeId) {
      case Type.Null:
        return;
      case Type.Bool:
        this.validity(length, nullCount);
        return void this.next(Math.ceil(length / 8), 'boolean values');
      case Type.Dictionary:
        this.validity(length, nullCount);
        return void this.next(length * fixedWidth(t.indices ?? type), 'dictionary indices');
      case Type.Utf8:
      case Type.Binary:
      case Type.LargeUtf8:
      case Type.LargeBinary: {
        this.validity(length, nullCount);
        const end = this.offsets(length, type.typeId === Type.LargeUtf8 || type.typeId === Type.LargeBinary ? 8 : 4);
        const data = this.next(0, 'variable-width values');
        if (!this.compressed && data.length < end) throw bad(`offsets reach byte ${end} of ${data.length} bytes of values`);
        return;
      }
      case Type.List:
      case Type.LargeList:
      case Type.Map: {
        this.validity(length, nullCount);
        const end = this.offsets(length, type.typeId === Type.LargeList ? 8 : 4);
        return void this.column(child(t, 0), this.compressed ? 0 : end, depth + 1);
      }
      case Type.FixedSizeList:
        this.validity(length, nullCount);
        return void this.column(child(t, 0), length * (t.listSize ?? 0), depth + 1);
      case Type.Struct:
        this.validity(length, nullCount);
        for (const c of t.children as Field<DataType>[]) this.column(c.type, length, depth + 1);
        return;
      case Type.Union:
        this.next(length, 'union type ids');
        if (t.mode === 1) this.next(length * 4, 'union offsets'); // UnionMode.Dense
        for (const c of t.children as Field<DataType>[]) this.column(c.type, t.mode === 1 ? 0 : length, depth + 1);
        return;
      case Type.Int:
      case Type.Float:
      case Type.Decimal:
      case Type.Date:
      case Type.Time:
      case Type.Timestamp:
      case Type.Interval:
      case Type.Duration:
      case Type.FixedSizeBinary:
        this.validity(length, nullCount);
        return void this.next(length * fixedWidth(type), 'values');
      default:
        throw unsupported(type);
    }
  }

  private validity(length: number, nullCount: number): void {
    this.next(nullCount > 0 ? Math.ceil(length / 8) : 0, 'validity bitmap');
  }

  /**
   * Checks an offsets buffer of `length + 1` values of `width` bytes, non-decreasing from 0 or more; returns the last
   * (0 when empty). Every value is read: one out of order would make a slice that reaches past its neighbours.
   */
  private offsets(length: number, width: 4 | 8): number {
    const buffer = this.next(length === 0 ? 0 : (length + 1) * width, 'offsets');
    if (this.compressed || length === 0) return 0;
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let previous = 0;
    for (let i = 0; i <= length; i++) {
      const value = width === 4 ? view.getInt32(i * 4, true) : Number(view.getBigInt64(i * 8, true));
      if (!(value >= previous && value <= MAX_NODE_LENGTH)) throw bad(`offset ${i} is ${value}, after ${previous}`);
      previous = value;
    }
    return previous;
  }

  /** The next buffer, which must hold at least `need` bytes (unless the body is compressed). */
  private next(need: number, what: string): Uint8Array {
    const at = this.buffer++;
    const region = this.header.buffers[at];
    if (region === undefined) throw bad(`${this.header.buffers.length} buffers, fewer than the schema's columns need`);
    if (!this.compressed && region.length < need) throw bad(`buffer ${at} (${what}) has ${region.length} bytes where ${need} are needed`);
    return this.body.subarray(region.offset, region.offset + region.length);
  }
}

/**
 * @internal Checks that every column type of a schema (nested ones included) is one the SDK reads and that
 * apache-arrow can lay out (a known width, the child a nested type needs). Throws a {@link DeephavenError}
 * (UNIMPLEMENTED, naming the type) otherwise.
 */
export function checkTypes(types: readonly DataType[], depth = 0): void {
  if (depth > 64) throw bad('columns nested more than 64 deep');
  for (const type of types) {
    const t = type as DataType & { children?: { type: DataType }[] | null; indices?: DataType; dictionary?: DataType };
    switch (type.typeId) {
      case Type.Null:
      case Type.Bool:
      case Type.Utf8:
      case Type.Binary:
      case Type.LargeUtf8:
      case Type.LargeBinary:
        break;
      case Type.Dictionary:
        fixedWidth(t.indices ?? type);
        checkTypes(t.dictionary === undefined ? [] : [t.dictionary], depth + 1);
        break;
      case Type.List:
      case Type.LargeList:
      case Type.Map:
      case Type.FixedSizeList:
        checkTypes([child(t, 0)], depth + 1);
        break;
      case Type.Struct:
      case Type.Union:
        checkTypes(
          (t.children as Field<DataType>[]).map((c) => c.type),
          depth + 1,
        );
        break;
      default:
        fixedWidth(type);
    }
  }
}

/** Bytes per value of a fixed-width type, as apache-arrow lays it out. */
function fixedWidth(type: DataType): number {
  if (
    ![
      Type.Int,
      Type.Float,
      Type.Decimal,
      Type.Date,
      Type.Time,
      Type.Timestamp,
      Type.Interval,
      Type.Duration,
      Type.FixedSizeBinary,
    ].includes(type.typeId)
  )
    throw unsupported(type);
  let width: number;
  try {
    // apache-arrow's getter throws for a width it has no array for (an Int of 7 bits, a Float of precision 9).
    const arrayType = type.ArrayType as { BYTES_PER_ELEMENT?: number } | undefined;
    width = (arrayType?.BYTES_PER_ELEMENT ?? Number.NaN) * strideForType(type);
  } catch {
    throw unsupported(type);
  }
  if (!(Number.isInteger(width) && width > 0 && width <= 0x7fffffff)) throw unsupported(type);
  return width;
}

function unsupported(type: DataType): DeephavenError {
  return new DeephavenError(Code.Unimplemented, `the server sent a column of type ${String(type)}, which this SDK does not read`);
}

function child(type: { children?: { type: DataType }[] | null }, i: number): DataType {
  const c = type.children?.[i];
  if (c === undefined) throw bad('a nested column without its child type');
  return c.type;
}

function bad(detail: string): DeephavenError {
  return new DeephavenError(Code.DataLoss, `the server sent a record batch that does not fit its schema: ${detail}`);
}
