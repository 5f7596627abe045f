import type { Data } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import type { RowSet } from './row-set.js';

/**
 * One column of a live table, as a list of runs over immutable Arrow `Data` chunks (the batches the server sent):
 * removing, inserting and overwriting rows re-cuts the runs instead of copying the column, so applying an update costs
 * time in proportion to what changed; the column is gathered into Arrow only when someone reads it. A run without data
 * stands for rows whose keys are known but whose data has not arrived yet (a growing snapshot).
 * @internal
 */
export interface Run {
  readonly data: Data | null;
  readonly offset: number;
  readonly length: number;
}

/** @internal A column: its runs in position order. Immutable. */
export type Rope = readonly Run[];

/** @internal Rows of one column from the server, consumed in order (the add or mod data of one update). */
export class Source {
  private index = 0;
  private offset = 0;

  constructor(private readonly chunks: readonly Data[]) {}

  /** Takes the next `n` rows as runs. */
  take(n: number, out: Run[]): void {
    let left = n;
    while (left > 0) {
      const chunk = this.chunks[this.index];
      if (chunk === undefined) throw new DeephavenError(Code.DataLoss, 'the server sent fewer rows of data than its update announced');
      const k = Math.min(left, chunk.length - this.offset);
      if (k > 0) pushRun(out, { data: chunk, offset: this.offset, length: k });
      left -= k;
      this.offset += k;
      if (this.offset >= chunk.length) {
        this.index++;
        this.offset = 0;
      }
    }
  }
}

/** @internal Rows with no data yet. */
export function pending(n: number): Run {
  return { data: null, offset: 0, length: n };
}

/** @internal The rope without the rows at `removed` (positions in this rope). */
export function removeRows(rope: Rope, removed: RowSet): Rope {
  if (removed.size === 0) return rope;
  const out: Run[] = [];
  const cuts = removed.flatRanges;
  let c = 0;
  let pos = 0;
  for (const run of rope) {
    const end = pos + run.length; // exclusive
    let cur = pos;
    while (cur < end) {
      while (c < cuts.length && (cuts[c + 1] as number) < cur) c += 2;
      const cf = cuts[c];
      if (cf === undefined || cf >= end) {
        pushRun(out, slice(run, cur - pos, end - cur));
        break;
      }
      if (cf > cur) pushRun(out, slice(run, cur - pos, cf - cur));
      cur = Math.min(end, (cuts[c + 1] as number) + 1);
    }
    pos = end;
  }
  return out;
}

/**
 * @internal The rope with rows inserted at `added` (positions after the insert), taken in order from `source` (or
 * pending rows when there is no source).
 */
export function insertRows(rope: Rope, added: RowSet, source: Source | undefined): Rope {
  if (added.size === 0) return rope;
  const out: Run[] = [];
  const ins = added.flatRanges;
  let a = 0;
  let outPos = 0;
  const insertDue = (): void => {
    while (a < ins.length && (ins[a] as number) === outPos) {
      const n = (ins[a + 1] as number) - (ins[a] as number) + 1;
      if (source === undefined) pushRun(out, pending(n));
      else source.take(n, out);
      outPos += n;
      a += 2;
    }
  };
  for (const run of rope) {
    let used = 0;
    while (used < run.length) {
      insertDue();
      const next = ins[a];
      const room = next === undefined ? run.length - used : Math.min(run.length - used, next - outPos);
      pushRun(out, slice(run, used, room));
      used += room;
      outPos += room;
    }
  }
  insertDue();
  if (a < ins.length) throw new DeephavenError(Code.DataLoss, `the server added a row at position ${ins[a]}, beyond the table's end`);
  return out;
}

/** @internal The rope with the rows at `positions` replaced, in order, by rows of `source`. */
export function overwriteRows(rope: Rope, positions: RowSet, source: Source): Rope {
  if (positions.size === 0) return rope;
  const out: Run[] = [];
  const w = positions.flatRanges;
  let k = 0;
  let pos = 0;
  for (const run of rope) {
    const end = pos + run.length;
    let cur = pos;
    while (cur < end) {
      while (k < w.length && (w[k + 1] as number) < cur) k += 2;
      const wf = w[k];
      if (wf === undefined || wf >= end) {
        pushRun(out, slice(run, cur - pos, end - cur));
        break;
      }
      if (wf > cur) {
        pushRun(out, slice(run, cur - pos, wf - cur));
        cur = wf;
      }
      const hi = Math.min(end - 1, w[k + 1] as number);
      source.take(hi - cur + 1, out);
      cur = hi + 1;
    }
    pos = end;
  }
  if (w.length > 0 && (w[w.length - 1] as number) >= pos)
    throw new DeephavenError(Code.DataLoss, `the server modified row ${w[w.length - 1]}, beyond the table's end (${pos} rows)`);
  return out;
}

/** @internal The number of rows of a rope. */
export function ropeLength(rope: Rope): number {
  let n = 0;
  for (const r of rope) n += r.length;
  return n;
}

/** @internal True when some rows still wait for their data. */
export function hasPending(rope: Rope): boolean {
  return rope.some((r) => r.data === null);
}

function slice(run: Run, from: number, length: number): Run {
  return { data: run.data, offset: run.offset + from, length };
}

/** Appends a run, merging it into the previous one when it continues it in the same chunk. */
function pushRun(out: Run[], run: Run): void {
  if (run.length <= 0) return;
  const prev = out[out.length - 1];
  if (prev !== undefined && prev.data === run.data && (run.data === null || prev.offset + prev.length === run.offset)) {
    out[out.length - 1] = { data: prev.data, offset: prev.offset, length: prev.length + run.length };
  } else out.push(run);
}
