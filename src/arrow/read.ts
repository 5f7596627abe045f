import type { Schema, Table as ArrowTable } from 'apache-arrow';
import { Message, MessageHeader, RecordBatch, Struct, Table, VectorLoader, makeData } from './apache-arrow.js';

/** @internal One Arrow IPC message as Flight carries it: the flatbuffer `Message` and its body. */
export interface ArrowMessage {
  readonly header: Uint8Array;
  readonly body: Uint8Array;
}

interface RecordBatchHeader {
  readonly length: number;
  readonly nodes: unknown[];
  readonly buffers: unknown[];
  readonly compression?: unknown;
  readonly variadicBufferCounts?: unknown;
}

/**
 * @internal The schema in one `Message` flatbuffer. Throws when the message holds no schema.
 */
export function readSchema(header: Uint8Array): Schema {
  const message = Message.decode(header);
  if (message.headerType !== MessageHeader.Schema) throw new Error(`expected a schema message, got header type ${message.headerType}`);
  return message.header() as Schema;
}

/**
 * @internal A table from a stream's IPC messages (a schema, then record batches), decoded with apache-arrow's own
 * message decoder and vector loader: what its full IPC reader does for plain batches, without shipping that reader
 * (dictionaries, compression, files, JSON, DOM and Node streams) to every app. Returns undefined when the stream
 * needs the full reader: dictionary-encoded columns, dictionary batches or compressed bodies. Bodies that are not
 * 8-byte aligned are copied once (Arrow's typed-array views need the alignment).
 */
export function readTable(messages: Iterable<ArrowMessage>): ArrowTable | undefined {
  let schema: Schema | undefined;
  const batches: RecordBatch[] = [];
  for (const m of messages) {
    if (m.header.length === 0) continue;
    const message = Message.decode(m.header);
    if (message.headerType === MessageHeader.Schema && schema === undefined) {
      schema = message.header() as Schema;
      if (schema.dictionaries.size > 0) return undefined;
    } else if (message.headerType === MessageHeader.RecordBatch && schema !== undefined) {
      const header = message.header() as RecordBatchHeader;
      if (header.compression != null) return undefined;
      const body = m.body.byteOffset % 8 === 0 ? m.body : m.body.slice();
      const children = new VectorLoader(body, header.nodes as never, header.buffers as never, new Map(), schema.metadataVersion, header.variadicBufferCounts as never).visitMany(schema.fields);
      batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: Number(header.length), children })));
    } else {
      return undefined;
    }
  }
  if (schema === undefined) throw new Error('the stream has no schema');
  return new Table(schema, batches);
}
