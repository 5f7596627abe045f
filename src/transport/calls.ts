import { Observable, type Subscriber } from 'rxjs';
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

/** @internal Opens a call whose responses stream until the server ends it. Cold: each subscription is one call. */
export function streamCall<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  def: MethodDefinition<Req, Res>,
  requests: Observable<Req> | readonly Req[],
  options: StreamCallOptions = {},
): Observable<Res> {
  const name = methodName(def);
  const call$ = new Observable<Res>((subscriber) => {
    let client: GrpcWebCall<Req, Res> | undefined;
    let done = false;
    let cancelRequests: (() => void) | undefined;
    const finish = (): void => {
      done = true;
      cancelRequests?.();
    };
    const onAbort = (): void => {
      if (!done)
        subscriber.error(new DeephavenError(Code.Cancelled, 'the call was cancelled', { method: name, cause: abortError(options.signal) }));
    };
    if (options.signal?.aborted === true) {
      onAbort();
      return undefined;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const untrack = ctx.track?.((error) => {
      if (done) return;
      finish();
      try {
        client?.close();
      } catch {
        // already closed by the library
      }
      if (error !== undefined) subscriber.error(error);
      else if (options.onSessionEnd === 'error')
        subscriber.error(new DeephavenError(Code.Cancelled, 'the session was closed while the call was in flight', { method: name }));
      else subscriber.complete();
    });
    ctx.headers(name).then(
      (headers) => {
        if (done || subscriber.closed) return;
        try {
          client = startClient(ctx, def, name, headers, subscriber, options, finish);
          cancelRequests = feedRequests(client, requests, subscriber, name);
        } catch (err) {
          finish();
          subscriber.error(DeephavenError.from(err, name));
        }
      },
      (err: unknown) => {
        if (!done) subscriber.error(DeephavenError.from(err, name));
      },
    );

    return () => {
      untrack?.();
      options.signal?.removeEventListener('abort', onAbort);
      cancelRequests?.();
      if (!done && client !== undefined) {
        done = true;
        try {
          client.close();
        } catch {
          // already closed by the library
        }
      }
      done = true;
    };
  });
  return ctx.began === undefined ? call$ : reported(call$, name, ctx.began.bind(ctx));
}

/** The call, with its start and end told to the context (once each; an unsubscribe before the end is `Cancelled`). */
function reported<Res>(
  call$: Observable<Res>,
  name: string,
  began: (method: string) => ((code: Code) => void) | undefined,
): Observable<Res> {
  return new Observable<Res>((subscriber) => {
    const ended = began(name);
    let open = ended !== undefined;
    const end = (code: Code): void => {
      if (open) ended?.(code);
      open = false;
    };
    const sub = call$.subscribe({
      next: (v) => subscriber.next(v),
      error: (err: unknown) => {
        end(DeephavenError.from(err).code);
        subscriber.error(err);
      },
      complete: () => {
        end(Code.Ok);
        subscriber.complete();
      },
    });
    return () => {
      sub.unsubscribe();
      end(Code.Cancelled);
    };
  });
}

function startClient<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  def: MethodDefinition<Req, Res>,
  name: string,
  headers: Record<string, string>,
  subscriber: Subscriber<Res>,
  options: CallOptions,
  finish: () => void,
): GrpcWebCall<Req, Res> {
  const call = new GrpcWebCall(def, ctx.host, ctx.transport, {
    onHeaders: (md) => ctx.observe(name, md),
    onMessage: (message) => subscriber.next(message),
    onEnd: ({ code, message, metadata, error }) => {
      finish();
      ctx.observe(name, metadata, code);
      if (code === Code.Ok) subscriber.complete();
      else subscriber.error(error ?? statusError(code, message, name, metadata));
    },
  });
  call.start(headers, options.lane);
  return call;
}

function feedRequests<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  client: GrpcWebCall<Req, Res>,
  requests: Observable<Req> | readonly Req[],
  subscriber: Subscriber<Res>,
  name: string,
): (() => void) | undefined {
  if (Array.isArray(requests)) {
    for (const r of requests as readonly Req[]) client.send(r);
    client.finishSend();
    return undefined;
  }
  const sub = (requests as Observable<Req>).subscribe({
    next: (r) => client.send(r),
    complete: () => client.finishSend(),
    error: (err: unknown) => subscriber.error(DeephavenError.from(err, name)),
  });
  return () => sub.unsubscribe();
}

/** @internal One request, one response, as a Promise. */
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
