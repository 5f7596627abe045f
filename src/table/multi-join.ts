import type { CallOptions } from '../rx/abortable.js';
import * as service from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { ownExports } from '../session/exports.js';
import type { Ticket } from '../ticket/ticket.js';
import { badArgument, names } from './ops/args.js';
import type { Names } from './ops/table-interface.js';
import { createTable, Table } from './table.js';

/**
 * One input of `Session.multiJoin` (pydeephaven's `MultiJoinInput`): a table, the columns it matches on (`'Key'`, or
 * `'OutName = InName'`), and the columns it adds to the result (all its other columns when left out).
 *
 * @example
 * ```ts
 * const joined = await session.multiJoin([
 *   { table: trades, on: 'Sym', joins: 'Px' },
 *   { table: refData, on: 'Sym = Ticker', joins: ['Desc = Description'] },
 * ]);
 * ```
 */
export interface MultiJoinInput {
  readonly table: Table;
  readonly on: Names;
  readonly joins?: Names | undefined;
}

/** @internal A multi-table natural join (`multi_join`): tables with `on`, or `MultiJoinInput`s without it. */
export function multiJoin(
  connection: Connection,
  input: Table | readonly (Table | MultiJoinInput)[] | MultiJoinInput,
  on: Names | undefined,
  options: CallOptions = {},
): Promise<Table> {
  try {
    const list = Array.isArray(input) ? [...(input as readonly unknown[])] : [input];
    if (list.length === 0) throw badArgument('multiJoin', 'takes a non-empty array of Tables or MultiJoinInputs');
    const specs = list.every((t) => t instanceof Table)
      ? tablesWithKeys(list, on)
      : list.map((i) => {
          if (on !== undefined) throw badArgument('multiJoin', 'takes `on` only with Tables; MultiJoinInputs carry their own');
          return inputSpec(i);
        });
    return createTable(connection, (result, signal) => service.multiJoin(connection, specs, result, { signal }), {
      ...options,
      needs: ownExports(...specs.map((s) => s.table)),
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

function tablesWithKeys(tables: readonly Table[], on: Names | undefined): service.MultiJoinSpec[] {
  if (on === undefined) throw badArgument('multiJoin', 'needs `on` (the key columns) when given Tables');
  const keys = names(on, 'multiJoin', 'key columns');
  return tables.map((t) => ({ table: open(t), on: keys, joins: [] }));
}

function inputSpec(i: unknown): service.MultiJoinSpec {
  const x = i as Partial<MultiJoinInput> | null;
  if (typeof x !== 'object' || x === null || !(x.table instanceof Table))
    throw badArgument('multiJoin', 'takes Tables, or MultiJoinInputs { table, on, joins? }, not a mix');
  return {
    table: open(x.table),
    on: names(x.on, 'multiJoin', 'key columns'),
    joins: names(x.joins, 'multiJoin', 'columns to add', { optional: true }),
  };
}

function open(t: Table): Ticket {
  if (t.isClosed) throw badArgument('multiJoin', `the table ${String(t.ticket)} was closed`);
  return t.ticket;
}
