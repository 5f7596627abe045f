import type { Data, Schema } from 'apache-arrow';
import { AlignedVectorLoader } from './aligned-loader.js';
import type { BatchHeader } from './batch-check.js';

/**
 * @internal A body as apache-arrow reads it: in place when it is 8-byte aligned (zero-copy), else copied once (where
 * protobuf decoding left it unaligned).
 */
export function alignedBody(body: Uint8Array): Uint8Array {
  return body.byteOffset % 8 === 0 ? body : body.slice();
}

/**
 * @internal The columns of one record batch, loaded with apache-arrow's vector loader (`AlignedVectorLoader`: a buffer
 * its typed array cannot start at is copied): one `Data` per schema field, at
 * the length its field node gives (Barrage's mod batches have columns of different lengths). The header must have
 * been checked against the body and the schema first (`checked-message.ts`, `batch-check.ts`): apache-arrow trusts
 * its lengths. The one place the SDK calls apache-arrow's reader internals, for `read.ts` and Barrage's decoder alike.
 */
export function loadColumns(header: BatchHeader, body: Uint8Array, schema: Schema): Data[] {
  const loader = new AlignedVectorLoader(
    alignedBody(body),
    header.nodes as never,
    header.buffers as never,
    schema.metadataVersion,
    header.variadicBufferCounts as never,
  );
  return loader.visitMany(schema.fields) as Data[];
}
