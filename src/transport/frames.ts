/**
 * @internal Re-chunks a gRPC-Web response body so that every chunk handed on holds only whole frames (a 5-byte
 * header: flags, big-endian uint32 length; then the payload).
 *
 * improbable's chunk parser copies its unparsed remainder together with each new chunk, which is quadratic when a
 * large message (a Flight record batch of several MB) arrives in many small network chunks: a 137 MB table took
 * 10 s over a websocket and 30 s over HTTP/2 that way. Here the pieces of an unfinished frame are kept in a list
 * and joined once, when the frame is complete.
 */
export class FrameAssembler {
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
    const joined = new Uint8Array(this.pendingLength);
    let at = 0;
    for (const p of this.pending) {
      joined.set(p, at);
      at += p.length;
    }
    this.reset();
    return this.split(joined);
  }

  /** True once a trailers frame (flag 0x80) has been handed on: the server has ended the call. */
  sawTrailers = false;

  /** Bytes of an unfinished frame left over (a truncated response when the body has ended). */
  get leftover(): number {
    return this.pendingLength;
  }

  private split(buffer: Uint8Array): Uint8Array[] {
    let pos = 0;
    while (buffer.length - pos >= 5) {
      const end = pos + 5 + readLength(buffer.subarray(pos, pos + 5));
      if (end > buffer.length) break;
      if (((buffer[pos] ?? 0) & 0x80) !== 0) this.sawTrailers = true;
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
