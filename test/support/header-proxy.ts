// A recording HTTP proxy for tests, on loopback, in front of a test server: it forwards every request to the server
// over cleartext HTTP/2 and keeps the request headers it saw, so a test can check what a client sent. It accepts
// either HTTP/2 with prior knowledge (Node's node:http2) or HTTP/1.1 (a browser's fetch on http://).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2, { type ClientHttp2Session, type Http2ServerRequest, type Http2ServerResponse, type IncomingHttpHeaders } from 'node:http2';
import type { Server as NetServer, Socket } from 'node:net';

/** One request the proxy forwarded. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  /** `'1.1'` or `'2.0'`. */
  readonly httpVersion: string;
  readonly headers: Readonly<IncomingHttpHeaders>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'host', 'http2-settings']);

/** A recording HTTP proxy in front of a cleartext (`http://`) test server. */
export class HeaderRecordingProxy {
  /** Every request forwarded so far, oldest first. */
  readonly seen: SeenRequest[] = [];
  port = 0;
  /** When set, every request is answered with this HTTP status by the proxy itself (a proxy whose backend is away). */
  answerStatus: number | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly listener: NetServer;
  private upstream: ClientHttp2Session | undefined;

  /**
   * `protocol`: what clients speak to the proxy, `'h2'` (prior knowledge) or `'http/1.1'`. `answerPreflights`: answer
   * CORS preflights itself, allowing whatever headers a page asks for, as a proxy in front of a server does for its
   * own headers (a Deephaven server allows only the headers it knows).
   */
  constructor(
    private readonly target: URL,
    protocol: 'h2' | 'http/1.1',
    private readonly answerPreflights = false,
  ) {
    this.listener =
      protocol === 'h2'
        ? http2.createServer((req, res) => this.forward(req, res))
        : http.createServer((req, res) => this.forward(req, res));
    this.listener.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** The proxy's URL, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.listener.listen(0, '127.0.0.1', r));
    const a = this.listener.address();
    this.port = typeof a === 'object' && a !== null ? a.port : 0;
  }

  /** The gRPC and gRPC-Web calls seen (content type `application/grpc…`), CORS preflights and other requests left out. */
  grpcCalls(): SeenRequest[] {
    return this.seen.filter((r) => r.method === 'POST' && String(r.headers['content-type'] ?? '').startsWith('application/grpc'));
  }

  private session(): ClientHttp2Session {
    if (this.upstream === undefined || this.upstream.closed || this.upstream.destroyed) {
      this.upstream = http2.connect(this.target.origin);
      this.upstream.on('error', () => undefined);
    }
    return this.upstream;
  }

  private forward(req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse): void {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    this.seen.push({ method, path, httpVersion: req.httpVersion, headers: { ...req.headers } });
    if (this.answerStatus !== undefined) {
      res.writeHead(this.answerStatus, { 'content-type': 'text/html' });
      res.end('<html><body>the backend is away</body></html>');
      return;
    }
    if (this.answerPreflights && method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res.writeHead(204, {
        'access-control-allow-origin': String(req.headers.origin ?? '*'),
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? ''),
        'access-control-max-age': '60',
        vary: 'Origin',
      });
      res.end();
      return;
    }
    const headers: Record<string, string | string[]> = { ':method': method, ':path': path, ':authority': this.target.host };
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name) || (name === 'te' && value !== 'trailers')) continue;
      headers[name] = value;
    }
    const stream = this.session().request(headers);
    stream.on('response', (h) => {
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(h))
        if (value !== undefined && !name.startsWith(':') && !HOP_BY_HOP.has(name)) out[name] = value;
      res.writeHead(Number(h[':status'] ?? 502), out);
    });
    stream.on('trailers', (t) => {
      const out: Record<string, string> = {};
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- trailer values are strings (or lists of them)
      for (const [name, value] of Object.entries(t)) if (value !== undefined && !name.startsWith(':')) out[name] = String(value);
      res.addTrailers(out);
    });
    stream.on('error', () => res.destroy());
    stream.pipe(res as NodeJS.WritableStream);
    req.pipe(stream);
    // The client went away before the answer ended: cancel the call upstream too.
    res.on('close', () => {
      if (!stream.closed) stream.close(http2.constants.NGHTTP2_CANCEL);
    });
  }

  /** Closes every client connection now (their open calls end with them). */
  dropClients(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.upstream?.destroy();
    await new Promise<void>((r) => this.listener.close(() => r()));
  }
}
