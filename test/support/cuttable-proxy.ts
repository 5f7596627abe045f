// A TCP proxy for tests, on loopback, in front of a test server: it injects the faults of a network into its live
// connections, at once or at a chosen moment (after so many bytes in one direction).
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** What the proxy does to its live connections. */
export type Fault =
  /** Closes both sides at once (a reset network path, a killed middlebox). */
  | { readonly kind: 'cut' }
  /** Stops forwarding in both directions and closes nothing: nobody learns of it (a black-holed path). */
  | { readonly kind: 'stall' }
  /** Forwards `bytes` more bytes in `direction` (any connection), then cuts everything. */
  | { readonly kind: 'truncate'; readonly bytes: number; readonly direction?: Direction };

/** `down`: server to client; `up`: client to server. */
export type Direction = 'up' | 'down';

/** How the proxy treats a new connection: forward it, close it at once, or accept it and forward nothing. */
export type AcceptMode = 'forward' | 'cut' | 'stall';

interface Link {
  readonly client: Socket;
  readonly upstream: Socket;
  stalled: boolean;
}

interface Trigger {
  readonly direction: Direction;
  remaining: number;
  readonly fault: Fault;
  readonly fired: (at: number) => void;
}

/** A TCP proxy in front of the test server whose live connections the test can cut, stall or truncate. */
export class CuttableProxy {
  private readonly links = new Set<Link>();
  private server: Server | undefined;
  private triggers: Trigger[] = [];
  private truncation: { direction: Direction; remaining: number } | undefined;
  /** How new connections are treated. */
  accept: AcceptMode = 'forward';
  /** When the last cut happened (a truncation ends in one). */
  lastCutAt = 0;
  /** Bytes forwarded so far, by direction. */
  readonly forwarded = { up: 0, down: 0 };
  port = 0;

  constructor(private readonly target: URL) {}

  async start(): Promise<void> {
    this.server = createServer((client) => this.connected(client));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const a = this.server.address();
    this.port = typeof a === 'object' && a !== null ? a.port : 0;
  }

  /** The proxy's URL, for `Session.connect`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Live connections (client side). */
  get connections(): number {
    return this.links.size;
  }

  /** Closes every live connection at once; returns how many there were. */
  cut(): number {
    const n = this.links.size;
    this.lastCutAt = Date.now();
    for (const link of [...this.links]) this.drop(link);
    return n;
  }

  /** Applies a fault to the live connections now. */
  inject(fault: Fault): void {
    if (fault.kind === 'cut') this.cut();
    else if (fault.kind === 'stall') this.stall();
    else this.truncation = { direction: fault.direction ?? 'down', remaining: fault.bytes };
  }

  /**
   * Applies `fault` once `bytes` more bytes have been forwarded in `direction` (counted from now, over all
   * connections). Resolves with the time it fired.
   */
  after(direction: Direction, bytes: number, fault: Fault): Promise<number> {
    return new Promise((fired) => this.triggers.push({ direction, remaining: bytes, fault, fired }));
  }

  async stop(): Promise<void> {
    this.triggers = [];
    this.cut();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  private stall(): void {
    for (const link of this.links) {
      link.stalled = true;
      link.client.pause();
      link.upstream.pause();
    }
  }

  private connected(client: Socket): void {
    client.on('error', () => client.destroy());
    if (this.accept === 'cut') {
      client.destroy();
      return;
    }
    if (this.accept === 'stall') {
      // Accepted and never answered; held so that stop() closes it.
      const upstream = new (client.constructor as typeof Socket)();
      const link: Link = { client, upstream, stalled: true };
      this.links.add(link);
      client.pause();
      client.on('close', () => this.links.delete(link));
      return;
    }
    const upstream = createConnection(Number(this.target.port), this.target.hostname);
    upstream.on('error', () => upstream.destroy());
    const link: Link = { client, upstream, stalled: false };
    this.links.add(link);
    const close = (): void => this.drop(link);
    client.on('close', close);
    upstream.on('close', close);
    client.on('data', (chunk: Buffer) => this.forward(link, 'up', chunk));
    upstream.on('data', (chunk: Buffer) => this.forward(link, 'down', chunk));
    client.on('drain', () => upstream.resume());
    upstream.on('drain', () => client.resume());
  }

  private forward(link: Link, direction: Direction, chunk: Buffer): void {
    if (link.stalled || !this.links.has(link) || chunk.byteLength === 0) return;
    // A trigger fires exactly at its byte: the chunk is split there, and the rest meets the fault.
    const due = Math.min(...this.triggers.filter((t) => t.direction === direction).map((t) => t.remaining));
    if (due < chunk.byteLength) {
      this.forward(link, direction, chunk.subarray(0, due));
      this.forward(link, direction, chunk.subarray(due));
      return;
    }
    const t = this.truncation;
    if (t !== undefined && t.direction === direction && chunk.byteLength >= t.remaining) {
      this.truncation = undefined;
      this.send(link, direction, chunk.subarray(0, t.remaining));
      this.cut();
      return;
    }
    if (t !== undefined && t.direction === direction) t.remaining -= chunk.byteLength;
    this.send(link, direction, chunk);
    this.fire(direction, chunk.byteLength);
  }

  private send(link: Link, direction: Direction, data: Buffer): void {
    this.forwarded[direction] += data.byteLength;
    const [to, from] = direction === 'up' ? [link.upstream, link.client] : [link.client, link.upstream];
    if (data.byteLength > 0 && !to.write(data)) from.pause();
  }

  private fire(direction: Direction, bytes: number): void {
    for (const trigger of [...this.triggers]) {
      if (trigger.direction !== direction) continue;
      trigger.remaining -= bytes;
      if (trigger.remaining > 0) continue;
      this.triggers = this.triggers.filter((t) => t !== trigger);
      this.inject(trigger.fault);
      trigger.fired(Date.now());
    }
  }

  private drop(link: Link): void {
    if (!this.links.delete(link)) return;
    link.client.destroy();
    link.upstream.destroy();
  }
}
