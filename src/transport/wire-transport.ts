import { Code, DeephavenError } from '../errors.js';
import type { Metadata } from './metadata.js';

/** How a session reaches the server: which wire protocol carries its gRPC calls. */
export type TransportKind = 'websocket-multiplex' | 'grpc-web-fetch' | 'node-http2';

/** Something that happened to a transport's connection (what a fake transport's `emit` takes in tests). */
export type ConnectionEvent =
  | { readonly kind: 'open'; readonly lane: string }
  | { readonly kind: 'lost'; readonly lane: string; readonly reason: string };

/**
 * A transport made outside the SDK's own choice (such as `createFakeTransport()` of `deephaven-rx/testing`),
 * passed as `SessionOptions.transport`. Opaque: only transports the SDK or its testing entry make work.
 */
export interface CustomTransport {
  /** Which wire protocol it stands for. */
  readonly kind: TransportKind;
  /** Closes the transport's connections. */
  close(): void;
}

/** @internal One call as the SDK hands it to a {@link WireTransport}. */
export interface WireRequest {
  /** The call's URL: the server's base URL, then `/package.Service/Method`. */
  readonly url: string;
  /** `package.Service/Method`. */
  readonly method: string;
  /** The request headers, lower-case names, `content-type` included. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The connection lane: calls of one lane share a connection where the transport pools them (the multiplexed
   * websocket); others ignore it. @default 'default'
   */
  readonly lane?: string | undefined;
}

/**
 * @internal Where a {@link WireTransport} delivers one call's response. In order: `headers` at most once, `chunk`
 * any number of times, `end` exactly once and last; nothing after `end`, and nothing once the SDK has called
 * {@link WireCall.cancel}.
 */
export interface WireSink {
  /**
   * The HTTP status and headers of the response, before any chunk. Transports whose protocol carries the headers
   * inside the body (the multiplexed websocket: a header block frame) never call it.
   */
  headers(status: number, headers: Metadata): void;
  /**
   * Bytes of the gRPC-Web response body, in order, cut anywhere (the SDK re-assembles the frames). The SDK keeps
   * views of them: the transport must not write into a buffer it has handed on.
   */
  chunk(bytes: Uint8Array): void;
  /**
   * The response is over. Without an argument the body ended normally and the call's gRPC status is in what was
   * delivered. With an error the call failed below gRPC (the connection refused, lost or closed): a
   * {@link DeephavenError}, {@link Code.Unavailable} for connection failures, naming the method and carrying the
   * underlying error as `cause`. A transport never reports a failure by making up `grpc-status` headers.
   */
  end(error?: DeephavenError): void;
}

/** @internal The client side of one call on a {@link WireTransport}. */
export interface WireCall {
  /**
   * Sends one gRPC frame (flags, big-endian length, message). Transports without client streaming
   * ({@link WireTransport.supportsClientStreaming} false) send the request body when {@link finishSend} is called.
   */
  send(frame: Uint8Array): void;
  /** Half-closes: the client sends nothing more. */
  finishSend(): void;
  /**
   * Cancels the call: the transport tells the server where its protocol can (HTTP/2 RST_STREAM, an aborted fetch;
   * see the multiplexed websocket for its way) and calls the sink no more. Safe to call twice or after the end.
   */
  cancel(): void;
}

/**
 * @internal A wire transport: carries gRPC-Web calls (bytes in, bytes out; the SDK parses the frames and the
 * status above it) and reports its connection events. Three implement it (the multiplexed websocket, fetch,
 * `node:http2`), and so does the fake transport of `deephaven-rx/testing`.
 */
export interface WireTransport {
  readonly kind: TransportKind;
  /** True when client and bidirectional streams are real on this transport (no Open/Next emulation needed). */
  readonly supportsClientStreaming: boolean;
  /**
   * Whether `method` (`package.Service/Method`) runs as a real client stream on this transport, where that differs
   * by method (fetch sends a `DoPut`'s requests as one body); {@link supportsClientStreaming} when absent.
   */
  clientStreams?(method: string): boolean;
  /**
   * Starts a call: sends the request headers and returns the call's client side; the response goes to `sink`. On a
   * closed transport the call ends with {@link Code.Unavailable} (never synchronously from `open`).
   */
  open(request: WireRequest, sink: WireSink): WireCall;
  /** Listens to connection events; returns the function that stops listening. */
  onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void;
  /** Closes every connection; open calls end with {@link Code.Unavailable}. */
  close(): void;
  /**
   * Bytes sent by calls but not yet handed to the network (a WebSocket's `bufferedAmount` and what waits for the
   * socket to open), for senders that pace themselves (uploads); absent where the transport cannot tell.
   */
  backlog?(): number;
}

/** @internal The typed end of a call that failed below gRPC: {@link Code.Unavailable}, the method, the cause. */
export function unavailable(request: WireRequest, message: string, cause?: unknown): DeephavenError {
  return new DeephavenError(Code.Unavailable, message, { method: request.method, cause });
}

/** @internal A call that ends with {@link Code.Unavailable} and `message` as soon as the caller has returned. */
export function failedCall(request: WireRequest, sink: WireSink, message: string): WireCall {
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) sink.end(unavailable(request, message));
  });
  return {
    send: () => undefined,
    finishSend: () => undefined,
    cancel: () => {
      cancelled = true;
    },
  };
}
