import type { DataType, Field, Schema, Table as ArrowTable } from 'apache-arrow';
import { Observable, map, of, switchMap, takeUntil, fromEvent, type ObservableInput, type Subscriber, type Subscription } from 'rxjs';
import { barrageEvents, type ExchangeHost } from '../barrage/exchange.js';
import type { SubscriptionRequest } from '../barrage/flatbuf.js';
import { ropesToTable, rowsAt, subSchema } from '../barrage/materialize.js';
import { RowSet } from '../barrage/row-set.js';
import { encodeBitset, encodeRowSet } from '../barrage/row-set-codec.js';
import {
  applyFull,
  applyViewport,
  emptyFullState,
  emptyViewportState,
  viewportPositions,
  type FullState,
  type StepChanges,
  type ViewportState,
} from '../barrage/table-state.js';
import { ropeLength, type Rope } from '../barrage/rope.js';
import { Code, DeephavenError } from '../errors.js';
import { coalesceMap } from './coalesce.js';
import { formatIndices, isFormatField, readFormats, type CellFormat, type Formats } from './formats.js';
import type { TableUpdate, UpdatesOptions, ViewportOptions, ViewportRange, ViewportUpdate } from './live-types.js';
import { checkRange, isRange } from './viewport-range.js';

/** @internal What a live subscription needs of its table. */
export interface LiveSource {
  readonly ticketBytes: Uint8Array;
  readonly schema: Schema;
  readonly isRefreshing: boolean;
  readonly host: ExchangeHost;
}

/** @internal `Table.updates`: a full-table subscription as states of the table. */
export function tableUpdates(source: LiveSource, options: UpdatesOptions = {}): Observable<TableUpdate> {
  let cols: ColumnPlan;
  try {
    cols = columnPlan(source.schema, options.columns, options.formats, 'updates');
    checkInterval(options.updateIntervalMs, 'updates');
  } catch (err) {
    return errorLater(err);
  }
  const indices = cols.indices;
  const request: SubscriptionRequest = {
    ticket: source.ticketBytes,
    columns: cols.bitset,
    minUpdateIntervalMs: options.updateIntervalMs,
  };
  const stream$ = new Observable<TableUpdate>((subscriber) => {
    let schema = subSchema(source.schema, indices);
    let state: FullState = emptyFullState(indices, fieldTypes(schema));
    let ready = false;
    let inner: Subscription | undefined = undefined;
    inner = barrageEvents(source.host, of(request)).subscribe({
      next: (event) =>
        guarded(
          subscriber,
          () => inner,
          () => {
            if (event.kind !== 'update') {
              // A reset waits for the new stream's schema; a schema starts the state over.
              ready = false;
              if (event.kind === 'schema') {
                schema = subSchema(event.schema, indices);
                state = emptyFullState(indices, fieldTypes(schema));
              }
              return;
            }
            const step = applyFull(state, event.update);
            state = step.state;
            if (!ready) {
              // The initial state is complete with the snapshot that no longer names a partial viewport.
              if (!event.update.isSnapshot || event.update.effectiveViewport !== undefined) return;
              ready = true;
              const all = state.keys.size === 0 ? RowSet.empty : RowSet.fromRanges([[0, state.keys.size - 1]]);
              subscriber.next(
                new FullUpdate(schema, cols.user, state, true, {
                  removed: RowSet.empty,
                  added: all,
                  modified: RowSet.empty,
                  modifiedColumns: [],
                }),
              );
              if (!source.isRefreshing) subscriber.complete();
              return;
            }
            subscriber.next(new FullUpdate(schema, cols.user, state, false, step.changes));
          },
        ),
      error: (err: unknown) => subscriber.error(err),
      complete: () => subscriber.complete(),
    });
    return inner;
  });
  return coalesced(untilAborted(stream$, options.signal), options.coalesce);
}

/** @internal `Table.viewport`: a viewport subscription as states of the rows in view. */
export function tableViewport(
  source: LiveSource,
  rows: ViewportRange | ObservableInput<ViewportRange>,
  options: ViewportOptions = {},
): Observable<ViewportUpdate> {
  let cols: ColumnPlan;
  try {
    cols = columnPlan(source.schema, options.columns, options.formats, 'viewport');
    checkInterval(options.updateIntervalMs, 'viewport');
  } catch (err) {
    return errorLater(err);
  }
  const indices = cols.indices;
  const reverse = options.reverse === true;
  const columns = cols.bitset;
  const ranges$: Observable<ViewportRange> = isRange(rows)
    ? of(rows)
    : new Observable<ViewportRange>((s) => toObservable(rows).subscribe(s));
  const stream$ = new Observable<ViewportUpdate>((subscriber) => {
    let wanted: RowSet | undefined;
    let schema = subSchema(source.schema, indices);
    let state: ViewportState = emptyViewportState(indices, fieldTypes(schema));
    let ready = false;
    const requests$ = ranges$.pipe(
      map((range): SubscriptionRequest => {
        checkRange(range);
        wanted = RowSet.fromRanges([[range.first, range.last]]);
        ready = false;
        return {
          ticket: source.ticketBytes,
          columns,
          viewport: encodeRowSet(wanted),
          reverseViewport: reverse,
          minUpdateIntervalMs: options.updateIntervalMs,
        };
      }),
    );
    let inner: Subscription | undefined = undefined;
    inner = barrageEvents(source.host, requests$).subscribe({
      next: (event) =>
        guarded(
          subscriber,
          () => inner,
          () => {
            if (event.kind !== 'update') {
              // A reset waits for the new stream's schema; a schema starts the state over.
              ready = false;
              if (event.kind === 'schema') {
                schema = subSchema(event.schema, indices);
                state = emptyViewportState(indices, fieldTypes(schema));
              }
              return;
            }
            const before = state;
            const step = applyViewport(state, event.update);
            state = step.state;
            const nowReady = wanted !== undefined && sameRows(state.viewport, wanted) && state.reverse === reverse;
            if (!nowReady) {
              ready = false;
              return;
            }
            const c = step.changes;
            const changed = c.removed.size > 0 || c.added.size > 0 || c.modified.size > 0 || before.tableSize !== state.tableSize;
            if (ready && !changed) return;
            subscriber.next(new Viewport(schema, cols.user, state, !ready, ready ? c : undefined, wanted));
            ready = true;
          },
        ),
      error: (err: unknown) => subscriber.error(err),
      complete: () => subscriber.complete(),
    });
    return inner;
  });
  return coalesced(untilAborted(stream$, options.signal), options.coalesce);
}

/** The rows of a live state: its user columns as `table`, the format columns read by `format` and `rowFormat`. */
class Rows {
  private cached: ArrowTable | undefined;
  private formats: Formats | undefined;

  constructor(
    private readonly schema: Schema,
    /** Positions among the subscribed columns of the user's columns. */
    protected readonly user: readonly number[],
    private readonly columns: () => readonly Rope[],
  ) {}

  get table(): ArrowTable {
    if (this.cached !== undefined) return this.cached;
    const all = this.columns();
    this.cached =
      this.user.length === all.length
        ? ropesToTable(this.schema, all)
        : ropesToTable(
            subSchema(this.schema, this.user),
            this.user.map((i) => all[i] as Rope),
          );
    return this.cached;
  }

  format(row: number, column: string | number): CellFormat | undefined {
    return this.readFormats().format(row, column);
  }

  rowFormat(row: number): CellFormat | undefined {
    return this.readFormats().rowFormat(row);
  }

  private readFormats(): Formats {
    if (this.formats !== undefined) return this.formats;
    const all = this.user.length === this.columns().length ? this.table : ropesToTable(this.schema, this.columns());
    this.formats = readFormats(all, this.table.schema.fields);
    return this.formats;
  }
}

class FullUpdate extends Rows implements TableUpdate {
  readonly removed: RowSet;
  readonly added: RowSet;
  readonly modified: RowSet;
  readonly modifiedColumns: readonly string[];

  constructor(
    schema: Schema,
    user: readonly number[],
    private readonly state: FullState,
    readonly isSnapshot: boolean,
    changes: StepChanges,
  ) {
    super(schema, user, () => state.columns);
    this.removed = changes.removed;
    this.added = changes.added;
    this.modified = changes.modified;
    this.modifiedColumns = changes.modifiedColumns.filter((i) => user.includes(i)).map((i) => (schema.fields[i] as { name: string }).name);
  }

  get size(): number {
    return this.state.keys.size;
  }

  get addedRows(): ArrowTable {
    return rowsAt(this.table, this.added);
  }

  get modifiedRows(): ArrowTable {
    return rowsAt(this.table, this.modified);
  }
}

class Viewport extends Rows implements ViewportUpdate {
  readonly first: number;
  readonly totalSize: number;
  readonly removed: RowSet;
  readonly added: RowSet;
  readonly modified: RowSet;

  constructor(
    schema: Schema,
    user: readonly number[],
    state: ViewportState,
    readonly isSnapshot: boolean,
    changes: StepChanges | undefined,
    wanted: RowSet | undefined,
  ) {
    super(schema, user, () => state.columns);
    const positions = viewportPositions(state);
    const length = ropeLength(state.columns[0] ?? []);
    this.first = positions.first ?? (state.reverse ? Math.max(0, state.tableSize - 1 - (wanted?.last ?? 0)) : (wanted?.first ?? 0));
    this.totalSize = state.tableSize;
    this.removed = changes?.removed ?? RowSet.empty;
    this.added = changes?.added ?? (length === 0 ? RowSet.empty : RowSet.fromRanges([[0, length - 1]]));
    this.modified = changes?.modified ?? RowSet.empty;
  }
}

function fieldTypes(schema: Schema): DataType[] {
  return schema.fields.map((f: Field<DataType>) => f.type);
}

/** The columns a subscription fetches: the user's and, with formats on, the format columns they use. */
interface ColumnPlan {
  /** Schema indices of every fetched column, ascending. */
  readonly indices: number[];
  /** Positions in `indices` of the user's columns. */
  readonly user: number[];
  /** The subscription's column bitset; absent for every column. */
  readonly bitset: Uint8Array | undefined;
}

function columnPlan(schema: Schema, columns: readonly string[] | undefined, formats: boolean | undefined, op: string): ColumnPlan {
  const chosen = columnIndices(schema, columns, op);
  const extra = formats === false ? [] : formatIndices(schema, chosen);
  const indices = [...chosen, ...extra].sort((a, b) => a - b);
  const user = chosen.map((i) => indices.indexOf(i));
  const bitset = indices.length === schema.fields.length ? undefined : encodeBitset(indices);
  return { indices, user, bitset };
}

function columnIndices(schema: Schema, columns: readonly string[] | undefined, op: string): number[] {
  const names = schema.fields.map((f) => f.name);
  if (columns === undefined) return names.flatMap((_, i) => (isFormatField(schema.fields[i] as Field) ? [] : [i]));
  if (!Array.isArray(columns) || columns.length === 0 || columns.some((c) => typeof c !== 'string'))
    throw new DeephavenError(
      Code.InvalidArgument,
      `${op} takes columns as a non-empty array of column names, got ${JSON.stringify(columns)}`,
    );
  const indices = new Set<number>();
  for (const c of columns as readonly string[]) {
    const i = names.indexOf(c); // (Array.isArray made `columns` any[])
    if (i < 0)
      throw new DeephavenError(Code.InvalidArgument, `${op}: the table has no column ${JSON.stringify(c)} (it has ${names.join(', ')})`);
    indices.add(i);
  }
  return [...indices].sort((a, b) => a - b);
}

function checkInterval(ms: number | undefined, op: string): void {
  if (ms !== undefined && !(Number.isSafeInteger(ms) && ms > 0 && ms <= 0x7fffffff))
    throw new DeephavenError(
      Code.InvalidArgument,
      `${op} takes updateIntervalMs as a positive whole number of milliseconds, got ${String(ms)}`,
    );
}

function toObservable<T>(input: ObservableInput<T>): Observable<T> {
  return of(input).pipe(switchMap((x) => x));
}

function sameRows(a: RowSet, b: RowSet): boolean {
  return a.size === b.size && a.first === b.first && a.last === b.last;
}

/** The stream as it is, or with its updates merged for slow consumers (`coalesce: true`). */
function coalesced<T extends TableUpdate | ViewportUpdate>(source$: Observable<T>, coalesce: boolean | undefined): Observable<T> {
  return coalesce === true ? source$.pipe(coalesceMap((u: T) => of(u))) : source$;
}

/** Completes the stream (silently, as a user's cancel) when the signal fires. */
function untilAborted<T>(source$: Observable<T>, signal: AbortSignal | undefined): Observable<T> {
  if (signal === undefined) return source$;
  return new Observable<T>((subscriber) => {
    if (signal.aborted) {
      subscriber.complete();
      return undefined;
    }
    return source$.pipe(takeUntil(fromEvent(signal, 'abort'))).subscribe(subscriber);
  });
}

/**
 * Runs one step of a reducer: a failure (a protocol error the server's data made) errors the stream and ends the
 * subscription, rather than escaping as an unhandled error.
 */
function guarded(
  subscriber: Subscriber<TableUpdate> | Subscriber<ViewportUpdate>,
  inner: () => Subscription | undefined,
  step: () => void,
): void {
  try {
    step();
  } catch (err) {
    inner()?.unsubscribe();
    subscriber.error(DeephavenError.from(err));
  }
}

function errorLater<T>(err: unknown): Observable<T> {
  return new Observable<T>((subscriber) => subscriber.error(err));
}
