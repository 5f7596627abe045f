// Fuzzed grpc-websockets-multiplex input: the frame decoder takes any websocket message, and a socket fed any
// sequence of server messages never throws, ends each stream once, and ends them all when it fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { MultiplexSocket } from '../../../src/transport/multiplex-socket.js';
import { GO_AWAY, readServerFrame } from '../../../src/transport/multiplex-frame.js';
import type { WebSocketConstructor } from '../../../src/transport/websocket-impl.js';
import { FakeWebSocket } from '../transport/fake-websocket.js';
import { RUNS, check, mutated, params, tolerant } from './fuzz-support.js';

function serverFrame(id: number, payload: number[], last = false): Uint8Array {
  const out = new Uint8Array(4 + payload.length);
  new DataView(out.buffer).setUint32(0, (last ? id | 0x80000000 : id) >>> 0);
  out.set(payload, 4);
  return out;
}

const samples = [
  serverFrame(1, [0x80, 0, 0, 0, 16, ...new TextEncoder().encode('grpc-status: 0\r\n')]),
  serverFrame(3, [0, 0, 0, 0, 2, 8, 1], true),
  serverFrame(GO_AWAY, []),
  serverFrame(2, []),
];
/** What a websocket may deliver: binary frames (any bytes), text, nothing. */
const messages: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: mutated(samples, 24).map((b) => b.slice().buffer) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 42, new Uint8Array(6)) },
);

describe('fuzzed multiplexed websocket frames', () => {
  it('the frame decoder gives a frame of the bytes present or an INTERNAL DeephavenError', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(messages, (data) => {
        const frame = tolerant(() => readServerFrame(data));
        if (frame instanceof DeephavenError) return check(frame.code === Code.Internal, frame.message);
        if (frame.kind === 'data')
          check(
            data instanceof ArrayBuffer && frame.payload.length === data.byteLength - 4 && frame.id <= 0x7fffffff,
            'the payload follows the id',
          );
      }),
      params(),
    );
  });

  it('a socket fed any server messages ends each stream exactly once', { timeout: 120_000 }, async () => {
    const ctor = Promise.resolve(FakeWebSocket as unknown as WebSocketConstructor);
    const sockets: { socket: MultiplexSocket; ends: number[]; ws: () => FakeWebSocket | undefined }[] = [];
    // Sockets are made first (their websocket opens a microtask later), then fed.
    const inputs = fc.sample(fc.array(messages, { minLength: 1, maxLength: 6 }), {
      numRuns: Math.min(2_000, RUNS),
      ...(process.env['DH_FUZZ_SEED'] ? { seed: Number(process.env['DH_FUZZ_SEED']) } : {}),
    });
    FakeWebSocket.instances = [];
    for (let i = 0; i < inputs.length; i++) {
      const socket = new MultiplexSocket('ws://127.0.0.1:1/x', ctor, {});
      const ends = [0, 0, 0, 0];
      for (let s = 0; s < 3; s++)
        socket.startStream(`svc/M${s}`, [], { onChunk: () => undefined, onEnd: () => void (ends[s + 1] = (ends[s + 1] ?? 0) + 1) });
      sockets.push({ socket, ends, ws: () => FakeWebSocket.instances[i] });
    }
    await Promise.resolve();
    await Promise.resolve();
    inputs.forEach((sequence, i) => {
      const entry = sockets[i];
      const ws = entry?.ws();
      if (entry === undefined || ws === undefined) throw new Error('no websocket made');
      ws.accept();
      for (const data of sequence) ws.onmessage?.({ data } as MessageEvent);
      entry.socket.close();
      expect(
        entry.ends.slice(1),
        `input ${i}: ${JSON.stringify(sequence, (_k, v: unknown) => (v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v))}`,
      ).toEqual([1, 1, 1]);
    });
    FakeWebSocket.instances = [];
  });
});
