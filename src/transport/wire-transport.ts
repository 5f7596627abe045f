import type { TransportFactory } from './grpc.js';

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

/**
 * @internal A wire transport: makes improbable `TransportFactory`s for calls and reports its connection events.
 * Lanes group calls on shared connections (see the multiplexed websocket transport).
 */
export interface WireTransport {
  readonly kind: TransportKind;
  /** True when client and bidirectional streams are real on this transport (no Open/Next emulation needed). */
  readonly supportsClientStreaming: boolean;
  /** The improbable transport factory for the calls of a lane (one shared connection per lane where it applies). */
  factory(lane?: string): TransportFactory;
  /** Listens to connection events; returns the function that stops listening. */
  onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void;
  /** Closes every connection; open calls fail with UNAVAILABLE. */
  close(): void;
}
