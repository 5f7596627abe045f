/**
 * @internal Re-chunks a gRPC-Web response body so that every chunk handed on holds only whole frames (a 5-byte
 * header: flags, big-endian uint32 length; then the payload): `GrpcWebCall` (`grpc-web-call.ts`) feeds it the
 * transport's chunks and reads the frames of each chunk it returns with `readFrames` (`grpc-web-frames.ts`).
 *
 * The pieces of an unfinished frame are kept in a list and joined once, when the frame is complete. Copying the
 * unparsed remainder together with each new chunk (as `@improbable-eng/grpc-web`'s chunk parser does, which the SDK
 * used before it parsed responses itself) is quadratic when a large message (a Flight record batch of several MB)
 * arrives in many small network chunks: a 137 MB table took 10 s over a websocket and 30 s over HTTP/2 that way.
 */
export class FrameAssembler {
  /**
   * Where, in a frame being joined, a byte sits that should land on an 8-byte boundary of the joined buffer (from
   * the frame's first bytes; -1 when unknown). Set for Flight's data streams: the Arrow body of a `FlightData`
   * message, so that apache-arrow reads its buffers zero-copy (see {@link flightBodyOffset}).
   */
  placement: ((head: Uint8Array) => number) | undefined;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  /** The byte length of the frame being assembled, once its header is in. */
  private need = -1;

  /** Takes one network chunk; returns zero or more chunks of whole frames, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (chunk.length === 0) return [];
    if (this.pendingLength === 0) return this.split(chunk);
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.need < 0 && this.pendingLength >= 5) this.need = 5 + readLength(this.head5());
    if (this.need < 0 || this.pendingLength < this.need) return [];
    const target = this.placement?.(this.pending[0] ?? new Uint8Array()) ?? -1;
    const shift = target < 0 ? 0 : (8 - (target % 8)) % 8;
    const joined = new Uint8Array(new ArrayBuffer(this.pendingLength + shift), shift, this.pendingLength);
    let at = 0;
    for (const p of this.pending) {
      joined.set(p, at);
      at += p.length;
    }
    this.reset();
    return this.split(joined);
  }

  /** Bytes of an unfinished frame left over (a truncated response when the body has ended). */
  get leftover(): number {
    return this.pendingLength;
  }

  private split(buffer: Uint8Array): Uint8Array[] {
    let pos = 0;
    while (buffer.length - pos >= 5) {
      const end = pos + 5 + readLength(buffer.subarray(pos, pos + 5));
      if (end > buffer.length) break;
      pos = end;
    }
    const out = pos > 0 ? [buffer.subarray(0, pos)] : [];
    if (pos < buffer.length) {
      const rest = buffer.subarray(pos);
      this.pending = [rest];
      this.pendingLength = rest.length;
      this.need = rest.length >= 5 ? 5 + readLength(rest) : -1;
    }
    return out;
  }

  private head5(): Uint8Array {
    const head = new Uint8Array(5);
    let at = 0;
    for (const p of this.pending) {
      const take = Math.min(5 - at, p.length);
      head.set(p.subarray(0, take), at);
      at += take;
      if (at === 5) break;
    }
    return head;
  }

  private reset(): void {
    this.pending = [];
    this.pendingLength = 0;
    this.need = -1;
  }
}

function readLength(header: Uint8Array): number {
  return ((header[1] ?? 0) * 0x1000000 + (((header[2] ?? 0) << 16) | ((header[3] ?? 0) << 8) | (header[4] ?? 0))) >>> 0;
}

const FLIGHT_DATA_METHODS = new Set([
  'arrow.flight.protocol.FlightService/DoGet',
  'arrow.flight.protocol.FlightService/DoExchange',
  'io.deephaven.flightjs.protocol.BrowserFlightService/OpenDoExchange',
]);

/**
 * @internal The placement rule of a method's frames: {@link flightBodyOffset} for the Flight calls whose responses
 * are `FlightData`, none for the others.
 */
export function placementFor(def: { service: { serviceName: string }; methodName: string }): ((head: Uint8Array) => number) | undefined {
  return FLIGHT_DATA_METHODS.has(`${def.service.serviceName}/${def.methodName}`) ? flightBodyOffset : undefined;
}

/**
 * @internal The offset, in a gRPC frame holding a `FlightData` message, of its `data_body` bytes (field 1000), from
 * the frame's first bytes; -1 when they do not reach that far or the message is not as expected.
 */
export function flightBodyOffset(frame: Uint8Array): number {
  let at = 5;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = frame[at++];
      if (b === undefined) return -1;
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
    return -1;
  };
  while (at < frame.length) {
    const tag = varint();
    if (tag < 0 || (tag & 7) !== 2) return -1; // every field of FlightData is length-delimited
    const length = varint();
    if (length < 0) return -1;
    if (tag >>> 3 === 1000) return at;
    at += length;
  }
  return -1;
}
