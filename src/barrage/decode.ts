import type { Data, Schema } from 'apache-arrow';
// apache-arrow module by module: its main entry's side effects would add ~10 KiB min+gz to every app.
import { MessageHeader } from 'apache-arrow/fb/message-header';
import { Message } from 'apache-arrow/ipc/metadata/message';
import { VectorLoader } from 'apache-arrow/visitor/vectorloader';
import { Code, DeephavenError } from '../errors.js';

type RecordBatchHeader = {
  readonly length: number;
  readonly nodes: unknown[];
  readonly buffers: unknown[];
  readonly compression?: unknown;
};

/** @internal One FlightData of a Barrage stream, decoded. */
export type DecodedFlightData =
  | { readonly kind: 'schema'; readonly schema: Schema }
  | { readonly kind: 'batch'; readonly length: number; readonly columns: readonly Data[] }
  | { readonly kind: 'other' };

/**
 * @internal Decodes one FlightData's Arrow message with apache-arrow's own `Message` and vector loader, keeping every
 * column at the length its field node gives (Barrage mod batches have columns of different lengths, which a
 * `RecordBatch` would pad with nulls). The body is used in place when it is 8-byte aligned, else copied once.
 */
export function decodeFlightData(header: Uint8Array, body: Uint8Array, schema: Schema | undefined): DecodedFlightData {
  if (header.length === 0) return { kind: 'other' };
  let message: Message;
  let parsed: unknown;
  try {
    message = Message.decode(header);
    parsed = message.header();
  } catch (err) {
    throw new DeephavenError(Code.DataLoss, `the server sent a malformed Arrow message (${String(err)})`, { cause: err });
  }
  if (message.headerType === MessageHeader.Schema) return { kind: 'schema', schema: parsed as Schema };
  if (message.headerType !== MessageHeader.RecordBatch) return { kind: 'other' };
  if (schema === undefined) throw new DeephavenError(Code.DataLoss, 'the server sent a record batch before its schema');
  const batch = parsed as RecordBatchHeader;
  if (batch.compression != null) throw new DeephavenError(Code.Unimplemented, 'the server sent a compressed record batch');
  // Every row of a record batch takes at least a bit of its body: a length beyond that is a malformed message, and
  // refusing it bounds what decoding a message can allocate by the size of the message.
  const length = Number(batch.length);
  if (!(length >= 0 && length <= body.byteLength * 8 + 8))
    throw new DeephavenError(Code.DataLoss, `the server sent a record batch of ${String(batch.length)} rows in ${body.byteLength} bytes`);
  // A column's own node is at most the batch long; the nodes of nested values (a list's items) may be longer, but
  // never beyond what the body can hold.
  const topLevel = topLevelNodes(schema);
  (batch.nodes as { length: number | bigint }[]).forEach((node, i) => {
    const n = Number(node.length);
    if (!(n >= 0 && n <= (topLevel.has(i) ? length : body.byteLength * 8 + 8)))
      throw new DeephavenError(Code.DataLoss, 'the server sent a record batch column longer than the batch');
  });
  const aligned = body.byteOffset % 8 === 0 ? body : body.slice();
  try {
    const loader = new VectorLoader(aligned, batch.nodes as never, batch.buffers as never, new Map(), message.version);
    const columns = loader.visitMany(schema.fields);
    return { kind: 'batch', length, columns };
  } catch (err) {
    throw new DeephavenError(Code.DataLoss, `the server sent a record batch that does not match its schema (${String(err)})`, { cause: err });
  }
}

/** The indexes, in a record batch's depth-first field nodes, of the schema's own (top-level) fields. */
function topLevelNodes(schema: Schema): Set<number> {
  const top = new Set<number>();
  let at = 0;
  const walk = (field: { type: { children?: readonly unknown[] | null } }): void => {
    at += 1;
    for (const child of field.type.children ?? []) walk(child as { type: { children?: readonly unknown[] | null } });
  };
  for (const field of schema.fields) {
    top.add(at);
    walk(field as unknown as { type: { children?: readonly unknown[] | null } });
  }
  return top;
}
