import { afterEach, describe, expect, it, vi } from 'vitest';
import { MultiplexSocket, type StreamHandler } from '../../../src/transport/multiplex-socket.js';
import type { WebSocketConstructor } from '../../../src/transport/websocket-impl.js';
import { FakeWebSocket, ascii, streamIdOf } from './fake-websocket.js';

const ctor = Promise.resolve(FakeWebSocket as unknown as WebSocketConstructor);

function recorder(): StreamHandler & { chunks: Uint8Array[]; ends: (string | undefined)[] } {
  const chunks: Uint8Array[] = [];
  const ends: (string | undefined)[] = [];
  return { chunks, ends, onChunk: (c) => chunks.push(c), onEnd: (f) => ends.push(f) };
}

async function openSocket(events = {}): Promise<{ socket: MultiplexSocket; ws: FakeWebSocket }> {
  FakeWebSocket.instances = [];
  const socket = new MultiplexSocket('ws://127.0.0.1:1/svc/M', ctor, events);
  await Promise.resolve();
  const ws = FakeWebSocket.instances[0];
  if (ws === undefined) throw new Error('no socket made');
  return { socket, ws };
}

describe('MultiplexSocket', () => {
  afterEach(() => {
    FakeWebSocket.instances = [];
  });

  it('offers only the multiplex subprotocol and queues frames until the socket opens', async () => {
    const { socket, ws } = await openSocket();
    expect(ws.protocols).toEqual(['grpc-websockets-multiplex']);
    const id = socket.startStream('pkg.Svc/Method', [['authorization', 'Anonymous']], recorder());
    socket.sendMessage(id, new Uint8Array([0, 0, 0, 0, 1, 42]));
    socket.halfClose(id);
    expect(ws.sent).toHaveLength(0);
    ws.accept();
    expect(ws.sent).toHaveLength(3);
    const [headers, message, halfClose] = ws.sent as [Uint8Array, Uint8Array, Uint8Array];
    expect(streamIdOf(headers)).toBe(id);
    expect(ascii(headers.subarray(4))).toBe('authorization: Anonymous\r\ngrpc-websockets-path: pkg.Svc/Method\r\n');
    expect([...message]).toEqual([0, 0, 0, id, 0, 0, 0, 0, 0, 1, 42]);
    expect([...halfClose]).toEqual([0x80, 0, 0, id, 1]);
  });

  it('routes server frames by stream id and ends a stream on its last frame', async () => {
    const { socket, ws } = await openSocket();
    ws.accept();
    const a = recorder();
    const b = recorder();
    const idA = socket.startStream('s/A', [], a);
    const idB = socket.startStream('s/B', [], b);
    ws.receive(idB, new Uint8Array([1]));
    ws.receive(idA, new Uint8Array([2]));
    ws.receive(idA, new Uint8Array([3]), true);
    expect(a.chunks.map((c) => [...c])).toEqual([[2], [3]]);
    expect(a.ends).toEqual([undefined]);
    expect(b.chunks.map((c) => [...c])).toEqual([[1]]);
    expect(b.ends).toEqual([]);
  });

  it('ends every open stream with the reason when the connection drops, and reports the loss', async () => {
    const onClosed = vi.fn();
    const { socket, ws } = await openSocket({ onClosed });
    ws.accept();
    const a = recorder();
    socket.startStream('s/A', [], a);
    ws.dropConnection();
    expect(a.ends).toHaveLength(1);
    expect(a.ends[0]).toMatch(/connection to the server was lost/);
    expect(onClosed).toHaveBeenCalledWith(socket, expect.stringMatching(/lost/));
    expect(socket.accepting).toBe(false);
  });

  it('names the URL and the cause when it cannot connect', async () => {
    const { socket, ws } = await openSocket();
    const a = recorder();
    socket.startStream('s/A', [], a);
    ws.refuse('connect ECONNREFUSED 127.0.0.1:1');
    expect(a.ends[0]).toBe('could not connect to the server (ws://127.0.0.1:1/svc/M: connect ECONNREFUSED 127.0.0.1:1)');
  });

  it('refuses a server that picks another subprotocol', async () => {
    const { socket, ws } = await openSocket();
    const a = recorder();
    socket.startStream('s/A', [], a);
    ws.accept('grpc-websockets');
    expect(a.ends[0]).toMatch(/did not accept the grpc-websockets-multiplex protocol/);
  });

  it('acknowledges GO_AWAY, stops accepting streams, and closes once idle', async () => {
    const { socket, ws } = await openSocket();
    ws.accept();
    const a = recorder();
    const id = socket.startStream('s/A', [], a);
    ws.receiveRaw(new Uint8Array([0x7f, 0xff, 0xff, 0xff]));
    expect([...(ws.sent.at(-1) ?? [])]).toEqual([0xff, 0xff, 0xff, 0xff]);
    expect(socket.accepting).toBe(false);
    expect(ws.closedWith).toBeUndefined();
    ws.receive(id, new Uint8Array([9]), true);
    expect(ws.closedWith?.code).toBe(1000);
    expect(a.ends).toEqual([undefined]);
  });

  it('closes the socket when only cancelled streams remain, so the server cancels them', async () => {
    const { socket, ws } = await openSocket();
    ws.accept();
    const a = recorder();
    const b = recorder();
    const idA = socket.startStream('s/A', [], a);
    const idB = socket.startStream('s/B', [], b);
    socket.abandon(idA, false);
    expect([...(ws.sent.at(-1) ?? [])]).toEqual([0x80, 0, 0, idA, 1]);
    expect(ws.closedWith).toBeUndefined();
    ws.receive(idA, new Uint8Array([1]));
    expect(a.chunks).toHaveLength(0);
    ws.receive(idB, new Uint8Array([1]), true);
    expect(ws.closedWith?.code).toBe(1000);
    expect(a.ends).toEqual([]);
  });
});
