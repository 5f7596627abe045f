import { Table as ArrowTable } from 'apache-arrow';
import { addToInputTable, deleteFromInputTable } from '../services/input-table-service.js';
import type { OperationOptions } from './ops/table-interface.js';
import { badArgument } from './ops/args.js';
import { Table } from './table.js';
import { importTable } from './upload.js';

/**
 * A table the client can write to (pydeephaven's `InputTable`), made by `Session.inputTable`: append-only, keyed
 * (adding a row with an existing key overwrites it) or blink. It is a {@link Table}: read it, derive from it,
 * publish it.
 *
 * @example
 * ```ts
 * import { tableFromArrays } from 'apache-arrow';
 * const prices = await session.inputTable({ schema: tableFromArrays({ Sym: ['A'], Px: [1.5] }).schema, keyCols: 'Sym' });
 * await prices.add(tableFromArrays({ Sym: ['AAPL', 'MSFT'], Px: [190.5, 410.25] }));
 * await prices.delete(tableFromArrays({ Sym: ['MSFT'] }));
 * ```
 */
export class InputTable extends Table {
  /**
   * Adds the rows of `rows` (a table of this session, or an apache-arrow table uploaded first); on a keyed input
   * table, rows with an existing key replace it. Resolves once the server has applied them.
   */
  add(rows: Table | ArrowTable, options: OperationOptions = {}): Promise<void> {
    return this.withRows('add', rows, options, (ticket) => addToInputTable(this.sessionConnection, this.ticket, ticket, options));
  }

  /** Deletes the rows whose key columns match those of `keys` (keyed input tables only). */
  delete(keys: Table | ArrowTable, options: OperationOptions = {}): Promise<void> {
    return this.withRows('delete', keys, options, (ticket) => deleteFromInputTable(this.sessionConnection, this.ticket, ticket, options));
  }

  private async withRows(op: string, rows: Table | ArrowTable, options: OperationOptions, apply: (ticket: Table['ticket']) => Promise<void>): Promise<void> {
    if (this.isClosed) throw badArgument(op, `the input table ${String(this.ticket)} was closed`);
    if (rows instanceof Table) {
      if (rows.isClosed) throw badArgument(op, `the table ${String(rows.ticket)} was closed`);
      return apply(rows.ticket);
    }
    if (!(rows instanceof ArrowTable)) throw badArgument(op, 'takes a Table or an apache-arrow Table');
    const uploaded = await importTable(this.sessionConnection, rows, options);
    try {
      await apply(uploaded.ticket);
    } finally {
      await uploaded.close();
    }
  }
}
