import type { TransportFactory } from './grpc.js';

/** How a session reaches the server: which wire protocol carries its gRPC calls. */
export type TransportKind = 'websocket-multiplex' | 'grpc-web-fetch' | 'node-http2';

/** @internal Something that happened to a transport's connection. */
export type ConnectionEvent =
  | { readonly kind: 'open'; readonly lane: string }
  | { readonly kind: 'lost'; readonly lane: string; readonly reason: string };

/**
 * A transport made outside the SDK's own choice (such as `createFakeTransport()` of `deephaven-rx/testing`),
 * passed as `SessionOptions.transport`. Opaque: only transports the SDK or its testing entry make work.
 */
export interface CustomTransport {
  readonly kind: TransportKind;
  close(): void;
}

/**
 * @internal A wire transport: makes improbable `TransportFactory`s for calls and reports its connection events.
 * Lanes group calls on shared connections (see the multiplexed websocket transport).
 */
export interface WireTransport {
  readonly kind: TransportKind;
  /** True when client and bidirectional streams are real on this transport (no Open/Next emulation needed). */
  readonly supportsClientStreaming: boolean;
  factory(lane?: string): TransportFactory;
  onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void;
  /** Closes every connection; open calls fail with UNAVAILABLE. */
  close(): void;
}
