import type { CallOptions } from '../rx/abortable.js';
import { Table as ArrowTable, type Schema } from 'apache-arrow';
import {
  addToInputTable,
  decodeInputTableMetadata,
  deleteFromInputTable,
  type ColumnRestriction,
} from '../services/input-table-service.js';
import { badArgument } from './ops/args.js';
import { InputTable, Table } from './table.js';
import { importTable } from './upload.js';

// The writes of input tables, loaded on their first use. The class is in table.ts (Table.inputTable makes it).
export { InputTable };

/** @internal The restrictions of an input table's columns, from its schema's metadata. */
export function restrictionsOf(schema: Schema): Record<string, readonly ColumnRestriction[]> {
  const encoded = schema.metadata.get('deephaven:tableMetadata');
  const out: Record<string, readonly ColumnRestriction[]> = {};
  if (encoded === undefined || encoded === '') return out;
  for (const [column, info] of decodeInputTableMetadata(encoded)) if (info.restrictions.length > 0) out[column] = info.restrictions;
  return out;
}

/** @internal `InputTable.add` and `InputTable.delete`. */
export async function writeRows(target: InputTable, op: 'add' | 'delete', rows: Table | ArrowTable, options: CallOptions): Promise<void> {
  if (target.isClosed) throw badArgument(op, `the input table ${String(target.ticket)} was closed`);
  const connection = target.sessionConnection;
  const apply = (ticket: Table['ticket']): Promise<void> =>
    op === 'add'
      ? addToInputTable(connection, target.ticket, ticket, options)
      : deleteFromInputTable(connection, target.ticket, ticket, options);
  if (op === 'delete' && !target.isKeyed)
    throw badArgument(op, `the input table ${String(target.ticket)} is append-only: only keyed input tables delete rows`);
  if (rows instanceof Table) {
    if (rows.isClosed) throw badArgument(op, `the table ${String(rows.ticket)} was closed`);
    checkColumns(target, op, rows.columns);
    return apply(rows.ticket);
  }
  if (!(rows instanceof ArrowTable)) throw badArgument(op, 'takes a Table or an apache-arrow Table');
  checkColumns(
    target,
    op,
    rows.schema.fields.map((f) => f.name),
  );
  if (op === 'add') checkRestrictions(restrictionsOf(target.schema), rows);
  const uploaded = await importTable(connection, rows, options);
  try {
    await apply(uploaded.ticket);
  } finally {
    await uploaded.close();
  }
}

/** The rows of `add` have the input table's columns; the keys of `delete` its key columns (in any order). */
function checkColumns(target: InputTable, op: 'add' | 'delete', given: readonly string[]): void {
  const wanted = op === 'add' ? target.columns : target.keyColumns;
  const same = given.length === wanted.length && wanted.every((c) => given.includes(c));
  if (!same)
    throw badArgument(
      op,
      `takes the columns ${wanted.join(', ')} of the input table ${String(target.ticket)}, got ${given.join(', ') || 'none'}`,
    );
}

/** Refuses rows that break a column's restriction, naming the column, the row and the rule. */
/** @internal */
export function checkRestrictions(restrictions: Readonly<Record<string, readonly ColumnRestriction[]>>, rows: ArrowTable): void {
  for (const [column, list] of Object.entries(restrictions)) {
    const vector = rows.getChild(column);
    if (vector === null) continue;
    for (let row = 0; row < rows.numRows; row++) {
      const value: unknown = vector.get(row);
      for (const r of list) {
        const broken = breaks(r, value);
        if (broken !== undefined) throw badArgument('add', `row ${row} of column ${column}: ${JSON.stringify(String(value))} ${broken}`);
      }
    }
  }
}

function breaks(r: ColumnRestriction, value: unknown): string | undefined {
  const isNull = value === null || value === undefined;
  switch (r.kind) {
    case 'notNull':
      return isNull ? 'breaks the column restriction: not null' : undefined;
    case 'nonEmpty':
      return isNull || value === '' ? 'breaks the column restriction: not empty' : undefined;
    case 'stringList':
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a restricted column holds strings
      return !isNull && !r.allowedValues.includes(String(value))
        ? `breaks the column restriction: one of ${r.allowedValues.join(', ')}`
        : undefined;
    case 'integerRange':
    case 'doubleRange': {
      if (isNull) return undefined;
      const n = Number(value);
      return (r.min !== undefined && n < r.min) || (r.max !== undefined && n > r.max)
        ? `breaks the column restriction: between ${r.min ?? '-∞'} and ${r.max ?? '∞'}`
        : undefined;
    }
    default:
      return undefined;
  }
}
