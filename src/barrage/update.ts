import type { Data } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import type { UpdateMetadata } from './flatbuf.js';
import { RowSet } from './row-set.js';
import { decodeBitset, decodeKeySet, decodeRowSet, decodeShifts, type Shifts } from './row-set-codec.js';
import type { KeySet } from './wide-row-set.js';

/**
 * @internal One logical Barrage update, assembled from its FlightData (BARRAGE.md §2.4): the metadata with its row
 * sets decoded, and the add and mod data of every schema column.
 */
export interface BarrageUpdate {
  readonly isSnapshot: boolean;
  /** Undefined when the server did not send it (a full subscription's finished snapshot, or a delta). */
  readonly effectiveViewport: RowSet | undefined;
  readonly effectiveReverse: boolean;
  /** Column indices of `effective_column_set`, when sent. */
  readonly effectiveColumns: readonly number[] | undefined;
  /** Row keys of a full subscription (numbers, or bigints when one passes 2^53), or a viewport's ordinals. */
  readonly added: KeySet;
  readonly removed: KeySet;
  readonly shifts: Shifts;
  /** Rows whose data the add batches carry (`added_rows_included`, else `added_rows`). */
  readonly included: KeySet;
  /** Modified rows of each schema column. */
  readonly modified: readonly KeySet[];
  readonly tableSize: number | undefined;
  readonly addData: readonly (readonly Data[])[];
  readonly modData: readonly (readonly Data[])[];
}

/**
 * @internal Collects the FlightData of one update: the first carries the metadata, add batches come first, then mod
 * batches; the update is complete when the add rows reach |included| and the mod rows reach the largest column's
 * |modified|.
 */
export class UpdateAssembler {
  private current:
    | {
        meta: Omit<BarrageUpdate, 'addData' | 'modData'>;
        addTotal: number;
        modTotal: number;
        addRead: number;
        modRead: number;
        add: Data[][];
        mod: Data[][];
      }
    | undefined;

  constructor(private readonly columnCount: number) {}

  /** True while an update has begun and not completed. */
  get inProgress(): boolean {
    return this.current !== undefined;
  }

  /** Feeds one record batch (with the metadata of its FlightData, if any); returns the update once it is complete. */
  push(metadata: UpdateMetadata | undefined, length: number, columns: readonly Data[]): BarrageUpdate | undefined {
    if (metadata !== undefined) {
      if (this.current !== undefined) throw protocol('a new update began before the previous one was complete');
      const meta = decodeMetadata(metadata, this.columnCount);
      const modTotal = meta.modified.reduce((m, s) => Math.max(m, s.size), 0);
      const fresh = (): Data[][] => Array.from({ length: this.columnCount }, () => []);
      this.current = { meta, addTotal: meta.included.size, modTotal, addRead: 0, modRead: 0, add: fresh(), mod: fresh() };
    }
    const u = this.current;
    if (u === undefined) throw protocol('a record batch arrived without update metadata');
    if (columns.length !== this.columnCount) throw protocol(`a record batch has ${columns.length} columns, the schema ${this.columnCount}`);
    const isAdd = u.addRead < u.addTotal;
    const into = isAdd ? u.add : u.mod;
    for (let c = 0; c < columns.length; c++) {
      const data = columns[c] as Data;
      if (data.length > 0) (into[c] as Data[]).push(data);
    }
    if (isAdd) u.addRead += length;
    else u.modRead += length;
    if (u.addRead > u.addTotal || (u.addRead >= u.addTotal && u.modRead > u.modTotal && length > 0))
      throw protocol('the server sent more rows than its update announced');
    if (u.addRead < u.addTotal || u.modRead < u.modTotal) return undefined;
    this.current = undefined;
    return { ...u.meta, addData: u.add, modData: u.mod };
  }
}

function decodeMetadata(md: UpdateMetadata, columnCount: number): Omit<BarrageUpdate, 'addData' | 'modData'> {
  const rows = (bytes: Uint8Array | undefined): KeySet => (bytes === undefined ? RowSet.empty : decodeKeySet(bytes));
  const added = rows(md.addedRows);
  const modified = Array.from({ length: columnCount }, (_, c) => rows(md.modColumnNodes[c]));
  return {
    isSnapshot: md.isSnapshot,
    effectiveViewport: md.effectiveViewport === undefined ? undefined : decodeRowSet(md.effectiveViewport),
    effectiveReverse: md.effectiveReverseViewport,
    effectiveColumns: md.effectiveColumnSet === undefined ? undefined : decodeBitset(md.effectiveColumnSet),
    added,
    removed: rows(md.removedRows),
    shifts: decodeShifts(md.shiftData),
    included: md.addedRowsIncluded === undefined ? added : decodeKeySet(md.addedRowsIncluded),
    modified,
    tableSize: md.tableSize === undefined ? undefined : Number(md.tableSize),
  };
}

function protocol(detail: string): DeephavenError {
  return new DeephavenError(Code.DataLoss, `Barrage protocol error: ${detail}`);
}
