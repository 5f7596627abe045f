// `auto` on http:// in browsers: calls over the multiplexed websocket; bulk reads (DoGet) and uploads (DoPut) over
// fetch where the server takes gRPC-Web over HTTP/1.1, found out once by an authenticated probe in the background.
// Both sub-transports are fake ones: one stands for the websocket, one for fetch.
import { describe, expect, it } from 'vitest';
import { createFakeTransport, type FakeCall } from 'deephaven-rx/testing';
import { plainAutoTransport } from '../../../src/transport/plain-auto-transport.js';
import { secureAutoTransport } from '../../../src/transport/secure-auto-transport.js';
import { fetchTransport } from '../../../src/transport/fetch-transport.js';
import type { WireRequest, WireSink, WireTransport } from '../../../src/transport/wire-transport.js';

const CONFIG = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';
const DO_GET = 'arrow.flight.protocol.FlightService/DoGet';
const DO_PUT = 'arrow.flight.protocol.FlightService/DoPut';
const OTHER = 'io.deephaven.proto.backplane.grpc.TableService/Batch';
const request = (method: string, authorization = 'Bearer t1'): WireRequest => ({
  url: `http://h:1/${method}`,
  method,
  headers: { authorization },
});
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function sink(): WireSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    headers: () => log.push('headers'),
    chunk: () => log.push('chunk'),
    end: (e) => log.push(e === undefined ? 'end' : `end ${e.code}`),
  };
}

/** The server's answer to the probe over HTTP: OK, or a status in trailers-only headers (as a default server). */
function setup(probe: 'ok' | { code: number; trailersOnly?: boolean }) {
  const socket = createFakeTransport({ kind: 'websocket-multiplex' });
  const http = createFakeTransport({ kind: 'grpc-web-fetch', supportsClientStreaming: false });
  const answer = (call: FakeCall): void => {
    call.requests$.subscribe({ complete: () => call.end() });
  };
  const probes: FakeCall[] = [];
  http.handle(CONFIG, (call) => {
    probes.push(call);
    if (probe === 'ok') return answer(call);
    if (probe.trailersOnly === true) call.sendHeaders({ 'grpc-status': String(probe.code), 'grpc-message': 'no' });
    call.end({ code: probe.code });
  });
  for (const t of [socket, http]) t.handle(DO_GET, answer).handle(DO_PUT, answer).handle(OTHER, answer);
  socket.handle(CONFIG, answer);
  const auto = plainAutoTransport(socket as unknown as WireTransport, http as unknown as WireTransport);
  return { socket, http, auto, probes };
}

function run(auto: WireTransport, method: string, authorization?: string): WireSink & { log: string[] } {
  const s = sink();
  const call = auto.open(request(method, authorization), s);
  call.send(new Uint8Array(5));
  call.finishSend();
  return s;
}

describe('auto on http:// (browsers)', () => {
  it('the connect call (credentials) probes nothing; the first call with a token probes once, with that token', async () => {
    const { http, auto, probes } = setup('ok');
    run(auto, CONFIG, 'Anonymous');
    await tick();
    expect(http.calls).toEqual([]);
    expect(auto.httpBulk).toBeUndefined();
    run(auto, OTHER);
    run(auto, OTHER);
    await tick();
    expect(http.calls).toEqual([CONFIG]);
    expect(probes[0]?.headers['authorization']).toBe('Bearer t1');
    expect(auto.httpBulk).toBe(true);
  });

  it('where the server takes gRPC-Web over fetch: DoGet and DoPut over fetch once it is known, the rest over the websocket', async () => {
    const { socket, http, auto } = setup('ok');
    run(auto, OTHER);
    // Made before the probe's outcome: over the websocket, as everything then.
    const early = run(auto, DO_GET);
    await tick();
    expect(early.log.at(-1)).toBe('end');
    const read = run(auto, DO_GET);
    const put = run(auto, DO_PUT);
    run(auto, OTHER);
    await tick();
    expect(read.log.at(-1)).toBe('end');
    expect(put.log.at(-1)).toBe('end');
    expect(http.calls).toEqual([CONFIG, DO_GET, DO_PUT]);
    expect(socket.calls).toEqual([OTHER, DO_GET, OTHER]);
    expect(auto.supportsClientStreaming).toBe(true);
    expect(auto.kind).toBe('websocket-multiplex');
  });

  it.each([
    ['a default server (INTERNAL: HTTP/1.1 refused, trailers-only)', { code: 13, trailersOnly: true }],
    ['a server that sees no credentials over HTTP/1.1 (UNAUTHENTICATED, as 42.7 with -Dhttp.requireHttp2=false)', { code: 16 }],
  ])('%s: everything stays on the websocket', async (_name, status) => {
    const { socket, http, auto } = setup(status);
    run(auto, OTHER);
    await tick();
    const read = run(auto, DO_GET);
    run(auto, DO_PUT);
    await tick();
    expect(read.log).toEqual(['headers', 'chunk', 'end']);
    expect(http.calls).toEqual([CONFIG]);
    expect(socket.calls).toEqual([OTHER, DO_GET, DO_PUT]);
    expect(auto.httpBulk).toBe(false);
  });

  it('a probe that cannot reach the server settles on the websocket', async () => {
    const { auto, http } = setup('ok');
    http.handle(CONFIG, (call) => call.fail('refused'));
    run(auto, OTHER);
    await tick();
    expect(auto.httpBulk).toBe(false);
  });
});

describe('which bidirectional calls stream for real', () => {
  it('over fetch, DoPut (its requests sent as one body) and nothing else', () => {
    const t = fetchTransport();
    expect(t.clientStreams?.(DO_PUT)).toBe(true);
    expect(t.clientStreams?.('arrow.flight.protocol.FlightService/DoExchange')).toBe(false);
    t.close();
  });

  it('on https:// (browsers), DoPut before and after the websocket probe, everything else only on the websocket', () => {
    const socket = createFakeTransport();
    const http = createFakeTransport({ kind: 'grpc-web-fetch', supportsClientStreaming: false });
    const auto = secureAutoTransport(socket as unknown as WireTransport, http as unknown as WireTransport);
    expect(auto.clientStreams?.(DO_PUT)).toBe(true);
    expect(auto.clientStreams?.('arrow.flight.protocol.FlightService/DoExchange')).toBe(false);
    auto.close();
  });
});
