import type { CallOptions } from '../../rx/abortable.js';
import type { ExportTicket } from '../../ticket/ticket.js';
import type { Names } from '../ops/table-interface.js';
import type { Filter, SortDirection } from './apply.js';
import { HierarchicalTable } from './hierarchical-table.js';

/**
 * A rollup ({@link Table.rollup}): the source's aggregates at every level of its group-by columns, from the totals
 * row (depth 1) down to one row per full key (and, with `includeConstituents`, the source rows below). A row's
 * {@link HierarchicalRow.key} is its group-by values from the first on.
 *
 * @example
 * ```ts
 * const bySym = await trades.rollup([agg.sum('Size'), agg.avg('AvgPx = Price')], ['Sym', 'Exchange']);
 * await bySym.expand(['AAPL']);
 * const aapl = await bySym.where(filters.eq('Sym', 'AAPL'));
 * ```
 */
export class RollupTable extends HierarchicalTable {
  /** The group-by columns, in order (one level each). */
  get groupBy(): readonly string[] {
    return this.roles.keyNames;
  }

  /**
   * A new rollup of the rows that pass every filter. A rollup filters on its group-by columns only: `filters`
   * objects, or simple comparisons (`'Sym = `AAPL`'`); other columns are an `InvalidArgument` before any call.
   *
   * @example
   * ```ts
   * const aapl = await rollup.where('Sym = `AAPL`');
   * ```
   */
  where(filters: Names | Filter | readonly Filter[], options?: CallOptions): Promise<RollupTable> {
    return this.applied(
      'where',
      () => ({ filters: this.filtersOf(filters, this.roles.keyNames, 'a rollup filters on its group-by columns only, and'), sorts: [] }),
      options,
    );
  }

  /**
   * A new rollup whose rows are sorted within each level.
   *
   * @example
   * ```ts
   * const bySize = await rollup.sort('Size', 'desc');
   * ```
   */
  sort(orderBy: Names, order: SortDirection | readonly SortDirection[] = 'asc', options?: CallOptions): Promise<RollupTable> {
    return this.applied('sort', () => ({ filters: [], sorts: this.sortsOf(orderBy, order) }), options);
  }

  /** @internal */
  protected derived(ticket: ExportTicket): this {
    return new RollupTable(this.connection, ticket, this.roles, this.isRefreshing) as this;
  }
}
