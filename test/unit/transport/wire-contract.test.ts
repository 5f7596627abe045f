// The SDK's own transport contract (WireTransport.open: headers, chunks, one end; send, finishSend, cancel), checked
// on each wire transport without a Deephaven server: the websocket one on a scripted socket, fetch on a stubbed
// fetch, node:http2 on a bare local HTTP/2 server. Failures end typed (a DeephavenError, UNAVAILABLE, the method and
// the cause), never as made-up grpc-status headers; a cancel reaches the transport's peer.
import { createServer, type Http2Server, type ServerHttp2Session, type ServerHttp2Stream } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Code, DeephavenError, Session, codeName } from 'deephaven-rx';
import { createFakeTransport, fakeDeephaven, probeSession } from 'deephaven-rx/testing';
import { fetchTransport } from '../../../src/transport/fetch-transport.js';
import { multiplexWebsocketTransport } from '../../../src/transport/multiplex-transport.js';
import { nodeHttp2Transport } from '../../../src/transport/node-http2-transport.js';
import { ConfigService, ConfigurationConstantsRequest } from '../../../src/transport/services.js';
import type { WebSocketConstructor } from '../../../src/transport/websocket-impl.js';
import type { WireRequest, WireSink } from '../../../src/transport/wire-transport.js';
import { FakeWebSocket, dataFrame, headerBlock, streamIdOf } from './fake-websocket.js';

const METHOD = 'pkg.Svc/M';
const request = (base: string): WireRequest => ({
  url: `${base}/${METHOD}`,
  method: METHOD,
  headers: { 'content-type': 'application/grpc-web+proto', authorization: 'Anonymous' },
});

/** A sink that logs what it is told, in order. */
function recorder(): WireSink & { log: string[]; ended: Promise<DeephavenError | undefined> } {
  const log: string[] = [];
  let resolve: (e: DeephavenError | undefined) => void = () => undefined;
  const ended = new Promise<DeephavenError | undefined>((r) => (resolve = r));
  return {
    log,
    ended,
    headers: (status, md) => log.push(`headers ${status} ${md.get('content-type').join()}`),
    chunk: (bytes) => log.push(`chunk ${bytes.byteLength}`),
    end: (error) => {
      log.push(error === undefined ? 'end' : `end ${codeName(error.code)}`);
      resolve(error);
    },
  };
}

function expectTyped(error: DeephavenError | undefined, message: RegExp): void {
  expect(error).toBeInstanceOf(DeephavenError);
  expect(error?.code).toBe(Code.Unavailable);
  expect(error?.method).toBe(METHOD);
  expect(error?.rawMessage).toMatch(message);
  expect(error?.metadata).toEqual({});
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('the multiplexed websocket transport', () => {
  const ws = async (): Promise<FakeWebSocket> => {
    await tick();
    const socket = FakeWebSocket.instances.at(-1);
    if (socket === undefined) throw new Error('no socket made');
    return socket;
  };
  const transport = () => multiplexWebsocketTransport({ webSocket: FakeWebSocket as unknown as WebSocketConstructor });
  afterEach(() => {
    FakeWebSocket.instances = [];
  });

  it('hands on the body as it comes (headers in band), then one end', async () => {
    const sink = recorder();
    const call = transport().open(request('http://h'), sink);
    call.send(dataFrame(new Uint8Array([1])));
    call.finishSend();
    const socket = await ws();
    socket.accept();
    const id = streamIdOf(socket.sent[0] ?? new Uint8Array(4));
    socket.receive(id, headerBlock({ 'content-type': 'application/grpc-web+proto' }));
    socket.receive(id, dataFrame(new Uint8Array([7, 7])));
    socket.receive(id, headerBlock({ 'grpc-status': '0' }), true);
    expect(await sink.ended).toBeUndefined();
    expect(sink.log).toEqual(['chunk 47', 'chunk 7', 'chunk 21', 'end']);
  });

  it('ends typed when the connection is lost, and when the transport is closed', async () => {
    const t = transport();
    const sink = recorder();
    t.open(request('http://h'), sink);
    const socket = await ws();
    socket.accept();
    socket.dropConnection();
    expectTyped(await sink.ended, /connection to the server was lost/);

    t.close();
    const late = recorder();
    t.open(request('http://h'), late);
    expect(late.log).toEqual([]); // never from within open
    expectTyped(await late.ended, /transport is closed/);
  });

  it('a cancel half-closes the stream and closes the idle socket (which cancels it on the server); the sink hears no more', async () => {
    const sink = recorder();
    const call = transport().open(request('http://h'), sink);
    const socket = await ws();
    socket.accept();
    const id = streamIdOf(socket.sent[0] ?? new Uint8Array(4));
    call.cancel();
    call.cancel();
    expect([...(socket.sent.at(-1) ?? [])]).toEqual([0x80, 0, 0, id, 1]);
    expect(socket.closedWith?.code).toBe(1000);
    socket.receive(id, dataFrame(new Uint8Array([1])), true);
    expect(sink.log).toEqual([]);
  });
});

describe('the fetch transport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const body = (...chunks: Uint8Array[]): ReadableStream<Uint8Array> =>
    new ReadableStream({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });

  it('POSTs the frames at the half-close, then hands on headers, chunks and one end', async () => {
    const fetch = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(body(dataFrame(new Uint8Array([1, 2])), headerBlock({ 'grpc-status': '0' })), {
          status: 200,
          headers: { 'content-type': 'application/grpc-web+proto' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const sink = recorder();
    const call = fetchTransport().open(request('https://h'), sink);
    call.send(dataFrame(new Uint8Array([5])));
    call.send(dataFrame(new Uint8Array([6])));
    expect(fetch).not.toHaveBeenCalled();
    call.finishSend();
    expect(await sink.ended).toBeUndefined();
    expect(sink.log).toEqual(['headers 200 application/grpc-web+proto', 'chunk 7', 'chunk 21', 'end']);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(`https://h/${METHOD}`);
    expect(init?.method).toBe('POST');
    expect([...(init?.body as Uint8Array)]).toEqual([0, 0, 0, 0, 1, 5, 0, 0, 0, 0, 1, 6]);
    expect(init?.headers).toMatchObject({ authorization: 'Anonymous' });
  });

  it('ends typed, with the cause, when the server cannot be reached or the body breaks off', async () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    vi.stubGlobal('fetch', async () => Promise.reject(refused));
    const sink = recorder();
    const call = fetchTransport().open(request('https://h'), sink);
    call.send(dataFrame(new Uint8Array([1])));
    call.finishSend();
    const error = await sink.ended;
    expectTyped(error, /could not reach https:\/\/h \(connect ECONNREFUSED\)/);
    expect(error?.cause).toBe(refused);
    expect(sink.log).toEqual(['end UNAVAILABLE']);

    const broken = new Error('socket hang up');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(dataFrame(new Uint8Array([1])));
      },
      pull(controller) {
        controller.error(broken);
      },
    });
    vi.stubGlobal('fetch', async () => new Response(stream, { status: 200 }));
    const cut = recorder();
    const second = fetchTransport().open(request('https://h'), cut);
    second.finishSend();
    const e2 = await cut.ended;
    expectTyped(e2, /broke off: socket hang up/);
    expect(e2?.cause).toBe(broken);
    expect(cut.log).toEqual(['headers 200 ', 'chunk 6', 'end UNAVAILABLE']);
  });

  it('a cancel aborts the fetch; the sink hears no more', async () => {
    let signal: AbortSignal | undefined;
    let more: ReadableStreamDefaultController<Uint8Array> | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Response(new ReadableStream({ start: (c) => void (more = c) }), { status: 200 });
    });
    const sink = recorder();
    const call = fetchTransport().open(request('https://h'), sink);
    call.finishSend();
    await vi.waitFor(() => expect(sink.log).toEqual(['headers 200 ']));
    call.cancel();
    expect(signal?.aborted).toBe(true);
    more?.enqueue(dataFrame(new Uint8Array([1])));
    await tick();
    expect(sink.log).toEqual(['headers 200 ']);
  });

  it('ends a call typed, from outside open, on a closed transport, and closing ends the calls in flight', async () => {
    vi.stubGlobal('fetch', async () => new Response(new ReadableStream(), { status: 200 }));
    const t = fetchTransport();
    const sink = recorder();
    t.open(request('https://h'), sink).finishSend();
    await tick();
    t.close();
    expectTyped(await sink.ended, /transport was closed/);
    const late = recorder();
    t.open(request('https://h'), late);
    expect(late.log).toEqual([]);
    expectTyped(await late.ended, /transport is closed/);
  });
});

describe('the node:http2 transport', () => {
  let server: Http2Server | undefined;
  const sessions = new Set<ServerHttp2Session>();
  afterEach(async () => {
    for (const s of sessions) s.destroy();
    sessions.clear();
    await new Promise<void>((r) => (server === undefined ? r() : server.close(() => r())));
    server = undefined;
  });

  /** A bare h2c server answering every stream with `answer`. */
  async function h2(answer: (stream: ServerHttp2Stream) => void): Promise<string> {
    server = createServer();
    server.on('session', (s) => sessions.add(s));
    server.on('stream', (stream) => {
      stream.on('error', () => undefined);
      answer(stream);
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('hands on headers, chunks and one end; the request streams', async () => {
    const got: Buffer[] = [];
    const url = await h2((stream) => {
      stream.on('data', (b: Buffer) => got.push(b));
      stream.on('end', () => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc-web+proto' });
        stream.write(dataFrame(new Uint8Array([1, 2])));
        stream.end(headerBlock({ 'grpc-status': '0' }));
      });
    });
    const sink = recorder();
    const call = nodeHttp2Transport(url).open(request(url), sink);
    call.send(dataFrame(new Uint8Array([9])));
    call.finishSend();
    expect(await sink.ended).toBeUndefined();
    expect(sink.log[0]).toBe('headers 200 application/grpc-web+proto');
    expect(sink.log.at(-1)).toBe('end');
    expect(sink.log.filter((l) => l.startsWith('chunk')).reduce((n, l) => n + Number(l.slice(6)), 0)).toBe(7 + 21);
    expect([...Buffer.concat(got)]).toEqual([0, 0, 0, 0, 1, 9]);
  });

  it('ends a bidirectional call the server completes first, with our side still open', async () => {
    const url = await h2((stream) => {
      stream.respond({ ':status': 200 });
      stream.end(headerBlock({ 'grpc-status': '0' }));
    });
    const sink = recorder();
    nodeHttp2Transport(url)
      .open(request(url), sink)
      .send(dataFrame(new Uint8Array([1])));
    expect(await sink.ended).toBeUndefined();
  });

  it('ends typed when the server resets the stream, and when nothing listens', async () => {
    const url = await h2((stream) => stream.close(2));
    const sink = recorder();
    nodeHttp2Transport(url).open(request(url), sink).finishSend();
    expectTyped(await sink.ended, /HTTP\/2 stream/);

    for (const s of sessions) s.destroy();
    await new Promise<void>((r) => server?.close(() => r()));
    server = undefined;
    const refused = recorder();
    nodeHttp2Transport(url).open(request(url), refused).finishSend();
    const error = await refused.ended;
    expectTyped(error, /./);
    expect(refused.log).toEqual(['end UNAVAILABLE']);
  });

  it('a cancel resets the stream with CANCEL on the server; the sink hears no more', async () => {
    let closedWith: number | undefined;
    const reset = new Promise<void>((resolve) => {
      void h2((stream) => {
        stream.respond({ ':status': 200 });
        stream.write(dataFrame(new Uint8Array([1])));
        stream.on('close', () => {
          closedWith = stream.rstCode;
          resolve();
        });
      }).then((url) => {
        const sink = recorder();
        const call = nodeHttp2Transport(url).open(request(url), sink);
        call.send(dataFrame(new Uint8Array([1])));
        void vi
          .waitFor(() => expect(sink.log.length).toBeGreaterThan(1))
          .then(() => {
            call.cancel();
            const before = [...sink.log];
            setTimeout(() => expect(sink.log).toEqual(before), 20);
          });
      });
    });
    await reset;
    expect(closedWith).toBe(8);
  });
});

describe('calls over the contract (fake transport)', () => {
  it('a transport failure reaches the caller as the transport typed it, with no made-up status', async () => {
    const server = fakeDeephaven(createFakeTransport());
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    server.transport.handle('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants', (call) =>
      call.fail('the wire broke'),
    );
    const error = await probeSession(session)
      .rpc.unary(ConfigService.GetConfigurationConstants, new ConfigurationConstantsRequest())
      .then(
        () => undefined,
        (e: unknown) => e as DeephavenError,
      );
    if (!(error instanceof DeephavenError)) throw new Error('the call did not fail');
    expect(error.code).toBe(Code.Unavailable);
    expect(error.rawMessage).toBe('the wire broke');
    expect(error.method).toBe('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants');
    expect(error.metadata['grpc-status']).toBeUndefined();
    await session.close();
  });

  it('an aborted call is cancelled on the transport', async () => {
    const server = fakeDeephaven(createFakeTransport());
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    let cancelled: Promise<void> | undefined;
    server.transport.handle('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants', (call) => {
      cancelled = call.cancelled;
      call.sendHeaders({}); // and never answers
    });
    const controller = new AbortController();
    const pending = probeSession(session).rpc.unary(ConfigService.GetConfigurationConstants, new ConfigurationConstantsRequest(), {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(cancelled).toBeDefined());
    const open = server.transport.openCalls;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await cancelled;
    expect(server.transport.openCalls).toBe(open - 1);
    await session.close();
  });
});
