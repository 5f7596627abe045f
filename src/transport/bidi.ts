import { ReplaySubject, Subject, concat, defer, throwError, type Observable } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { browserStream, type BrowserStreamMethods, type BrowserStreamOptions } from './browser-stream.js';
import { methodName, streamCall, type BidiStream, type CallContext } from './calls.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';

/**
 * @internal One cold bidirectional call per subscription: it opens the call, sends each request of `requests$`,
 * half-closes when `requests$` completes, and ends with the server's end; unsubscribing cancels it. The real
 * bidirectional method where the transport streams requests (websockets, HTTP/2 in Node), else the server's
 * Open/Next browser-stream emulation (gRPC-Web over fetch) as an operator over `requests$`.
 */
export function bidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  real: MethodDefinition<Req, Res>,
  emulated: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): (requests$: Observable<Req>) => Observable<Res> {
  return (requests$) =>
    defer(() => (ctx.transport.supportsClientStreaming ? streamCall(ctx, real, requests$, options) : requests$.pipe(browserStream(ctx, emulated, options))));
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
 * @internal The {@link BidiStream} of a cold call `call(requests$)`: requests sent before `responses$` is subscribed
 * are replayed, in order, when the call starts; later ones go straight to it.
 */
export function sendable<Req, Res>(method: string, call: (requests$: Observable<Req>) => Observable<Res>): BidiStream<Req, Res> {
  const early = new ReplaySubject<Req>();
  const live = new Subject<Req>();
  let ended = false;
  let subscribed = false;
  const requests$ = defer(() => {
    early.complete();
    return concat(early, live);
  });
  return {
    responses$: defer(() => {
      if (subscribed) return throwError(() => new DeephavenError(Code.FailedPrecondition, 'a bidirectional stream can be subscribed only once', { method }));
      subscribed = true;
      return call(requests$);
    }),
    send(message) {
      if (ended) throw new DeephavenError(Code.FailedPrecondition, 'the stream was already half-closed', { method });
      // Before the call starts `early` keeps it (and `live` has no one to tell); after, `early` is complete.
      early.next(message);
      live.next(message);
    },
    end() {
      ended = true;
      live.complete();
    },
  };
}
