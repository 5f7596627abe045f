import { Observable } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { methodName, streamCall, unaryCall, type BidiStream, type CallContext, type CallOptions } from './calls.js';
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

/**
 * A bidirectional stream over transports without client streaming (gRPC-Web over fetch): the server's browser
 * stream emulation. The first request opens the server-streaming `Open` call, which carries every response; each
 * later request is a unary `Next` call, and the half-close one more `Next` with `x-deephaven-stream-halfclose`.
 * Calls carry `x-deephaven-stream-ticket` (the stream's export id) and `x-deephaven-stream-sequence` (0, 1, 2…);
 * the server puts them back in order, so Next calls go out without waiting for each other.
 * @internal
 */
export function browserStream<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  methods: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): BidiStream<Req, Res> {
  const name = methodName(methods.open);
  let id: number | undefined;
  let sequence = 0;
  let ended = false;
  let first: Req | undefined;
  let firstHalfClose = false;
  let failed: ((err: unknown) => void) | undefined;
  let opened = false;
  const early: { message: Req; halfClose: boolean }[] = [];

  const streamHeaders = (seq: number, halfClose: boolean): Record<string, string> => {
    const h: Record<string, string> = {
      'x-deephaven-stream-ticket': String(id),
      'x-deephaven-stream-sequence': String(seq),
    };
    if (halfClose) h['x-deephaven-stream-halfclose'] = '1';
    return h;
  };

  const withHeaders = (extra: Record<string, string>): CallContext => ({
    ...ctx,
    headers: (m) => ctx.headers(m).then((h) => ({ ...h, ...extra })),
  });

  // Next calls go out without waiting for each other (the server orders them by sequence), but only so many at
  // once: a browser refuses thousands of concurrent fetches (net::ERR_INSUFFICIENT_RESOURCES).
  const maxInFlight = options.maxInFlight ?? 1;
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const pump = (): void => {
    while (inFlight < maxInFlight && waiting.length > 0) waiting.shift()?.();
  };
  const sendNext = (message: Req, halfClose: boolean): void => {
    const seq = ++sequence;
    waiting.push(() => {
      inFlight++;
      unaryCall(withHeaders(streamHeaders(seq, halfClose)), methods.next, message, { lane: options.lane })
        .catch((err: unknown) => failed?.(err))
        .finally(() => {
          inFlight--;
          pump();
        });
    });
    pump();
  };

  const responses$ = new Observable<Res>((subscriber) => {
    if (opened) {
      subscriber.error(new DeephavenError(Code.FailedPrecondition, 'a bidirectional stream can be subscribed only once', { method: name }));
      return undefined;
    }
    opened = true;
    failed = (err) => subscriber.error(DeephavenError.from(err, name));
    const start = (message: Req, halfClose: boolean): (() => void) => {
      id = options.allocateId();
      const sub = streamCall(withHeaders(streamHeaders(0, halfClose)), methods.open, [message], options).subscribe(subscriber);
      for (const e of early.splice(0)) sendNext(e.message, e.halfClose);
      return () => sub.unsubscribe();
    };
    let stop: (() => void) | undefined;
    if (first !== undefined) stop = start(first, firstHalfClose);
    else starter = (m, h) => (stop = start(m, h));
    return () => {
      // Unsubscribing before the end half-closes too, so the server's handler finishes rather than waits.
      if (!ended && id !== undefined) {
        ended = true;
        sendNext(methods.empty(), true);
      }
      stop?.();
      starter = undefined;
      if (id !== undefined) options.onFinished?.(id);
    };
  });

  let starter: ((message: Req, halfClose: boolean) => void) | undefined;

  return {
    responses$,
    send(message) {
      if (ended) throw new DeephavenError(Code.FailedPrecondition, 'the stream was already half-closed', { method: name });
      if (id !== undefined) sendNext(message, false);
      else if (first === undefined && starter === undefined) first = message;
      else if (starter !== undefined && first === undefined) {
        first = message;
        starter(message, false);
      } else early.push({ message, halfClose: false });
    },
    end() {
      if (ended) return;
      ended = true;
      if (id !== undefined) sendNext(methods.empty(), true);
      else if (first === undefined) {
        // Nothing was sent: open and half-close at once.
        first = methods.empty();
        firstHalfClose = true;
        starter?.(first, true);
      } else early.push({ message: methods.empty(), halfClose: true });
    },
  };
}
