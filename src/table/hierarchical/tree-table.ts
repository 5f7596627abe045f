import type { CallOptions } from '../../rx/abortable.js';
import type { ExportTicket } from '../../ticket/ticket.js';
import type { Names } from '../ops/table-interface.js';
import type { Filter, SortDirection } from './apply.js';
import { HierarchicalTable } from './hierarchical-table.js';

/**
 * A tree ({@link Table.tree}): the source's rows under their parents, by an identifier column and a parent-identifier
 * column; rows whose parent is null are the top level. A row's {@link HierarchicalRow.key} is `[identifier]`.
 *
 * @example
 * ```ts
 * const org = await employees.tree('Id', 'ParentId');
 * await org.expand([1n]);
 * ```
 */
export class TreeTable extends HierarchicalTable {
  /** The identifier column. */
  get idColumn(): string {
    return this.roles.keyNames[0] as string;
  }

  /** The parent-identifier column. */
  get parentColumn(): string | undefined {
    return this.roles.parentName;
  }

  /**
   * A new tree of the rows that pass every filter, with their ancestors (so that each stays under its parent).
   *
   * @example
   * ```ts
   * const sales = await tree.where(filters.eq('Dept', 'Sales'));
   * ```
   */
  where(filters: Names | Filter | readonly Filter[], options?: CallOptions): Promise<TreeTable> {
    return this.applied('where', () => ({ filters: this.filtersOf(filters, this.columns, 'the tree'), sorts: [] }), options);
  }

  /**
   * A new tree whose children are sorted under each parent.
   *
   * @example
   * ```ts
   * const byName = await tree.sort('Name');
   * ```
   */
  sort(orderBy: Names, order: SortDirection | readonly SortDirection[] = 'asc', options?: CallOptions): Promise<TreeTable> {
    return this.applied('sort', () => ({ filters: [], sorts: this.sortsOf(orderBy, order) }), options);
  }

  /** @internal */
  protected derived(ticket: ExportTicket): this {
    return new TreeTable(this.connection, ticket, this.roles, this.isRefreshing) as this;
  }
}
