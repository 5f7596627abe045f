// Fuzzed gRPC-Web responses: the frame assembler (any chunking of any bytes), the frame reader and the trailers
// parser give a value or a DeephavenError, and never cut a frame at a length the bytes do not hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { FrameAssembler, flightBodyOffset } from '../../../src/transport/frames.js';
import { parseTrailers, readFrames } from '../../../src/transport/grpc-web-frames.js';
import { FlightData } from '../../../src/transport/services.js';
import { concat } from '../support/bytes.js';
import { check, mutated, params, tolerant } from './fuzz-support.js';

function frame(payload: Uint8Array, flags = 0): Uint8Array {
  const out = new Uint8Array(5 + payload.length);
  out[0] = flags;
  new DataView(out.buffer).setUint32(1, payload.length, false);
  out.set(payload, 5);
  return out;
}

function flightData(header: number, body: number): Uint8Array {
  const fd = new FlightData();
  fd.setDataHeader(new Uint8Array(header).fill(7));
  fd.setAppMetadata(new Uint8Array(3).fill(2));
  fd.setDataBody(Uint8Array.from({ length: body }, (_, i) => i & 0xff));
  return fd.serializeBinary();
}

const trailers = new TextEncoder().encode('grpc-status: 0\r\ngrpc-message: done%20now\r\nx-extra: a\r\nx-extra: b\r\n');
const responses = [
  concat(frame(flightData(12, 24)), frame(flightData(3, 0)), frame(trailers, 0x80)),
  concat(frame(new Uint8Array(0)), frame(flightData(20, 30)), frame(trailers, 0x80)),
  frame(trailers, 0x80),
];

/** The response path of a call: assembled chunks → frames → trailers or FlightData (as `GrpcWebCall` reads them). */
function readResponse(chunks: readonly Uint8Array[], placed: boolean): { out: Uint8Array[]; leftover: number } {
  const assembler = new FrameAssembler();
  if (placed) assembler.placement = flightBodyOffset;
  const out = chunks.flatMap((c) => assembler.push(c));
  for (const chunk of out) {
    const frames = tolerant(() => readFrames(chunk));
    if (frames instanceof DeephavenError) {
      // The assembler hands on whole frames only: what the reader refuses in them is their flags.
      check(frames.code === Code.Internal && frames.rawMessage.includes('flags'), frames.message);
      continue;
    }
    for (const f of frames) {
      if (f.trailers) parseTrailers(f.payload);
      else {
        try {
          FlightData.deserializeBinary(f.payload);
        } catch {
          // GrpcWebCall turns any decoding failure into an INTERNAL end of the call.
        }
      }
    }
  }
  return { out, leftover: assembler.leftover };
}

describe('fuzzed gRPC-Web responses', () => {
  it('the frame assembler hands on exactly the whole frames of any bytes, however chunked', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        mutated(responses, 160),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (body, sizes, placed) => {
          const chunks: Uint8Array[] = [];
          for (let at = 0, k = 0; at < body.length; k++) {
            const size = sizes[k % sizes.length] as number;
            chunks.push(body.subarray(at, at + size));
            at += size;
          }
          const { out, leftover } = readResponse(chunks, placed);
          const handed = concat(...out);
          check(handed.length + leftover === body.length, 'every byte is handed on or left over');
          check(
            handed.every((b, i) => b === body[i]),
            'the bytes handed on are the bytes received',
          );
        },
      ),
      params(),
    );
  });

  it('the frame reader and trailers parser take any chunk', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutated(responses, 160), (chunk) => {
        const frames = tolerant(() => readFrames(chunk));
        if (frames instanceof DeephavenError) check(frames.code === Code.Internal, frames.message);
        else {
          check(frames.reduce((n, f) => n + 5 + f.payload.length, 0) === chunk.length, 'the frames cover the chunk');
          for (const f of frames) if (f.trailers) parseTrailers(f.payload);
        }
        parseTrailers(chunk);
        const at = flightBodyOffset(chunk);
        check(at === -1 || (at >= 5 && at <= chunk.length), `data_body offset ${at}`);
      }),
      params(),
    );
  });

  it('reads the sample responses', () => {
    const { out, leftover } = readResponse([responses[0] as Uint8Array], true);
    expect(leftover).toBe(0);
    const frames = readFrames(out[0] as Uint8Array);
    expect(frames.map((f) => f.trailers)).toEqual([false, false, true]);
    expect(parseTrailers((frames[2] as { payload: Uint8Array }).payload)).toEqual({
      'grpc-status': ['0'],
      'grpc-message': ['done%20now'],
      'x-extra': ['a', 'b'],
    });
    expect(() => readFrames(Uint8Array.of(0, 0xff, 0xff, 0xff, 0xff, 1))).toThrow(/a frame of 4294967295 bytes cut short at 1/);
  });
});
