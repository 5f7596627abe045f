import { describe, expect, it } from 'vitest';
import { FrameAssembler, flightBodyOffset } from '../../../src/transport/frames.js';
import { FlightData } from '../../../src/transport/services.js';
import { concat } from '../support/bytes.js';

function frame(payload: number[], flags = 0): Uint8Array {
  const out = new Uint8Array(5 + payload.length);
  out[0] = flags;
  new DataView(out.buffer).setUint32(1, payload.length, false);
  out.set(payload, 5);
  return out;
}

describe('FrameAssembler', () => {
  const body = concat(frame([1, 2, 3]), frame([]), frame(Array.from({ length: 300 }, (_, i) => i & 0xff)), frame([9], 0x80));

  it('hands on whole frames, whatever the chunking', () => {
    for (const size of [1, 2, 3, 4, 5, 6, 7, 13, 64, 299, 1000]) {
      const a = new FrameAssembler();
      const out: Uint8Array[] = [];
      for (let i = 0; i < body.length; i += size) out.push(...a.push(body.subarray(i, i + size)));
      expect(concat(...out), `chunks of ${size}`).toEqual(body);
      // Every chunk handed on starts and ends on a frame boundary.
      for (const c of out) {
        let pos = 0;
        while (pos < c.length) pos += 5 + new DataView(c.buffer, c.byteOffset + pos + 1, 4).getUint32(0, false);
        expect(pos).toBe(c.length);
      }
      expect(a.leftover).toBe(0);
      // The trailers frame (flag 0x80, the server's end of the call) is handed on whole, last.
      const last = out.at(-1) ?? new Uint8Array();
      expect(last.subarray(-6)).toEqual(frame([9], 0x80));
    }
  });

  it('passes a chunk of whole frames through without copying', () => {
    const a = new FrameAssembler();
    const [out] = a.push(body);
    expect(out?.buffer).toBe(body.buffer);
  });

  it('keeps a truncated frame as leftover', () => {
    const a = new FrameAssembler();
    expect(a.push(body.subarray(0, 10))).toHaveLength(1);
    expect(a.leftover).toBe(2);
  });
});

describe('FrameAssembler placement for Flight data', () => {
  function flightFrame(headerLength: number, bodyLength: number): Uint8Array {
    const fd = new FlightData();
    fd.setDataHeader(new Uint8Array(headerLength).fill(1));
    fd.setAppMetadata(new Uint8Array(3).fill(2));
    fd.setDataBody(Uint8Array.from({ length: bodyLength }, (_, i) => i & 0xff));
    const bytes = fd.serializeBinary();
    const frame = new Uint8Array(5 + bytes.length);
    new DataView(frame.buffer).setUint32(1, bytes.length, false);
    frame.set(bytes, 5);
    return frame;
  }

  it('flightBodyOffset finds data_body in a frame, and says -1 when the head is too short', () => {
    const frame = flightFrame(37, 1000);
    const at = flightBodyOffset(frame);
    expect(Array.from(frame.subarray(at, at + 4))).toEqual([0, 1, 2, 3]);
    expect(flightBodyOffset(frame.subarray(0, 20))).toBe(-1);
  });

  it.each([1, 2, 3, 5, 8, 13, 37, 100])('a joined frame puts the Arrow body on an 8-byte boundary (header of %i bytes)', (headerLength) => {
    const frame = flightFrame(headerLength, 70_000);
    const assembler = new FrameAssembler();
    assembler.placement = flightBodyOffset;
    const pieces = [frame.subarray(0, 300), frame.subarray(300, 40_000), frame.subarray(40_000)];
    const out = pieces.flatMap((p) => assembler.push(p));
    expect(out).toHaveLength(1);
    const chunk = out[0] as Uint8Array;
    const body = FlightData.deserializeBinary(chunk.subarray(5)).getDataBody_asU8();
    expect(body.length).toBe(70_000);
    expect(body.byteOffset % 8).toBe(0);
    expect(body[69_999]).toBe(69_999 & 0xff);
  });
});
