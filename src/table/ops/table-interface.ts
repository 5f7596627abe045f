/**
 * The table operations shared by {@link Table} (each a call that resolves to a new `Table`) and by the batched
 * {@link Query} builder (each a step of one `Batch` call): pydeephaven's `TableInterface`, in camelCase, with its
 * argument order and defaults.
 */
import type { Aggregation, Filter, NaturalJoinType, TableOperation, UpdateByOperation } from '../../services/table-operations.js';
import type { CallOptions } from '../../rx/abortable.js';
import { operations as o, type SortDirection, type SortSpec, type TableHandle } from './operations.js';

/**
 * Options of every table operation: `signal` stops waiting (the Promise rejects with an `AbortError` and the table
 * being made is released).
 *
 * @deprecated Use {@link CallOptions}.
 */
export type OperationOptions = CallOptions;

/** Column names or formulas: one as a string, or several as an array (pydeephaven takes both). */
export type Names = string | readonly string[];

/**
 * The flags of {@link TableOperations.naturalJoin} as an options object (beside `signal` on a `Table`), instead of
 * pydeephaven's positional order.
 *
 * @example
 * ```ts
 * const priced = await trades.naturalJoin(refData, 'Sym', { type: 'firstMatch', signal: AbortSignal.timeout(5000) });
 * ```
 */
export interface NaturalJoinOptions {
  /** What to do when several rows of the right table match one row. @default 'errorOnDuplicate' */
  readonly type?: NaturalJoinType | undefined;
}

/**
 * The flags of {@link TableOperations.join} as an options object (beside `signal` on a `Table`).
 *
 * @example
 * ```ts
 * const pairs = await trades.join(refData, 'Sym', 'Name', { reserveBits: 12 });
 * ```
 */
export interface JoinOptions {
  /** Bits of the row key kept for the right table's rows per left row (up to 62). @default 10 */
  readonly reserveBits?: number | undefined;
}

/**
 * The flags of {@link TableOperations.ungroup} as an options object (beside `signal` on a `Table`).
 *
 * @example
 * ```ts
 * const rows = await table.ungroup('Prices', { nullFill: false });
 * ```
 */
export interface UngroupOptions {
  /** Pads arrays shorter than the longest of their row with nulls. @default true */
  readonly nullFill?: boolean | undefined;
}

/**
 * The flags of {@link TableOperations.snapshotWhen} as an options object (beside `signal` on a `Table`).
 *
 * @example
 * ```ts
 * const ticks = await session.timeTable('PT1s');
 * const history = await trades.snapshotWhen(ticks, 'Timestamp', { initial: true, history: true });
 * ```
 */
export interface SnapshotWhenOptions {
  /** Takes a snapshot at once, before the trigger first ticks. @default false */
  readonly initial?: boolean | undefined;
  /** Updates only the rows that changed since the last snapshot. @default false */
  readonly incremental?: boolean | undefined;
  /** Appends each snapshot to the ones before it. @default false */
  readonly history?: boolean | undefined;
}

/** True for an options object: column names are a string or an array. */
const isOptions = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every table operation. `R` is what an operation returns: `Promise<Table>` on a {@link Table}, the builder itself
 * on a {@link Query}; `O` its options (`{ signal }` on a `Table`; none on a `Query`, whose `exec` takes them).
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const bySym = await table.aggBy([agg.avg('AvgPx = Price')], 'Sym', { signal: controller.signal });
 * const same = await session.query(table).aggBy([agg.avg('AvgPx = Price')], 'Sym').exec();
 * ```
 */
export abstract class TableOperations<R, O = CallOptions> {
  /** @internal Applies one operation (its arguments are checked by `make`, which throws on bad input). */
  protected abstract apply(make: () => TableOperation, options: O | undefined): R;

  /** Adds or replaces columns by formulas, computed now and kept (`update`). */
  update(formulas: Names, options?: O): R {
    return this.apply(() => o.update(formulas), options);
  }

  /** Adds or replaces columns by formulas, computed on first read of each cell and cached (`lazy_update`). */
  lazyUpdate(formulas: Names, options?: O): R {
    return this.apply(() => o.lazyUpdate(formulas), options);
  }

  /** Only the given columns or formulas, computed when read (`view`). */
  view(formulas: Names, options?: O): R {
    return this.apply(() => o.view(formulas), options);
  }

  /** Adds or replaces columns by formulas, computed when read (`update_view`). */
  updateView(formulas: Names, options?: O): R {
    return this.apply(() => o.updateView(formulas), options);
  }

  /** Only the given columns or formulas, computed now and kept; all columns when none are given (`select`). */
  select(formulas?: Names, options?: O): R {
    return this.apply(() => o.select(formulas), options);
  }

  /** The distinct combinations of values of the given columns (all columns when none given). */
  selectDistinct(cols?: Names, options?: O): R {
    return this.apply(() => o.selectDistinct(cols), options);
  }

  /** Without the given columns. */
  dropColumns(cols: Names, options?: O): R {
    return this.apply(() => o.dropColumns(cols), options);
  }

  /**
   * The rows that pass every filter: formula strings (`'X > 5'`, trusted text only), or structured filters from
   * the `filters` builders, which carry user values safely (`filters.eq('Name', userInput)`).
   */
  where(filters: Names | Filter | readonly Filter[], options?: O): R {
    return this.apply(() => o.where(filters), options);
  }

  /** The rows whose `cols` values appear in `filterTable` (re-evaluated when it ticks). */
  whereIn(filterTable: TableHandle, cols: Names, options?: O): R {
    return this.apply(() => o.whereIn(filterTable, cols, false), options);
  }

  /** The rows whose `cols` values do not appear in `filterTable`. */
  whereNotIn(filterTable: TableHandle, cols: Names, options?: O): R {
    return this.apply(() => o.whereIn(filterTable, cols, true), options);
  }

  /**
   * Sorted by the given columns, each ascending unless `order` says otherwise (once for all, or once per column).
   * A column can also be a {@link SortSpec} item, `{ column, descending?, absolute? }`, with its own direction (then
   * `order` does not apply to it) and, for numeric columns, a sort by absolute value.
   *
   * @example
   * ```ts
   * const ranked = await table.sort(['Sym', { column: 'Change', descending: true, absolute: true }]);
   * ```
   */
  sort(
    orderBy: Names | SortSpec | readonly (string | SortSpec)[],
    order: SortDirection | readonly SortDirection[] = 'asc',
    options?: O,
  ): R {
    return this.apply(() => o.sort(orderBy, order), options);
  }

  /**
   * The rows in reverse order (last first), as the JS API's `reverse`: a cheap view, no sort.
   *
   * @example
   * ```ts
   * const newestFirst = await trades.reverse();
   * ```
   */
  reverse(options?: O): R {
    return this.apply(() => o.reverse(), options);
  }

  /**
   * The table made for display (the server's `ApplyPreviewColumns`, as Deephaven's own grid does): array and vector
   * columns become short text previews of their first few elements (`[1, 2, 3, 4, 5...]`), and values of other types
   * the server cannot send as Arrow (such as Python objects) become their text, so a grid reads little per cell.
   * Other columns are unchanged; on 42.7 strings are sent whole, so a grid should still clip long ones itself.
   *
   * @example
   * ```ts
   * const forGrid = await table.applyPreviewColumns();
   * forGrid.viewport({ first: 0, last: 49 }).subscribe((v) => console.log(v.table.toArray()));
   * ```
   */
  applyPreviewColumns(options?: O): R {
    return this.apply(() => o.applyPreviewColumns(), options);
  }

  /**
   * Sorted by the given columns, every one descending (as pydeephaven documents it; pydeephaven 42.7 itself sorts
   * only the first column descending when given several).
   */
  sortDescending(orderBy: Names, options?: O): R {
    return this.apply(() => o.sortDescending(orderBy), options);
  }

  /** The first `numRows` rows. */
  head(numRows: number | bigint, options?: O): R {
    return this.apply(() => o.head(numRows), options);
  }

  /** The last `numRows` rows. */
  tail(numRows: number | bigint, options?: O): R {
    return this.apply(() => o.tail(numRows), options);
  }

  /** The first `numRows` rows of each group of `by`. */
  headBy(numRows: number | bigint, by: Names, options?: O): R {
    return this.apply(() => o.headBy(numRows, by), options);
  }

  /** The last `numRows` rows of each group of `by`. */
  tailBy(numRows: number | bigint, by: Names, options?: O): R {
    return this.apply(() => o.tailBy(numRows, by), options);
  }

  /** Rows `start` (inclusive) to `stop` (exclusive) by position; negative positions count from the end. */
  slice(start: number | bigint, stop: number | bigint, options?: O): R {
    return this.apply(() => o.slice(start, stop), options);
  }

  /**
   * Adds the `joins` columns (all of the right table's other columns by default) of the one row of `table` that
   * matches each row on `on` (`'Key'` or `'Left = Right'`); nulls where none does. The flag goes in an options
   * object ({@link NaturalJoinOptions}) or, in pydeephaven's order, before the options.
   *
   * @example
   * ```ts
   * const a = await trades.naturalJoin(refData, 'Sym', 'Name', { type: 'lastMatch' });
   * const b = await trades.naturalJoin(refData, 'Sym', 'Name', 'lastMatch'); // the same, pydeephaven's order
   * ```
   */
  naturalJoin(table: TableHandle, on: Names, options: NaturalJoinOptions & ([O] extends [never] ? unknown : O)): R;
  naturalJoin(
    table: TableHandle,
    on: Names,
    joins: Names | undefined,
    options: NaturalJoinOptions & ([O] extends [never] ? unknown : O),
  ): R;
  naturalJoin(table: TableHandle, on: Names, joins?: Names, type?: NaturalJoinType, options?: O): R;
  naturalJoin(
    table: TableHandle,
    on: Names,
    joins?: Names | NaturalJoinOptions,
    type?: NaturalJoinType | NaturalJoinOptions,
    options?: O,
  ): R {
    if (isOptions(joins)) return this.naturalJoin(table, on, undefined, joins as never);
    if (isOptions(type)) {
      const flags = type.type ?? 'errorOnDuplicate';
      return this.apply(() => o.naturalJoin(table, on, joins, flags), type as unknown as O);
    }
    return this.apply(() => o.naturalJoin(table, on, joins, type ?? 'errorOnDuplicate'), options);
  }

  /** Like {@link TableOperations.naturalJoin}, but every row must match exactly one row of `table`. */
  exactJoin(table: TableHandle, on: Names, joins?: Names, options?: O): R {
    return this.apply(() => o.exactJoin(table, on, joins), options);
  }

  /**
   * Cross join: every pair of rows that match on `on` (all pairs when `on` is empty); `reserveBits` sizes the row
   * keys. The flag goes in an options object ({@link JoinOptions}) or, in pydeephaven's order, before the options.
   *
   * @example
   * ```ts
   * const a = await trades.join(refData, 'Sym', undefined, { reserveBits: 12 });
   * const b = await trades.join(refData, 'Sym', undefined, 12); // the same, pydeephaven's order
   * ```
   */
  join(table: TableHandle, options: JoinOptions & ([O] extends [never] ? unknown : O)): R;
  join(table: TableHandle, on: Names | undefined, options: JoinOptions & ([O] extends [never] ? unknown : O)): R;
  join(table: TableHandle, on: Names | undefined, joins: Names | undefined, options: JoinOptions & ([O] extends [never] ? unknown : O)): R;
  join(table: TableHandle, on?: Names, joins?: Names, reserveBits?: number, options?: O): R;
  join(table: TableHandle, on?: Names | JoinOptions, joins?: Names | JoinOptions, reserveBits?: number | JoinOptions, options?: O): R {
    if (isOptions(on)) return this.join(table, undefined, undefined, on as never);
    if (isOptions(joins)) return this.join(table, on, undefined, joins as never);
    if (isOptions(reserveBits)) {
      const bits = reserveBits.reserveBits ?? 10;
      return this.apply(() => o.join(table, on, joins, bits), reserveBits as unknown as O);
    }
    return this.apply(() => o.join(table, on, joins, reserveBits ?? 10), options);
  }

  /** As-of join: exact matches on all but the last of `on`, then the closest row of `table` at or before the last. */
  aj(table: TableHandle, on: Names, joins?: Names, options?: O): R {
    return this.apply(() => o.asOf('aj', table, on, joins), options);
  }

  /** Reverse as-of join: like {@link TableOperations.aj}, the closest row at or after. */
  raj(table: TableHandle, on: Names, joins?: Names, options?: O): R {
    return this.apply(() => o.asOf('raj', table, on, joins), options);
  }

  /** Groups the rows by `by`, every other column becoming an array column. */
  groupBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'group' }, by, 'groupBy'), options);
  }

  /**
   * Expands array columns (all of them when `cols` is empty) into rows; `nullFill` pads shorter arrays with nulls.
   * The flag goes in an options object ({@link UngroupOptions}) or, in pydeephaven's order, before the options.
   *
   * @example
   * ```ts
   * const a = await table.ungroup('Prices', { nullFill: false });
   * const b = await table.ungroup('Prices', false); // the same, pydeephaven's order
   * ```
   */
  ungroup(options: UngroupOptions & ([O] extends [never] ? unknown : O)): R;
  ungroup(cols: Names | undefined, options: UngroupOptions & ([O] extends [never] ? unknown : O)): R;
  ungroup(cols?: Names, nullFill?: boolean, options?: O): R;
  ungroup(cols?: Names | UngroupOptions, nullFill?: boolean | UngroupOptions, options?: O): R {
    if (isOptions(cols)) return this.ungroup(undefined, cols as never);
    if (isOptions(nullFill)) return this.apply(() => o.ungroup(cols, nullFill.nullFill ?? true), nullFill as unknown as O);
    return this.apply(() => o.ungroup(cols, nullFill ?? true), options);
  }

  /** One row per group of `by` with the given aggregations (from the `agg` builders). */
  aggBy(aggs: Aggregation | readonly Aggregation[], by?: Names, options?: O): R {
    return this.apply(() => o.aggBy(aggs, by), options);
  }

  /** One column aggregation (e.g. `agg.avg()`) applied to every column that is not a group-by column. */
  aggAllBy(agg: Aggregation, by?: Names, options?: O): R {
    return this.apply(() => o.aggAllBy(agg, by), options);
  }

  /** The first row of each group. */
  firstBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'first' }, by, 'firstBy'), options);
  }

  /** The last row of each group. */
  lastBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'last' }, by, 'lastBy'), options);
  }

  /** Sums per group. */
  sumBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'sum' }, by, 'sumBy'), options);
  }

  /** Sums of absolute values per group. */
  absSumBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'absSum' }, by, 'absSumBy'), options);
  }

  /** Means per group. */
  avgBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'avg' }, by, 'avgBy'), options);
  }

  /** Sample standard deviations per group. */
  stdBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'std' }, by, 'stdBy'), options);
  }

  /** Sample variances per group. */
  varBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'var' }, by, 'varBy'), options);
  }

  /** Medians per group. */
  medianBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'median', averageEvenlyDivided: true }, by, 'medianBy'), options);
  }

  /** Minimums per group. */
  minBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'min' }, by, 'minBy'), options);
  }

  /** Maximums per group. */
  maxBy(by?: Names, options?: O): R {
    return this.apply(() => o.allBy({ kind: 'max' }, by, 'maxBy'), options);
  }

  /** The number of rows per group, in a new column `col`. */
  countBy(col: string, by?: Names, options?: O): R {
    return this.apply(() => o.countBy(col, by), options);
  }

  /** Means weighted by the column `wcol`, per group. */
  weightedAvgBy(wcol: string, by?: Names, options?: O): R {
    return this.apply(() => o.weightedBy('weightedAvg', wcol, by), options);
  }

  /** Sums weighted by the column `wcol`, per group. */
  weightedSumBy(wcol: string, by?: Names, options?: O): R {
    return this.apply(() => o.weightedBy('weightedSum', wcol, by), options);
  }

  /** Running, windowed and exponential figures (from the `updateBy` builders), per group of `by`. */
  updateBy(ops: UpdateByOperation | readonly UpdateByOperation[], by?: Names, options?: O): R {
    return this.apply(() => o.updateBy(ops, by), options);
  }

  /** A static copy of the table as it is now. */
  snapshot(options?: O): R {
    return this.apply(() => o.snapshot(), options);
  }

  /**
   * Copies of this table taken whenever `triggerTable` ticks, with the trigger's `stampCols` (all by default)
   * added; `initial` takes one at once, `incremental` and `history` as in pydeephaven. The flags go in an options
   * object ({@link SnapshotWhenOptions}) or, in pydeephaven's order, before the options.
   *
   * @example
   * ```ts
   * const ticks = await session.timeTable('PT1s');
   * const a = await trades.snapshotWhen(ticks, undefined, { initial: true, history: true });
   * const b = await trades.snapshotWhen(ticks, undefined, true, false, true); // the same, pydeephaven's order
   * ```
   */
  snapshotWhen(triggerTable: TableHandle, options: SnapshotWhenOptions & ([O] extends [never] ? unknown : O)): R;
  snapshotWhen(
    triggerTable: TableHandle,
    stampCols: Names | undefined,
    options: SnapshotWhenOptions & ([O] extends [never] ? unknown : O),
  ): R;
  snapshotWhen(triggerTable: TableHandle, stampCols?: Names, initial?: boolean, incremental?: boolean, history?: boolean, options?: O): R;
  snapshotWhen(
    triggerTable: TableHandle,
    stampCols?: Names | SnapshotWhenOptions,
    initial?: boolean | SnapshotWhenOptions,
    incremental = false,
    history = false,
    options?: O,
  ): R {
    if (isOptions(stampCols)) return this.snapshotWhen(triggerTable, undefined, stampCols as never);
    if (isOptions(initial)) {
      const f = initial;
      const [first, onlyChanges, keep] = [f.initial ?? false, f.incremental ?? false, f.history ?? false];
      return this.apply(() => o.snapshotWhen(triggerTable, stampCols, first, onlyChanges, keep), initial as unknown as O);
    }
    return this.apply(() => o.snapshotWhen(triggerTable, stampCols, initial ?? false, incremental, history), options);
  }

  /** The same rows with a flat (0…n-1) row set. */
  flatten(options?: O): R {
    return this.apply(() => o.flatten(), options);
  }

  /** A table describing this table's columns: `Name`, `DataType`, `ColumnType`, … (a method, as it makes a table). */
  metaTable(options?: O): R {
    return this.apply(() => o.metaTable(), options);
  }
}
