import { Builder } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../src/arrow/checked-message.js';
import { checkMessageShape } from '../../../src/arrow/message-shape.js';

/**
 * A schema message whose `n` fields all point at one struct field, whose `n` children all point at one Int field:
 * a few hundred bytes that apache-arrow's decoder would unfold into n² fields.
 */
function sharedFieldsSchema(n: number): Uint8Array {
  const b = new Builder(1024);
  const name = b.createString('x');
  b.startObject(2);
  b.addFieldInt32(0, 32, 0);
  b.addFieldInt8(1, 1, 0);
  const int32 = b.endObject();
  b.startObject(7);
  b.addFieldOffset(0, name, 0);
  b.addFieldInt8(2, 2, 0); // Type.Int
  b.addFieldOffset(3, int32, 0);
  const leaf = b.endObject();
  const vectorOf = (offset: number): number => {
    b.startVector(4, n, 4);
    for (let i = 0; i < n; i++) b.addOffset(offset);
    return b.endVector();
  };
  const children = vectorOf(leaf);
  b.startObject(0);
  const struct = b.endObject();
  b.startObject(7);
  b.addFieldOffset(0, name, 0);
  b.addFieldInt8(2, 13, 0); // Type.Struct_
  b.addFieldOffset(3, struct, 0);
  b.addFieldOffset(5, children, 0);
  const parent = b.endObject();
  const fields = vectorOf(parent);
  b.startObject(4);
  b.addFieldOffset(1, fields, 0);
  const schema = b.endObject();
  b.startObject(5);
  b.addFieldInt16(0, 4, 0); // MetadataVersion.V5
  b.addFieldInt8(1, 1, 0); // MessageHeader.Schema
  b.addFieldOffset(2, schema, 0);
  b.addFieldInt64(3, 0n, 0n);
  b.finish(b.endObject());
  return b.asUint8Array();
}

describe('the Arrow message shape check', () => {
  it('passes a well-formed schema message, which then decodes', () => {
    const bytes = sharedFieldsSchema(2);
    expect(() => checkMessageShape(bytes)).not.toThrow();
    const m = decodeMessage(bytes);
    expect(m.type === 'schema' && m.schema.fields.map((f) => f.type.children.length)).toEqual([2, 2]);
  });

  it('bounds the decoder’s work by the message size: shared tables unfolding into n² fields are refused', () => {
    const bytes = sharedFieldsSchema(300);
    expect(bytes.length).toBeLessThan(4_000);
    expect(() => checkMessageShape(bytes)).toThrow(/refers to more than \d+ objects/);
  });

  it('refuses a vector longer than the bytes present', () => {
    const bytes = sharedFieldsSchema(2);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The fields vector's length (2) is the last uint32 equal to 2 before the schema table: set every 2 huge in turn.
    let refused = 0;
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 2) continue;
      const copy = bytes.slice();
      new DataView(copy.buffer).setUint32(at, 0x7fffffff, true);
      try {
        checkMessageShape(copy);
      } catch (e) {
        expect(String(e)).toMatch(/lies outside the \d+-byte message|malformed Arrow message/);
        refused++;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(2);
  });
});
