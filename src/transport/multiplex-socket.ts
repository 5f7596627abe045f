import { DeephavenError } from '../errors.js';
import { Liveness } from './liveness.js';
import { readServerFrame, type ServerFrame } from './multiplex-frame.js';
import { platformTransports } from './platform.js';
import type { WebSocketConstructor } from './websocket-impl.js';

/**
 * One websocket speaking Deephaven's `grpc-websockets-multiplex` subprotocol: many gRPC calls share the socket,
 * each frame prefixed by a 4-byte big-endian stream id whose top bit marks the sender's last frame of that stream.
 *
 * Client frames: `id · headers` (ASCII `name: value\r\n`, with `grpc-websockets-path`), `id · 0x00 · grpc-frame`,
 * and the half-close `id|0x80000000 · 0x01`. Server frames: `id · chunk` (headers, messages, trailers as in
 * gRPC-Web), the last one with the top bit set. `0x7fffffff` alone is the server's GO_AWAY, which the client
 * acknowledges with `0xffffffff` and then starts no more streams on the socket.
 *
 * The protocol has no per-stream cancel: a cancelled stream is half-closed and forgotten, and a socket whose only
 * remaining streams were cancelled is closed, which makes the server cancel them.
 *
 * Liveness: a socket that does not open within `livenessTimeoutMs` fails; once open, a socket silent for
 * `livenessTimeoutMs` is closed as lost. After half that time of silence it is asked for a sign of life: a websocket
 * ping where the WebSocket can (the `ws` package in Node), else (browsers' WebSockets cannot ping) a probe, one
 * cheap unary call (`probePath`) on the socket itself that the server answers without a session. Without either, only
 * the opening is bounded.
 * @internal
 */
export class MultiplexSocket {
  static readonly PROTOCOL = 'grpc-websockets-multiplex';

  private ws: WebSocket | undefined;
  private state: 'connecting' | 'open' | 'draining' | 'closed' = 'connecting';
  private readonly pending: Uint8Array[] = [];
  private readonly streams = new Map<number, StreamHandler>();
  private abandoned = 0;
  private nextId = 1;
  private closedByUs = false;
  private readonly liveness: Liveness;
  /** The stream id of the liveness probe in flight, if any. */
  private probing: number | undefined;

  constructor(
    readonly url: string,
    ctor: Promise<WebSocketConstructor>,
    private readonly events: SocketEvents,
    livenessTimeoutMs = 0,
    /** The probe's method (`package.Service/Method`), a unary call with an empty request the server answers without a session. */
    private readonly probePath?: string,
  ) {
    this.liveness = new Liveness({
      timeoutMs: livenessTimeoutMs,
      ping: () => this.ping(),
      queued: () => this.ws?.bufferedAmount ?? 0,
      onDead: (reason) =>
        this.fail(
          this.state === 'connecting'
            ? `could not connect to the server (${this.url}: no answer within ${livenessTimeoutMs} ms)`
            : `the connection to the server was lost (${this.url}: ${reason})`,
        ),
    });
    this.liveness.start();
    ctor.then(
      (WS) => this.connect(WS),
      (err: unknown) => this.fail(`cannot open a websocket: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** Bytes written but not yet on the network: the socket's `bufferedAmount` and frames waiting for it to open. */
  get backlog(): number {
    let bytes = this.ws?.bufferedAmount ?? 0;
    for (const frame of this.pending) bytes += frame.byteLength;
    return bytes;
  }

  /** True while new streams may start here. */
  get accepting(): boolean {
    return this.state === 'connecting' || this.state === 'open';
  }

  /** Starts a stream: sends its header frame (queued until the socket is open) and returns its id. */
  startStream(path: string, headers: Iterable<readonly [string, string]>, handler: StreamHandler): number {
    const id = this.nextId++;
    let text = '';
    for (const [name, value] of headers) text += `${name}: ${value}\r\n`;
    text += `grpc-websockets-path: ${path}\r\n`;
    const frame = new Uint8Array(4 + text.length);
    new DataView(frame.buffer).setUint32(0, id);
    for (let i = 0; i < text.length; i++) frame[4 + i] = text.charCodeAt(i) & 0x7f;
    this.streams.set(id, handler);
    this.write(frame);
    return id;
  }

  /** Sends one gRPC-framed message on a stream. */
  sendMessage(id: number, grpcFrame: Uint8Array): void {
    if (!this.streams.has(id)) return;
    const frame = new Uint8Array(5 + grpcFrame.byteLength);
    new DataView(frame.buffer).setUint32(0, id);
    frame[4] = 0;
    frame.set(grpcFrame, 5);
    this.write(frame);
  }

  /** Half-closes a stream: the client sends nothing more on it. */
  halfClose(id: number): void {
    if (!this.streams.has(id)) return;
    const frame = new Uint8Array(5);
    new DataView(frame.buffer).setUint32(0, (id | 0x80000000) >>> 0);
    frame[4] = 1;
    this.write(frame);
  }

  /** Forgets a stream the caller cancelled; see the class comment for what reaches the server. */
  abandon(id: number, halfClosed: boolean): void {
    if (!this.streams.delete(id)) return;
    if (!halfClosed) {
      const frame = new Uint8Array(5);
      new DataView(frame.buffer).setUint32(0, (id | 0x80000000) >>> 0);
      frame[4] = 1;
      this.write(frame);
    }
    this.abandoned++;
    this.closeIfIdle();
  }

  /** Closes the socket; every open stream ends with a connection failure. */
  close(reason = 'closed by the client'): void {
    if (this.state === 'closed') return;
    this.closedByUs = true;
    this.fail(reason);
  }

  private connect(WS: WebSocketConstructor): void {
    if (this.state === 'closed') return;
    let ws: WebSocket;
    try {
      ws = new WS(this.url, [MultiplexSocket.PROTOCOL]);
    } catch (err) {
      this.fail(`cannot open a websocket: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    let lastError = '';
    ws.onopen = () => this.opened();
    ws.onerror = (event: Event) => {
      const message = (event as { message?: unknown }).message;
      if (typeof message === 'string')
        lastError = platformTransports().certificateFailure?.((event as { error?: unknown }).error) ?? message;
      // A socket that never opened has failed. Chromium sends no close event after refusing a connection the page's
      // Content-Security-Policy does not allow (connect-src), so waiting for one would hang the session's connect.
      if (this.state === 'connecting')
        this.fail(
          `could not connect to the server (${this.url}: ${lastError || "refused, unreachable, or not allowed by the page's Content-Security-Policy connect-src"})`,
        );
    };
    ws.onclose = (event: CloseEvent) => {
      const detail = [lastError, event.reason].filter((s) => s !== '').join('; ');
      const opened = this.state !== 'connecting';
      const why = opened ? 'the connection to the server was lost' : 'could not connect to the server';
      this.fail(`${why} (${this.url}${detail === '' ? `, code ${event.code}` : `: ${detail}`})`);
    };
    ws.onmessage = (event: MessageEvent) => this.received(event.data);
    pingable(ws)?.on('pong', () => this.liveness.heard());
  }

  /** Pings where the WebSocket can (the `ws` package), else sends the probe (one at a time). */
  private ping(): void {
    if (this.state === 'connecting') return;
    const ws = pingable(this.ws);
    if (ws === undefined) {
      if (this.state === 'open' && this.probing === undefined) this.probe();
      return;
    }
    try {
      ws.ping();
    } catch {
      // not open (any more): the close handler reports it
    }
  }

  /** Browsers' WebSockets cannot ping: a call the server answers shows the socket still carries data both ways. */
  private probe(): void {
    const path = this.probePath;
    if (path === undefined) return;
    const id = this.startStream(path, PROBE_HEADERS, {
      onChunk: () => undefined,
      onEnd: () => {
        if (this.probing === id) this.probing = undefined;
      },
    });
    this.probing = id;
    this.sendMessage(id, EMPTY_MESSAGE);
    this.halfClose(id);
  }

  /** True when the socket's silence can be broken on demand (a websocket ping, or the probe). */
  private get askable(): boolean {
    return pingable(this.ws) !== undefined || this.probePath !== undefined;
  }

  private opened(): void {
    if (this.state !== 'connecting' || this.ws === undefined) return;
    if (this.ws.protocol !== MultiplexSocket.PROTOCOL) {
      this.fail(`the server at ${this.url} did not accept the ${MultiplexSocket.PROTOCOL} protocol`);
      return;
    }
    this.state = 'open';
    this.liveness.heard();
    if (!this.askable) this.liveness.stop();
    for (const frame of this.pending.splice(0)) this.ws.send(frame);
    this.events.onOpen?.(this);
  }

  private write(frame: Uint8Array): void {
    if (this.state === 'connecting' || this.ws === undefined) this.pending.push(frame);
    else if (this.state !== 'closed') this.ws.send(frame);
  }

  private received(data: unknown): void {
    this.liveness.heard();
    let frame: ServerFrame;
    try {
      frame = readServerFrame(data);
    } catch (err) {
      this.fail(`${err instanceof DeephavenError ? err.rawMessage : String(err)} (${this.url})`);
      return;
    }
    if (frame.kind === 'go-away') {
      this.goAway();
      return;
    }
    const handler = this.streams.get(frame.id);
    if (handler === undefined) return;
    handler.onChunk(frame.payload);
    if (frame.last) {
      this.streams.delete(frame.id);
      handler.onEnd();
      this.closeIfIdle();
    }
  }

  private goAway(): void {
    if (this.state === 'closed') return;
    this.state = 'draining';
    // No new stream (the probe) may start on a draining socket.
    if (pingable(this.ws) === undefined) this.liveness.stop();
    const ack = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    this.ws?.send(ack);
    this.events.onDraining?.(this);
    this.closeIfIdle();
  }

  private closeIfIdle(): void {
    if (this.streams.size > 0) return;
    if (this.abandoned > 0 || this.state === 'draining') this.close('idle');
  }

  private fail(reason: string): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    const quiet = this.liveness.quiet;
    this.liveness.stop();
    this.pending.length = 0;
    const ws = this.ws;
    if (ws !== undefined) {
      ws.onopen = ws.onmessage = ws.onclose = null;
      // Keep an error listener: the ws package throws on an 'error' event nobody listens to.
      ws.onerror = () => undefined;
      // A lost or silent peer would never answer a closing handshake (and the ws package would wait 30 s for it):
      // drop the TCP connection where the WebSocket can.
      const terminate = this.closedByUs && !quiet ? undefined : (ws as { terminate?: () => void }).terminate;
      if (typeof terminate === 'function') terminate.call(ws);
      else if (ws.readyState === 0 || ws.readyState === 1) ws.close(1000);
    }
    const streams = [...this.streams.values()];
    this.streams.clear();
    for (const handler of streams) handler.onEnd(reason);
    this.events.onClosed?.(this, this.closedByUs ? undefined : reason);
  }
}

/** The probe's request headers (no credentials: the probe's method needs no session). */
const PROBE_HEADERS: readonly (readonly [string, string])[] = [
  ['content-type', 'application/grpc-web+proto'],
  ['x-grpc-web', '1'],
];

/** A gRPC frame of an empty message: no flags, length 0. */
const EMPTY_MESSAGE = new Uint8Array(5);

/** The `ws` package's ping and pong, which the platform WebSocket of browsers does not have. */
interface Pingable {
  ping(): void;
  on(event: 'pong', listener: () => void): unknown;
}

function pingable(ws: WebSocket | undefined): Pingable | undefined {
  const p = ws as Partial<Pingable> | undefined;
  return typeof p?.ping === 'function' && typeof p.on === 'function' ? (p as Pingable) : undefined;
}

/** @internal What a stream on a {@link MultiplexSocket} is told. */
export interface StreamHandler {
  onChunk(chunk: Uint8Array): void;
  /** The stream ended: normally (no argument) or because the connection failed (the reason). */
  onEnd(connectionFailure?: string): void;
}

/** @internal Socket lifecycle callbacks for the pool that owns it. */
export interface SocketEvents {
  onOpen?(socket: MultiplexSocket): void;
  onDraining?(socket: MultiplexSocket): void;
  /** `lostReason` is set when the socket closed without the client asking. */
  onClosed?(socket: MultiplexSocket, lostReason: string | undefined): void;
}
