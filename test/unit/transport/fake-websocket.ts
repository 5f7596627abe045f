/** A scripted stand-in for the platform WebSocket, for unit tests of the multiplexed transport. */
export class FakeWebSocket {
  static instances: FakeWebSocket[] = [];
  binaryType = 'blob';
  protocol = '';
  readyState = 0;
  readonly sent: Uint8Array[] = [];
  onopen: ((e: Event) => void) | null = null;
  onclose: ((e: CloseEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  closedWith: { code: number | undefined; reason: string | undefined } | undefined;

  constructor(
    readonly url: string,
    readonly protocols?: string | string[],
  ) {
    FakeWebSocket.instances.push(this);
  }

  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(new Uint8Array(data));
  }

  close(code?: number, reason?: string): void {
    if (this.readyState === 3) return;
    this.closedWith = { code, reason };
    this.readyState = 3;
    this.onclose?.({ code: code ?? 1005, reason: reason ?? '' } as CloseEvent);
  }

  // ---- test controls
  accept(protocol = 'grpc-websockets-multiplex'): void {
    this.protocol = protocol;
    this.readyState = 1;
    this.onopen?.({} as Event);
  }

  refuse(message = 'connect ECONNREFUSED'): void {
    this.onerror?.({ message } as unknown as Event);
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' } as CloseEvent);
  }

  receive(streamId: number, payload: Uint8Array, last = false): void {
    const frame = new Uint8Array(4 + payload.byteLength);
    new DataView(frame.buffer).setUint32(0, (last ? streamId | 0x80000000 : streamId) >>> 0);
    frame.set(payload, 4);
    this.onmessage?.({ data: frame.buffer } as MessageEvent);
  }

  receiveRaw(bytes: Uint8Array): void {
    this.onmessage?.({ data: bytes.slice().buffer } as MessageEvent);
  }

  dropConnection(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' } as CloseEvent);
  }
}

/** gRPC-Web header/trailer block: 0x80, 4-byte length, `name: value\r\n` lines. */
export function headerBlock(headers: Record<string, string>): Uint8Array {
  const text = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const out = new Uint8Array(5 + text.length);
  out[0] = 0x80;
  new DataView(out.buffer).setUint32(1, text.length);
  for (let i = 0; i < text.length; i++) out[5 + i] = text.charCodeAt(i);
  return out;
}

/** A gRPC data frame around a serialized message. */
export function dataFrame(message: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + message.byteLength);
  new DataView(out.buffer).setUint32(1, message.byteLength);
  out.set(message, 5);
  return out;
}

export function streamIdOf(frame: Uint8Array): number {
  return new DataView(frame.buffer, frame.byteOffset).getUint32(0);
}

export function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
