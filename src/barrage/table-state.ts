import type { DataType } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import { compact, isFixedWidth, scatter, shouldCompact } from './dense.js';
import { KeySpace } from './key-space.js';
import { Source, hasPending, insertRows, overwriteRows, removeRows, ropeLength, type Rope } from './rope.js';
import { RowSet, RowSetBuilder, union } from './row-set.js';
import { isWide, widenShifts, type Shift } from './row-set-codec.js';
import type { BarrageUpdate } from './update.js';
import { WideKeySpace, wideDifference } from './wide-key-space.js';
import { WideRowSet, positionsOf, widen } from './wide-row-set.js';

/**
 * The pure reducers of live tables: `(state, update) → state`, for full-table subscriptions (server row keys,
 * BARRAGE.md §4.1) and viewports (viewport-relative ordinals, §4.2). Columns are ropes (see `rope.ts`): a step costs
 * time in proportion to the rows it changes.
 * @internal
 */

/** @internal A full subscription's table: its row keys and one rope per subscribed column, in position order. */
export interface FullState {
  /** Number keys, or bigint keys while some key passes 2^53. */
  readonly keys: KeySpace | WideKeySpace;
  /** Schema indices of the subscribed columns (ascending). */
  readonly columnIndices: readonly number[];
  /** Arrow types of the subscribed columns; without them columns are never gathered or scattered into. */
  readonly types?: readonly DataType[] | undefined;
  readonly columns: readonly Rope[];
}

/** @internal What one step changed, in positions. */
export interface StepChanges {
  /** Positions in the previous state. */
  readonly removed: RowSet;
  /** Positions in the new state. */
  readonly added: RowSet;
  /** Positions in the new state, over all columns. */
  readonly modified: RowSet;
  /** Indices into the subscribed columns of those that changed. */
  readonly modifiedColumns: readonly number[];
}

/** @internal The empty state of a full subscription to the given schema columns. */
export function emptyFullState(columnIndices: readonly number[], types?: readonly DataType[]): FullState {
  return { keys: KeySpace.empty, columnIndices, types, columns: columnIndices.map(() => []) };
}

/**
 * @internal Modifies one column: scattered rows of a fixed-width column are written into a dense copy (one write a
 * row), others re-cut the runs; a column whose runs have grown many is gathered into one.
 */
function modifyColumn(rope: Rope, type: DataType | undefined, rows: number, mods: RowSet, source: () => Source): Rope {
  let next = rope;
  if (mods.size > 0) {
    const scattered = mods.flatRanges.length > 16 && !hasPending(next);
    next =
      type !== undefined && scattered && isFixedWidth(type) ? scatter(next, type, mods, source()) : overwriteRows(next, mods, source());
  }
  return type !== undefined && shouldCompact(next, rows) ? compact(next, type) : next;
}

/** What an update does to a full subscription's keys, in positions (see {@link applyFull}). */
interface KeyStep {
  readonly keys: KeySpace | WideKeySpace;
  /** Positions before the update. */
  readonly removed: RowSet;
  /** Positions after the update, of the keys new to the subscription. */
  readonly added: RowSet;
  /** Positions after the update of the rows the add data carries (`added` when they are the same rows). */
  readonly included: RowSet;
  readonly sameRows: boolean;
  /** Positions after the update of each subscribed column's modified rows. */
  readonly modified: readonly RowSet[];
}

/** The key step with number keys: the common case, and the fast one. */
function narrowKeys(
  space: KeySpace,
  update: BarrageUpdate,
  shifts: readonly Shift[],
  columnIndices: readonly number[],
): KeyStep | undefined {
  const { added: a, removed: r, included: inc } = update;
  if (!(a instanceof RowSet && r instanceof RowSet && inc instanceof RowSet) || update.modified.some((m) => m instanceof WideRowSet))
    return undefined;
  // 1. removes, in the key space before the shifts; 2. shifts move keys only (positions and data stay)
  const removed = space.positionsOf(r);
  let keys = space.remove(r).shift(shifts);
  // 3. new keys (a snapshot may declare keys it declared before: union)
  const fresh = update.isSnapshot ? subtract(a, keys) : a;
  if (!update.isSnapshot && !keys.isDisjoint(fresh)) throw addedTwice();
  keys = keys.add(fresh);
  const added = keys.positionsOf(fresh);
  const sameRows = inc.size === fresh.size && sameSet(inc, fresh);
  const included = sameRows ? added : keys.positionsOf(inc);
  const modified = columnIndices.map((c) => keys.positionsOf((update.modified[c] as RowSet | undefined) ?? RowSet.empty));
  return { keys, removed, added, included, sameRows, modified };
}

/** The key step with bigint keys (some key, now or after the update, passes 2^53). */
function wideKeys(space: WideKeySpace, update: BarrageUpdate, columnIndices: readonly number[]): KeyStep {
  const r = widen(update.removed);
  const a = widen(update.added);
  const inc = widen(update.included);
  const removed = space.positionsOf(r);
  let keys = space.remove(r).shift(widenShifts(update.shifts));
  const fresh = update.isSnapshot ? wideDifference(a, keys.keys) : a;
  if (!update.isSnapshot && !keys.isDisjoint(fresh)) throw addedTwice();
  keys = keys.add(fresh);
  const added = keys.positionsOf(fresh);
  const sameRows = inc.flat.length === fresh.flat.length && inc.flat.every((k, i) => k === fresh.flat[i]);
  const included = sameRows ? added : keys.positionsOf(inc);
  const modified = columnIndices.map((c) => keys.positionsOf(widen(update.modified[c] ?? RowSet.empty)));
  // Back to number keys once they all fit again.
  return { keys: keys.narrowed() ?? keys, removed, added, included, sameRows, modified };
}

function addedTwice(): DeephavenError {
  return new DeephavenError(Code.DataLoss, 'the server added row keys the subscription already holds');
}

/** @internal Applies one update to a full subscription's state. */
export function applyFull(state: FullState, update: BarrageUpdate): { state: FullState; changes: StepChanges } {
  const shifts = update.shifts;
  const narrow =
    state.keys instanceof KeySpace && !isWide(shifts) ? narrowKeys(state.keys, update, shifts, state.columnIndices) : undefined;
  const step = narrow ?? wideKeys(state.keys instanceof KeySpace ? WideKeySpace.of(state.keys) : state.keys, update, state.columnIndices);
  const { keys, added, included, sameRows } = step;
  const modifiedByColumn = step.modified;
  // 1.–3. in the key step; here rows leave and enter the columns, then 4. the data of the included keys and 5.
  // modifications, column by column
  let columns = state.columns.map((rope) => removeRows(rope, step.removed));
  columns = columns.map((rope, i) => {
    const c = state.columnIndices[i] as number;
    const addSource = new Source(update.addData[c] ?? []);
    const next = sameRows ? insertRows(rope, added, addSource) : overwriteRows(insertRows(rope, added, undefined), included, addSource);
    return modifyColumn(next, state.types?.[i], keys.size, modifiedByColumn[i] as RowSet, () => new Source(update.modData[c] ?? []));
  });
  const modifiedColumns = modifiedByColumn.flatMap((s, i) => (s.size > 0 ? [i] : []));
  return {
    state: { keys, columnIndices: state.columnIndices, types: state.types, columns },
    changes: {
      removed: step.removed,
      added,
      modified: unionAll(modifiedColumns.map((i) => modifiedByColumn[i] as RowSet)),
      modifiedColumns,
    },
  };
}

/** @internal A viewport subscription's rows (viewport ordinals) and what the server serves. */
export interface ViewportState {
  readonly columnIndices: readonly number[];
  readonly types?: readonly DataType[] | undefined;
  readonly columns: readonly Rope[];
  /** The server's effective viewport (positions, or reversed positions when `reverse`). */
  readonly viewport: RowSet;
  readonly reverse: boolean;
  readonly tableSize: number;
  /** The columns the server serves (schema indices), from the last snapshot. */
  readonly servedColumns: readonly number[] | undefined;
}

/** @internal The empty state of a viewport subscription. */
export function emptyViewportState(columnIndices: readonly number[], types?: readonly DataType[]): ViewportState {
  return {
    columnIndices,
    types,
    columns: columnIndices.map(() => []),
    viewport: RowSet.empty,
    reverse: false,
    tableSize: 0,
    servedColumns: undefined,
  };
}

/** @internal Applies one update to a viewport subscription's state (removes, inserts, then modifies, by ordinal). */
export function applyViewport(state: ViewportState, update: BarrageUpdate): { state: ViewportState; changes: StepChanges } {
  // A viewport's rows are ordinals: numbers.
  const modifiedByColumn = state.columnIndices.map((c) => positionsOf(update.modified[c] ?? RowSet.empty));
  const removed = positionsOf(update.removed);
  const added = positionsOf(update.added);
  const columns = state.columns.map((rope, i) => {
    const c = state.columnIndices[i] as number;
    const next = insertRows(removeRows(rope, removed), added, new Source(update.addData[c] ?? []));
    const rows = ropeLength(next);
    return modifyColumn(next, state.types?.[i], rows, modifiedByColumn[i] as RowSet, () => new Source(update.modData[c] ?? []));
  });
  const modifiedColumns = modifiedByColumn.flatMap((s, i) => (s.size > 0 ? [i] : []));
  const snapshot = update.isSnapshot && update.effectiveViewport !== undefined;
  return {
    state: {
      columnIndices: state.columnIndices,
      types: state.types,
      columns,
      viewport: snapshot ? update.effectiveViewport : state.viewport,
      reverse: snapshot ? update.effectiveReverse : state.reverse,
      tableSize: update.tableSize ?? state.tableSize,
      servedColumns: update.effectiveColumns ?? state.servedColumns,
    },
    changes: {
      removed,
      added,
      modified: unionAll(modifiedColumns.map((i) => modifiedByColumn[i] as RowSet)),
      modifiedColumns,
    },
  };
}

/** @internal The table positions a viewport's rows stand at (ascending), clipped to the table. */
export function viewportPositions(state: Pick<ViewportState, 'viewport' | 'reverse' | 'tableSize'>): RowSet {
  const n = state.tableSize;
  const out = new RowSetBuilder();
  if (!state.reverse) {
    for (const [a, b] of state.viewport.ranges()) if (a < n) out.addRange(a, Math.min(b, n - 1));
    return out.build();
  }
  const reversed: [number, number][] = [];
  for (const [a, b] of state.viewport.ranges()) if (a < n) reversed.push([n - 1 - Math.min(b, n - 1), n - 1 - a]);
  return RowSet.fromRanges(reversed);
}

function subtract(keys: RowSet, space: KeySpace): RowSet {
  if (space.size === 0) return keys;
  return new KeySpace(keys).remove(space.keys).keys;
}

function sameSet(a: RowSet, b: RowSet): boolean {
  const x = a.flatRanges;
  const y = b.flatRanges;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** @internal The union of row sets. */
export function unionAll(sets: readonly RowSet[]): RowSet {
  if (sets.length === 0) return RowSet.empty;
  if (sets.length === 1) return sets[0] as RowSet;
  return sets.reduce(union);
}
