import type { Table as ArrowTable } from 'apache-arrow';
import { Observable, from, type ObservableInput, type OperatorFunction, type Subscription } from 'rxjs';
import { mergeChanges } from '../barrage/coalesce.js';
import { rowsAt } from '../barrage/materialize.js';
import { RowSet } from '../barrage/row-set.js';
import type { TableUpdate, ViewportUpdate } from './live-types.js';
import type { CellFormat } from './formats.js';

/**
 * Like RxJS `concatMap`, for live tables whose consumer is slower than the table: `project` runs for one update at a
 * time, and the updates that arrive while it runs are merged into one (the newest state, with the row sets of all of
 * them), which it gets next. Nothing queues: however slow the consumer, at most one merged update waits, so memory
 * stays bounded by the table's size rather than growing with time, and the consumer catches up to the newest state as
 * soon as it is free. Each `project` call starts in a new task (a `setTimeout` 0), after the messages that arrived
 * meanwhile have been read, so a consumer that blocks (synchronous work) is coalesced as well as one that awaits.
 *
 * The merged update's `removed` are positions in the state `project` saw last, `added` and `modified` positions in
 * the new state (a row added and then removed in between is in neither; one added and then modified is only in
 * `added`); `modifiedColumns` is the union of the merged updates' (a column may be named whose changed rows were since
 * removed). A snapshot (a reconnection's fresh state, a viewport's new range) among them makes the merge a snapshot.
 *
 * Teardown unsubscribes from the table's stream (ending the server subscription) and from the running `project`.
 *
 * @example
 * ```ts
 * import { coalesceMap } from 'deephaven-rx';
 *
 * // Saving each state takes longer than the table takes to tick: the saves never fall behind by more than one.
 * table.updates({ updateIntervalMs: 50 }).pipe(
 *   coalesceMap(async (u) => {
 *     await fetch('/save', { method: 'POST', body: JSON.stringify({ size: u.size, added: u.added.size }) });
 *     return u.size;
 *   }),
 * ).subscribe((size) => console.log('saved', size));
 * ```
 */
export function coalesceMap<T extends TableUpdate | ViewportUpdate, R>(project: (update: T) => ObservableInput<R>): OperatorFunction<T, R> {
  return (source$) =>
    new Observable<R>((subscriber) => {
      // The bound: one merged update waiting (`pending`) and one being projected; nothing else is kept.
      let pending: T | undefined;
      let busy = false;
      let sourceDone = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let inner: Subscription | undefined;

      const idle = (): void => {
        busy = false;
        if (sourceDone) subscriber.complete();
      };
      const schedule = (): void => {
        busy = true;
        timer = setTimeout(start, 0);
      };
      function start(): void {
        timer = undefined;
        const value = pending;
        pending = undefined;
        if (value === undefined) return idle();
        let projected$: Observable<R>;
        try {
          projected$ = from(project(value));
        } catch (err) {
          subscriber.error(err);
          return;
        }
        inner = projected$.subscribe({
          next: (r) => subscriber.next(r),
          error: (err: unknown) => subscriber.error(err),
          complete: () => {
            inner = undefined;
            if (pending !== undefined) schedule();
            else idle();
          },
        });
      }

      const sourceSub = source$.subscribe({
        next: (update) => {
          pending = pending === undefined ? update : mergeUpdates(pending, update);
          if (!busy) schedule();
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => {
          sourceDone = true;
          if (!busy) subscriber.complete();
        },
      });
      return () => {
        if (timer !== undefined) clearTimeout(timer);
        inner?.unsubscribe();
        sourceSub.unsubscribe();
      };
    });
}

/**
 * @internal One update standing for `older` followed by `newer`: `newer`'s state, the merged row sets (see
 * {@link coalesceMap}).
 */
export function mergeUpdates<T extends TableUpdate | ViewportUpdate>(older: T, newer: T): T {
  if (newer.isSnapshot) return newer;
  const merged: TableUpdate | ViewportUpdate = isViewport(newer)
    ? new MergedViewport(older as ViewportUpdate, newer)
    : new MergedTableUpdate(older as TableUpdate, newer);
  return merged as T;
}

function isViewport(u: TableUpdate | ViewportUpdate): u is ViewportUpdate {
  return 'totalSize' in u;
}

/** Every row of a state, as its `added` (what a snapshot says). */
function allRows(n: number): RowSet {
  return n === 0 ? RowSet.empty : RowSet.fromRanges([[0, n - 1]]);
}

class MergedTableUpdate implements TableUpdate {
  readonly isSnapshot: boolean;
  readonly removed: RowSet;
  readonly added: RowSet;
  readonly modified: RowSet;
  /** The names of the changed columns, put in schema order when read (so that merging builds no table). */
  private readonly changedColumns: ReadonlySet<string>;

  constructor(
    older: TableUpdate,
    private readonly newer: TableUpdate,
  ) {
    this.isSnapshot = older.isSnapshot;
    const merged = older.isSnapshot
      ? { removed: RowSet.empty, added: allRows(newer.size), modified: RowSet.empty }
      : mergeChanges(older, newer);
    this.removed = merged.removed;
    this.added = merged.added;
    this.modified = merged.modified;
    this.changedColumns = new Set(merged.modified.size === 0 ? [] : [...older.modifiedColumns, ...newer.modifiedColumns]);
  }

  get modifiedColumns(): readonly string[] {
    if (this.changedColumns.size === 0) return [];
    return this.newer.table.schema.fields.map((f) => f.name).filter((n) => this.changedColumns.has(n));
  }

  get table(): ArrowTable {
    return this.newer.table;
  }

  get size(): number {
    return this.newer.size;
  }

  get addedRows(): ArrowTable {
    return rowsAt(this.table, this.added);
  }

  get modifiedRows(): ArrowTable {
    return rowsAt(this.table, this.modified);
  }

  format(row: number, column: string | number): CellFormat | undefined {
    return this.newer.format(row, column);
  }

  rowFormat(row: number): CellFormat | undefined {
    return this.newer.rowFormat(row);
  }
}

class MergedViewport implements ViewportUpdate {
  readonly isSnapshot: boolean;
  readonly removed: RowSet;
  readonly added: RowSet;
  readonly modified: RowSet;

  constructor(
    older: ViewportUpdate,
    private readonly newer: ViewportUpdate,
  ) {
    this.isSnapshot = older.isSnapshot;
    const merged = older.isSnapshot
      ? { removed: RowSet.empty, added: allRows(newer.table.numRows), modified: RowSet.empty }
      : mergeChanges(older, newer);
    this.removed = merged.removed;
    this.added = merged.added;
    this.modified = merged.modified;
  }

  get table(): ArrowTable {
    return this.newer.table;
  }

  get first(): number {
    return this.newer.first;
  }

  get totalSize(): number {
    return this.newer.totalSize;
  }

  format(row: number, column: string | number): CellFormat | undefined {
    return this.newer.format(row, column);
  }

  rowFormat(row: number): CellFormat | undefined {
    return this.newer.rowFormat(row);
  }
}
