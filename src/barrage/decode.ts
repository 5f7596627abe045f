import type { Data, DataType, Field, Schema } from 'apache-arrow';
import { checkRecordBatch } from '../arrow/batch-check.js';
import { decodeMessage } from '../arrow/checked-message.js';
import { loadColumns } from '../arrow/load-batch.js';
import { Code, DeephavenError } from '../errors.js';

/** @internal One FlightData of a Barrage stream, decoded. */
export type DecodedFlightData =
  | { readonly kind: 'schema'; readonly schema: Schema }
  | { readonly kind: 'batch'; readonly length: number; readonly columns: readonly Data[] }
  | { readonly kind: 'other' };

/**
 * @internal Decodes one FlightData's Arrow message with apache-arrow's own `Message` and vector loader, keeping every
 * column at the length its field node gives (Barrage mod batches have columns of different lengths, which a
 * `RecordBatch` would pad with nulls). The message is checked before apache-arrow reads it (its shape, then the
 * batch against the schema and the body: `arrow/checked-message.ts`, `arrow/batch-check.ts`); the columns are loaded
 * by the Arrow layer's one batch loader (`arrow/load-batch.ts`).
 */
export function decodeFlightData(header: Uint8Array, body: Uint8Array, schema: Schema | undefined): DecodedFlightData {
  if (header.length === 0) return { kind: 'other' };
  const message = decodeMessage(header);
  if (message.type === 'schema') return { kind: 'schema', schema: message.schema };
  if (message.type !== 'batch') return { kind: 'other' };
  if (schema === undefined) throw new DeephavenError(Code.DataLoss, 'the server sent a record batch before its schema');
  const batch = message.batch;
  if (batch.compression != null) throw new DeephavenError(Code.Unimplemented, 'the server sent a compressed record batch');
  // Every row of a record batch takes at least a bit of its body: a length beyond that is a malformed message, and
  // refusing it bounds what decoding a message can allocate by the size of the message.
  const length = batch.length;
  if (!(length >= 0 && length <= body.byteLength * 8 + 8))
    throw new DeephavenError(Code.DataLoss, `the server sent a record batch of ${String(batch.length)} rows in ${body.byteLength} bytes`);
  // A column's own node is at most the batch long (Barrage's columns may be shorter: a mod batch's); the nested
  // values' nodes are checked against their buffers.
  const columns = checkRecordBatch(
    batch,
    body,
    schema.fields.map((f: Field<DataType>) => f.type),
  );
  if (columns.some((n) => n > length))
    throw new DeephavenError(Code.DataLoss, 'the server sent a record batch column longer than the batch');
  try {
    return { kind: 'batch', length, columns: loadColumns(batch, body, schema) };
  } catch (err) {
    throw new DeephavenError(Code.DataLoss, `the server sent a record batch that does not match its schema (${String(err)})`, {
      cause: err,
    });
  }
}
