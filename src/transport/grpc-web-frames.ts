import { Code, DeephavenError } from '../errors.js';

/** @internal One frame of a gRPC-Web response body: a message, or the trailers (flag 0x80). */
export interface GrpcWebFrame {
  readonly trailers: boolean;
  /** A view into the chunk: the frame's bytes are not copied. */
  readonly payload: Uint8Array;
}

const latin1 = new TextDecoder('latin1');

/**
 * @internal The frames of a chunk of whole gRPC-Web frames (a 5-byte header: flags, big-endian uint32 length; then
 * the payload), as views into it. A frame's length is checked against the bytes present before anything is cut.
 * Throws a {@link DeephavenError} (INTERNAL) for a frame cut short or with flags this client never negotiated
 * (compression).
 */
export function readFrames(chunk: Uint8Array): GrpcWebFrame[] {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const frames: GrpcWebFrame[] = [];
  let at = 0;
  while (at < chunk.length) {
    if (chunk.length - at < 5) throw malformed(`a frame header cut short (${chunk.length - at} of 5 bytes)`);
    const flags = view.getUint8(at);
    const length = view.getUint32(at + 1, false);
    if (length > chunk.length - at - 5) throw malformed(`a frame of ${length} bytes cut short at ${chunk.length - at - 5}`);
    if (flags !== 0 && flags !== 0x80) throw malformed(`a frame with flags 0x${flags.toString(16)} (compressed or unknown)`);
    frames.push({ trailers: flags === 0x80, payload: chunk.subarray(at + 5, at + 5 + length) });
    at += 5 + length;
  }
  return frames;
}

/**
 * @internal The trailers in a gRPC-Web trailers frame: `name: value` lines (CRLF separated), names lower-cased,
 * values trimmed, repeated names collected in order. Lines without a colon are skipped.
 */
export function parseTrailers(payload: Uint8Array): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const line of latin1.decode(payload).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (name === '') continue;
    (out[name] ??= []).push(line.slice(colon + 1).trim());
  }
  return out;
}

function malformed(detail: string): DeephavenError {
  return new DeephavenError(Code.Internal, `the server sent a malformed gRPC-Web response: ${detail}`);
}
