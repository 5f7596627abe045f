import type { Observable } from 'rxjs';
import { bidi, openBidi } from '../transport/bidi.js';
import type { BrowserStreamMethods } from '../transport/browser-stream.js';
import { streamCall, unaryCall, type BidiStream, type CallContext, type CallOptions } from '../transport/calls.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';

/**
 * @internal What the service clients call through: the three kinds of call of one session (its headers, its
 * token rotation, its open-call bookkeeping). The only implementation is {@link rpcOf}, over a call context: a
 * `Connection` exposes the one made over its session's context, and connecting uses one before the session exists.
 */
export interface Rpc {
  unary<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    def: MethodDefinition<Req, Res>,
    request: Req,
    options?: CallOptions,
  ): Promise<Res>;
  serverStream<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    def: MethodDefinition<Req, Res>,
    request: Req,
    options?: CallOptions,
  ): Observable<Res>;
  /** A bidirectional call with a `send`/`end` face, for callers that send as they go (a plugin's messages). */
  bidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    real: MethodDefinition<Req, Res>,
    emulated: BrowserStreamMethods<Req, Res>,
    options?: CallOptions,
  ): BidiStream<Req, Res>;
  /**
   * A cold bidirectional call over `requests$`: each subscription opens the call, sends the requests as they come,
   * half-closes when they complete; unsubscribing cancels the call (and stops taking requests).
   */
  bidi$<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    real: MethodDefinition<Req, Res>,
    emulated: BrowserStreamMethods<Req, Res>,
    requests$: Observable<Req>,
    options?: CallOptions,
  ): Observable<Res>;
}

/** @internal An {@link Rpc} over a call context; bidirectional streams need `allocateId` for the emulation. */
export function rpcOf(ctx: CallContext, streams: { allocateId(): number; onFinished(id: number): void } = noStreams): Rpc {
  const withIds = (options: CallOptions = {}) => ({
    ...options,
    allocateId: () => streams.allocateId(),
    onFinished: (id: number) => streams.onFinished(id),
  });
  return {
    unary: (def, request, options) => unaryCall(ctx, def, request, options),
    serverStream: (def, request, options) => streamCall(ctx, def, [request], options),
    bidi: (real, emulated, options) => openBidi(ctx, real, emulated, withIds(options)),
    bidi$: (real, emulated, requests$, options) => bidi(ctx, real, emulated, withIds(options))(requests$),
  };
}

const noStreams = {
  allocateId(): number {
    throw new Error('this call context has no export ids for browser streams');
  },
  onFinished(): void {},
};
