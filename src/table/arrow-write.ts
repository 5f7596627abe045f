/**
 * @internal apache-arrow `Table` → the Arrow IPC messages of a Flight upload: the schema (every field with the
 * `deephaven:type` the server needs, as pydeephaven's `import_table` sends it) and record batches of about
 * {@link MESSAGE_BYTES} each (sized by bytes, not rows), written by apache-arrow's own IPC writer.
 */
import {
  DataType,
  Field,
  IntervalUnit,
  List,
  Message,
  RecordBatch,
  Schema,
  Struct,
  Table as ArrowTable,
  Type,
  makeData,
  tableToIPC,
  vectorFromArray,
  type Data,
  type Vector,
} from 'apache-arrow';
import type { FlightMessage } from '../arrow/ipc-message.js';
import { badArgument } from './ops/args.js';

/**
 * The Arrow bytes one uploaded record batch aims at: few large messages (each has a cost on every path; over the
 * browser-stream emulation each was one request), each well under the server's 100 MiB inbound message limit.
 */
export const MESSAGE_BYTES = 8 * 1024 * 1024;

/**
 * The Arrow bytes of one uploaded record batch in a page (browsers, Web Workers): each message is made, encoded and
 * handed to the network in one task of the page's main thread, and Chromium's `WebSocket.send` alone takes some
 * milliseconds per MiB there, so smaller messages keep every task of an upload well under 50 ms.
 */
export const PAGE_MESSAGE_BYTES = 1024 * 1024;

/** Rows per message for a batch of `rows` rows taking `bytes` bytes of Arrow buffers: about `target` bytes each. */
export function rowsPerMessage(bytes: number, rows: number, target: number = MESSAGE_BYTES): number {
  if (rows <= 0) return 1;
  const perRow = bytes / rows;
  return perRow <= 0 ? rows : Math.max(1, Math.min(rows, Math.floor(target / perRow)));
}

const INTERVALS: Partial<Record<IntervalUnit, string>> = {
  [IntervalUnit.MONTH_DAY_NANO]: 'org.apache.arrow.vector.PeriodDuration',
  [IntervalUnit.YEAR_MONTH]: 'java.time.Period',
  [IntervalUnit.DAY_TIME]: 'java.time.Duration',
};

/**
 * The Java type the server gives an Arrow type, where it needs telling (pydeephaven's mapping, and the intervals it
 * leaves out, which the server takes); `null` for the types the server refuses (structs, 64-bit offsets, views).
 */
function deephavenType(type: DataType): string | undefined | null {
  switch (type.typeId) {
    case Type.Bool:
      return 'java.lang.Boolean';
    case Type.Int: {
      const t = type as unknown as { bitWidth: number; isSigned: boolean };
      if (t.isSigned) return ({ 8: 'byte', 16: 'short', 32: 'int', 64: 'long' } as Record<number, string>)[t.bitWidth] ?? null;
      return ({ 8: 'short', 16: 'char', 32: 'long', 64: 'java.math.BigInteger' } as Record<number, string>)[t.bitWidth] ?? null;
    }
    case Type.Float:
      return (type as unknown as { precision: number }).precision === 2 ? 'double' : 'float';
    case Type.Time:
      return 'java.time.LocalTime';
    case Type.Timestamp:
      return (type as unknown as { timezone?: string | null }).timezone ? undefined : 'java.time.Instant';
    case Type.Date:
      return 'java.time.LocalDate';
    case Type.Duration:
      return 'java.time.Duration';
    case Type.Binary:
      return 'byte[]';
    case Type.Utf8:
      return 'java.lang.String';
    // A column of nulls only, and intervals: the types the server gives them itself (pydeephaven names the first two).
    case Type.Null:
      return 'java.lang.Object';
    case Type.Interval:
      return INTERVALS[(type as unknown as { unit: IntervalUnit }).unit] ?? null;
    // Parameterised types: the server picks the Java type.
    case Type.Decimal:
    case Type.FixedSizeBinary:
    case Type.List:
    case Type.FixedSizeList:
    case Type.Map:
    case Type.Union:
      return undefined;
    default:
      return null;
  }
}

function uploadField(field: Field): Field {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- apache-arrow types a field's type as any
  const dh = deephavenType(field.type);
  if (dh === null)
    throw badArgument(
      'importTable',
      `the column ${JSON.stringify(field.name)} has the Arrow type ${String(field.type)}, which Deephaven does not take`,
    );
  if (dh === undefined) {
    // Parameterised types (lists, decimals, …): the server derives the Java type itself, and refuses an upload of
    // list columns that still carry the `deephaven:type` a download gave them.
    if (!DataType.isList(field.type) && !DataType.isFixedSizeList(field.type)) return field;
    const metadata = new Map([...field.metadata].filter(([k]) => k !== 'deephaven:type' && k !== 'deephaven:componentType'));
    return new Field(field.name, field.type, field.nullable, metadata);
  }
  if (field.metadata.has('deephaven:type')) return field;
  return new Field(field.name, field.type, field.nullable, new Map([...field.metadata, ['deephaven:type', dh]]));
}

/** Dictionary-encoded columns (apache-arrow's `tableFromArrays` makes them of strings) as plain ones. */
function withoutDictionaries(table: ArrowTable): ArrowTable {
  const fields = table.schema.fields;
  if (!fields.some((f) => DataType.isDictionary(f.type))) return table;
  const columns: Record<string, Vector> = {};
  for (const f of fields) {
    const v = table.getChild(f.name) as Vector;
    columns[f.name] = DataType.isDictionary(f.type) ? vectorFromArray(Array.from(v), f.type.dictionary) : v;
  }
  const plain = new ArrowTable(columns);
  const schema = new Schema(
    plain.schema.fields.map((f, i) => new Field(f.name, f.type, fields[i]?.nullable ?? true, fields[i]?.metadata)),
    table.schema.metadata,
  );
  return new ArrowTable(
    schema,
    plain.batches.map((b) => new RecordBatch(schema, b.data)),
  );
}

/**
 * Names the unnamed child field of list columns `item` (as pyarrow does): apache-arrow leaves an empty name out of
 * the schema message, and the server cannot read a list whose child has no name.
 */
function namedListChild(field: Field): Field {
  if (!DataType.isList(field.type)) return field;
  const child = field.type.children[0];
  if (child === undefined || child.name !== '') return field;
  return new Field(field.name, new List(new Field('item', child.type, child.nullable, child.metadata)), field.nullable, field.metadata);
}

function retyped(schema: Schema, batch: RecordBatch): RecordBatch {
  const children = batch.data.children.map((d: Data, i: number) => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- apache-arrow types a field's type and a batch's children as any
    const type = schema.fields[i]?.type;
    return type === undefined || type === d.type ? d : d.clone(type);
  });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- apache-arrow types a field's type and a batch's children as any
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: batch.numRows, nullCount: 0, children }));
}

/**
 * @internal The upload's messages, made one record batch at a time as they are asked for (an upload paces itself
 * between them: see `pacedMessages`): the schema message first, then record batches of about `messageBytes` each.
 * Everything the SDK can refuse (no columns, a type the server does not take) is refused here, before any message.
 */
export function uploadPlan(data: ArrowTable, messageBytes: number = MESSAGE_BYTES): Iterable<FlightMessage> {
  let table = data;
  if (!(table instanceof ArrowTable)) throw badArgument('importTable', 'takes an apache-arrow Table');
  if (table.schema.fields.length === 0) throw badArgument('importTable', 'takes a table with at least one column');
  table = withoutDictionaries(table);
  const schema = new Schema(
    table.schema.fields.map((f) => namedListChild(uploadField(f))),
    table.schema.metadata,
  );
  const source = table;
  return {
    *[Symbol.iterator]() {
      let first = true;
      for (const batch of batchesOf(source, schema, messageBytes)) {
        // Each batch is written by apache-arrow's IPC writer on its own (the schema message comes with it; sent once).
        const [head, ...rest] = split(tableToIPC(new ArrowTable(schema, [batch]), 'stream'));
        if (first && head !== undefined) yield head;
        first = false;
        yield* rest;
      }
    },
  };
}

/** The upload's messages at once (small uploads: key tables, a schema). */
export function uploadMessages(data: ArrowTable, messageBytes: number = MESSAGE_BYTES): FlightMessage[] {
  return [...uploadPlan(data, messageBytes)];
}

/** The record batches of an upload, each of about `messageBytes`: slices of the table's own, re-typed to `schema`. */
function* batchesOf(table: ArrowTable, schema: Schema, messageBytes: number): Generator<RecordBatch> {
  let any = false;
  for (const batch of table.batches) {
    const rows = rowsPerMessage(batch.data.byteLength, batch.numRows, messageBytes);
    for (let start = 0; start < batch.numRows; start += rows) {
      any = true;
      yield retyped(schema, rows >= batch.numRows ? batch : batch.slice(start, Math.min(batch.numRows, start + rows)));
    }
  }
  // An empty table still sends one empty batch, built by apache-arrow's builders: its own empty list columns (made
  // without offsets) cannot be written.
  if (!any)
    yield new RecordBatch(
      schema,
      makeData({
        type: new Struct(schema.fields),
        length: 0,
        nullCount: 0,
        children: schema.fields.map((f) => vectorFromArray([], f.type).data[0] as Data),
      }),
    );
}

/** Splits an IPC stream (continuation, metadata length, `Message` flatbuffer, body; …; end marker) into messages. */
function split(ipc: Uint8Array): FlightMessage[] {
  const view = new DataView(ipc.buffer, ipc.byteOffset, ipc.byteLength);
  const out: FlightMessage[] = [];
  let at = 0;
  while (at + 8 <= ipc.length) {
    const length = view.getInt32(at + 4, true);
    if (length === 0) break;
    const header = ipc.subarray(at + 8, at + 8 + length);
    const bodyLength = Message.decode(header).bodyLength;
    const body = ipc.subarray(at + 8 + length, at + 8 + length + bodyLength);
    out.push({ header, body });
    at += 8 + length + bodyLength;
  }
  return out;
}
