/**
 * @internal The live viewport of a hierarchical table: a Barrage viewport subscription on the current *view* ticket.
 * The server answers with a complete snapshot of the rows in view at each update cycle (a view has no row keys to
 * shift), so each update is read on its own. When the table's expansions change, a new view is made: the viewport
 * opens a subscription on it with the same range, keeps showing the old view until the new one answers, then drops the
 * old subscription — one stream, no empty emission in between.
 */
import type { Data, DataType, Vector } from 'apache-arrow';
import { RecordBatch } from 'apache-arrow/recordbatch';
import { Field, Schema } from 'apache-arrow/schema';
import { Table as ArrowTable } from 'apache-arrow/table';
import { makeVector } from 'apache-arrow/vector';
import { emptyData } from '../../arrow/empty.js';
import { BehaviorSubject, Observable, Subscription, fromEvent, map, of, switchMap, takeUntil, type ObservableInput } from 'rxjs';
import { barrageEvents, type ExchangeHost } from '../../barrage/exchange.js';
import { encodeBitset, encodeRowSet } from '../../barrage/row-set-codec.js';
import { RowSet } from '../../barrage/row-set.js';
import { Source, type Run } from '../../barrage/rope.js';
import type { BarrageUpdate } from '../../barrage/update.js';
import { Code, DeephavenError } from '../../errors.js';
import type { CellFormat, Formats } from '../formats.js';
import type { ViewportRange } from '../live-types.js';
import { checkRange, isRange } from '../viewport-range.js';
import type { HierarchicalKey } from './expansions.js';
import { formatPlan, hierarchicalFormats, type FormatPlan } from './formats.js';
import { withoutRoles, type Roles, type VisibleColumn } from './roles.js';
import { vectorOfValues } from './vectors.js';

/**
 * One row of a hierarchical viewport: where it sits in the tree, and the key that expands or collapses it.
 *
 * @example
 * ```ts
 * rollup.viewport({ first: 0, last: 9 }).subscribe(async (v) => {
 *   const row = v.rows.find((r) => r.expanded === false);
 *   if (row !== undefined) await rollup.expand(row.key);
 * });
 * ```
 */
export interface HierarchicalRow {
  /** The row's depth: 1 for the top level (a rollup's totals row, a tree's roots), one more per level down. */
  readonly depth: number;
  /** `null` for a row that cannot expand (a leaf); else whether it is expanded. */
  readonly expanded: boolean | null;
  /** What {@link HierarchicalTable.expand} and {@link HierarchicalTable.collapse} take for this row. */
  readonly key: HierarchicalKey;
}

/**
 * One state of a hierarchical viewport ({@link HierarchicalTable.viewport}).
 *
 * @example
 * ```ts
 * tree.viewport({ first: 0, last: 49 }).subscribe((v) => {
 *   console.log(`rows ${v.first}-${v.first + v.table.numRows - 1} of ${v.totalSize}`);
 *   v.rows.forEach((r, i) => console.log('  '.repeat(r.depth - 1) + String(v.table.get(i)?.toJSON()['Name'])));
 * });
 * ```
 */
export interface HierarchicalViewportUpdate {
  /** The rows in view, in order, as an apache-arrow `Table` of the user-visible columns only. */
  readonly table: ArrowTable;
  /** The position of the first row of `table` in the expanded view. */
  readonly first: number;
  /** The number of rows of the whole expanded view. */
  readonly totalSize: number;
  /** True for the first state of a subscription or of a new range (and after a reconnection). */
  readonly isSnapshot: boolean;
  /** Depth, expansion and key of each row of `table`, in the same order. */
  readonly rows: readonly HierarchicalRow[];
  /**
   * The format the server gives one cell (row a position in `table`, column a name or an index of `table`'s columns):
   * colours of `format_columns` / `format_row_where` and number or date patterns, on a tree's source or through a
   * rollup's or tree's node operations (a rollup's constituent rows read the constituents' formats). `undefined` when
   * the cell has none, or when the viewport was opened with `formats: false`.
   *
   * @example
   * ```ts
   * tree.viewport({ first: 0, last: 49 }).subscribe((v) => {
   *   const f = v.format(0, 'Price');
   *   console.log(f?.backgroundColor, f?.numberFormat !== undefined ? formatValue(v.table.getChild('Price')?.get(0), f.numberFormat, 'double') : '');
   * });
   * ```
   */
  format(row: number, column: string | number): CellFormat | undefined;
  /**
   * The colours of a row (`format_row_where`), `undefined` when it has none.
   *
   * @example
   * ```ts
   * tree.viewport({ first: 0, last: 49 }).subscribe((v) => console.log(v.rowFormat(0)?.backgroundColor));
   * ```
   */
  rowFormat(row: number): CellFormat | undefined;
}

/**
 * Options of {@link HierarchicalTable.viewport}.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * rollup.viewport({ first: 0, last: 99 }, { columns: ['Sym', 'Size'], updateIntervalMs: 250, signal: controller.signal }).subscribe();
 * ```
 */
export interface HierarchicalViewportOptions {
  /** The visible columns to subscribe to (all when absent). */
  readonly columns?: readonly string[];
  /**
   * Fetch the format columns the server keeps for the visible columns (`format_columns`, `format_row_where`, number
   * and date formats) and decode them for `format` and `rowFormat`. They never appear among `table`'s columns.
   * @default true
   */
  readonly formats?: boolean;
  /**
   * How often the server may send updates, in milliseconds.
   * @default the server's (1000 ms on a default server)
   */
  readonly updateIntervalMs?: number;
  /** Ends the subscription (the stream completes). */
  readonly signal?: AbortSignal;
}

/** @internal A view of the table: the ticket Barrage subscribes to. */
export interface ViewHandle {
  readonly ticketBytes: Uint8Array;
}

/** @internal What a viewport needs of its hierarchical table. */
export interface ViewSource {
  readonly roles: Roles;
  /** Where the exchanges of a view come from. */
  hostOf(view: ViewHandle): ExchangeHost;
  /** The current view (made on first subscription); completes when the table closes. */
  views$(): Observable<ViewHandle>;
  /** A viewport now shows `view` (or has ended: `undefined`). */
  shows(viewport: object, view: ViewHandle | undefined): void;
}

/** @internal `HierarchicalTable.viewport`. */
export function hierarchicalViewport(
  source: ViewSource,
  rows: ViewportRange | ObservableInput<ViewportRange>,
  options: HierarchicalViewportOptions = {},
): Observable<HierarchicalViewportUpdate> {
  let plan: Plan;
  try {
    plan = planOf(source.roles, options);
  } catch (err) {
    return new Observable((s) => s.error(err));
  }
  const ranges$ = isRange(rows) ? of(rows) : of(rows).pipe(switchMap((r) => r));
  const stream$ = new Observable<HierarchicalViewportUpdate>((subscriber) => {
    const me = {};
    const range$ = new BehaviorSubject<ViewportRange | undefined>(undefined);
    let current: { view: ViewHandle; sub: Subscription } | undefined;
    let pending: { view: ViewHandle; sub: Subscription } | undefined;
    let fresh = true;
    const fail = (err: unknown): void => subscriber.error(DeephavenError.from(err));
    const open = (view: ViewHandle): Subscription => {
      const requests$ = range$.pipe(
        switchMap((r) => (r === undefined ? [] : [r])),
        map((r) => ({
          ticket: view.ticketBytes,
          columns: plan.bitset,
          viewport: encodeRowSet(RowSet.fromRanges([[r.first, r.last]])),
          minUpdateIntervalMs: options.updateIntervalMs,
        })),
      );
      // The rows this exchange's updates stand for: the server's positions are ordinals within the viewport, and
      // only a snapshot names the viewport (its effective viewport); later updates are for the last one named.
      let served: RowSet | undefined;
      return barrageEvents(source.hostOf(view), requests$).subscribe({
        next: (event) => {
          if (event.kind !== 'update') {
            if (event.kind === 'reset') {
              fresh = true;
              served = undefined;
            }
            return;
          }
          const effective = event.update.effectiveViewport;
          if (effective !== undefined && effective.size > 0) served = effective;
          const range = range$.value;
          if (range === undefined || !inRange(served, range)) return;
          if (pending?.view === view) {
            current?.sub.unsubscribe();
            current = pending;
            pending = undefined;
            source.shows(me, view);
          }
          if (current?.view !== view) return;
          try {
            const update = read(plan, event.update, range, fresh);
            fresh = false;
            subscriber.next(update);
          } catch (err) {
            fail(err);
          }
        },
        error: fail,
        complete: () => subscriber.complete(),
      });
    };
    const rangeSub = ranges$.subscribe({
      next: (r) => {
        if (!rangeOk(r, fail)) return;
        fresh = true;
        range$.next(r);
      },
      error: fail,
    });
    const viewSub = source.views$().subscribe({
      next: (view) => {
        if (current === undefined || range$.value === undefined) {
          // Nothing shown yet: the new view replaces the old one at once.
          current?.sub.unsubscribe();
          current = { view, sub: Subscription.EMPTY };
          current.sub = open(view);
          source.shows(me, view);
        } else if (current.view !== view) {
          pending?.sub.unsubscribe();
          pending = { view, sub: Subscription.EMPTY };
          pending.sub = open(view);
        }
      },
      error: fail,
      complete: () => subscriber.complete(),
    });
    return () => {
      rangeSub.unsubscribe();
      viewSub.unsubscribe();
      pending?.sub.unsubscribe();
      current?.sub.unsubscribe();
      source.shows(me, undefined);
    };
  });
  const signal = options.signal;
  if (signal === undefined) return stream$;
  return new Observable<HierarchicalViewportUpdate>((s) =>
    signal.aborted ? s.complete() : stream$.pipe(takeUntil(fromEvent(signal, 'abort'))).subscribe(s),
  );
}

/** What one viewport subscribes to and shows. */
interface Plan {
  readonly roles: Roles;
  /** Schema indices subscribed, ascending. */
  readonly indices: readonly number[];
  readonly bitset: Uint8Array;
  readonly visible: readonly VisibleColumn[];
  readonly schema: Schema;
  /** The format columns fetched (none, or `formats: false`: undefined). */
  readonly formats: FormatPlan | undefined;
}

// eslint-disable-next-line complexity -- one branch per case of the view's state; splitting it would scatter one decision
function planOf(roles: Roles, options: HierarchicalViewportOptions): Plan {
  const ms = options.updateIntervalMs;
  if (ms !== undefined && !(Number.isSafeInteger(ms) && ms > 0 && ms <= 0x7fffffff))
    throw new DeephavenError(
      Code.InvalidArgument,
      `viewport takes updateIntervalMs as a positive whole number of milliseconds, got ${String(ms)}`,
    );
  let visible = roles.visible;
  if (options.columns !== undefined) {
    const wanted = options.columns;
    if (!Array.isArray(wanted) || wanted.length === 0 || wanted.some((c) => typeof c !== 'string'))
      throw new DeephavenError(
        Code.InvalidArgument,
        `viewport takes columns as a non-empty array of column names, got ${JSON.stringify(wanted)}`,
      );
    const names = roles.visible.map((c) => c.field.name);
    const missing = (wanted as readonly string[]).find((c) => !names.includes(c)); // Array.isArray made it any[]
    if (missing !== undefined)
      throw new DeephavenError(
        Code.InvalidArgument,
        `viewport: the table has no column ${JSON.stringify(missing)} (it has ${names.join(', ')})`,
      );
    visible = roles.visible.filter((c) => wanted.includes(c.field.name));
  }
  const set = new Set<number>(roles.structural);
  for (const c of visible) {
    set.add(c.index);
    if (c.constituent !== undefined) set.add(c.constituent);
  }
  const formats = options.formats === false ? undefined : formatPlan(roles, visible);
  for (const i of formats?.indices ?? []) set.add(i);
  const indices = [...set].sort((a, b) => a - b);
  const schema = new Schema(
    visible.map((c) => new Field(c.field.name, c.field.type, true, withoutRoles(c.field.metadata))),
    roles.schema.metadata,
  );
  return { roles, indices, bitset: encodeBitset(indices), visible, schema, formats };
}

/** Whether updates for the `served` viewport show `range` (those for a superseded request are skipped). */
function inRange(served: RowSet | undefined, range: ViewportRange): boolean {
  return served === undefined || (served.first === range.first && served.last === range.last);
}

function read(plan: Plan, u: BarrageUpdate, range: ViewportRange, fresh: boolean): HierarchicalViewportUpdate {
  const n = u.included.size;
  const columns = new Map(
    plan.indices.map((c) => [c, vectorOf(u.addData[c] ?? [], n, (plan.roles.schema.fields[c] as Field<DataType>).type)]),
  );
  const column = (schemaIndex: number): Vector => columns.get(schemaIndex) as Vector;
  const roles = plan.roles;
  const depths = column(roles.depthIndex);
  const expanded = column(roles.expandedIndex);
  const keys = roles.keyIndices.map(column);
  const rowDepth = (i: number): number => Number(depths.get(i));
  const rows: HierarchicalRow[] = [];
  for (let i = 0; i < n; i++) {
    const depth = rowDepth(i);
    const e = expanded.get(i) as boolean | null | undefined;
    const width = roles.kind === 'tree' ? 1 : Math.max(0, Math.min(depth - 1, keys.length));
    rows.push({ depth, expanded: e ?? null, key: Object.freeze(keys.slice(0, width).map((k) => k.get(i) as unknown)) });
  }
  const cd = roles.constituentDepth;
  const atConstituent = cd !== undefined && rows.some((r) => r.depth === cd);
  const vectors = plan.visible.map((c) => {
    const own = column(c.index);
    if (!atConstituent || c.constituent === undefined) return own;
    const other = column(c.constituent);
    return vectorOfValues(
      rows.map((r, i) => coerce((r.depth === cd ? other : own).get(i), c.field.type)),
      c.field.type,
    );
  });
  const fp = plan.formats;
  return new Update(
    tableOf(plan.schema, vectors, n),
    range.first,
    u.tableSize ?? n,
    fresh,
    rows,
    fp === undefined ? undefined : () => hierarchicalFormats(fp, column, rows, cd),
  );
}

/** One state of a viewport; its formats are decoded on first use (a consumer without them never pays). */
class Update implements HierarchicalViewportUpdate {
  #formats: Formats | undefined;
  readonly #decode: (() => Formats) | undefined;

  constructor(
    readonly table: ArrowTable,
    readonly first: number,
    readonly totalSize: number,
    readonly isSnapshot: boolean,
    readonly rows: readonly HierarchicalRow[],
    decode: (() => Formats) | undefined,
  ) {
    this.#decode = decode;
  }

  format(row: number, column: string | number): CellFormat | undefined {
    return this.#read()?.format(row, column);
  }

  rowFormat(row: number): CellFormat | undefined {
    return this.#read()?.rowFormat(row);
  }

  #read(): Formats | undefined {
    this.#formats ??= this.#decode?.();
    return this.#formats;
  }
}

/** The first `n` rows of a column's chunks, as one Vector sharing their buffers. */
function vectorOf(chunks: readonly Data[], n: number, type: DataType): Vector {
  const runs: Run[] = [];
  if (n > 0) new Source(chunks).take(n, runs);
  const parts = runs.map((r) =>
    r.data === null ? emptyData(type) : r.offset === 0 && r.length === r.data.length ? r.data : r.data.slice(r.offset, r.length),
  );
  return makeVector(parts.length === 0 ? [emptyData(type)] : parts);
}

function tableOf(schema: Schema, vectors: readonly Vector[], n: number): ArrowTable {
  const record: Record<string, Vector> = {};
  schema.fields.forEach((f, i) => (record[f.name] = vectors[i] as Vector));
  if (schema.fields.length === 0 || n === 0) return new ArrowTable(schema);
  const plain = new ArrowTable(record);
  return new ArrowTable(
    schema,
    plain.batches.map((b) => new RecordBatch(schema, b.data)),
  );
}

function coerce(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  const t = type as { typeId: number; bitWidth?: number };
  if (t.bitWidth === 64 && typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (t.bitWidth !== undefined && t.bitWidth < 64 && typeof value === 'bigint') return Number(value);
  return value;
}

/** Checks a range; a bad one fails the viewport (through `fail`) instead of throwing. */
function rangeOk(range: ViewportRange, fail: (err: unknown) => void): boolean {
  try {
    checkRange(range);
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}
