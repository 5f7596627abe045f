import { Observable, Subject } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { lazy$ } from '../rx/lazy.js';
import type { BrowserStreamMethods, BrowserStreamOptions } from './browser-stream.js';
import { methodName, streamCall, type BidiStream, type CallContext } from './calls.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';

/**
 * @internal One cold bidirectional call per subscription: it opens the call, sends each request of `requests$`,
 * half-closes when `requests$` completes, and ends with the server's end; unsubscribing cancels it. The real
 * bidirectional method where the transport streams requests (websockets, HTTP/2 in Node; over fetch a `DoPut`, its
 * requests sent as one body: `WireTransport.clientStreams`), else the server's Open/Next browser-stream emulation (gRPC-Web over fetch) as an operator over `requests$`, loaded on first use.
 */
export function bidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  real: MethodDefinition<Req, Res>,
  emulated: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): (requests$: Observable<Req>) => Observable<Res> {
  // (Plain Observables here, not rxjs's creation functions: this is in every app's start-up bundle.)
  const streams = ctx.transport.clientStreams?.(methodName(real)) ?? ctx.transport.supportsClientStreaming;
  return (requests$) =>
    new Observable<Res>((subscriber) =>
      (streams
        ? streamCall(ctx, real, requests$, options)
        : // The emulation loads on first use: only transports without client streaming (fetch) need it.
          lazy$(async () => requests$.pipe((await import('./browser-stream.js')).browserStream(ctx, emulated, options)))
      ).subscribe(subscriber),
    );
}

/** @internal {@link bidi} with a `send`/`end` face (see {@link BidiStream}), for callers that send as they go. */
export function openBidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  real: MethodDefinition<Req, Res>,
  emulated: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): BidiStream<Req, Res> {
  return sendable(methodName(real as MethodDefinition<ProtobufMessage, ProtobufMessage>), bidi(ctx, real, emulated, options));
}

/**
 * @internal The {@link BidiStream} of a cold call `call(requests$)`: requests sent before the call subscribes to
 * `requests$` wait, in order, and go first when it does; later ones go straight to it.
 */
export function sendable<Req, Res>(method: string, call: (requests$: Observable<Req>) => Observable<Res>): BidiStream<Req, Res> {
  const early: Req[] = [];
  const live = new Subject<Req>();
  let started = false;
  let ended = false;
  let subscribed = false;
  // (A plain array rather than a ReplaySubject: this is in every app's start-up bundle.)
  const requests$ = new Observable<Req>((subscriber) => {
    started = true;
    for (const r of early.splice(0)) subscriber.next(r);
    return live.subscribe(subscriber);
  });
  return {
    responses$: new Observable<Res>((subscriber) => {
      if (subscribed) {
        subscriber.error(new DeephavenError(Code.FailedPrecondition, 'a bidirectional stream can be subscribed only once', { method }));
        return undefined;
      }
      subscribed = true;
      return call(requests$).subscribe(subscriber);
    }),
    send(message) {
      if (ended) throw new DeephavenError(Code.FailedPrecondition, 'the stream was already half-closed', { method });
      if (started) live.next(message);
      else early.push(message);
    },
    end() {
      ended = true;
      live.complete();
    },
  };
}
