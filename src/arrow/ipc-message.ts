import { Code, DeephavenError } from '../errors.js';

/**
 * @internal One Flight message (`FlightData`) as the SDK reads and writes it, the one type for it in every layer: an
 * Arrow IPC message (the flatbuffer `Message` and its body) and Flight's app metadata (Barrage's; none on reads and
 * uploads). The services layer's Flight client turns the generated `FlightData` into this and back.
 */
export interface FlightMessage {
  /** The IPC `Message` flatbuffer (empty on a message carrying app metadata only). */
  readonly header: Uint8Array;
  /** The message body (record batch buffers; empty for a schema). */
  readonly body: Uint8Array;
  /** Flight's `app_metadata` (Barrage's update metadata); absent or empty when there is none. */
  readonly appMetadata?: Uint8Array;
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
