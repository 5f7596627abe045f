import type { ClientHttp2Session, ClientHttp2Stream, SecureClientSessionOptions } from 'node:http2';
import { Metadata } from './metadata.js';
import { DEFAULT_LIVENESS_TIMEOUT_MS, Liveness } from './liveness.js';
import { certificateFailure } from './tls-error.js';
import { unavailable, type ConnectionEvent, type WireCall, type WireRequest, type WireSink, type WireTransport } from './wire-transport.js';

/** Options of {@link nodeHttp2Transport}. */
export interface NodeHttp2TransportOptions {
  /** TLS options for `https://` (e.g. `ca` for a private certificate authority, or `rejectUnauthorized: false`). */
  readonly tls?: SecureClientSessionOptions;
  /** See `SessionOptions.livenessTimeoutMs`; 0 turns the watch off. @default 20000 */
  readonly livenessTimeoutMs?: number;
}

type Http2Module = typeof import('node:http2');

/** Receive windows: per stream (HTTP/2 SETTINGS_INITIAL_WINDOW_SIZE) and for the whole connection, in bytes. */
const STREAM_WINDOW = 16 * 1024 * 1024;
const CONNECTION_WINDOW = 64 * 1024 * 1024;

/**
 * gRPC-Web over `node:http2`: h2c on `http://`, h2 on `https://`. Request bodies stream, so client and
 * bidirectional streams are real. Node only; one HTTP/2 connection per session, re-opened after it drops.
 *
 * Liveness: a connection that does not connect within `livenessTimeoutMs`, or stays silent that long once open (no
 * frame, no answer to the HTTP/2 PING sent after half that time), is destroyed: its calls fail with UNAVAILABLE and
 * the session sees the connection lost.
 * @internal
 */
export function nodeHttp2Transport(baseUrl: string, options: NodeHttp2TransportOptions = {}): WireTransport {
  const listeners = new Set<(event: ConnectionEvent) => void>();
  let module: Promise<Http2Module> | undefined;
  let connection: ClientHttp2Session | undefined;
  let closed = false;
  const origin = new URL(baseUrl).origin;
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');

  const emit = (event: ConnectionEvent): void => {
    for (const l of [...listeners]) l(event);
  };

  const connect = async (): Promise<ClientHttp2Session> => {
    module ??= import('node:http2');
    const http2 = await module;
    // A call that started before close() must not open a connection after it.
    if (closed) throw new Error('the transport is closed');
    if (connection !== undefined && !connection.closed && !connection.destroyed) return connection;
    // Flow-control windows sized for table reads: Node's defaults (64 KiB per stream and per connection) make the
    // server wait for a window update every 64 KiB, which left a 161 MB read idle half of its time.
    const session = http2.connect(origin, { ...(options.tls ?? {}), settings: { initialWindowSize: STREAM_WINDOW }, maxSessionMemory: 64 });
    connection = session;
    const timeoutMs = options.livenessTimeoutMs ?? DEFAULT_LIVENESS_TIMEOUT_MS;
    const liveness = new Liveness({
      timeoutMs,
      ping: () => {
        if (!session.connecting && !session.destroyed) session.ping((err) => err === null && liveness.heard());
      },
      onDead: (reason) =>
        session.destroy(
          new Error(session.connecting ? `could not connect to ${origin}: no answer within ${timeoutMs} ms` : `${origin}: ${reason}`),
        ),
    });
    watched.set(session, liveness);
    liveness.start();
    session.on('connect', () => {
      liveness.heard();
      session.setLocalWindowSize(CONNECTION_WINDOW);
      emit({ kind: 'open', lane: 'default' });
    });
    session.on('error', () => undefined); // reported through the streams and 'close'
    session.on('close', () => {
      liveness.stop();
      if (connection === session) connection = undefined;
      if (!closed) emit({ kind: 'lost', lane: 'default', reason: `the HTTP/2 connection to ${origin} closed` });
    });
    session.on('goaway', () => {
      if (connection === session) connection = undefined;
    });
    // An idle connection does not keep Node running; calls in flight do (see Http2Call).
    session.unref();
    return session;
  };

  return {
    kind: 'node-http2',
    supportsClientStreaming: true,
    open(request, sink) {
      return new Http2Call(request, sink, closed ? undefined : connect, basePath);
    },
    onConnectionEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      connection?.close();
      connection = undefined;
      listeners.clear();
    },
  };
}

class Http2Call implements WireCall {
  private stream: ClientHttp2Stream | undefined;
  private readonly pending: (Uint8Array | null)[] = [];
  private done = false;

  constructor(
    private readonly request: WireRequest,
    private readonly sink: WireSink,
    connect: (() => Promise<ClientHttp2Session>) | undefined,
    basePath: string,
  ) {
    if (connect === undefined) {
      queueMicrotask(() => this.fail('the transport is closed'));
      return;
    }
    const headers: Record<string, string> = { ...request.headers, ':method': 'POST', ':path': `${basePath}/${request.method}` };
    connect().then(
      (session) => this.open(session, headers),
      (err: unknown) => this.fail(certificateFailure(err) ?? `cannot connect: ${err instanceof Error ? err.message : String(err)}`, err),
    );
  }

  private open(session: ClientHttp2Session, headers: Record<string, string>): void {
    if (this.done) return;
    let stream: ClientHttp2Stream;
    try {
      stream = session.request(headers, { endStream: false });
    } catch (err) {
      this.fail(`cannot start the call: ${err instanceof Error ? err.message : String(err)}`, err);
      return;
    }
    this.stream = stream;
    holdOpen(session, 1);
    stream.once('close', () => holdOpen(session, -1));
    const liveness = watched.get(session);
    stream.on('response', (h) => {
      liveness?.heard();
      if (this.done) return;
      const md = new Metadata();
      for (const [k, v] of Object.entries(h)) {
        if (k.startsWith(':') || v === undefined) continue;
        for (const value of Array.isArray(v) ? v : [v]) md.append(k, value);
      }
      this.sink.headers(h[':status'] ?? 0, md);
    });
    stream.on('data', (chunk: Buffer) => {
      liveness?.heard();
      if (!this.done) this.sink.chunk(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    let ended = false;
    stream.on('end', () => {
      ended = true;
      // The server ended the response (END_STREAM) while the stream and connection are sound: the call is over,
      // even while our side may still be open (a bidirectional call the server completes first), so finish it and
      // close our side too. (A lost connection ends its streams as well, destroyed: 'close' reports those.)
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- rstCode is undefined until a reset (not in Node's typings)
      if (stream.destroyed || session.destroyed || (stream.rstCode ?? 0) !== 0) return;
      this.finish();
      if (!stream.closed && !stream.writableEnded) stream.close();
    });
    stream.on('error', (err: Error) => this.fail(certificateFailure(err) ?? `the HTTP/2 stream failed: ${err.message}`, err));
    stream.on('close', () => {
      // A clean end: the server ended the stream (END_STREAM) and nothing reset it or cut the connection.
      if (ended && !stream.aborted && stream.rstCode === 0 && !session.destroyed) this.finish();
      else this.fail(`the connection to the server was lost (HTTP/2 stream closed${stream.rstCode ? `, code ${stream.rstCode}` : ''})`);
    });
    for (const item of this.pending.splice(0)) {
      if (item === null) stream.end();
      else stream.write(item);
    }
  }

  send(frame: Uint8Array): void {
    if (this.stream === undefined) this.pending.push(frame);
    else this.stream.write(frame);
  }

  finishSend(): void {
    if (this.stream === undefined) this.pending.push(null);
    else this.stream.end();
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.stream?.close(0x8); // NGHTTP2_CANCEL: the server cancels the call
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.sink.end();
  }

  private fail(message: string, cause?: unknown): void {
    if (this.done) return;
    this.done = true;
    this.sink.end(unavailable(this.request, message, cause));
  }
}

/** The silence watch of each connection, told by its streams when data arrives. */
const watched = new WeakMap<ClientHttp2Session, Liveness>();

const inFlight = new WeakMap<ClientHttp2Session, number>();

/** Keeps the process alive while a connection has calls in flight, and lets it exit when idle. */
function holdOpen(session: ClientHttp2Session, delta: number): void {
  const before = inFlight.get(session) ?? 0;
  const after = Math.max(0, before + delta);
  inFlight.set(session, after);
  if (before === 0 && after > 0) session.ref();
  else if (before > 0 && after === 0) session.unref();
}
