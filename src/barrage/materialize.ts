import type { Data, DataType, Field } from 'apache-arrow';
import { makeData } from 'apache-arrow/data';
import { RecordBatch } from 'apache-arrow/recordbatch';
import { Schema } from 'apache-arrow/schema';
import { Table } from 'apache-arrow/table';
import { Struct } from 'apache-arrow/type';
import { Code, DeephavenError } from '../errors.js';
import { emptyData } from '../arrow/empty.js';
import type { Rope, Run } from './rope.js';
import type { RowSet } from './row-set.js';

/**
 * @internal An apache-arrow `Table` over the ropes of a live table, without copying: record batches are cut where any
 * column's run ends, each column a slice of the chunk the server sent.
 */
export function ropesToTable(schema: Schema, columns: readonly Rope[]): Table {
  const fields = schema.fields;
  const cursors = columns.map((rope) => ({ rope, index: 0, used: 0 }));
  const batches: RecordBatch[] = [];
  for (;;) {
    let length = Infinity;
    for (const c of cursors) {
      const run = c.rope[c.index];
      if (run === undefined) {
        length = 0;
        break;
      }
      length = Math.min(length, run.length - c.used);
    }
    if (length === 0 || length === Infinity) break;
    const children = cursors.map((c, i) => {
      const run = c.rope[c.index] as Run;
      if (run.data === null) throw new DeephavenError(Code.Internal, 'a live table was read while rows still waited for their data');
      const data = sliceData(run.data, run.offset + c.used, length, (fields[i] as Field).type);
      c.used += length;
      if (c.used >= run.length) {
        c.index++;
        c.used = 0;
      }
      return data;
    });
    batches.push(batch(schema, length, children));
  }
  if (batches.length === 0)
    batches.push(
      batch(
        schema,
        0,
        fields.map((f: Field<DataType>) => emptyData(f.type)),
      ),
    );
  return new Table(schema, batches);
}

/** @internal The rows of `table` at `positions`, in order, as a new table sharing its buffers. */
export function rowsAt(table: Table, positions: RowSet): Table {
  const batches: RecordBatch[] = [];
  for (const [first, last] of positions.ranges()) batches.push(...table.slice(first, last + 1).batches);
  if (batches.length === 0) return table.slice(0, 0);
  return new Table(table.schema, batches);
}

/** @internal The schema restricted to some columns (indices ascending), keeping field and schema metadata. */
export function subSchema(schema: Schema, indices: readonly number[]): Schema {
  if (indices.length === schema.fields.length) return schema;
  return new Schema(
    indices.map((i) => schema.fields[i] as Field),
    schema.metadata,
  );
}

function batch(schema: Schema, length: number, children: Data[]): RecordBatch {
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length, nullCount: 0, children }));
}

function sliceData(data: Data, offset: number, length: number, _type: unknown): Data {
  return offset === 0 && length === data.length ? data : data.slice(offset, length);
}
