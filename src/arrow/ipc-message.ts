import { Code, DeephavenError } from '../errors.js';

/** @internal One Arrow IPC message as Flight carries it: the flatbuffer `Message` and its body. */
export interface IpcMessage {
  readonly header: Uint8Array;
  readonly body: Uint8Array;
}

/**
 * @internal The `Message` flatbuffer inside an already framed IPC message (a table's `schema_header`):
 * continuation marker, int32 length of the flatbuffer, the flatbuffer, padding.
 */
export function unframe(framed: Uint8Array): Uint8Array {
  if (framed.length < 8) throw new DeephavenError(Code.DataLoss, `the server sent a schema of ${framed.length} bytes`);
  const view = new DataView(framed.buffer, framed.byteOffset, framed.byteLength);
  const first = view.getInt32(0, true);
  // The continuation marker and the length, or the length alone (the pre-0.15 framing).
  const [at, length] = first === -1 ? [8, view.getInt32(4, true)] : [4, first];
  if (length <= 0 || at + length > framed.length) throw new DeephavenError(Code.DataLoss, 'the server sent a malformed schema message');
  return framed.subarray(at, at + length);
}
