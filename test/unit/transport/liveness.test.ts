// The silence watch of the websocket and HTTP/2 transports: ping (or, in browsers, probe) after half the timeout,
// give up after all of it, a late timer (blocked event loop) proves nothing, and no timer is left after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Liveness } from '../../../src/transport/liveness.js';
import { MultiplexSocket, type StreamHandler } from '../../../src/transport/multiplex-socket.js';
import type { WebSocketConstructor } from '../../../src/transport/websocket-impl.js';
import { FakeWebSocket, ascii, streamIdOf } from './fake-websocket.js';

/** A FakeWebSocket that can ping, as the `ws` package's can; `answer` decides whether pongs come back. */
class PingableWebSocket extends FakeWebSocket {
  static answer = true;
  pings = 0;
  terminated = false;
  private readonly pongs: (() => void)[] = [];
  ping(): void {
    this.pings++;
    if (PingableWebSocket.answer) for (const l of this.pongs) l();
  }
  on(event: string, listener: () => void): this {
    if (event === 'pong') this.pongs.push(listener);
    return this;
  }
  terminate(): void {
    this.terminated = true;
    this.dropConnection();
  }
}

function ends(): StreamHandler & { ends: (string | undefined)[] } {
  const list: (string | undefined)[] = [];
  return { ends: list, onChunk: () => undefined, onEnd: (f) => list.push(f) };
}

describe('Liveness', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings after half the timeout of silence and gives up after all of it; hearing anything restarts the count', () => {
    const ping = vi.fn();
    const dead = vi.fn();
    const l = new Liveness({ timeoutMs: 1000, ping, onDead: dead });
    l.start();
    vi.advanceTimersByTime(250);
    expect(ping).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(ping).toHaveBeenCalledTimes(1);
    l.heard();
    vi.advanceTimersByTime(750);
    expect(dead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(dead).toHaveBeenCalledTimes(1);
    expect(String(dead.mock.calls[0]?.[0])).toMatch(/no data from the server for \d+ ms/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a timer that fires far too late (a blocked event loop) only restarts the count', () => {
    const dead = vi.fn();
    const l = new Liveness({ timeoutMs: 1000, ping: () => undefined, onDead: dead });
    l.start();
    vi.setSystemTime(Date.now() + 5000); // the loop was blocked for 5 s: no timer ran
    vi.advanceTimersByTime(250);
    expect(dead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(dead).toHaveBeenCalledTimes(1);
  });

  it('stop() leaves no timer; 0 or Infinity never starts one', () => {
    const l = new Liveness({ timeoutMs: 1000, ping: () => undefined, onDead: () => undefined });
    l.start();
    expect(vi.getTimerCount()).toBe(1);
    l.stop();
    expect(vi.getTimerCount()).toBe(0);
    new Liveness({ timeoutMs: 0, ping: () => undefined, onDead: () => undefined }).start();
    new Liveness({ timeoutMs: Infinity, ping: () => undefined, onDead: () => undefined }).start();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a multiplexed socket that never opens fails after the timeout; a silent open one is pinged, then terminated', async () => {
    const ctor = Promise.resolve(PingableWebSocket as unknown as WebSocketConstructor);
    const lost: (string | undefined)[] = [];
    FakeWebSocket.instances = [];
    const never = new MultiplexSocket('ws://127.0.0.1:1/', ctor, { onClosed: (_s, r) => lost.push(r) }, 1000);
    const h0 = ends();
    never.startStream('S/M', [], h0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h0.ends[0]).toMatch(/could not connect to the server .*no answer within 1000 ms/);

    const socket = new MultiplexSocket('ws://127.0.0.1:1/', ctor, { onClosed: (_s, r) => lost.push(r) }, 1000);
    await vi.advanceTimersByTimeAsync(0);
    const ws = FakeWebSocket.instances[1] as PingableWebSocket;
    ws.accept();
    const h = ends();
    socket.startStream('S/M', [], h);
    PingableWebSocket.answer = true;
    await vi.advanceTimersByTimeAsync(5000); // pongs keep an idle socket alive
    expect(ws.pings).toBeGreaterThan(0);
    expect(h.ends).toEqual([]);
    PingableWebSocket.answer = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.ends[0]).toMatch(/the connection to the server was lost .*stalled/);
    expect(ws.terminated).toBe(true);
    expect(lost).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a browser WebSocket (no ping) is watched only until it opens', async () => {
    FakeWebSocket.instances = [];
    const socket = new MultiplexSocket('ws://127.0.0.1:1/', Promise.resolve(FakeWebSocket as unknown as WebSocketConstructor), {}, 1000);
    await vi.advanceTimersByTimeAsync(0);
    FakeWebSocket.instances[0]?.accept();
    const h = ends();
    socket.startStream('S/M', [], h);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.ends).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    socket.close();
  });

  it('a browser WebSocket with a probe: a silent open socket gets one probe call at a time; an answer keeps it, none ends it as lost', async () => {
    FakeWebSocket.instances = [];
    const lost: (string | undefined)[] = [];
    const socket = new MultiplexSocket(
      'ws://127.0.0.1:1/',
      Promise.resolve(FakeWebSocket as unknown as WebSocketConstructor),
      { onClosed: (_s, r) => lost.push(r) },
      1000,
      'pkg.Config/Probe',
    );
    await vi.advanceTimersByTimeAsync(0);
    const ws = FakeWebSocket.instances[0] as FakeWebSocket;
    ws.accept();
    const h = ends();
    socket.startStream('S/M', [], h);
    const probes = (): Uint8Array[] => ws.sent.filter((f) => ascii(f.subarray(4)).includes('grpc-websockets-path: pkg.Config/Probe'));
    await vi.advanceTimersByTimeAsync(400);
    expect(probes()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100); // half the timeout of silence
    expect(probes()).toHaveLength(1);
    const [probe] = probes() as [Uint8Array];
    const id = streamIdOf(probe);
    expect(ascii(probe.subarray(4))).toBe(
      'content-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\ngrpc-websockets-path: pkg.Config/Probe\r\n',
    );
    // Then the empty request and the half-close, on the probe's stream.
    expect(ws.sent.slice(-2).map((f) => [...f])).toEqual([
      [0, 0, 0, id, 0, 0, 0, 0, 0, 0],
      [0x80, 0, 0, id, 1],
    ]);
    await vi.advanceTimersByTimeAsync(250);
    expect(probes(), 'one probe at a time').toHaveLength(1);
    ws.receive(id, new Uint8Array([0x80, 0, 0, 0, 0]), true); // the answer
    await vi.advanceTimersByTimeAsync(750);
    expect(h.ends).toEqual([]);
    expect(probes()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500); // the second probe goes unanswered: the socket stalled
    expect(h.ends[0]).toMatch(/the connection to the server was lost .*stalled/);
    expect(lost).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Liveness while sending', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a send queue that drains counts as a sign of life (a ping queued behind an upload answers late); one that does not, not', () => {
    let queued = 10_000_000;
    const dead = vi.fn();
    const l = new Liveness({ timeoutMs: 1000, ping: () => undefined, onDead: dead, queued: () => queued });
    l.start();
    for (let i = 0; i < 20; i++) {
      queued -= 100_000;
      vi.advanceTimersByTime(250);
    }
    expect(dead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1250); // the queue stopped draining
    expect(dead).toHaveBeenCalledTimes(1);
  });
});
