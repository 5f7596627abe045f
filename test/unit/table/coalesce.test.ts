// coalesceMap: a consumer slower than its table gets merged updates, never a queue: one waits at most, and the last
// state it sees is the table's last state.
import { tableFromArrays, type Table as ArrowTable } from 'apache-arrow';
import { Subject, of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { coalesceMap, type TableUpdate, type ViewportUpdate } from '../../../src/index.js';
import { RowSet } from '../../../src/barrage/row-set.js';

/** A table of ids, its update: `ids` the new state, the sets as the reducer gives them. */
function update(
  ids: number[],
  changes: { removed?: number[]; added?: number[]; modified?: number[]; columns?: string[]; snapshot?: boolean },
): TableUpdate {
  const set = (p: number[] = []): RowSet => RowSet.fromRanges(p.map((x) => [x, x] as [number, number]));
  const table: ArrowTable = tableFromArrays({ Id: Int32Array.from(ids), V: Float64Array.from(ids) });
  return {
    table,
    size: ids.length,
    isSnapshot: changes.snapshot === true,
    removed: set(changes.removed),
    added: set(changes.added),
    modified: set(changes.modified),
    modifiedColumns: changes.columns ?? [],
    addedRows: table,
    modifiedRows: table,
    format: () => undefined,
    rowFormat: () => undefined,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // a synchronous consumer at work
  }
};

describe('coalesceMap', () => {
  it('gives an asynchronous consumer one merged update for what arrived while it worked', async () => {
    const source = new Subject<TableUpdate>();
    const seen: TableUpdate[] = [];
    let done = false;
    source.pipe(coalesceMap(async (u) => (seen.push(u), await sleep(30)))).subscribe({ complete: () => (done = true) });
    source.next(update([1, 2, 3], { snapshot: true, added: [0, 1, 2] }));
    await vi.waitFor(() => expect(seen).toHaveLength(1)); // the snapshot is being projected
    source.next(update([1, 2, 3, 4], { added: [3] })); // append 4
    source.next(update([1, 3, 4], { removed: [1] })); // remove 2
    source.next(update([1, 3, 4, 5], { added: [3], modified: [0], columns: ['V'] })); // append 5, modify 1
    source.complete();
    await expect.poll(() => done).toBe(true);
    expect(seen).toHaveLength(2);
    const merged = seen[1] as TableUpdate;
    expect(merged.isSnapshot).toBe(false);
    expect([...merged.removed]).toEqual([1]);
    expect([...merged.added]).toEqual([2, 3]);
    expect([...merged.modified]).toEqual([0]);
    expect(merged.modifiedColumns).toEqual(['V']);
    expect(Array.from(merged.table.getChild('Id')?.toArray() ?? [])).toEqual([1, 3, 4, 5]);
    expect(merged.size).toBe(4);
  });

  it('keeps a blocking consumer of a fast stream to one waiting update, ending on the last state', async () => {
    const source = new Subject<TableUpdate>();
    const sizes: number[] = [];
    let done = false;
    source.pipe(coalesceMap((u) => (busy(20), sizes.push(u.size), of(u)))).subscribe({ complete: () => (done = true) });
    // An update is due every 2 ms; like messages waiting in a socket, those due while the consumer blocked are all
    // read at once when it returns.
    const ids: number[] = [];
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(40, Math.floor((performance.now() - t0) / 2) + 1);
        while (ids.length < due) {
          const i = ids.length;
          ids.push(i);
          source.next(update([...ids], i === 0 ? { snapshot: true, added: [0] } : { added: [i] }));
        }
        if (ids.length === 40) {
          clearInterval(timer);
          resolve();
        }
      }, 1);
    });
    source.complete();
    await expect.poll(() => done).toBe(true);
    // Forty updates every ~2 ms, 20 ms each to consume: far fewer deliveries, the last one the whole table.
    expect(sizes.length).toBeLessThan(20);
    expect(sizes.at(-1)).toBe(40);
  });

  it('a snapshot among merged updates makes the merge a snapshot; teardown ends the source', async () => {
    const source = new Subject<TableUpdate>();
    const seen: TableUpdate[] = [];
    const sub = source.pipe(coalesceMap((u) => of(seen.push(u)))).subscribe();
    source.next(update([1, 2], { snapshot: true, added: [0, 1] }));
    source.next(update([1, 2, 3], { added: [2] }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.isSnapshot).toBe(true);
    expect([...(seen[0] as TableUpdate).added]).toEqual([0, 1, 2]);
    source.next(update([1, 2, 3, 4], { added: [3] }));
    source.next(update([9], { snapshot: true, added: [0] }));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.isSnapshot).toBe(true);
    expect(seen[1]?.size).toBe(1);
    sub.unsubscribe();
    expect(source.observed).toBe(false);
  });

  it('merges viewport updates: the newest rows in view, indices into the last delivered rows and the new ones', async () => {
    const source = new Subject<ViewportUpdate>();
    const seen: ViewportUpdate[] = [];
    source.pipe(coalesceMap((v) => of(seen.push(v)))).subscribe();
    const view = (
      ids: number[],
      first: number,
      c: { removed?: number[]; added?: number[]; modified?: number[]; snapshot?: boolean },
    ): ViewportUpdate => {
      const u = update(ids, c);
      return {
        table: u.table,
        first,
        totalSize: 100,
        isSnapshot: u.isSnapshot,
        removed: u.removed,
        added: u.added,
        modified: u.modified,
        format: (row, column) => u.format(row, column),
        rowFormat: (row) => u.rowFormat(row),
      };
    };
    source.next(view([10, 11, 12], 0, { snapshot: true, added: [0, 1, 2] }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    source.next(view([9, 10, 11], 0, { removed: [2], added: [0] })); // a row came in above: 12 leaves the view
    source.next(view([9, 10, 11], 0, { modified: [2] })); // 11 changed
    source.next(view([8, 9, 10], 0, { removed: [2], added: [0] })); // another: 11 leaves
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    const merged = seen[1] as ViewportUpdate;
    expect([merged.isSnapshot, [...merged.removed], [...merged.added], [...merged.modified]]).toEqual([false, [1, 2], [0, 1], []]);
    expect(Array.from(merged.table.getChild('Id')?.toArray() ?? [])).toEqual([8, 9, 10]);
    expect([merged.first, merged.totalSize]).toEqual([0, 100]);
  });
});
