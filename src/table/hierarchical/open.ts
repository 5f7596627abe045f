/**
 * @internal Making and opening rollups and trees: `Rollup`/`Tree` into a new export (or an export of any ticket), then
 * `FetchObject` for the schema of its views.
 */
import { unframe } from '../../arrow/ipc-message.js';
import type { CallOptions } from '../../rx/abortable.js';
import { readSchema } from '../../arrow/read.js';
import { Code, DeephavenError } from '../../errors.js';
import * as service from '../../services/hierarchical-table-service.js';
import type { Connection } from '../../session/connection.js';
import { claimExport, fetchExport, type TicketSource } from '../../session/exports.js';
import type { ExportTicket } from '../../ticket/ticket.js';
import { badArgument, flag, name } from '../ops/args.js';
import { checkColumns } from '../ops/columns.js';
import { operations } from '../ops/operations.js';
import type { Aggregation } from '../../services/table-operations.js';
import type { Names } from '../ops/table-interface.js';
import type { HierarchicalTable } from './hierarchical-table.js';
import { rolesOf } from './roles.js';
import { RollupTable } from './rollup-table.js';
import { TreeTable } from './tree-table.js';

/**
 * Options of {@link Table.rollup}.
 *
 * @example
 * ```ts
 * const withRows = await trades.rollup([agg.sum('Size')], 'Sym', { includeConstituents: true });
 * ```
 */
export interface RollupOptions extends CallOptions {
  /** Show the source rows under the deepest level (expandable like the levels above). @default false */
  readonly includeConstituents?: boolean;
}

/**
 * Options of {@link Table.tree}.
 *
 * @example
 * ```ts
 * const org = await employees.tree('Id', 'ParentId', { promoteOrphans: true });
 * ```
 */
export interface TreeOptions extends CallOptions {
  /** Rows whose parent does not exist show at the top level instead of vanishing. @default false */
  readonly promoteOrphans?: boolean;
}

/** @internal What rollup and tree need of their source table. */
export interface SourceTable {
  readonly ticket: ExportTicket;
  readonly columns: readonly string[];
}

/** @internal `Table.rollup`. */
export function rollup(
  connection: Connection,
  source: SourceTable,
  aggs: Aggregation | readonly Aggregation[],
  by: Names | undefined,
  options: RollupOptions = {},
): Promise<RollupTable> {
  const op = operations.aggBy(aggs, by ?? []);
  if (op.op !== 'aggBy') throw new DeephavenError(Code.Internal, 'rollup: unexpected operation');
  const spec = {
    aggs: op.aggs,
    by: op.by,
    includeConstituents: flag(options.includeConstituents ?? false, 'rollup', 'includeConstituents'),
  };
  checkColumns('rollup', spec.by, source.columns, 'the table');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- make() builds the class its kind names
  return make(
    connection,
    source,
    (result, signal) => service.rollup(connection, source.ticket, spec, result, { signal }),
    options,
    'rollup',
  ) as Promise<RollupTable>;
}

/** @internal `Table.tree`. */
export function tree(
  connection: Connection,
  source: SourceTable,
  idColumn: string,
  parentColumn: string,
  options: TreeOptions = {},
): Promise<TreeTable> {
  const spec = {
    idColumn: name(idColumn, 'tree', 'an identifier column'),
    parentColumn: name(parentColumn, 'tree', 'a parent-identifier column'),
    promoteOrphans: flag(options.promoteOrphans ?? false, 'tree', 'promoteOrphans'),
  };
  if (spec.idColumn === spec.parentColumn) throw badArgument('tree', 'takes two different columns (identifier and parent identifier)');
  checkColumns('tree', [spec.idColumn, spec.parentColumn], source.columns, 'the table');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- make() builds the class its kind names
  return make(
    connection,
    source,
    (result, signal) => service.tree(connection, source.ticket, spec, result, { signal }),
    options,
    'tree',
  ) as Promise<TreeTable>;
}

/** @internal The rollup or tree behind any ticket, in a new export of this session. */
export async function fetchHierarchical(
  connection: Connection,
  source: TicketSource,
  options: CallOptions = {},
): Promise<HierarchicalTable> {
  const ticket = await fetchExport(connection, source, options);
  try {
    return await wrap(connection, ticket, options);
  } catch (err) {
    connection.exports.abandon(ticket);
    throw err;
  }
}

/**
 * A rollup or tree into a new export (claimed: released on failure or abort); a rebuild of the session makes it
 * again with the same call, from its source (which it needs).
 */
function make(
  connection: Connection,
  source: SourceTable,
  call: (result: ExportTicket, wireSignal: AbortSignal | undefined) => Promise<void>,
  options: CallOptions,
  op: 'rollup' | 'tree',
): Promise<HierarchicalTable> {
  return claimExport(
    connection,
    async (result, wireSignal) => {
      await call(result, wireSignal);
      const made = await wrap(connection, result, { signal: wireSignal });
      if (made.toString().startsWith(op === 'rollup' ? 'RollupTable' : 'TreeTable')) return made;
      throw new DeephavenError(Code.Internal, `${op}: the server made another kind of hierarchical table`);
    },
    {
      signal: options.signal,
      what: `the ${op} of ${String(source.ticket)}`,
      needs: [source.ticket],
      replay: (result) => call(result, undefined),
    },
    (t) => t.close(),
  );
}

async function wrap(connection: Connection, ticket: ExportTicket, options: CallOptions): Promise<HierarchicalTable> {
  const d = await service.describeHierarchical(connection, ticket, options);
  let roles;
  try {
    roles = rolesOf(readSchema(framed(d.schema) ? unframe(d.schema) : d.schema));
  } catch (err) {
    throw DeephavenError.from(err);
  }
  return roles.kind === 'rollup'
    ? new RollupTable(connection, ticket, roles, !d.isStatic)
    : new TreeTable(connection, ticket, roles, !d.isStatic);
}

/** True for a schema message with its stream framing (continuation marker first). */
function framed(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true) === -1;
}
