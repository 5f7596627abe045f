// Calls built from RxJS: `sendable` (the send/end face over a cold call) as marble tests; the Open/Next emulation
// as an operator over the requests, and the cold call under every RPC, driven by the fake transport's events.
import { Observable, Subject, lastValueFrom, map, of, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it, vi } from 'vitest';
import { createFakeTransport, type FakeCall } from 'deephaven-rx/testing';
import { sendable } from '../../../src/transport/bidi.js';
import { browserStream } from '../../../src/transport/browser-stream.js';
import { DeephavenError } from '../../../src/errors.js';
import { streamCall, unaryCall, type CallContext } from '../../../src/transport/calls.js';
import type { WireTransport } from '../../../src/transport/wire-transport.js';
import { ClientData, ObjectService, ServerData, StreamRequest, StreamResponse } from '../../../src/transport/services.js';

const scheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('sendable: the send/end face of a cold bidirectional call', () => {
  it('replays what was sent before the call started, in order, then passes the rest; end() completes the requests', () => {
    scheduler().run(({ hot, expectObservable }) => {
      const stream = sendable<string, string>('S/M', (requests$) => requests$.pipe(map((r) => r.toUpperCase())));
      hot('ab------c---|').subscribe({ next: (r) => stream.send(r), complete: () => stream.end() });
      expectObservable(stream.responses$, '--^').toBe('--(AB)--C---|');
    });
  });

  it('a call started after end() gets what was sent, then the end', () => {
    scheduler().run(({ expectObservable }) => {
      const stream = sendable<string, string>('S/M', (requests$) => requests$);
      stream.send('a');
      stream.end();
      expectObservable(stream.responses$).toBe('(a|)');
    });
  });

  it('starts the call on subscription only, once: a second subscription errors FAILED_PRECONDITION without a second call', () => {
    const started = vi.fn();
    const stream = sendable<string, string>(
      'S/M',
      (requests$) =>
        new Observable<string>((subscriber) => {
          started();
          return requests$.subscribe(subscriber);
        }),
    );
    stream.send('a');
    expect(started).not.toHaveBeenCalled();
    const first = stream.responses$.subscribe();
    const errors: unknown[] = [];
    stream.responses$.subscribe({ error: (e: unknown) => errors.push(e) });
    expect(started).toHaveBeenCalledTimes(1);
    expect(errors).toMatchObject([{ name: 'DeephavenError', code: 9, method: 'S/M' }]);
    first.unsubscribe();
  });

  it('send after end() throws FAILED_PRECONDITION', () => {
    const stream = sendable<string, string>('S/M', (requests$) => requests$);
    stream.end();
    expect(() => stream.send('late')).toThrow(/FAILED_PRECONDITION/);
  });

  it('unsubscribing cancels the call', () => {
    scheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const server = cold('-x-y-z-|');
      const stream = sendable<string, string>('S/M', () => server);
      expectObservable(stream.responses$, '^-!').toBe('-x');
      expectSubscriptions(server.subscriptions).toBe('^-!');
    });
  });
});

const OBJECT = 'io.deephaven.proto.backplane.grpc.ObjectService';
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

function request(payload: string): StreamRequest {
  const data = new ClientData();
  data.setPayload(new TextEncoder().encode(payload));
  const r = new StreamRequest();
  r.setData(data);
  return r;
}

function reply(payload: string): Uint8Array {
  const data = new ServerData();
  data.setPayload(new TextEncoder().encode(payload));
  const r = new StreamResponse();
  r.setData(data);
  return r.serializeBinary();
}

const payloadOf = (bytes: Uint8Array): string =>
  text(StreamRequest.deserializeBinary(bytes).getData()?.getPayload_asU8() ?? new Uint8Array());
const answerOf = (r: StreamResponse): string => text(r.getData()?.getPayload_asU8() ?? new Uint8Array());

/**
 * A fetch-like fake transport (no client streaming) whose Open call echoes each request it hears of; Next calls
 * end when `release` says so (all at once by default).
 */
function emulation(options: { holdNext?: boolean } = {}) {
  const transport = createFakeTransport({ supportsClientStreaming: false });
  const log: string[] = [];
  const opens = new Map<string, FakeCall>();
  const heldNexts: FakeCall[] = [];
  const released: number[] = [];
  let ids = 0;
  const tag = (call: FakeCall): string =>
    `${call.headers['x-deephaven-stream-ticket']}#${call.headers['x-deephaven-stream-sequence']}${call.headers['x-deephaven-stream-halfclose'] === '1' ? ' half-close' : ''}`;
  transport.handle(`${OBJECT}/OpenMessageStream`, (call) => {
    opens.set(call.headers['x-deephaven-stream-ticket'] ?? '', call);
    call.requests$.subscribe((bytes) => {
      log.push(`Open ${tag(call)} ${payloadOf(bytes)}`);
      if (call.headers['x-deephaven-stream-halfclose'] === '1') call.end();
      else call.respond(reply(`echo ${payloadOf(bytes)}`));
    });
  });
  transport.handle(`${OBJECT}/NextMessageStream`, (call) => {
    call.requests$.subscribe((bytes) => {
      log.push(`Next ${tag(call)} ${payloadOf(bytes)}`);
      const open = opens.get(call.headers['x-deephaven-stream-ticket'] ?? '');
      if (call.headers['x-deephaven-stream-halfclose'] === '1') open?.end();
      else open?.respond(reply(`echo ${payloadOf(bytes)}`));
      call.respond(new Uint8Array());
      if (options.holdNext === true) heldNexts.push(call);
      else call.end();
    });
  });
  const ctx: CallContext = {
    host: 'http://fake.test',
    transport: transport as unknown as WireTransport,
    headers: () => Promise.resolve({}),
    observe: () => undefined,
  };
  const operator = browserStream(
    ctx,
    { open: ObjectService.OpenMessageStream, next: ObjectService.NextMessageStream, empty: () => new StreamRequest() },
    { allocateId: () => ++ids, onFinished: (id) => released.push(id) },
  );
  return { transport, log, heldNexts, released, operator };
}

describe('the Open/Next emulation as an operator over the requests', () => {
  it('is cold: each subscription is one stream of its own (a ticket each), its half-close a Next, its export released', async () => {
    const { log, released, operator } = emulation();
    const requests$ = of(request('a'), request('b'));
    const [one, two] = await Promise.all([
      lastValueFrom(requests$.pipe(operator, map(answerOf), toArray())),
      lastValueFrom(requests$.pipe(operator, map(answerOf), toArray())),
    ]);
    expect(one).toEqual(['echo a', 'echo b']);
    expect(two).toEqual(['echo a', 'echo b']);
    expect(log.filter((l) => l.startsWith('Open')).sort()).toEqual(['Open 1#0 a', 'Open 2#0 a']);
    expect(log.filter((l) => l.includes(' 1#'))).toEqual(['Open 1#0 a', 'Next 1#1 b', 'Next 1#2 half-close ']);
    expect(released.sort()).toEqual([1, 2]);
  });

  it('requests that complete at once: the Open carries the half-close', async () => {
    const { log, released, operator } = emulation();
    expect(await lastValueFrom(of<StreamRequest>().pipe(operator, toArray()))).toEqual([]);
    expect(log).toEqual(['Open 1#0 half-close ']);
    expect(released).toEqual([1]);
  });

  it('one Next in flight at a time: the next waits for the one before to end', async () => {
    const { log, heldNexts, operator } = emulation({ holdNext: true });
    const requests = new Subject<StreamRequest>();
    const answers: string[] = [];
    const sub = requests.pipe(operator).subscribe((r) => answers.push(answerOf(r)));
    requests.next(request('a'));
    requests.next(request('b'));
    requests.next(request('c'));
    await vi.waitFor(() => expect(answers).toEqual(['echo a', 'echo b']));
    expect(log).toEqual(['Open 1#0 a', 'Next 1#1 b']);
    heldNexts.shift()?.end();
    await vi.waitFor(() => expect(log).toEqual(['Open 1#0 a', 'Next 1#1 b', 'Next 1#2 c']));
    sub.unsubscribe();
  });

  it('unsubscribing before the half-close sends it, so the server handler finishes, and releases the export', async () => {
    const { log, released, operator } = emulation();
    const requests = new Subject<StreamRequest>();
    const answers: string[] = [];
    const sub = requests.pipe(operator).subscribe((r) => answers.push(answerOf(r)));
    requests.next(request('a'));
    await vi.waitFor(() => expect(answers).toEqual(['echo a']));
    sub.unsubscribe();
    await vi.waitFor(() => expect(log).toEqual(['Open 1#0 a', 'Next 1#1 half-close ']));
    expect(released).toEqual([1]);
  });

  it('a failed Next errors the responses', async () => {
    const { transport, operator } = emulation();
    transport.handle(`${OBJECT}/NextMessageStream`, (call) => call.end({ code: 3, message: 'bad request' }));
    const requests = new Subject<StreamRequest>();
    const result = lastValueFrom(requests.pipe(operator)).catch((e: unknown) => e);
    requests.next(request('a'));
    requests.next(request('b'));
    expect(await result).toMatchObject({ name: 'DeephavenError', code: 3 });
  });
});

/**
 * The cold call under every RPC (`streamCall`, and `unaryCall` over it) on a fake transport whose echo method
 * answers each request and ends when the requests complete; the context records the call's reported start and end
 * and hands out the session's end (`track`).
 */
function echoCore() {
  const transport = createFakeTransport();
  const heard: FakeCall[] = [];
  const events: string[] = [];
  const sessionEnds: ((error?: DeephavenError) => void)[] = [];
  transport.handle(`${OBJECT}/MessageStream`, (call) => {
    heard.push(call);
    call.requests$.subscribe({
      next: (bytes) => call.respond(reply(`echo ${payloadOf(bytes)}`)),
      complete: () => call.end(),
    });
  });
  const ctx: CallContext = {
    host: 'http://fake.test',
    transport: transport as unknown as WireTransport,
    headers: () => Promise.resolve({}),
    observe: () => undefined,
    track: (end) => {
      sessionEnds.push(end);
      return () => sessionEnds.splice(sessionEnds.indexOf(end), 1);
    },
    began: (method) => {
      events.push(`began ${method.replace(/^.*\//, '')}`);
      return (code) => events.push(`ended ${code}`);
    },
  };
  return { transport, heard, events, sessionEnds, ctx };
}

const echo = ObjectService.MessageStream;

describe('streamCall: the cold call under every RPC', () => {
  it('is cold: nothing opens before a subscription, each subscription is a call of its own, its end reported once', async () => {
    const { transport, ctx, events } = echoCore();
    const call$ = streamCall(ctx, echo, of(request('a'), request('b')));
    await Promise.resolve();
    expect(transport.calls).toEqual([]);
    const [one, two] = await Promise.all([
      lastValueFrom(call$.pipe(map(answerOf), toArray())),
      lastValueFrom(call$.pipe(map(answerOf), toArray())),
    ]);
    expect([one, two]).toEqual([
      ['echo a', 'echo b'],
      ['echo a', 'echo b'],
    ]);
    expect(transport.calls).toEqual([`${OBJECT}/MessageStream`, `${OBJECT}/MessageStream`]);
    expect(events).toEqual(['began MessageStream', 'began MessageStream', 'ended 0', 'ended 0']);
    expect(transport.openCalls).toBe(0);
  });

  it('unsubscribing cancels the call on the wire, ends its requests and reports it CANCELLED once', async () => {
    const { transport, ctx, heard, events, sessionEnds } = echoCore();
    const requests = new Subject<StreamRequest>();
    const answers: string[] = [];
    const sub = streamCall(ctx, echo, requests).subscribe((r) => answers.push(answerOf(r)));
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    requests.next(request('a'));
    await vi.waitFor(() => expect(answers).toEqual(['echo a']));
    sub.unsubscribe();
    await heard[0]?.cancelled;
    expect(requests.observed).toBe(false);
    expect(sessionEnds).toEqual([]);
    expect(events).toEqual(['began MessageStream', 'ended 1']);
    expect(transport.openCalls).toBe(0);
  });

  it('an aborted signal errors CANCELLED and cancels the call; one aborted before the start opens nothing', async () => {
    const { transport, ctx, heard } = echoCore();
    const controller = new AbortController();
    const requests = new Subject<StreamRequest>();
    const result = lastValueFrom(streamCall(ctx, echo, requests, { signal: controller.signal })).catch((e: unknown) => e);
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    controller.abort();
    expect(await result).toMatchObject({ name: 'DeephavenError', code: 1, method: `${OBJECT}/MessageStream` });
    await heard[0]?.cancelled;
    const early = await lastValueFrom(streamCall(ctx, echo, [request('a')], { signal: controller.signal })).catch((e: unknown) => e);
    expect(early).toMatchObject({ name: 'DeephavenError', code: 1 });
    expect(transport.calls).toHaveLength(1);
  });

  it("the session's end completes a stream and cancels its call, fails a one-shot call, or passes the session's error on", async () => {
    const { ctx, heard, sessionEnds } = echoCore();
    const stream = lastValueFrom(streamCall(ctx, echo, new Subject<StreamRequest>()).pipe(toArray()));
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    sessionEnds[0]?.();
    expect(await stream).toEqual([]);
    await heard[0]?.cancelled;
    const oneShot = unaryCall(ctx, echo, request('a')).catch((e: unknown) => e);
    const lost = lastValueFrom(streamCall(ctx, echo, new Subject<StreamRequest>())).catch((e: unknown) => e);
    await vi.waitFor(() => expect(sessionEnds).toHaveLength(2));
    sessionEnds[1]?.(new DeephavenError(14, 'the connection was lost'));
    sessionEnds[0]?.();
    expect(await oneShot).toMatchObject({ code: 1, rawMessage: 'the session was closed while the call was in flight' });
    expect(await lost).toMatchObject({ code: 14, rawMessage: 'the connection was lost' });
  });

  it("unaryCall resolves with the response at the call's OK status; no response is INTERNAL; a status error rejects with it", async () => {
    const { ctx, transport } = echoCore();
    expect(answerOf(await unaryCall(ctx, echo, request('a')))).toBe('echo a');
    transport.handle(`${OBJECT}/MessageStream`, (call) => call.end());
    await expect(unaryCall(ctx, echo, request('a'))).rejects.toMatchObject({ code: 13, rawMessage: 'the server sent no response' });
    transport.handle(`${OBJECT}/MessageStream`, (call) => {
      call.respond(reply('too early'));
      call.end({ code: 5, message: 'gone' });
    });
    await expect(unaryCall(ctx, echo, request('a'))).rejects.toMatchObject({ code: 5, rawMessage: 'gone' });
  });
});
