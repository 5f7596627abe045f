/**
 * @internal The key table of a view as an apache-arrow table, uploaded like `importTable` uploads (loaded with the
 * upload path, on the first expansion): the key columns with the types and `deephaven:type` of the table's own
 * columns, the row depth (rollups), and the byte action column.
 */
import { DataType, Field, Int8, Int32, RecordBatch, Schema, Table as ArrowTable, type Vector } from 'apache-arrow';
import type { FlightMessage } from '../../arrow/ipc-message.js';
import { uploadMessages } from '../arrow-write.js';
import type { KeyRow } from './expansions.js';
import { withoutRoles, type Roles } from './roles.js';
import { vectorOfValues } from './vectors.js';

/** @internal The name of the key table's action column. */
export const ACTION_COLUMN = '__action__';

/** @internal The upload messages of a key table with `rows`. */
export function keyTableMessages(roles: Roles, rows: readonly KeyRow[]): FlightMessage[] {
  const columns: Record<string, Vector> = {};
  const fields: Field[] = [];
  roles.keyIndices.forEach((i, c) => {
    const f = roles.schema.fields[i] as Field<DataType>;
    columns[f.name] = vectorOfValues(
      rows.map((r) => coerce(r.values[c], f.type)),
      f.type,
    );
    fields.push(new Field(f.name, f.type, true, withoutRoles(f.metadata)));
  });
  if (roles.kind === 'rollup') {
    const depth = roles.schema.fields[roles.depthIndex] as Field;
    columns[depth.name] = vectorOfValues(
      rows.map((r) => r.depth),
      new Int32(),
    );
    fields.push(new Field(depth.name, new Int32(), false, new Map([['deephaven:type', 'int']])));
  }
  columns[ACTION_COLUMN] = vectorOfValues(
    rows.map((r) => r.action),
    new Int8(),
  );
  fields.push(new Field(ACTION_COLUMN, new Int8(), false, new Map([['deephaven:type', 'byte']])));
  const plain = new ArrowTable(columns);
  const schema = new Schema(fields);
  return uploadMessages(
    new ArrowTable(
      schema,
      plain.batches.map((b) => new RecordBatch(schema, b.data)),
    ),
  );
}

/** A key value as the key column's Arrow type takes it (64-bit integers as bigint). */
function coerce(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (DataType.isInt(type) && type.bitWidth === 64 && typeof value === 'number') return BigInt(value);
  if (DataType.isInt(type) && type.bitWidth < 64 && typeof value === 'bigint') return Number(value);
  if (DataType.isFloat(type) && typeof value === 'bigint') return Number(value);
  return value;
}
