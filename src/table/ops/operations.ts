/**
 * @internal Argument checks and descriptions of every table operation: each function validates pydeephaven-style
 * arguments (same order and defaults) and returns the plain {@link TableOperation} the service layer sends.
 */
import type { AggSpec, Aggregation, NaturalJoinType, SortKey, TableOperation } from '../../services/table-operations.js';
import { Ticket } from '../../ticket/ticket.js';
import { anyWhole, badArgument, flag, name, names, oneOf, whole } from './args.js';
import { isFilter, isUpdateByOperation } from './kinds.js';

/** A sort direction of `sort`. */
export type SortDirection = 'asc' | 'desc';

/**
 * One sort column of `sort` with its own direction and, for numeric columns, whether to sort by absolute value.
 *
 * @example
 * ```ts
 * const byMagnitude = await table.sort([{ column: 'Change', descending: true, absolute: true }, 'Sym']);
 * ```
 */
export interface SortSpec {
  readonly column: string;
  /** @default false */
  readonly descending?: boolean;
  /** Sort by the absolute value (numeric columns only). @default false */
  readonly absolute?: boolean;
}

/** What an operation needs of another table it reads: its ticket, and that it is still open. */
export interface TableHandle {
  readonly ticket: Ticket;
  readonly isClosed: boolean;
}

function other(table: unknown, op: string, what = 'table'): Ticket {
  const t = table as Partial<TableHandle> | null;
  if (typeof t !== 'object' || t === null || !(t.ticket instanceof Ticket)) throw badArgument(op, `takes a Table as its ${what}`);
  if (t.isClosed === true) throw badArgument(op, `its ${what} ${String(t.ticket)} was closed`);
  return t.ticket;
}

const formulas =
  (op: 'update' | 'lazyUpdate' | 'view' | 'updateView') =>
  (f: unknown): TableOperation => ({ op, formulas: names(f, op, 'formulas') });

function where(value: unknown): TableOperation {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length > 0 && list.every(isFilter)) return { op: 'filter', filters: list };
  if (list.some(isFilter)) throw badArgument('where', 'takes either formula strings or filters objects, not both in one call');
  return { op: 'where', filters: names(value, 'where', 'filters') };
}

function sortSpec(item: unknown): SortKey {
  const s = item as Partial<SortSpec> | null;
  if (typeof s !== 'object' || s === null)
    throw badArgument('sort', `takes column names or { column, descending?, absolute? } items, got ${String(item)}`);
  const column = name(s.column, 'sort', 'a column');
  const descending = s.descending === undefined ? false : flag(s.descending, 'sort', 'descending');
  const absolute = s.absolute === undefined ? false : flag(s.absolute, 'sort', 'absolute');
  return { column, descending, absolute };
}

function sort(orderBy: unknown, order: unknown): TableOperation {
  const items = Array.isArray(orderBy) ? [...(orderBy as unknown[])] : [orderBy];
  if (items.length === 0) throw badArgument('sort', 'needs at least one of its columns');
  const directions = typeof order === 'string' ? items.map(() => order) : Array.isArray(order) ? [...(order as unknown[])] : undefined;
  if (directions === undefined || directions.length !== items.length || directions.some((d) => d !== 'asc' && d !== 'desc'))
    throw badArgument('sort', `takes 'asc' or 'desc', once or once per column (${items.length}), got ${JSON.stringify(order)}`);
  const keys: SortKey[] = items.map((item, i) =>
    typeof item === 'string' ? { column: name(item, 'sort', 'a column'), descending: directions[i] === 'desc' } : sortSpec(item),
  );
  return { op: 'sort', keys };
}

function aggregations(aggs: unknown, op: string, requireColumns: boolean): Aggregation[] {
  const list = Array.isArray(aggs) ? (aggs as unknown[]) : [aggs];
  if (list.length === 0) throw badArgument(op, 'needs at least one aggregation');
  for (const a of list) {
    const kind = (a as { kind?: unknown } | null)?.kind;
    if (!['columns', 'count', 'countWhere', 'formula', 'partition'].includes(kind as string))
      throw badArgument(op, 'takes aggregations made by the agg builders');
    if (requireColumns && kind === 'columns' && (a as { columns: readonly string[] }).columns.length === 0)
      throw badArgument(op, 'every column aggregation needs its columns here (only aggAllBy applies one to all columns)');
  }
  return list as Aggregation[];
}

const allBy = (spec: AggSpec, by: unknown, op: string): TableOperation => ({
  op: 'aggAllBy',
  spec,
  by: names(by, op, 'group-by columns', { optional: true }),
});

function specOf(a: unknown, op: string): AggSpec {
  const [only] = aggregations(a, op, false);
  if (only?.kind !== 'columns') throw badArgument(op, 'takes one column aggregation (agg.sum(), agg.avg(), …)');
  return only.spec;
}

const joinKeys = (on: unknown, op: string, optional = false): string[] => names(on, op, 'join keys', { optional });
const joins = (j: unknown, op: string): string[] => names(j, op, 'columns to add', { optional: true });
const NATURAL: readonly NaturalJoinType[] = ['errorOnDuplicate', 'firstMatch', 'lastMatch', 'exactlyOneMatch'];

/** @internal The operations, by name. */
export const operations = {
  update: formulas('update'),
  lazyUpdate: formulas('lazyUpdate'),
  view: formulas('view'),
  updateView: formulas('updateView'),
  select: (f: unknown): TableOperation => ({ op: 'select', formulas: names(f, 'select', 'formulas', { optional: true }) }),
  selectDistinct: (cols: unknown): TableOperation => ({
    op: 'selectDistinct',
    columns: names(cols, 'selectDistinct', 'columns', { optional: true }),
  }),
  dropColumns: (cols: unknown): TableOperation => ({ op: 'dropColumns', columns: names(cols, 'dropColumns', 'columns') }),
  where,
  sort,
  sortDescending: (orderBy: unknown): TableOperation => sort(orderBy, 'desc'),
  head: (n: unknown): TableOperation => ({ op: 'head', n: whole(n, 'head', 'a row count') }),
  tail: (n: unknown): TableOperation => ({ op: 'tail', n: whole(n, 'tail', 'a row count') }),
  headBy: (n: unknown, by: unknown): TableOperation => ({
    op: 'headBy',
    n: whole(n, 'headBy', 'a row count'),
    by: names(by, 'headBy', 'group-by columns'),
  }),
  tailBy: (n: unknown, by: unknown): TableOperation => ({
    op: 'tailBy',
    n: whole(n, 'tailBy', 'a row count'),
    by: names(by, 'tailBy', 'group-by columns'),
  }),
  slice: (start: unknown, stop: unknown): TableOperation => ({
    op: 'slice',
    start: anyWhole(start, 'slice', 'start'),
    stop: anyWhole(stop, 'slice', 'stop'),
  }),
  ungroup: (cols: unknown, nullFill: unknown): TableOperation => ({
    op: 'ungroup',
    columns: names(cols, 'ungroup', 'columns', { optional: true }),
    nullFill: flag(nullFill, 'ungroup', 'nullFill'),
  }),
  flatten: (): TableOperation => ({ op: 'flatten' }),
  reverse: (): TableOperation => ({ op: 'reverse' }),
  applyPreviewColumns: (): TableOperation => ({ op: 'applyPreviewColumns' }),
  snapshot: (): TableOperation => ({ op: 'snapshot' }),
  metaTable: (): TableOperation => ({ op: 'metaTable' }),
  snapshotWhen: (trigger: unknown, stampCols: unknown, initial: unknown, incremental: unknown, history: unknown): TableOperation => ({
    op: 'snapshotWhen',
    trigger: other(trigger, 'snapshotWhen', 'trigger table'),
    stampColumns: names(stampCols, 'snapshotWhen', 'stamp columns', { optional: true }),
    initial: flag(initial, 'snapshotWhen', 'initial'),
    incremental: flag(incremental, 'snapshotWhen', 'incremental'),
    history: flag(history, 'snapshotWhen', 'history'),
  }),
  whereIn: (filterTable: unknown, cols: unknown, inverted: boolean): TableOperation => {
    const op = inverted ? 'whereNotIn' : 'whereIn';
    return { op: 'whereIn', filterTable: other(filterTable, op, 'filter table'), columns: names(cols, op, 'columns'), inverted };
  },
  naturalJoin: (table: unknown, on: unknown, j: unknown, type: unknown): TableOperation => ({
    op: 'naturalJoin',
    right: other(table, 'naturalJoin'),
    on: joinKeys(on, 'naturalJoin'),
    joins: joins(j, 'naturalJoin'),
    type: oneOf(type, NATURAL, 'naturalJoin', 'type'),
  }),
  exactJoin: (table: unknown, on: unknown, j: unknown): TableOperation => ({
    op: 'exactJoin',
    right: other(table, 'exactJoin'),
    on: joinKeys(on, 'exactJoin'),
    joins: joins(j, 'exactJoin'),
  }),
  join: (table: unknown, on: unknown, j: unknown, reserveBits: unknown): TableOperation => {
    const bits = whole(reserveBits, 'join', 'reserveBits');
    if (bits > 62n) throw badArgument('join', `takes reserveBits up to 62, got ${bits}`);
    return { op: 'join', right: other(table, 'join'), on: joinKeys(on, 'join', true), joins: joins(j, 'join'), reserveBits: Number(bits) };
  },
  asOf: (op: 'aj' | 'raj', table: unknown, on: unknown, j: unknown): TableOperation => ({
    op,
    right: other(table, op),
    on: joinKeys(on, op),
    joins: joins(j, op),
  }),
  aggBy: (aggs: unknown, by: unknown): TableOperation => ({
    op: 'aggBy',
    aggs: aggregations(aggs, 'aggBy', true),
    by: names(by, 'aggBy', 'group-by columns', { optional: true }),
  }),
  aggAllBy: (a: unknown, by: unknown): TableOperation => allBy(specOf(a, 'aggAllBy'), by, 'aggAllBy'),
  allBy,
  countBy: (col: unknown, by: unknown): TableOperation => ({
    op: 'aggBy',
    aggs: [{ kind: 'count', column: name(col, 'countBy', 'a result column name') }],
    by: names(by, 'countBy', 'group-by columns', { optional: true }),
  }),
  weightedBy: (kind: 'weightedAvg' | 'weightedSum', wcol: unknown, by: unknown): TableOperation =>
    allBy({ kind, weightColumn: name(wcol, `${kind}By`, 'a weight column') }, by, `${kind}By`),
  updateBy: (ops: unknown, by: unknown): TableOperation => {
    const list = Array.isArray(ops) ? (ops as unknown[]) : [ops];
    if (list.length === 0 || !list.every(isUpdateByOperation))
      throw badArgument('updateBy', 'takes operations made by the updateBy builders');
    return { op: 'updateBy', ops: list, by: names(by, 'updateBy', 'group-by columns', { optional: true }) };
  },
};
