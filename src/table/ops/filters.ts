/**
 * Structured filters for {@link Table.where} (pydeephaven's `filters` module): each builds a condition from values,
 * sent to the server as typed literals, never spliced into a formula. A value like `O'Neil" || true` is matched
 * literally.
 */
import type { CompareOperator, Filter, FilterValue } from '../../services/table-operations.js';
import { badArgument, flag, name } from './args.js';
import { isFilter } from './kinds.js';

/** A column on the right side of a comparison: `filters.eq('A', filters.column('B'))` compares two columns. */
export interface ColumnName {
  readonly column: string;
}

/** The values a filter compares with: literals, or another column. */
export type FilterLiteral = string | number | bigint | boolean | Date | ColumnName;

function literal(value: unknown, op: string): FilterValue {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'bigint') return { kind: 'long', value };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw badArgument(op, 'cannot compare with NaN');
    return Number.isSafeInteger(value) ? { kind: 'long', value: BigInt(value) } : { kind: 'double', value };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw badArgument(op, 'takes a valid Date');
    return { kind: 'instant', nanos: BigInt(value.getTime()) * 1_000_000n };
  }
  if (typeof value === 'object' && value !== null && typeof (value as ColumnName).column === 'string')
    return { kind: 'column', name: name((value as ColumnName).column, op, 'a column name') };
  throw badArgument(op, `takes a string, number, bigint, boolean, Date or filters.column(name) as its value, got ${String(value)}`);
}

function compare(op: CompareOperator, fn: string) {
  return (column: string, value: FilterLiteral, caseSensitive = true): Filter => ({
    kind: 'compare',
    op,
    lhs: { kind: 'column', name: name(column, `filters.${fn}`, 'a column name') },
    rhs: literal(value, `filters.${fn}`),
    caseSensitive: flag(caseSensitive, `filters.${fn}`, 'caseSensitive'),
  });
}

function filterList(value: unknown, op: string): Filter[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length === 0 || !list.every(isFilter)) throw badArgument(op, 'takes a non-empty array of filters');
  return list;
}

function pattern(kind: 'matches' | 'contains', fn: string) {
  return (column: string, text: string, invert = false, caseSensitive = true): Filter => {
    if (typeof text !== 'string') throw badArgument(`filters.${fn}`, 'takes its pattern as a string');
    return {
      kind,
      column: name(column, `filters.${fn}`, 'a column name'),
      text,
      invert: flag(invert, `filters.${fn}`, 'invert'),
      caseSensitive: flag(caseSensitive, `filters.${fn}`, 'caseSensitive'),
    };
  };
}

/**
 * The filter builders. The first argument of a comparison names a column, the second is a value (or
 * `filters.column(name)`); string comparisons are case-sensitive unless `caseSensitive` is false.
 *
 * @example
 * ```ts
 * import { filters } from 'deephaven-rx';
 * const rows = await trades.where([filters.eq('Sym', userInput), filters.gt('Price', 100)]);
 * const either = await trades.where(filters.or([filters.isNull('Sym'), filters.in('Sym', ['AAPL', 'MSFT'])]));
 * ```
 */
export const filters = {
  /** A column of the other side of a comparison (pydeephaven's `ColumnName`). */
  column: (columnName: string): ColumnName => ({ column: name(columnName, 'filters.column', 'a column name') }),
  /** `column == value`. */
  eq: compare('eq', 'eq'),
  /** `column != value`. */
  ne: compare('ne', 'ne'),
  /** `column < value`. */
  lt: (column: string, value: FilterLiteral): Filter => compare('lt', 'lt')(column, value),
  /** `column > value`. */
  gt: (column: string, value: FilterLiteral): Filter => compare('gt', 'gt')(column, value),
  /** `column <= value`. */
  le: (column: string, value: FilterLiteral): Filter => compare('le', 'le')(column, value),
  /** `column >= value`. */
  ge: (column: string, value: FilterLiteral): Filter => compare('ge', 'ge')(column, value),
  /** The column's value is one of `values`. */
  in: (column: string, values: readonly (string | number | bigint | boolean | Date)[], caseSensitive = true): Filter => {
    if (!Array.isArray(values) || values.length === 0) throw badArgument('filters.in', 'takes a non-empty array of values');
    return {
      kind: 'in',
      column: name(column, 'filters.in', 'a column name'),
      values: values.map((v) => literal(v, 'filters.in')),
      caseSensitive: flag(caseSensitive, 'filters.in', 'caseSensitive'),
    };
  },
  /** The column is null. */
  isNull: (column: string): Filter => ({ kind: 'isNull', column: name(column, 'filters.isNull', 'a column name') }),
  /** The column is not null. */
  isNotNull: (column: string): Filter => ({
    kind: 'not',
    filter: { kind: 'isNull', column: name(column, 'filters.isNotNull', 'a column name') },
  }),
  /** The whole of the column's text matches the regular expression (or does not, with `invert`). */
  matches: pattern('matches', 'matches'),
  /** The column's text contains `text` (or does not, with `invert`). */
  contains: pattern('contains', 'contains'),
  /** Every filter holds. */
  and: (all: readonly Filter[]): Filter => ({ kind: 'and', filters: filterList(all, 'filters.and') }),
  /** At least one filter holds. */
  or: (any: readonly Filter[]): Filter => ({ kind: 'or', filters: filterList(any, 'filters.or') }),
  /** The filter does not hold. */
  not: (filter: Filter): Filter => ({ kind: 'not', filter: filterList([filter], 'filters.not')[0] as Filter }),
};
