import { Code, DeephavenError } from '../errors.js';

/** @internal One Arrow IPC message as Flight carries it: the flatbuffer `Message` and its body. */
export interface IpcMessage {
  readonly header: Uint8Array;
  readonly body: Uint8Array;
}

const CONTINUATION = 0xffffffff;

/**
 * @internal Frames Flight messages as one Arrow IPC stream (continuation marker, little-endian metadata length,
 * the `Message` flatbuffer padded to 8 bytes, the body, and an end-of-stream marker), in one fresh buffer so
 * that every Arrow buffer in it stays 8-byte aligned for apache-arrow's zero-copy reads.
 */
export function ipcStream(messages: readonly IpcMessage[]): Uint8Array {
  let total = 8;
  for (const m of messages) {
    if (m.header.length === 0) continue;
    total += 8 + pad8(m.header.length) + m.body.length;
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const m of messages) {
    if (m.header.length === 0) continue;
    const metaLength = pad8(m.header.length);
    view.setUint32(at, CONTINUATION, true);
    view.setInt32(at + 4, metaLength, true);
    out.set(m.header, at + 8);
    at += 8 + metaLength;
    out.set(m.body, at);
    at += m.body.length;
  }
  view.setUint32(at, CONTINUATION, true);
  view.setInt32(at + 4, 0, true);
  return out;
}

/**
 * @internal The `Message` flatbuffer inside an already framed IPC message (a table's `schema_header`):
 * continuation marker, int32 length of the flatbuffer, the flatbuffer, padding.
 */
export function unframe(framed: Uint8Array): Uint8Array {
  if (framed.length < 8) throw new DeephavenError(Code.DataLoss, `the server sent a schema of ${framed.length} bytes`);
  const view = new DataView(framed.buffer, framed.byteOffset, framed.byteLength);
  let at = 0;
  let length = view.getInt32(0, true);
  if (length === -1) {
    length = view.getInt32(4, true);
    at = 8;
  } else {
    at = 4; // the pre-0.15 framing, without the continuation marker
  }
  if (length <= 0 || at + length > framed.length) throw new DeephavenError(Code.DataLoss, 'the server sent a malformed schema message');
  return framed.subarray(at, at + length);
}

function pad8(n: number): number {
  return (n + 7) & ~7;
}
