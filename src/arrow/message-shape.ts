import { ByteBuffer } from 'flatbuffers';
import { Code, DeephavenError } from '../errors.js';
import {
  FbDictionaryBatch,
  FbDictionaryEncoding,
  FbField,
  FbInt,
  FbKeyValue,
  FbMessage,
  FbRecordBatch,
  FbSchema,
  FbType,
  FbUnion,
  MessageHeader,
} from './apache-arrow.js';

/**
 * @internal Checks that an Arrow IPC `Message` flatbuffer is well formed before apache-arrow decodes it: every table,
 * vtable and vector the decoder will read lies inside the bytes, and the decoder's work is bounded.
 *
 * apache-arrow trusts a message's vector lengths (`Array.from({ length: n })` for the nodes, buffers and fields
 * vectors) and reads past the end of the bytes as zeros, so four corrupt bytes can make it allocate gigabytes. Here
 * a vector of `n` elements must have room for them in the message, and the tables and vectors visited are bounded by
 * the message's size (a flatbuffer may point at one table from many places; the decoder follows every pointer). What
 * passes costs apache-arrow's decoder work and memory in proportion to the message's size.
 *
 * The message is walked with the readers apache-arrow generated from Arrow's `Message.fbs` and `Schema.fbs` (the ones
 * its decoder then uses): no field is named by its slot here. Strings need no check (the runtime clamps their reads
 * to the bytes).
 */

/**
 * The most tables and vectors a message of `n` bytes may lead the decoder to: a table takes at least 4 bytes and
 * each reference to it another 4, so a message that does not point at one table from many places stays well within.
 */
const maxVisits = (n: number): number => 64 + (n >>> 1);
/** How deeply tables may nest (a schema's nested types). */
const MAX_DEPTH = 64;

/** Column types apache-arrow's decoder is let to read: Arrow's `Type` union from `Null` to `LargeList` (ids 1–21). */
const isColumnType = (id: FbType): boolean => id >= FbType.Null && id <= FbType.LargeList;

/** Any table: where a union's member is read only to be checked. */
class AnyTable {
  bb: ByteBuffer | null = null;
  bb_pos = 0;
  __init(i: number, bb: ByteBuffer): this {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
}

/**
 * @internal Throws a {@link DeephavenError} (DATA_LOSS, naming what is wrong) unless `bytes` is a well-formed Arrow
 * `Message` flatbuffer of a schema, record batch or dictionary batch.
 */
export function checkMessageShape(bytes: Uint8Array): void {
  try {
    new ShapeChecker(bytes).message();
  } catch (err) {
    if (err instanceof DeephavenError) throw err;
    throw bad(String(err)); // e.g. a typed array over a misaligned vector
  }
}

/**
 * @internal Whether `bytes` hold a schema message: a look at the message's header type before {@link checkMessageShape}
 * (which then checks everything; the runtime's reads never leave the bytes, so a malformed message only makes this
 * guess wrong).
 */
export function isSchemaMessage(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && FbMessage.getRootAsMessage(new ByteBuffer(bytes)).headerType() === MessageHeader.Schema;
}

class ShapeChecker {
  private readonly view: DataView;
  private readonly bb: ByteBuffer;
  private visits = 0;
  private readonly maxVisits: number;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.bb = new ByteBuffer(bytes);
    this.maxVisits = maxVisits(bytes.length);
  }

  message(): void {
    this.within(0, 4, 'the root offset');
    const m = FbMessage.getRootAsMessage(this.bb);
    this.table(m.bb_pos, 0, 'the message');
    this.keyValues(m.customMetadataLength(), (i) => m.customMetadata(i), 1, 'the message');
    const type = m.headerType();
    switch (type) {
      case MessageHeader.Schema:
        return this.schema(m.header(new FbSchema()) as FbSchema | null);
      case MessageHeader.RecordBatch:
        return this.recordBatch(m.header(new FbRecordBatch()) as FbRecordBatch | null, 1, 'the record batch');
      case MessageHeader.DictionaryBatch: {
        const d = m.header(new FbDictionaryBatch()) as FbDictionaryBatch | null;
        if (d === null) return;
        this.table(d.bb_pos, 1, 'the dictionary batch');
        return this.recordBatch(d.data(), 2, 'the dictionary batch’s data');
      }
      default:
        if (m.header(new AnyTable()) !== null) throw bad(`unsupported message type ${type}`);
    }
  }

  private schema(s: FbSchema | null): void {
    if (s === null) return;
    this.table(s.bb_pos, 1, 'the schema');
    const n = this.count(s.fieldsLength(), 4, 'the schema’s fields');
    for (let i = 0; i < n; i++) this.field(s.fields(i), 2, `field ${i}`);
    this.keyValues(s.customMetadataLength(), (i) => s.customMetadata(i), 2, 'the schema');
    this.count(s.featuresLength(), 8, 'the schema’s features');
  }

  private field(f: FbField | null, depth: number, what: string): void {
    if (f === null) return;
    this.table(f.bb_pos, depth, what);
    const type = f.type(new AnyTable()) as AnyTable | null;
    if (type !== null) {
      const id = f.typeType();
      if (!isColumnType(id)) throw bad(`unsupported column type ${id}`);
      this.table(type.bb_pos, depth + 1, `the type of ${what}`);
      if (id === FbType.Union) this.inside(new FbUnion().__init(type.bb_pos, this.bb).typeIdsArray(), `the type ids of ${what}`);
    }
    const dictionary = f.dictionary(new FbDictionaryEncoding());
    if (dictionary !== null) {
      this.table(dictionary.bb_pos, depth + 1, `the dictionary of ${what}`);
      const index = dictionary.indexType(new FbInt());
      if (index !== null) this.table(index.bb_pos, depth + 2, `the dictionary index of ${what}`);
    }
    const n = this.count(f.childrenLength(), 4, `the children of ${what}`);
    for (let i = 0; i < n; i++) this.field(f.children(i), depth + 1, `${what}.${i}`);
    this.keyValues(f.customMetadataLength(), (i) => f.customMetadata(i), depth + 1, what);
  }

  private recordBatch(b: FbRecordBatch | null, depth: number, what: string): void {
    if (b === null) return;
    this.table(b.bb_pos, depth, what);
    // FieldNode { length, null_count } and Buffer { offset, length }: 16-byte structs, in place in their vectors.
    this.structs(b.nodesLength(), 16, () => b.nodes(0)?.bb_pos ?? 0, `the nodes of ${what}`);
    this.structs(b.buffersLength(), 16, () => b.buffers(0)?.bb_pos ?? 0, `the buffers of ${what}`);
    const compression = b.compression();
    if (compression !== null) this.table(compression.bb_pos, depth + 1, `the compression of ${what}`);
    this.count(b.variadicBufferCountsLength(), 8, `the variadic buffer counts of ${what}`);
  }

  /** Custom metadata: `n` key-value tables (their strings need no check). */
  private keyValues(n: number, at: (i: number) => FbKeyValue | null, depth: number, what: string): void {
    const count = this.count(n, 4, `the custom metadata of ${what}`);
    for (let i = 0; i < count; i++) {
      const kv = at(i);
      if (kv !== null) this.table(kv.bb_pos, depth, `custom metadata ${i} of ${what}`);
    }
  }

  /** A vector of `n` structs of `size` bytes whose first element is at `first()`: all of it inside the bytes. */
  private structs(n: number, size: number, first: () => number, what: string): void {
    if (this.count(n, size, what) > 0) this.within(first(), n * size, `${what} (${n} elements)`);
  }

  /** A vector's length: it must leave room for `n` elements of `size` bytes in the message. */
  private count(n: number, size: number, what: string): number {
    this.visit();
    if (!(n >= 0 && 4 + n * size <= this.bytes.length))
      throw bad(`${what} (${n} elements) lies outside the ${this.bytes.length}-byte message`);
    return n;
  }

  /** A typed array the reader made over a vector of the message: it must lie inside the message. */
  private inside(array: ArrayBufferView | null, what: string): void {
    if (array === null) return;
    this.visit();
    const start = array.byteOffset - this.bytes.byteOffset;
    if (array.buffer !== this.bytes.buffer) throw bad(`${what} lies outside the ${this.bytes.length}-byte message`);
    this.within(start, array.byteLength, what);
  }

  private table(pos: number, depth: number, what: string): void {
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
    for (let at = 4; at < vtableSize; at += 2) {
      const offset = this.view.getUint16(vtable + at, true);
      if (offset !== 0 && (offset < 4 || offset >= objectSize)) throw bad(`field ${(at - 4) / 2} of ${what} lies outside it`);
    }
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
