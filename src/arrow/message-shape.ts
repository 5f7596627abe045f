import { Code, DeephavenError } from '../errors.js';

/**
 * @internal Checks that an Arrow IPC `Message` flatbuffer is well formed before apache-arrow decodes it: every table,
 * vtable, vector and string the decoder will read lies inside the bytes, and the decoder's work is bounded.
 *
 * apache-arrow trusts a message's vector lengths (`Array.from({ length: n })` for the nodes, buffers and fields
 * vectors) and reads past the end of the bytes as zeros, so four corrupt bytes can make it allocate gigabytes. Here
 * a vector of `n` elements must have its `n` elements in the message, and the tables and vectors visited are
 * bounded by the message's size (a flatbuffer may point at one table from many places; the decoder follows every
 * pointer). What passes costs apache-arrow's decoder work and memory in proportion to the message's size.
 *
 * The shapes are those of Arrow's `Message.fbs` and `Schema.fbs` (format version 5), field ids as slot numbers.
 */

/**
 * The most tables and vectors a message of `n` bytes may lead the decoder to: a table takes at least 4 bytes and
 * each reference to it another 4, so a message that does not point at one table from many places stays well within.
 */
const maxVisits = (n: number): number => 64 + (n >>> 1);
/** How deeply tables may nest (a schema's nested types). */
const MAX_DEPTH = 64;

type Scalar = 1 | 2 | 4 | 8;
type Slot =
  | Scalar
  | 'string'
  | { readonly table: () => Shape }
  | { readonly tables: () => Shape }
  /** A vector of fixed-size elements (structs or scalars) of this many bytes each. */
  | { readonly elements: number }
  /** A union's value; `typeSlot` holds its type, `members` the shapes by type (unknown types are refused). */
  | { readonly typeSlot: number; readonly what: string; readonly members: Readonly<Record<number, Shape>> };
type Shape = readonly (Slot | undefined)[];

const KEY_VALUE: Shape = ['string', 'string'];
const INT: Shape = [4, 1];
/** The `Type` union of Schema.fbs: the shape of each type's table, by type id. */
const TYPES: Readonly<Record<number, Shape>> = {
  1: [], // Null
  2: INT,
  3: [2], // FloatingPoint: precision
  4: [], // Binary
  5: [], // Utf8
  6: [], // Bool
  7: [4, 4, 4], // Decimal: precision, scale, bitWidth
  8: [2], // Date: unit
  9: [2, 4], // Time: unit, bitWidth
  10: [2, 'string'], // Timestamp: unit, timezone
  11: [2], // Interval: unit
  12: [], // List
  13: [], // Struct_
  14: [2, { elements: 4 }], // Union: mode, typeIds
  15: [4], // FixedSizeBinary: byteWidth
  16: [4], // FixedSizeList: listSize
  17: [1], // Map: keysSorted
  18: [2], // Duration: unit
  19: [], // LargeBinary
  20: [], // LargeUtf8
  21: [], // LargeList
};
const FIELD: Shape = [
  'string', // name
  1, // nullable
  1, // type_type
  { typeSlot: 2, what: 'column type', members: TYPES },
  { table: () => DICTIONARY_ENCODING },
  { tables: () => FIELD }, // children
  { tables: () => KEY_VALUE }, // custom_metadata
];
const DICTIONARY_ENCODING: Shape = [8, { table: () => INT }, 1, 2];
const SCHEMA: Shape = [2, { tables: () => FIELD }, { tables: () => KEY_VALUE }, { elements: 8 }];
const RECORD_BATCH: Shape = [
  8, // length
  { elements: 16 }, // nodes: FieldNode { length, null_count }
  { elements: 16 }, // buffers: Buffer { offset, length }
  { table: () => [1, 1] }, // compression: BodyCompression { codec, method }
  { elements: 8 }, // variadicBufferCounts
];
const DICTIONARY_BATCH: Shape = [8, { table: () => RECORD_BATCH }, 1];
const MESSAGE: Shape = [
  2, // version
  1, // header_type
  { typeSlot: 1, what: 'message type', members: { 1: SCHEMA, 2: DICTIONARY_BATCH, 3: RECORD_BATCH } },
  8, // bodyLength
  { tables: () => KEY_VALUE }, // custom_metadata
];

/**
 * @internal Throws a {@link DeephavenError} (DATA_LOSS, naming what is wrong) unless `bytes` is a well-formed Arrow
 * `Message` flatbuffer of a schema, record batch or dictionary batch.
 */
export function checkMessageShape(bytes: Uint8Array): void {
  new ShapeChecker(bytes).root(MESSAGE);
}

class ShapeChecker {
  private readonly view: DataView;
  private visits = 0;
  private readonly maxVisits: number;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.maxVisits = maxVisits(bytes.length);
  }

  root(shape: Shape): void {
    this.within(0, 4, 'the root offset');
    this.table(this.view.getUint32(0, true), shape, 0, 'the message');
  }

  private table(pos: number, shape: Shape, depth: number, what: string): void {
    if (depth > MAX_DEPTH) throw bad(`${what} is nested more than ${MAX_DEPTH} deep`);
    this.visit();
    this.within(pos, 4, what);
    const vtable = pos - this.view.getInt32(pos, true);
    this.within(vtable, 4, `the vtable of ${what}`);
    const vtableSize = this.view.getUint16(vtable, true);
    const objectSize = this.view.getUint16(vtable + 2, true);
    if (vtableSize < 4 || vtableSize % 2 !== 0) throw bad(`the vtable of ${what} has a size of ${vtableSize} bytes`);
    this.within(vtable, vtableSize, `the vtable of ${what}`);
    if (objectSize < 4) throw bad(`${what} has a size of ${objectSize} bytes`);
    this.within(pos, objectSize, what);
    shape.forEach((slot, i) => {
      if (slot === undefined || 4 + 2 * i >= vtableSize) return;
      const offset = this.view.getUint16(vtable + 4 + 2 * i, true);
      if (offset === 0) return;
      const width = typeof slot === 'number' ? slot : 4;
      if (offset < 4 || offset + width > objectSize) throw bad(`field ${i} of ${what} lies outside it`);
      if (typeof slot !== 'number') this.reference(pos, pos + offset, slot, depth, `field ${i} of ${what}`);
    });
  }

  private reference(table: number, at: number, slot: Exclude<Slot, Scalar>, depth: number, what: string): void {
    const target = at + this.view.getUint32(at, true);
    if (slot === 'string') return void this.vector(target, 1, what);
    if ('typeSlot' in slot) {
      const type = this.unionType(table, slot.typeSlot);
      const shape = slot.members[type];
      if (shape === undefined) throw bad(`unsupported ${slot.what} ${type}`);
      return this.table(target, shape, depth + 1, what);
    }
    if ('table' in slot) return this.table(target, slot.table(), depth + 1, what);
    if ('elements' in slot) return void this.vector(target, slot.elements, what);
    const count = this.vector(target, 4, what);
    for (let k = 0; k < count; k++) {
      const element = target + 4 + 4 * k;
      this.table(element + this.view.getUint32(element, true), slot.tables(), depth + 1, `${what}[${k}]`);
    }
  }

  /** Checks a vector of `count` elements of `size` bytes at `pos` (its length first); returns `count`. */
  private vector(pos: number, size: number, what: string): number {
    this.visit();
    this.within(pos, 4, what);
    const count = this.view.getUint32(pos, true);
    this.within(pos + 4, count * size, `${what} (${count} elements)`);
    return count;
  }

  /** The union type byte in slot `slot` of the table at `pos` (checked by the caller's walk over the table). */
  private unionType(pos: number, slot: number): number {
    const vtable = pos - this.view.getInt32(pos, true);
    const vtableSize = this.view.getUint16(vtable, true);
    if (4 + 2 * slot >= vtableSize) return 0;
    const offset = this.view.getUint16(vtable + 4 + 2 * slot, true);
    return offset === 0 ? 0 : this.view.getUint8(pos + offset);
  }

  private within(pos: number, length: number, what: string): void {
    if (!(pos >= 0 && length >= 0 && pos + length <= this.bytes.length))
      throw bad(`${what} lies outside the ${this.bytes.length}-byte message`);
  }

  private visit(): void {
    if (++this.visits > this.maxVisits) throw bad(`the message refers to more than ${this.maxVisits} objects`);
  }
}

function bad(detail: string): DeephavenError {
  return new DeephavenError(Code.DataLoss, `the server sent a malformed Arrow message: ${detail}`);
}
