import {
  DenseUnion,
  Field,
  Int32,
  IntervalDayTime,
  IntervalMonthDayNano,
  IntervalYearMonth,
  LargeBinary,
  LargeUtf8,
  Message,
  MetadataVersion,
  Null,
  type Schema,
  Struct,
  Table,
  Utf8,
  Utf8View,
  makeData,
} from 'apache-arrow';
import { BufferRegion, FieldNode } from 'apache-arrow/ipc/metadata/message';
import { VectorLoader } from 'apache-arrow/visitor/vectorloader';
import { describe, expect, it } from 'vitest';
import { AlignedVectorLoader } from '../../../src/arrow/aligned-loader.js';
import { uploadMessages } from '../../../src/table/arrow-write.js';

/**
 * A dense union of an int and a string, laid out as the server writes it: the 32-bit offsets straight after three
 * 8-bit type ids (offset 3), then the children.
 */
function unpaddedUnion(): { body: Uint8Array; nodes: FieldNode[]; buffers: BufferRegion[]; field: Field } {
  const body = new Uint8Array(40);
  const view = new DataView(body.buffer);
  body.set([0, 1, 0], 0); // type ids
  [0, 0, 1].forEach((v, i) => view.setInt32(3 + 4 * i, v, true)); // offsets, at 3
  [7, -9].forEach((v, i) => view.setInt32(16 + 4 * i, v, true)); // the ints
  [0, 1].forEach((v, i) => view.setInt32(24 + 4 * i, v, true)); // the string's offsets
  body[32] = 'x'.charCodeAt(0);
  const nodes = [new FieldNode(3, 0), new FieldNode(2, 0), new FieldNode(1, 0)];
  const buffers = [
    new BufferRegion(0, 3),
    new BufferRegion(3, 12),
    new BufferRegion(16, 0),
    new BufferRegion(16, 8),
    new BufferRegion(24, 0),
    new BufferRegion(24, 8),
    new BufferRegion(32, 1),
  ];
  const field = new Field('U', new DenseUnion([0, 1], [new Field('i', new Int32(), true), new Field('s', new Utf8(), true)]), true);
  return { body, nodes, buffers, field };
}

describe('AlignedVectorLoader', () => {
  it('reads a buffer at an offset its typed array cannot start at by copying that buffer only', () => {
    const { body, nodes, buffers, field } = unpaddedUnion();
    expect(() => new VectorLoader(body, nodes, buffers, new Map(), MetadataVersion.V5).visitMany([field])).toThrow(/multiple of 4/);
    const [data] = new AlignedVectorLoader(body, nodes, buffers, MetadataVersion.V5).visitMany([field]);
    if (data === undefined) throw new Error('no column');
    const column = new Table({ U: data }).getChild('U');
    expect([0, 1, 2].map((i) => column?.get(i))).toEqual([7, 'x', -9]);
    expect(data.typeIds.buffer, 'the type ids stay a view').toBe(body.buffer);
    expect(data.valueOffsets.buffer, 'the unaligned offsets are a copy').not.toBe(body.buffer);
    expect(data.children[0]?.values.buffer, 'the aligned ints stay a view').toBe(body.buffer);
  });
});

describe('uploadMessages: the Arrow types pydeephaven names for the server', () => {
  /** The `deephaven:type` of every field of the upload's schema message. */
  const deephavenTypes = (table: Table): (string | undefined)[] => {
    const [first] = uploadMessages(table);
    const schema = first === undefined ? undefined : (Message.decode(first.header).header() as Schema | null);
    return schema?.fields.map((f) => f.metadata.get('deephaven:type')) ?? [];
  };

  it("sends month-day-nano intervals and Null columns with the types the server takes them by (pydeephaven's)", () => {
    const mdn = makeData({ type: new IntervalMonthDayNano(), length: 1, nullCount: 0, data: Int32Array.of(1, 2, 3, 0) });
    const nul = makeData({ type: new Null(), length: 1, nullCount: 1 });
    expect(deephavenTypes(new Table({ MDN: mdn, N: nul }))).toEqual(['org.apache.arrow.vector.PeriodDuration', 'java.lang.Object']);
  });

  it('sends the intervals pydeephaven leaves out, which the server takes (year-month as Period, day-time as Duration)', () => {
    const ym = makeData({ type: new IntervalYearMonth(), length: 1, nullCount: 0, data: Int32Array.of(14) });
    const dt = makeData({ type: new IntervalDayTime(), length: 1, nullCount: 0, data: Int32Array.of(1, 500) });
    expect(deephavenTypes(new Table({ YM: ym, DT: dt }))).toEqual(['java.time.Period', 'java.time.Duration']);
  });

  it('refuses before any call the types the server refuses: 64-bit offsets, views, structs', () => {
    for (const type of [new LargeUtf8(), new LargeBinary(), new Utf8View(), new Struct([new Field('a', new Int32(), true)])]) {
      const table = new Table({ C: makeData({ type: type as never, length: 0, nullCount: 0 } as never) });
      expect(() => uploadMessages(table), String(type)).toThrow(/Deephaven does not take/);
    }
  });
});
