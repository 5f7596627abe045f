import { prefersHttp, WHOLE_BODY_STREAMS } from './routes.js';
import type { ConnectionEvent, TransportKind, WireCall, WireRequest, WireSink, WireTransport } from './wire-transport.js';

type Mode = 'unknown' | 'probing' | 'websocket' | 'http';

/**
 * @internal `auto` on `https://` in browsers: a server started with `-Dhttp.websockets=true` offers the multiplexed
 * websocket over TLS, where unary and bidirectional calls go over one secure websocket (real bidi streams, no
 * Open/Next emulation) and bulk reads and uploads (Flight DoGet, DoPut: see `routes.ts`) over fetch (HTTP/2); a server with default settings refuses
 * websockets on TLS (the upgrade answers 404), and then every call goes over fetch.
 *
 * Found out once, by the first call: it goes to the websocket; the socket opening settles `websocket`, the call
 * failing before the socket ever opened settles `http` and the call is replayed over fetch (nothing of it reached a
 * server). Calls made meanwhile wait, then follow the outcome. The failed attempt is silent: its connection event
 * is not passed on.
 */
export function secureAutoTransport(socket: WireTransport, http: WireTransport): WireTransport {
  let mode: Mode = 'unknown';
  const waiting: Deferred[] = [];
  const listeners = new Set<(event: ConnectionEvent) => void>();
  const emit = (event: ConnectionEvent): void => {
    for (const l of [...listeners]) l(event);
  };
  const stopSocket = socket.onConnectionEvent((event) => {
    if (event.kind === 'open' && mode === 'probing') settle('websocket');
    if (mode === 'websocket') emit(event);
  });
  const stopHttp = http.onConnectionEvent(emit);

  const route = (request: WireRequest): WireTransport => (mode === 'websocket' && !prefersHttp(request.method) ? socket : http);

  let probing: Deferred | undefined;
  const settle = (outcome: 'websocket' | 'http'): void => {
    mode = outcome;
    probing?.settled();
    probing = undefined;
    for (const d of waiting.splice(0)) d.start(route(d.request), d.sink);
  };

  /** The first call, on the websocket; replayed over fetch if the socket never opens. */
  const probe = (d: Deferred): void => {
    mode = 'probing';
    probing = d;
    d.onCancel = () => {
      // Cancelled before the outcome: the next waiting call finds out instead.
      if (mode !== 'probing') return;
      mode = 'unknown';
      probing = undefined;
      const next = waiting.shift();
      if (next !== undefined) probe(next);
    };
    d.start(
      socket,
      {
        headers: (status, headers) => d.sink.headers(status, headers),
        chunk: (bytes) => d.sink.chunk(bytes),
        end: (error) => {
          if (error === undefined || mode !== 'probing') return d.sink.end(error);
          probing = undefined; // its frames stay, for the replay
          d.start(http, d.sink);
          settle('http');
        },
      },
      true,
    );
  };

  return {
    get kind(): TransportKind {
      return mode === 'websocket' ? 'websocket-multiplex' : 'grpc-web-fetch';
    },
    get supportsClientStreaming() {
      return mode === 'websocket';
    },
    clientStreams(method: string): boolean {
      return mode === 'websocket' || WHOLE_BODY_STREAMS.has(method);
    },
    open(request, sink) {
      if (mode === 'websocket' || mode === 'http') return route(request).open(request, sink);
      const d = new Deferred(request, sink);
      if (mode === 'unknown') probe(d);
      else waiting.push(d);
      return d;
    },
    onConnectionEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backlog() {
      return socket.backlog?.() ?? 0;
    },
    close() {
      stopSocket();
      stopHttp();
      socket.close();
      http.close();
      // Waiting calls end on the closed transport (UNAVAILABLE).
      settle('http');
      listeners.clear();
    },
  };
}

/** A call whose transport is not known yet: keeps what the caller sends, to hand on (or replay) once started. */
class Deferred implements WireCall {
  private call: WireCall | undefined;
  /** What was sent, kept until the call runs where it stays (a probe may be replayed elsewhere). */
  private frames: Uint8Array[] | undefined = [];
  private replayable = false;
  private halfClosed = false;
  private cancelled = false;
  onCancel: (() => void) | undefined;

  constructor(
    readonly request: WireRequest,
    readonly sink: WireSink,
  ) {}

  /** Opens the call on `transport` (again, for a replay) with what was sent so far. */
  start(transport: WireTransport, sink: WireSink, replayable = false): void {
    if (this.cancelled) return;
    this.call = transport.open(this.request, sink);
    for (const frame of this.frames ?? []) this.call.send(frame);
    if (this.halfClosed) this.call.finishSend();
    this.replayable = replayable;
    if (!replayable) this.frames = undefined;
  }

  /** The probe's outcome is known: it will not be replayed. */
  settled(): void {
    this.replayable = false;
    this.frames = undefined;
  }

  send(frame: Uint8Array): void {
    if (this.call === undefined || this.replayable) this.frames?.push(frame);
    this.call?.send(frame);
  }

  finishSend(): void {
    if (this.halfClosed) return;
    this.halfClosed = true;
    this.call?.finishSend();
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.call?.cancel();
    this.onCancel?.();
  }
}
