import type { DataType, Field, Schema } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import { Message, MessageHeader } from './apache-arrow.js';
import { checkRecordBatch, checkTypes, MAX_NODE_LENGTH, type BatchHeader } from './batch-check.js';
import { checkMessageShape, isSchemaMessage } from './message-shape.js';

/** @internal An Arrow `Message` decoded by apache-arrow after {@link checkMessageShape} passed it. */
export type CheckedMessage =
  | { readonly type: 'schema'; readonly bodyLength: number; readonly schema: Schema }
  | { readonly type: 'batch'; readonly bodyLength: number; readonly batch: BatchHeader }
  | { readonly type: 'dictionary'; readonly bodyLength: number; readonly id: number; readonly batch: BatchHeader };

/**
 * @internal Decodes one Arrow `Message` flatbuffer (a Flight `data_header`): its shape is checked first (see
 * {@link checkMessageShape}), then apache-arrow decodes it; a schema's column types must be ones the SDK reads
 * ({@link checkTypes}). Throws a {@link DeephavenError} (DATA_LOSS, or UNIMPLEMENTED for a type not read) for bytes
 * that are not a schema, record batch or dictionary batch message.
 */
export function decodeMessage(raw: Uint8Array): CheckedMessage {
  // A schema's union columns are read as an Int32Array view into the flatbuffer (by the shape check and by
  // apache-arrow), which only works where the flatbuffer starts 8-byte aligned, as it was written; protobuf decoding
  // leaves a header anywhere, so an unaligned schema (once per table) is read from a copy. Other messages read no
  // typed views of their header and are read in place.
  const bytes = raw.byteOffset % 8 !== 0 && isSchemaMessage(raw) ? raw.slice() : raw;
  checkMessageShape(bytes);
  try {
    const message = Message.decode(bytes);
    const bodyLength = message.bodyLength;
    if (!(bodyLength >= 0)) throw new Error(`a body length of ${String(message.bodyLength)}`);
    switch (message.headerType) {
      case MessageHeader.Schema: {
        const schema = message.header() as Schema;
        checkTypes(schema.fields.map((f: Field<DataType>) => f.type));
        return { type: 'schema', bodyLength, schema };
      }
      case MessageHeader.RecordBatch:
        return { type: 'batch', bodyLength, batch: message.header() as unknown as BatchHeader };
      case MessageHeader.DictionaryBatch: {
        const d = message.header() as unknown as { id: number; data: BatchHeader };
        return { type: 'dictionary', bodyLength, id: d.id, batch: d.data };
      }
      default:
        throw new Error(`message type ${message.headerType}`);
    }
  } catch (err) {
    if (err instanceof DeephavenError) throw err;
    throw new DeephavenError(Code.DataLoss, `the server sent a malformed Arrow message (${String(err)})`, { cause: err });
  }
}

/**
 * @internal Checks a record batch read with `schema` (see {@link checkRecordBatch}), and its row count: at most
 * {@link MAX_NODE_LENGTH}, no more than its longest column holds, and no column longer than the batch. Returns the
 * row count.
 */
export function checkBatchRows(batch: BatchHeader, body: Uint8Array, schema: Schema): number {
  const lengths = checkRecordBatch(
    batch,
    body,
    schema.fields.map((f: Field<DataType>) => f.type),
  );
  const rows = batch.length;
  const longest = lengths.reduce((a, b) => Math.max(a, b), 0);
  if (
    !(
      Number.isSafeInteger(rows) &&
      rows >= 0 &&
      rows <= MAX_NODE_LENGTH &&
      lengths.every((n) => n <= rows) &&
      (lengths.length === 0 || rows <= longest)
    )
  )
    throw new DeephavenError(
      Code.DataLoss,
      `the server sent a record batch of ${String(batch.length)} rows with columns of ${lengths.join(', ')} values`,
    );
  return rows;
}
