import { describe, expect, it } from 'vitest';
import { FrameAssembler } from '../../../src/transport/frames.js';

function frame(payload: number[], flags = 0): Uint8Array {
  const out = new Uint8Array(5 + payload.length);
  out[0] = flags;
  new DataView(out.buffer).setUint32(1, payload.length, false);
  out.set(payload, 5);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
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
      expect(a.sawTrailers).toBe(true);
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
