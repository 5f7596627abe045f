// Byte helpers shared by the unit tests: Arrow IPC streams cut into Flight's messages, and joined byte arrays.
import { tableToIPC, type Table } from 'apache-arrow';
import { Message } from 'apache-arrow/ipc/metadata/message';
import type { FlightMessage } from '../../../src/arrow/ipc-message.js';

/**
 * An Arrow IPC stream cut into Flight's messages (flatbuffer header, body), each body in a buffer of its own at
 * `offset` (an offset that is not a multiple of 8 gives bodies that are not aligned).
 */
export function ipcMessagesOf(table: Table, offset = 0): FlightMessage[] {
  const bytes = tableToIPC(table, 'stream');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: FlightMessage[] = [];
  for (let at = 0; ; ) {
    let length = view.getInt32(at, true);
    at += 4;
    if (length === -1) {
      length = view.getInt32(at, true);
      at += 4;
    }
    if (length === 0) return out;
    const header = bytes.slice(at, at + length);
    at += length;
    const bodyLength = Number(Message.decode(header).bodyLength);
    const holder = new Uint8Array(bodyLength + offset);
    holder.set(bytes.subarray(at, at + bodyLength), offset);
    out.push({ header, body: holder.subarray(offset) });
    at += bodyLength;
  }
}

/** The parts one after the other in one new array. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
