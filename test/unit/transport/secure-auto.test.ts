// `auto` on https:// in browsers: the first call finds out whether the server offers the multiplexed websocket over
// TLS; then unary and bidirectional calls go over the socket and Flight DoGet over fetch, or everything over fetch
// (the first call replayed there, silently). Sub-transports: the websocket one on a scripted socket, the fake one
// standing for fetch.
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeTransport, type FakeCall } from 'deephaven-rx/testing';
import { multiplexWebsocketTransport } from '../../../src/transport/multiplex-transport.js';
import { secureAutoTransport } from '../../../src/transport/secure-auto-transport.js';
import type { WebSocketConstructor } from '../../../src/transport/websocket-impl.js';
import type { ConnectionEvent, WireRequest, WireSink, WireTransport } from '../../../src/transport/wire-transport.js';
import { FakeWebSocket, ascii, dataFrame, headerBlock, streamIdOf } from './fake-websocket.js';

const CONFIG = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';
const DO_GET = 'arrow.flight.protocol.FlightService/DoGet';
const request = (method: string): WireRequest => ({ url: `https://h/${method}`, method, headers: { authorization: 'Anonymous' } });
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function sink(): WireSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    headers: () => log.push('headers'),
    chunk: (b) => log.push(`chunk ${b.byteLength}`),
    end: (e) => log.push(e === undefined ? 'end' : `end ${e.code}`),
  };
}

function setup() {
  const http = createFakeTransport({ kind: 'grpc-web-fetch', supportsClientStreaming: false });
  const requests: Uint8Array[] = [];
  const answer = (call: FakeCall): void => {
    call.requests$.subscribe({ next: (r) => requests.push(r), complete: () => call.end() });
  };
  http.handle(CONFIG, answer).handle(DO_GET, answer);
  const socket = multiplexWebsocketTransport({ webSocket: FakeWebSocket as unknown as WebSocketConstructor });
  const auto = secureAutoTransport(socket, http as unknown as WireTransport);
  const events: ConnectionEvent[] = [];
  auto.onConnectionEvent((e) => events.push(e));
  return { http, auto, events, requests };
}

async function theSocket(): Promise<FakeWebSocket> {
  await tick();
  const ws = FakeWebSocket.instances.at(-1);
  if (ws === undefined) throw new Error('no socket made');
  return ws;
}

describe('auto on https:// (browsers)', () => {
  afterEach(() => {
    FakeWebSocket.instances = [];
  });

  it('where the server offers websockets: calls on one secure socket, DoGet over fetch, real bidi', async () => {
    const { http, auto, events } = setup();
    expect(auto.kind).toBe('grpc-web-fetch');
    const first = sink();
    const call = auto.open(request(CONFIG), first);
    call.send(dataFrame(new Uint8Array([1])));
    call.finishSend();
    const waiting = sink();
    auto.open(request('pkg.Svc/Second'), waiting).finishSend();
    const ws = await theSocket();
    expect(ws.url).toBe(`wss://h/${CONFIG}`);
    ws.accept();
    expect(auto.kind).toBe('websocket-multiplex');
    expect(auto.supportsClientStreaming).toBe(true);
    const headers = ws.sent.filter((f) => ascii(f.subarray(4)).includes('grpc-websockets-path'));
    expect(headers.map((f) => ascii(f.subarray(4)).match(/grpc-websockets-path: (\S+)/)?.[1])).toEqual([CONFIG, 'pkg.Svc/Second']);
    const id = streamIdOf(headers[0] ?? new Uint8Array(4));
    ws.receive(id, headerBlock({ 'grpc-status': '0' }), true);
    expect(first.log).toEqual(['chunk 21', 'end']);

    const read = sink();
    auto.open(request(DO_GET), read).finishSend();
    await tick();
    expect(http.calls).toEqual([DO_GET]);
    expect(read.log.at(-1)).toBe('end');
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(events).toEqual([{ kind: 'open', lane: 'default' }]);
  });

  it('where it refuses them (the upgrade fails): the first call replayed over fetch with what it sent, silently; then fetch for all', async () => {
    const { http, auto, events, requests } = setup();
    const first = sink();
    const call = auto.open(request(CONFIG), first);
    call.send(dataFrame(new Uint8Array([7, 7])));
    const waiting = sink();
    auto.open(request(CONFIG), waiting).finishSend();
    (await theSocket()).refuse('Unexpected response code: 404');
    call.finishSend();
    await tick();
    expect(http.calls).toEqual([CONFIG, CONFIG]);
    expect(requests.map((r) => [...r])).toEqual([[7, 7]]);
    expect(first.log).toEqual(['headers', 'chunk 21', 'end']);
    expect(waiting.log).toEqual(['headers', 'chunk 21', 'end']);
    expect(auto.kind).toBe('grpc-web-fetch');
    expect(auto.supportsClientStreaming).toBe(false);
    expect(events).toEqual([]);
    auto.open(request(CONFIG), sink()).finishSend();
    await tick();
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(http.calls).toHaveLength(3);
  });

  it('a probe cancelled before the outcome hands the finding out to the next call; closing ends waiting calls', async () => {
    const { auto } = setup();
    const first = auto.open(request(CONFIG), sink());
    const second = sink();
    auto.open(request(CONFIG), second).finishSend();
    await theSocket();
    first.cancel();
    const ws = await theSocket();
    expect(FakeWebSocket.instances).toHaveLength(2);
    ws.accept();
    expect(auto.kind).toBe('websocket-multiplex');

    const { auto: other } = setup();
    const pending = sink();
    other.open(request(CONFIG), sink());
    other.open(request(CONFIG), pending);
    other.close();
    await tick();
    expect(pending.log).toEqual(['end 14']);
  });
});
