import { FrameAssembler, placementFor } from './frames.js';
import { grpc, type Metadata, type Transport, type TransportFactory, type TransportOptions } from './grpc.js';
import { MultiplexSocket } from './multiplex-socket.js';
import { resolveWebSocket, type WebSocketConstructor } from './websocket-impl.js';
import { DEFAULT_LIVENESS_TIMEOUT_MS } from './liveness.js';
import type { ConnectionEvent, WireTransport } from './wire-transport.js';

/** Options of {@link multiplexWebsocketTransport}. */
export interface MultiplexTransportOptions {
  /** A WebSocket constructor to use instead of the platform's (or the `ws` package in Node). */
  readonly webSocket?: WebSocketConstructor;
  /** See `SessionOptions.livenessTimeoutMs`; 0 turns the watch off. @default 20000 */
  readonly livenessTimeoutMs?: number;
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
    const socket = new MultiplexSocket(toWebSocketUrl(url), ctor ?? resolveWebSocket(), {
      onOpen: () => emit({ kind: 'open', lane }),
      onDraining: (s) => {
        if (lanes.get(lane) === s) lanes.delete(lane);
      },
      onClosed: (s, lostReason) => {
        if (lanes.get(lane) === s) lanes.delete(lane);
        if (lostReason !== undefined) emit({ kind: 'lost', lane, reason: lostReason });
      },
    }, options.livenessTimeoutMs ?? DEFAULT_LIVENESS_TIMEOUT_MS);
    lanes.set(lane, socket);
    return socket;
  };

  return {
    kind: 'websocket-multiplex',
    supportsClientStreaming: true,
    factory(lane = 'default'): TransportFactory {
      return (opts: TransportOptions) => {
        if (closed) return failedTransport(opts, 'the transport is closed');
        // A call made before close() may start after it: it then fails instead of opening a socket.
        return new MultiplexCall(opts, () => (closed ? undefined : socketFor(lane, opts.url)));
      };
    },
    onConnectionEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      for (const socket of lanes.values()) socket.close();
      lanes.clear();
      listeners.clear();
    },
  };
}

/** One gRPC call on a multiplexed socket, as improbable's client drives it. */
class MultiplexCall implements Transport {
  private readonly frames = new FrameAssembler();
  private socket: MultiplexSocket | undefined;
  private id = -1;
  private halfClosed = false;
  private ended = false;

  constructor(
    private readonly options: TransportOptions,
    private readonly pickSocket: () => MultiplexSocket | undefined,
  ) {}

  start(metadata: Metadata): void {
    this.frames.placement = placementFor(this.options.methodDefinition);
    const headers: [string, string][] = [];
    metadata.forEach((name, values) => headers.push([name, values.join(', ')]));
    const def = this.options.methodDefinition;
    const path = `${def.service.serviceName}/${def.methodName}`;
    this.socket = this.pickSocket();
    if (this.socket === undefined) {
      queueMicrotask(() => this.end('the transport is closed'));
      return;
    }
    this.id = this.socket.startStream(path, headers, {
      onChunk: (chunk) => {
        if (this.ended) return;
        for (const frames of this.frames.push(chunk)) this.options.onChunk(frames);
      },
      onEnd: (failure) => this.end(failure),
    });
  }

  sendMessage(msgBytes: Uint8Array): void {
    this.socket?.sendMessage(this.id, msgBytes);
  }

  finishSend(): void {
    if (this.halfClosed) return;
    this.halfClosed = true;
    this.socket?.halfClose(this.id);
  }

  cancel(): void {
    if (this.ended) return;
    this.ended = true;
    this.socket?.abandon(this.id, this.halfClosed);
  }

  private end(failure?: string): void {
    if (this.ended) return;
    this.ended = true;
    if (failure !== undefined) reportFailure(this.options, failure);
    this.options.onEnd();
  }
}

/** Makes improbable's client fail the call with UNAVAILABLE and the given message. */
export function reportFailure(options: TransportOptions, message: string): void {
  const headers = new grpc.Metadata({ 'grpc-status': String(grpc.Code.Unavailable), 'grpc-message': encodeURIComponent(message) });
  options.onHeaders(headers, 200);
}

function failedTransport(options: TransportOptions, message: string): Transport {
  return {
    start: () => {
      queueMicrotask(() => {
        reportFailure(options, message);
        options.onEnd();
      });
    },
    sendMessage: () => undefined,
    finishSend: () => undefined,
    cancel: () => undefined,
  };
}

/** `http(s)://host/path` → `ws(s)://host/path`. */
export function toWebSocketUrl(url: string): string {
  const u = new URL(url);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}
