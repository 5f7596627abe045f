import { Observable, Subscription, defer, type ObservableInput } from 'rxjs';
import { Code, DeephavenError, abortError } from '../errors.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';
import { GrpcWebCall } from './grpc-web-call.js';
import type { Metadata } from './metadata.js';
import type { WireTransport } from './wire-transport.js';

/**
 * @internal What every call needs besides its request: where to go, how, and the session's view of headers.
 */
export interface CallContext {
  /** Server base URL, e.g. `http://127.0.0.1:10000`. */
  readonly host: string;
  readonly transport: WireTransport;
  /** Request headers for one call; may wait (e.g. until the session has its token). */
  headers(method: string): Promise<Record<string, string>>;
  /** Sees every response's headers and trailers (token rotation); failures only with their status. */
  observe(method: string, metadata: Metadata, code?: Code): void;
  /**
   * Registers an open call so that its owner (the session) can end it when the session ends: completed after the
   * user's own close, failed with `error` otherwise. Returns the unregister function.
   */
  track?(end: (error?: DeephavenError) => void): () => void;
  /**
   * Called as each call starts, for request events; the returned `end` is called once when it ends (its status
   * code; `Cancelled` when the caller gave up). Sees the method name only: never headers or messages.
   */
  began?(method: string): ((code: Code) => void) | undefined;
}

/** @internal Per-call options. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** Connection lane of the transport (see the multiplexed websocket transport). */
  readonly lane?: string | undefined;
}

/** @internal Options of {@link streamCall}. */
interface StreamCallOptions extends CallOptions {
  /** What the call does when its session ends under it: complete (streams) or fail (one-shot calls). */
  readonly onSessionEnd?: 'complete' | 'error';
}

/** @internal `package.Service/Method` of a method definition. */
export function methodName(def: MethodDefinition<ProtobufMessage, ProtobufMessage>): string {
  return `${def.service.serviceName}/${def.methodName}`;
}

/**
 * @internal A bidirectional stream: send requests, read responses, half-close with `end()` — the `send`/`end` face
 * of a cold `bidi(…)(requests$)` (see `bidi.ts`). The same rules on every transport (real streams and the Open/Next
 * emulation alike): requests sent before the call starts are kept in order; the call starts when `responses$` is
 * subscribed; `responses$` can be subscribed once (a second subscription errors with `FAILED_PRECONDITION`, it
 * never opens a second call); unsubscribing cancels the call; `send` after `end()` throws.
 */
export interface BidiStream<Req, Res> {
  /** Responses; unsubscribing cancels the call. Subscribe once. */
  readonly responses$: Observable<Res>;
  /** Queues a request; sent as soon as the call has started. */
  send(message: Req): void;
  /** Half-closes: no more requests. */
  end(): void;
}

/**
 * @internal One call, cold: each subscription opens it (once the context gives its headers), sends `requests` and
 * half-closes when they complete, and passes on the responses until the server's status ends them. Unsubscribing
 * cancels the call on the wire; so does `options.signal` (the call errors `CANCELLED`); the session's end completes
 * it (or fails it, see `onSessionEnd`). Unary and server-streaming calls are this call with one request; client
 * streams and bidirectional calls (where the transport streams requests, see `bidi.ts`) with their `requests$`.
 */
export function streamCall<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  def: MethodDefinition<Req, Res>,
  requests: ObservableInput<Req>,
  options: StreamCallOptions = {},
): Observable<Res> {
  const name = methodName(def);
  const { signal } = options;
  const call$ = new Observable<Res>((subscriber) => {
    const cancel = (): void =>
      subscriber.error(new DeephavenError(Code.Cancelled, 'the call was cancelled', { method: name, cause: abortError(signal) }));
    if (signal?.aborted === true) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    subscriber.add(() => signal?.removeEventListener('abort', cancel));
    subscriber.add(
      ctx.track?.((error) => {
        if (error === undefined && options.onSessionEnd !== 'error') subscriber.complete();
        else
          subscriber.error(
            error ?? new DeephavenError(Code.Cancelled, 'the session was closed while the call was in flight', { method: name }),
          );
      }),
    );
    const fail = (err: unknown): void => subscriber.error(DeephavenError.from(err, name));
    ctx.headers(name).then((headers) => {
      if (subscriber.closed) return;
      const wire = wire$(
        ctx,
        def,
        headers,
        defer(() => requests),
        options.lane,
      );
      subscriber.add(wire.subscribe({ next: (r) => subscriber.next(r), error: fail, complete: () => subscriber.complete() }));
    }, fail);
  });
  const began = ctx.began?.bind(ctx);
  return began === undefined ? call$ : defer(() => reported(call$, began(name)));
}

/**
 * The call on the wire, cold: subscribing opens it with `headers` and sends `requests$`; the server's status ends
 * it; unsubscribing first cancels it. Errors may be anything thrown on the way (the caller makes them typed).
 */
function wire$<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  def: MethodDefinition<Req, Res>,
  headers: Record<string, string>,
  requests$: Observable<Req>,
  lane: string | undefined,
): Observable<Res> {
  const name = methodName(def);
  return new Observable<Res>((subscriber) => {
    const call = new GrpcWebCall(def, ctx.host, ctx.transport, {
      onHeaders: (md) => ctx.observe(name, md),
      onMessage: (message) => subscriber.next(message),
      onEnd: ({ code, message, metadata, error }) => {
        ctx.observe(name, metadata, code);
        if (code === Code.Ok) subscriber.complete();
        else subscriber.error(error ?? statusError(code, message, name, metadata));
      },
    });
    // Cancels the call unless it has ended (GrpcWebCall.close is a no-op then).
    subscriber.add(() => call.close());
    call.start(headers, lane);
    subscriber.add(
      requests$.subscribe({ next: (r) => call.send(r), complete: () => call.finishSend(), error: (err: unknown) => subscriber.error(err) }),
    );
  });
}

/**
 * The call, its start and end told to the context: its status code as it ends (before the end is passed on), or
 * `Cancelled` once it has been cancelled by unsubscribing.
 */
function reported<Res>(call$: Observable<Res>, ended: ((code: Code) => void) | undefined): Observable<Res> {
  if (ended === undefined) return call$;
  return new Observable<Res>((subscriber) => {
    const cancelled = new Subscription(() => ended(Code.Cancelled));
    const settle = (code: Code): void => {
      subscriber.remove(cancelled);
      ended(code);
    };
    subscriber.add(
      call$.subscribe({
        next: (r) => subscriber.next(r),
        error: (err: unknown) => {
          settle(DeephavenError.from(err).code);
          subscriber.error(err);
        },
        complete: () => {
          settle(Code.Ok);
          subscriber.complete();
        },
      }),
    );
    if (!subscriber.closed) subscriber.add(cancelled);
  });
}

/**
 * @internal One request, one response, as a Promise: {@link streamCall} with one request, settled by its status
 * (rxjs's `lastValueFrom`, written out: it would add a fifth of a KiB to every app's start-up bundle).
 */
export function unaryCall<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  def: MethodDefinition<Req, Res>,
  request: Req,
  options: CallOptions = {},
): Promise<Res> {
  const name = methodName(def);
  return new Promise<Res>((resolve, reject) => {
    let result: Res | undefined;
    streamCall(ctx, def, [request], { ...options, onSessionEnd: 'error' }).subscribe({
      next: (r) => {
        result = r;
      },
      error: (err: unknown) => {
        const e = DeephavenError.from(err, name);
        reject(e.code === Code.Cancelled && options.signal?.aborted === true ? abortError(options.signal) : e);
      },
      complete: () => {
        if (result === undefined) reject(new DeephavenError(Code.Internal, 'the server sent no response', { method: name }));
        else resolve(result);
      },
    });
  });
}

/** @internal A DeephavenError from a gRPC status, with the metadata as a plain record. */
export function statusError(code: Code, message: string, method: string, metadata?: Metadata): DeephavenError {
  return new DeephavenError(code, message === '' ? 'the call failed' : message, { method, metadata: metadata?.toRecord() ?? {} });
}
