// An input table in the grid: its key and value columns and restrictions shown, a row of fields to add a row (or
// delete one by key), and its value cells typed into (Enter writes the row back; a keyed table overwrites by key).
import { DataType, Precision, Table as ArrowTable, makeData, makeVector, type Field, type Vector } from 'apache-arrow';
import type { InputTable } from 'deephaven-rx';
import { button, describe, say } from './dom.js';
import type { CellEdit } from './grid.js';

export class InputEditor {
  private table: InputTable | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly rowAt: (row: number) => Record<string, unknown> | undefined,
  ) {}

  /** Shows the editor for an input table; returns what the grid needs to let cells be typed into. */
  show(table: InputTable): { onEdit: CellEdit; columns: readonly string[] } {
    this.table = table;
    const fields = table.schema.fields.filter((f) => table.columns.includes(f.name));
    const title = document.createElement('p');
    title.className = 'input-title';
    title.textContent = table.isKeyed
      ? `Input table, keyed on ${table.keyColumns.join(', ')}: type in a value cell and press Enter, or add and delete rows.`
      : 'Input table, append-only: add rows.';
    const restrictions = document.createElement('p');
    restrictions.className = 'hint';
    restrictions.id = 'input-restrictions';
    restrictions.textContent = 'Restrictions: …';
    void table.restrictions().then((r) => {
      const list = Object.entries(r).map(([c, rs]) => `${c}: ${rs.map((x) => x.kind).join(', ')}`);
      restrictions.textContent = `Restrictions: ${list.length === 0 ? 'none' : list.join('; ')}`;
    });
    const inputs = fields.map((f) => {
      const input = document.createElement('input');
      input.placeholder = f.name;
      input.dataset['column'] = f.name;
      input.title = f.metadata.get('deephaven:type') ?? '';
      return input;
    });
    const message = document.createElement('span');
    message.id = 'input-message';
    const values = (): Record<string, string> => Object.fromEntries(inputs.map((i) => [i.dataset['column'] ?? '', i.value]));
    const run = (what: string, write: () => Promise<void>): void => {
      say(message, `${what}…`);
      Promise.resolve()
        .then(write)
        .then(
          () => say(message, `${what}: done.`),
          (err: unknown) => say(message, describe(err), true),
        );
    };
    const add = button('Add row', () => run('Add', () => table.add(rowTable(fields, values()))));
    add.id = 'input-add';
    const row = document.createElement('div');
    row.className = 'row';
    row.append(...inputs, add);
    if (table.isKeyed) {
      const keys = fields.filter((f) => table.keyColumns.includes(f.name));
      const del = button('Delete row', () => run('Delete', () => table.delete(rowTable(keys, values()))));
      del.id = 'input-delete';
      row.append(del);
    }
    row.append(message);
    this.root.replaceChildren(title, restrictions, row);
    this.root.hidden = false;
    const onEdit: CellEdit = (at, column, text) => {
      const current = this.rowAt(at);
      if (current === undefined || this.table !== table) return;
      run(`Write ${column}`, () => table.add(rowTable(fields, { ...current, [column]: text })));
    };
    return { onEdit, columns: table.isKeyed ? table.valueColumns : [] };
  }

  hide(): void {
    this.table = undefined;
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}

/** One row as an apache-arrow table of the input table's column types (text parsed by type; empty is null). */
function rowTable(fields: readonly Field<DataType>[], values: Record<string, unknown>): ArrowTable {
  const columns: Record<string, Vector> = {};
  for (const f of fields) columns[f.name] = cell(parse(values[f.name], f.type), f.type);
  return new ArrowTable(columns);
}

/**
 * One value as a vector, built from its buffers: apache-arrow's builders compile code at run time, which the demo's
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */
function cell(value: unknown, type: DataType): Vector {
  const isNull = value === null || value === undefined;
  const nulls = { length: 1, nullCount: isNull ? 1 : 0, nullBitmap: Uint8Array.of(isNull ? 0 : 1) };
  if (DataType.isUtf8(type)) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a text cell's value is a string or a primitive from the row
    const bytes = new TextEncoder().encode(isNull ? '' : String(value));
    return makeVector(makeData({ type, ...nulls, valueOffsets: Int32Array.of(0, bytes.length), data: bytes }));
  }
  if (DataType.isInt(type)) {
    const arrays = { 8: Int8Array, 16: Int16Array, 32: Int32Array } as const;
    const data =
      type.bitWidth === 64
        ? BigInt64Array.of(isNull ? 0n : BigInt(value as bigint | number | string))
        : arrays[type.bitWidth].of(isNull ? 0 : Number(value));
    return makeVector(makeData({ type, ...nulls, data }));
  }
  if (DataType.isFloat(type))
    return makeVector(
      makeData({
        type,
        ...nulls,
        data: (type.precision === Precision.SINGLE ? Float32Array : Float64Array).of(isNull ? 0 : Number(value)),
      }),
    );
  if (DataType.isBool(type)) return makeVector(makeData({ type, ...nulls, data: Uint8Array.of(value === true ? 1 : 0) }));
  throw new Error(`the demo cannot write ${String(type)} columns`);
}

function parse(value: unknown, type: DataType): unknown {
  if (typeof value !== 'string') return value ?? null;
  const text = value.trim();
  if (text === '') return null;
  const name = String(type);
  if (/^Int64|^Uint64/.test(name)) return BigInt(text);
  if (/^U?Int|^Float/.test(name)) {
    const n = Number(text);
    if (Number.isNaN(n)) throw new Error(`"${text}" is not a number`);
    return n;
  }
  if (name === 'Bool') return text === 'true';
  if (/^Timestamp/.test(name)) return Date.parse(text);
  return text;
}
