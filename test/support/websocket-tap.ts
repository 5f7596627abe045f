// A TCP proxy for tests, on loopback, in front of a test server, that reads the client's side of the multiplexed
// gRPC websockets passing through it: the header block that opens each call (`id · name: value\r\n…`, with
// `grpc-websockets-path`). It strips the client's offer of websocket compression from the upgrade request so that
// the frames it reads are plain.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** The header block of one call opened over a tapped websocket. */
export interface TappedCall {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A websocket-reading TCP proxy in front of a cleartext (`http://`) test server. */
export class WebSocketTap {
  /** Every call opened so far, oldest first. */
  readonly calls: TappedCall[] = [];
  port = 0;
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;

  constructor(private readonly target: URL) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(Number(this.target.port), this.target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      upstream.pipe(client);
      const reader = new ClientSide(
        (head) => upstream.write(head),
        (call) => this.calls.push(call),
      );
      client.on('data', (chunk: Buffer) => {
        const pass = reader.push(chunk);
        if (pass.length > 0) upstream.write(pass);
      });
      client.on('end', () => upstream.end());
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const a = this.server.address();
    this.port = typeof a === 'object' && a !== null ? a.port : 0;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server === undefined ? r() : this.server.close(() => r())));
  }
}

/** The client's byte stream: the HTTP upgrade request (rewritten), then masked websocket frames (read, passed on). */
class ClientSide {
  private buffer = Buffer.alloc(0);
  private upgraded = false;
  private message: Buffer[] = [];

  constructor(
    private readonly sendHead: (head: Buffer) => void,
    private readonly onCall: (call: TappedCall) => void,
  ) {}

  /** Takes client bytes; returns the bytes to pass on now (the upgrade request is sent rewritten, by itself). */
  push(chunk: Buffer): Buffer {
    if (this.upgraded) {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.readFrames();
      return chunk;
    }
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return Buffer.alloc(0);
    const head = this.buffer
      .subarray(0, end + 4)
      .toString('latin1')
      .replace(/^sec-websocket-extensions:.*\r\n/gim, '');
    const rest = this.buffer.subarray(end + 4);
    this.sendHead(Buffer.from(head, 'latin1'));
    this.upgraded = true;
    this.buffer = Buffer.alloc(0);
    return rest.length > 0 ? this.push(rest) : Buffer.alloc(0);
  }

  private readFrames(): void {
    for (;;) {
      const b = this.buffer;
      if (b.length < 2) return;
      const fin = (b[0] ?? 0) & 0x80;
      let len = (b[1] ?? 0) & 0x7f;
      let at = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        at = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        len = Number(b.readBigUInt64BE(2));
        at = 10;
      }
      const masked = ((b[1] ?? 0) & 0x80) !== 0;
      const mask = masked ? b.subarray(at, at + 4) : undefined;
      at += masked ? 4 : 0;
      if (b.length < at + len) return;
      const payload = Buffer.from(b.subarray(at, at + len));
      if (mask !== undefined) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
      this.buffer = b.subarray(at + len);
      const opcode = (b[0] ?? 0) & 0x0f;
      if (opcode === 0 || opcode === 1 || opcode === 2) this.message.push(payload);
      if (fin !== 0 && (opcode === 0 || opcode === 1 || opcode === 2)) this.onMessage(Buffer.concat(this.message.splice(0)));
    }
  }

  /** A multiplex message: `id · body`; a header block is the text with `grpc-websockets-path`. */
  private onMessage(message: Buffer): void {
    const text = message.subarray(4).toString('latin1');
    if (!text.includes('grpc-websockets-path: ')) return;
    const headers: Record<string, string> = {};
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(': ');
      if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 2);
    }
    this.onCall({ path: headers['grpc-websockets-path'] ?? '', headers });
  }
}
