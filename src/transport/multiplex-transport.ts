import { MultiplexSocket } from './multiplex-socket.js';
import { resolveWebSocket, type WebSocketConstructor } from './websocket-impl.js';
import {
  failedCall,
  unavailable,
  type ConnectionEvent,
  type WireCall,
  type WireRequest,
  type WireSink,
  type WireTransport,
} from './wire-transport.js';
import { DEFAULT_LIVENESS_TIMEOUT_MS } from './liveness.js';

/** Options of {@link multiplexWebsocketTransport}. */
export interface MultiplexTransportOptions {
  /** A WebSocket constructor to use instead of the platform's (or the `ws` package in Node). */
  readonly webSocket?: WebSocketConstructor;
  /** See `SessionOptions.livenessTimeoutMs`; 0 turns the watch off. @default 20000 */
  readonly livenessTimeoutMs?: number;
  /**
   * A unary method (`package.Service/Method`, empty request) the server answers without a session: called on an
   * open socket silent for half the liveness timeout where the WebSocket cannot ping (browsers). Without it, such
   * sockets are watched only while they open.
   */
  readonly probePath?: string | undefined;
}

/**
 * The `grpc-websockets-multiplex` transport: every call of a session over one websocket per lane (the official JS
 * API's transport on `http://`). Real client and bidirectional streaming.
 *
 * Calls are grouped in lanes: long-lived session streams use their own lane so that a socket holding only
 * cancelled user streams goes idle and is closed, which is how a cancel reaches the server with this protocol.
 * @internal
 */
export function multiplexWebsocketTransport(options: MultiplexTransportOptions = {}): WireTransport {
  const ctor = options.webSocket === undefined ? undefined : Promise.resolve(options.webSocket);
  const lanes = new Map<string, MultiplexSocket>();
  const listeners = new Set<(event: ConnectionEvent) => void>();
  let closed = false;

  const emit = (event: ConnectionEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };

  const socketFor = (lane: string, url: string): MultiplexSocket => {
    const current = lanes.get(lane);
    if (current?.accepting === true) return current;
    const socket = new MultiplexSocket(
      toWebSocketUrl(url),
      ctor ?? resolveWebSocket(),
      {
        onOpen: () => emit({ kind: 'open', lane }),
        onDraining: (s) => {
          if (lanes.get(lane) === s) lanes.delete(lane);
        },
        onClosed: (s, lostReason) => {
          if (lanes.get(lane) === s) lanes.delete(lane);
          if (lostReason !== undefined) emit({ kind: 'lost', lane, reason: lostReason });
        },
      },
      options.livenessTimeoutMs ?? DEFAULT_LIVENESS_TIMEOUT_MS,
      options.probePath,
    );
    lanes.set(lane, socket);
    return socket;
  };

  return {
    kind: 'websocket-multiplex',
    supportsClientStreaming: true,
    open(request, sink) {
      if (closed) return failedCall(request, sink, 'the transport is closed');
      return new MultiplexCall(request, sink, socketFor(request.lane ?? 'default', request.url));
    },
    onConnectionEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backlog() {
      let bytes = 0;
      for (const socket of lanes.values()) bytes += socket.backlog;
      return bytes;
    },
    close() {
      closed = true;
      for (const socket of lanes.values()) socket.close();
      lanes.clear();
      listeners.clear();
    },
  };
}

/** One gRPC call on a multiplexed socket. */
class MultiplexCall implements WireCall {
  private readonly id: number;
  private halfClosed = false;
  private ended = false;

  constructor(
    private readonly request: WireRequest,
    private readonly sink: WireSink,
    private readonly socket: MultiplexSocket,
  ) {
    this.id = socket.startStream(request.method, Object.entries(request.headers), {
      onChunk: (chunk) => {
        if (!this.ended) sink.chunk(chunk);
      },
      onEnd: (failure) => this.end(failure),
    });
  }

  send(frame: Uint8Array): void {
    this.socket.sendMessage(this.id, frame);
  }

  finishSend(): void {
    if (this.halfClosed) return;
    this.halfClosed = true;
    this.socket.halfClose(this.id);
  }

  cancel(): void {
    if (this.ended) return;
    this.ended = true;
    this.socket.abandon(this.id, this.halfClosed);
  }

  private end(failure?: string): void {
    if (this.ended) return;
    this.ended = true;
    this.sink.end(failure === undefined ? undefined : unavailable(this.request, failure));
  }
}

/** `http(s)://host/path` → `ws(s)://host/path`. */
export function toWebSocketUrl(url: string): string {
  const u = new URL(url);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}
