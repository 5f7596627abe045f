/**
 * @internal apache-arrow `Table` → the Arrow IPC messages of a Flight upload: the schema (every field with the
 * `deephaven:type` the server needs, as pydeephaven's `import_table` sends it) and record batches of at most
 * {@link ROWS_PER_MESSAGE} rows, written by apache-arrow's own IPC writer.
 */
import { Field, Message, RecordBatch, Schema, Table as ArrowTable, Type, tableToIPC, type DataType } from 'apache-arrow';
import type { PutMessage } from '../services/flight-put.js';
import { badArgument } from './ops/args.js';

/** Rows per uploaded record batch: a few MB per message for typical columns. */
export const ROWS_PER_MESSAGE = 65_536;

/** The Java type the server gives an Arrow type, where it needs telling (pydeephaven's mapping). */
function deephavenType(type: DataType): string | undefined | null {
  switch (type.typeId) {
    case Type.Bool: return 'java.lang.Boolean';
    case Type.Int: {
      const t = type as unknown as { bitWidth: number; isSigned: boolean };
      if (t.isSigned) return ({ 8: 'byte', 16: 'short', 32: 'int', 64: 'long' } as Record<number, string>)[t.bitWidth] ?? null;
      return ({ 8: 'short', 16: 'char', 32: 'long', 64: 'java.math.BigInteger' } as Record<number, string>)[t.bitWidth] ?? null;
    }
    case Type.Float: return (type as unknown as { precision: number }).precision === 2 ? 'double' : 'float';
    case Type.Time: return 'java.time.LocalTime';
    case Type.Timestamp: return (type as unknown as { timezone?: string | null }).timezone ? undefined : 'java.time.Instant';
    case Type.Date: return 'java.time.LocalDate';
    case Type.Duration: return 'java.time.Duration';
    case Type.Binary: return 'byte[]';
    case Type.Utf8: return 'java.lang.String';
    // Parameterised types: the server picks the Java type.
    case Type.Decimal:
    case Type.FixedSizeBinary:
    case Type.List:
    case Type.FixedSizeList:
    case Type.Map:
    case Type.Union:
      return undefined;
    default: return null;
  }
}

function uploadField(field: Field): Field {
  if (field.metadata.has('deephaven:type')) return field;
  const dh = deephavenType(field.type);
  if (dh === null) throw badArgument('importTable', `the column ${JSON.stringify(field.name)} has the Arrow type ${String(field.type)}, which Deephaven does not take`);
  if (dh === undefined) return field;
  return new Field(field.name, field.type, field.nullable, new Map([...field.metadata, ['deephaven:type', dh]]));
}

/** The upload's messages: the schema message first, then the record batches. */
export function uploadMessages(table: ArrowTable): PutMessage[] {
  if (!(table instanceof ArrowTable)) throw badArgument('importTable', 'takes an apache-arrow Table');
  if (table.schema.fields.length === 0) throw badArgument('importTable', 'takes a table with at least one column');
  const schema = new Schema(table.schema.fields.map(uploadField), table.schema.metadata);
  const batches: RecordBatch[] = [];
  for (const batch of table.batches) {
    for (let start = 0; start < batch.numRows; start += ROWS_PER_MESSAGE)
      batches.push(new RecordBatch(schema, batch.slice(start, Math.min(batch.numRows, start + ROWS_PER_MESSAGE)).data));
  }
  return split(tableToIPC(new ArrowTable(schema, batches), 'stream'));
}

/** Splits an IPC stream (continuation, metadata length, `Message` flatbuffer, body; …; end marker) into messages. */
function split(ipc: Uint8Array): PutMessage[] {
  const view = new DataView(ipc.buffer, ipc.byteOffset, ipc.byteLength);
  const out: PutMessage[] = [];
  let at = 0;
  while (at + 8 <= ipc.length) {
    const length = view.getInt32(at + 4, true);
    if (length === 0) break;
    const header = ipc.subarray(at + 8, at + 8 + length);
    const bodyLength = Number(Message.decode(header).bodyLength);
    const body = ipc.subarray(at + 8 + length, at + 8 + length + bodyLength);
    out.push({ header, body });
    at += 8 + length + bodyLength;
  }
  return out;
}
