/**
 * Aggregations for {@link Table.aggBy} and {@link Table.aggAllBy} (pydeephaven's `agg` module, same argument
 * order and defaults). `cols` name the columns to aggregate, each optionally renamed (`'Total = Price'`); leave it
 * out only for `aggAllBy`.
 */
import type { AggSpec, Aggregation } from '../../services/table-operations.js';
import { badArgument, finite, flag, name, names } from './args.js';

const columns = (spec: AggSpec, cols: string | readonly string[] | undefined, op: string): Aggregation => ({
  kind: 'columns',
  spec,
  columns: names(cols, `agg.${op}`, 'columns', { optional: true }),
});

const simple =
  (kind: 'sum' | 'absSum' | 'group' | 'avg' | 'first' | 'last' | 'min' | 'max' | 'std' | 'var') =>
  (cols?: string | readonly string[]): Aggregation =>
    columns({ kind }, cols, kind);

/**
 * The aggregation builders.
 *
 * @example
 * ```ts
 * import { agg } from 'deephaven-rx';
 * const kpis = await trades.aggBy([agg.sum('Volume = Size'), agg.avg('AvgPrice = Price'), agg.count('N')], 'Sym');
 * ```
 */
export const agg = {
  /** Sum. */
  sum: simple('sum'),
  /** Sum of absolute values. */
  absSum: simple('absSum'),
  /** The values of each group as an array column. */
  group: simple('group'),
  /** Mean. */
  avg: simple('avg'),
  /** The number of rows, into a new column `col`. */
  count: (col: string): Aggregation => ({ kind: 'count', column: name(col, 'agg.count', 'a result column name') }),
  /** The number of rows that pass every filter, into a new column `col`. */
  countWhere: (col: string, filters: string | readonly string[]): Aggregation => ({
    kind: 'countWhere',
    column: name(col, 'agg.countWhere', 'a result column name'),
    filters: names(filters, 'agg.countWhere', 'filters'),
  }),
  /** The number of distinct values (nulls counted when `countNulls`). */
  countDistinct: (cols?: string | readonly string[], countNulls = false): Aggregation =>
    columns({ kind: 'countDistinct', countNulls: flag(countNulls, 'agg.countDistinct', 'countNulls') }, cols, 'countDistinct'),
  /** The distinct values as an array column. */
  distinct: (cols?: string | readonly string[], includeNulls = false): Aggregation =>
    columns({ kind: 'distinct', includeNulls: flag(includeNulls, 'agg.distinct', 'includeNulls') }, cols, 'distinct'),
  /** The first value. */
  first: simple('first'),
  /** The last value. */
  last: simple('last'),
  /** Minimum. */
  min: simple('min'),
  /** Maximum. */
  max: simple('max'),
  /** Median (the mean of the two middle values of an even count, unless `averageEvenlyDivided` is false). */
  median: (cols?: string | readonly string[], averageEvenlyDivided = true): Aggregation =>
    columns({ kind: 'median', averageEvenlyDivided: flag(averageEvenlyDivided, 'agg.median', 'averageEvenlyDivided') }, cols, 'median'),
  /** The `percentile` (0 to 1) value. */
  pct: (percentile: number, cols?: string | readonly string[], averageEvenlyDivided = false): Aggregation => {
    const p = finite(percentile, 'agg.pct', 'percentile');
    if (p < 0 || p > 1) throw badArgument('agg.pct', `takes a percentile between 0 and 1, got ${p}`);
    return columns(
      { kind: 'pct', percentile: p, averageEvenlyDivided: flag(averageEvenlyDivided, 'agg.pct', 'averageEvenlyDivided') },
      cols,
      'pct',
    );
  },
  /** The value of the row that sorts first by `orderBy`. */
  sortedFirst: (orderBy: string, cols?: string | readonly string[]): Aggregation =>
    columns({ kind: 'sortedFirst', orderBy: name(orderBy, 'agg.sortedFirst', 'orderBy') }, cols, 'sortedFirst'),
  /** The value of the row that sorts last by `orderBy`. */
  sortedLast: (orderBy: string, cols?: string | readonly string[]): Aggregation =>
    columns({ kind: 'sortedLast', orderBy: name(orderBy, 'agg.sortedLast', 'orderBy') }, cols, 'sortedLast'),
  /** Sample standard deviation. */
  std: simple('std'),
  /** Sample variance. */
  var: simple('var'),
  /** The one value of each group, or `nonUniqueSentinel` (default null) when there are several. */
  unique: (
    cols?: string | readonly string[],
    includeNulls = false,
    nonUniqueSentinel: string | number | bigint | boolean | null = null,
  ): Aggregation => {
    if (!['string', 'number', 'bigint', 'boolean'].includes(typeof nonUniqueSentinel) && nonUniqueSentinel !== null)
      throw badArgument('agg.unique', 'takes a string, number, bigint, boolean or null as nonUniqueSentinel');
    return columns({ kind: 'unique', includeNulls: flag(includeNulls, 'agg.unique', 'includeNulls'), nonUniqueSentinel }, cols, 'unique');
  },
  /** Mean weighted by the column `wcol`. */
  weightedAvg: (wcol: string, cols?: string | readonly string[]): Aggregation =>
    columns({ kind: 'weightedAvg', weightColumn: name(wcol, 'agg.weightedAvg', 'a weight column') }, cols, 'weightedAvg'),
  /** Sum weighted by the column `wcol`. */
  weightedSum: (wcol: string, cols?: string | readonly string[]): Aggregation =>
    columns({ kind: 'weightedSum', weightColumn: name(wcol, 'agg.weightedSum', 'a weight column') }, cols, 'weightedSum'),
  /**
   * A formula over each group: `formula('Out = sum(A) * 2')`, or with `formulaParam` standing for each of `cols`
   * (`formula('max(each)', 'each', ['MaxA = A'])`).
   */
  formula: (formula: string, formulaParam?: string, cols?: string | readonly string[]): Aggregation => {
    const f = name(formula, 'agg.formula', 'a formula');
    if (formulaParam === undefined) {
      if (cols !== undefined) throw badArgument('agg.formula', 'takes cols only together with formulaParam');
      return { kind: 'formula', formula: f };
    }
    return columns({ kind: 'formula', formula: f, paramToken: name(formulaParam, 'agg.formula', 'formulaParam') }, cols, 'formula');
  },
  /** Each group's rows as a table (a partition), into column `col`. */
  partition: (col: string, includeByColumns = true): Aggregation => ({
    kind: 'partition',
    column: name(col, 'agg.partition', 'a result column name'),
    includeByColumns: flag(includeByColumns, 'agg.partition', 'includeByColumns'),
  }),
};
