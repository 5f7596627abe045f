import type { Table as ArrowTable } from 'apache-arrow';
import type { RowSet } from '../barrage/row-set.js';
import type { CellFormat } from './formats.js';

/** Options of {@link Table.updates}. */
export interface UpdatesOptions {
  /** The columns to subscribe to (all when absent), in any order; the tables come in schema order. */
  readonly columns?: readonly string[];
  /**
   * Fetch the hidden columns the server adds for `format_columns`, `format_row_where` and number or date formats, and
   * decode them for `format` and `rowFormat`. They never appear among `table`'s columns.
   * @default true
   */
  readonly formats?: boolean;
  /**
   * How often the server may send updates, in milliseconds (it coalesces what happens in between).
   * @default the server's (1000 ms on a default server)
   */
  readonly updateIntervalMs?: number;
  /**
   * For consumers slower than the table: emit in a new task, merging the updates that arrived since the last emission
   * into one (the newest state, the row sets of all of them; see {@link coalesceMap}). At most one merged update
   * waits, so memory stays bounded however slow a synchronous observer is. Without it every server update is one
   * emission, delivered synchronously as it is read (see "Back-pressure" in the README).
   * @default false
   */
  readonly coalesce?: boolean;
  /** Ends the subscription (the stream completes). */
  readonly signal?: AbortSignal;
}

/**
 * One state of a live table ({@link Table.updates}): the table after a server update, and what the update changed.
 * Positions are row numbers in table order (0 is the first row).
 */
export interface TableUpdate {
  /**
   * The whole table after this update, as an apache-arrow `Table` in table order. Built when first read (sharing the
   * buffers the server sent, no copy): an update nobody reads this of costs only what it changed.
   */
  readonly table: ArrowTable;
  /** The number of rows after this update. */
  readonly size: number;
  /** True for the complete initial state (and for a fresh state after a reconnection). */
  readonly isSnapshot: boolean;
  /** Positions, in the previous state, of the rows this update removed. */
  readonly removed: RowSet;
  /** Positions, in this state, of the rows this update added (every row on a snapshot). */
  readonly added: RowSet;
  /** Positions, in this state, of the rows whose values changed. */
  readonly modified: RowSet;
  /** The names of the columns whose values changed. */
  readonly modifiedColumns: readonly string[];
  /** The added rows, in the order of {@link TableUpdate.added}. */
  readonly addedRows: ArrowTable;
  /** The modified rows (every subscribed column), in the order of {@link TableUpdate.modified}. */
  readonly modifiedRows: ArrowTable;
  /**
   * The format the server gives one cell (row a position in `table`, column a name or an index of `table`'s columns): colours of
   * the cell merged over those of its row, and its number or date pattern. `undefined` when the cell has none, or
   * when the subscription was made with `formats: false`.
   *
   * @example
   * ```ts
   * const update = await firstValueFrom(table.updates());
   * const f = update.format(0, 'Price');
   * if (f?.numberFormat !== undefined) console.log(formatValue(update.table.getChild('Price')?.get(0), f.numberFormat, 'double'));
   * ```
   */
  format(row: number, column: string | number): CellFormat | undefined;
  /** The colours of a row (`format_row_where`), `undefined` when it has none. */
  rowFormat(row: number): CellFormat | undefined;
}

/** An inclusive range of row positions: `{ first: 0, last: 49 }` is the first fifty rows. */
export interface ViewportRange {
  readonly first: number;
  readonly last: number;
}

/** Options of {@link Table.viewport}. */
export interface ViewportOptions {
  /** The columns to subscribe to (all when absent). */
  readonly columns?: readonly string[];
  /**
   * Fetch the hidden columns the server adds for `format_columns`, `format_row_where` and number or date formats, and
   * decode them for `format` and `rowFormat`. They never appear among `table`'s columns.
   * @default true
   */
  readonly formats?: boolean;
  /**
   * How often the server may send updates, in milliseconds.
   * @default the server's (1000 ms on a default server)
   */
  readonly updateIntervalMs?: number;
  /** Count positions from the end of the table (position 0 is the last row); rows still come in table order. */
  readonly reverse?: boolean;
  /**
   * Emit in a new task, merging the viewport updates that arrived since the last emission (superseded rows are
   * dropped, only the newest rows in view are kept); see {@link UpdatesOptions.coalesce}.
   * @default false
   */
  readonly coalesce?: boolean;
  /** Ends the subscription (the stream completes). */
  readonly signal?: AbortSignal;
}

/** One state of a viewport ({@link Table.viewport}): the rows in view and what changed among them. */
export interface ViewportUpdate {
  /** The rows in view, in table order, as an apache-arrow `Table`. */
  readonly table: ArrowTable;
  /** The table position of the viewport's row 0 (for a reverse viewport, of its top row). */
  readonly first: number;
  /** The number of rows of the whole table. */
  readonly totalSize: number;
  /** True for the first state of a (new) range, and after a reconnection. */
  readonly isSnapshot: boolean;
  /** Rows of the previous viewport state that left it (indices into that state's `table`). */
  readonly removed: RowSet;
  /** Rows of `table` that are new in the viewport. */
  readonly added: RowSet;
  /** Rows of `table` whose values changed. */
  readonly modified: RowSet;
  /**
   * The format the server gives one cell (row an index into `table`, column a name or an index of `table`'s columns): colours of
   * the cell merged over those of its row, and its number or date pattern. `undefined` when the cell has none, or
   * when the subscription was made with `formats: false`.
   *
   * @example
   * ```ts
   * const update = await firstValueFrom(table.updates());
   * const f = update.format(0, 'Price');
   * if (f?.numberFormat !== undefined) console.log(formatValue(update.table.getChild('Price')?.get(0), f.numberFormat, 'double'));
   * ```
   */
  format(row: number, column: string | number): CellFormat | undefined;
  /** The colours of a row (`format_row_where`), `undefined` when it has none. */
  rowFormat(row: number): CellFormat | undefined;
}
