import {
  concat,
  connect,
  defer,
  dematerialize,
  finalize,
  from,
  ignoreElements,
  materialize,
  merge,
  mergeMap,
  of,
  skip,
  take,
  catchError,
  throwError,
  type Observable,
  type OperatorFunction,
} from 'rxjs';
import { DeephavenError } from '../errors.js';
import { methodName, streamCall, unaryCall, type CallContext, type CallOptions } from './calls.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';

/** @internal The Open/Next method pair the server offers for one bidirectional method. */
export interface BrowserStreamMethods<Req extends ProtobufMessage, Res extends ProtobufMessage> {
  readonly open: MethodDefinition<Req, Res>;
  readonly next: MethodDefinition<Req, ProtobufMessage>;
  /** Makes the (ignored) payload of the half-closing Next call. */
  readonly empty: () => Req;
}

/** @internal Options of {@link browserStream}. */
export interface BrowserStreamOptions extends CallOptions {
  /** A fresh export id from the session's counter; it names the stream on the server. */
  readonly allocateId: () => number;
  /**
   * How many Next calls may be in flight at once (default 1). More makes the server (42.7) now and then fail long
   * streams with an opaque INVALID_ARGUMENT, and thousands make a browser refuse fetches outright.
   */
  readonly maxInFlight?: number;
  /** Called once the stream is over, with its id, so the session can release the server's stream export. */
  readonly onFinished?: (id: number) => void;
}

/** The half-close, after the last request. */
const HALF_CLOSE = Symbol('half-close');

/**
 * A bidirectional call over transports without client streaming (gRPC-Web over fetch), as an operator over its
 * requests: the server's browser-stream emulation. Each subscription is one stream. The first request opens the
 * server-streaming `Open` call, which carries every response; each later request is a unary `Next` call, and the
 * completion of the requests one more `Next` with `x-deephaven-stream-halfclose` (or, with no request at all, the
 * `Open` carries it). Calls carry `x-deephaven-stream-ticket` (the stream's export id) and
 * `x-deephaven-stream-sequence` (0, 1, 2…); the server puts them back in order, so Next calls go out without waiting
 * for each other, up to `maxInFlight` at once (a browser refuses thousands of concurrent fetches). The responses end
 * with the `Open` call; unsubscribing before the half-close sends it (so the server's handler finishes rather than
 * waits), and the stream's export is released at the end.
 * @internal
 */
export function browserStream<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  methods: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): OperatorFunction<Req, Res> {
  const name = methodName(methods.open);
  return (requests$) =>
    defer(() => {
      let id: number | undefined;
      let sequence = 0;
      let halfClosed = false;
      const on = (seq: number, halfClose: boolean): CallContext => {
        halfClosed ||= halfClose;
        return withHeaders(ctx, streamHeaders(id, seq, halfClose));
      };
      const payload = (r: Req | typeof HALF_CLOSE): Req => (r === HALF_CLOSE ? methods.empty() : r);
      const next = (r: Req | typeof HALF_CLOSE): Promise<unknown> =>
        unaryCall(on(++sequence, r === HALF_CLOSE), methods.next, payload(r), { lane: options.lane });
      const open = (first: Req | typeof HALF_CLOSE): Observable<Res> => {
        id = options.allocateId();
        return streamCall(on(0, first === HALF_CLOSE), methods.open, [payload(first)], options);
      };
      return concat(requests$, of(HALF_CLOSE)).pipe(
        connect((sent$) => {
          const nexts$ = sent$.pipe(
            skip(1),
            mergeMap((r) => from(next(r)), options.maxInFlight ?? 1),
            ignoreElements(),
            catchError((err: unknown) => throwError(() => DeephavenError.from(err, name))),
          );
          // The responses end with the Open call, whether or not requests are still going out.
          return merge(nexts$, sent$.pipe(take(1), mergeMap(open), materialize())).pipe(dematerialize());
        }),
        finalize(() => {
          if (id === undefined) return;
          if (!halfClosed) next(HALF_CLOSE).catch(() => undefined);
          options.onFinished?.(id);
        }),
      );
    });
}

function streamHeaders(id: number | undefined, seq: number, halfClose: boolean): Record<string, string> {
  const h: Record<string, string> = { 'x-deephaven-stream-ticket': String(id), 'x-deephaven-stream-sequence': String(seq) };
  if (halfClose) h['x-deephaven-stream-halfclose'] = '1';
  return h;
}

function withHeaders(ctx: CallContext, extra: Record<string, string>): CallContext {
  return { ...ctx, headers: (m) => ctx.headers(m).then((h) => ({ ...h, ...extra })) };
}
