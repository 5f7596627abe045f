// Scenarios of live tables (Barrage subscriptions and viewports). The same code runs in Node (integration layer) and
// in Chromium (browser layer, through the harness page) against the real server; each returns plain JSON.
//
// Ticking sources are built on `time_table(...).head(n)`, so they tick for a few seconds and then settle: the state a
// subscription ends in must then equal a `toArrow()` snapshot of the same table, and every update on the way must be
// consistent (sizes, positions in range, and the rows it names applied to a model of the previous state give the
// new state).
import type { Table as ArrowTable } from 'apache-arrow';
import { BehaviorSubject, filter, firstValueFrom, type Subscription } from 'rxjs';
import { DeephavenError, type Session, type Table, type TableUpdate, type ViewportUpdate } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { allTypesFormulas, digest } from './digest.js';

export type { Target };

function unique(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 9)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Polls `check` (every 100 ms) until it holds or `ms` have passed; says whether it held. The scenarios wait for what
 * they need this way, not for a fixed time; what they return says what they saw either way.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(100);
  }
}

/** True when `update`'s table holds the same rows as `table` (a snapshot). */
export function sameRows(update: { table: ArrowTable } | undefined, table: ArrowTable): boolean {
  return (
    update !== undefined &&
    update.table.numRows === table.numRows &&
    JSON.stringify(digest(update.table).hashes) === JSON.stringify(digest(table).hashes)
  );
}

/** One row's values as canonical text. */
function rowText(table: ArrowTable, i: number): string {
  return table.schema.fields
    .map((f) => {
      const v: unknown = table.getChild(f.name)?.get(i);
      if (v === null || v === undefined) return '∅';
      if (typeof v === 'bigint') return `${v}n`;
      if (v instanceof Uint8Array) return Array.from(v).join('.');
      if (typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
        return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what is left prints itself (numbers, booleans, Dates)
      return typeof v === 'string' ? JSON.stringify(v) : String(v);
    })
    .join('|');
}

export function rowsOf(table: ArrowTable): string[] {
  return Array.from({ length: table.numRows }, (_, i) => rowText(table, i));
}

/** Follows one subscription: checks every update against a model of the previous state. */
export class Follower {
  model: string[] = [];
  updates = 0;
  snapshots = 0;
  removed = 0;
  added = 0;
  modified = 0;
  modifiedColumns = new Set<string>();
  errors: string[] = [];
  last: TableUpdate | undefined;
  failure: string | undefined;
  completed = false;

  check(u: TableUpdate): void {
    this.updates++;
    const fail = (what: string): void => {
      if (this.errors.length < 5) this.errors.push(`update ${this.updates}: ${what}`);
    };
    const prevSize = this.model.length;
    if (u.isSnapshot) {
      this.snapshots++;
      if (u.removed.size !== 0 || u.added.size !== u.size) fail('a snapshot that is not the whole table');
      this.model = [];
    } else {
      if (prevSize - u.removed.size + u.added.size !== u.size) fail(`size ${prevSize} - ${u.removed.size} + ${u.added.size} != ${u.size}`);
      if ((u.removed.last ?? -1) >= prevSize) fail('a removed position beyond the previous state');
    }
    if ((u.added.last ?? -1) >= u.size || (u.modified.last ?? -1) >= u.size) fail('a position beyond the state');
    if (u.table.numRows !== u.size) fail(`table has ${u.table.numRows} rows, size ${u.size}`);
    const addedRows = rowsOf(u.addedRows);
    const modifiedRows = rowsOf(u.modifiedRows);
    if (addedRows.length !== u.added.size || modifiedRows.length !== u.modified.size)
      fail('addedRows/modifiedRows do not match added/modified');
    // Apply to the model: removes (descending), inserts (ascending), modifications.
    const next = u.isSnapshot ? [] : [...this.model];
    if (!u.isSnapshot) for (const p of [...u.removed].reverse()) next.splice(p, 1);
    let k = 0;
    for (const p of u.added) next.splice(p, 0, addedRows[k++] as string);
    k = 0;
    for (const p of u.modified) next[p] = modifiedRows[k++] as string;
    const actual = rowsOf(u.table);
    if (next.length !== actual.length || next.some((r, i) => r !== actual[i]))
      fail('the model after applying the update differs from the table');
    this.model = actual;
    this.removed += u.removed.size;
    this.added += u.isSnapshot ? 0 : u.added.size;
    this.modified += u.modified.size;
    for (const c of u.modifiedColumns) this.modifiedColumns.add(c);
    this.last = u;
  }

  follow(table: Table, options: Parameters<Table['updates']>[0] = {}): Subscription {
    return table.updates(options).subscribe({
      next: (u) => this.check(u),
      error: (e: unknown) => {
        this.failure = DeephavenError.from(e).message;
      },
      complete: () => {
        this.completed = true;
      },
    });
  }

  summary(): Record<string, unknown> {
    return {
      updates: this.updates,
      snapshots: this.snapshots,
      removed: this.removed,
      added: this.added,
      modified: this.modified,
      modifiedColumns: [...this.modifiedColumns].sort(),
      errors: this.errors,
      failure: this.failure ?? null,
      size: this.last?.size ?? -1,
    };
  }
}

/** Seconds of an ISO-8601 duration of seconds (`PT0.2s`). */
function seconds(period: string): number {
  const m = /^PT([\d.]+)S$/i.exec(period);
  if (m === null) throw new Error(`a period in seconds, such as PT0.2s, not ${period}`);
  return Number(m[1]);
}

const TICKING = (base: string, n: number, period: string) => `
import threading, time
from deephaven import DynamicTableWriter, agg
import deephaven.dtypes as dht
# Ticking starts when the client says so (${base}_go), once every subscription is open: a row every ${period}.
${base}_writer = DynamicTableWriter({"I": dht.long})
${base} = ${base}_writer.table
${base}_go = threading.Event()
def ${base}_feed():
    if ${base}_go.wait(120):
        for i in range(${n}):
            ${base}_writer.write_row(i)
            time.sleep(${seconds(period)})
threading.Thread(target=${base}_feed, daemon=True).start()
${base}_append = ${base}.update(["S = \`s\` + I", "D = I * 1.5"])
${base}_tail = ${base}.tail(5)
${base}_last = ${base}.update(["K = I % 4", "V = I * 10"]).last_by("K")
${base}_sorted = ${base}.update("M = (I * 7) % 11").sort_descending(["M", "I"])
${base}_where = ${base}.update("G = I % 5").last_by("G").where("I % 2 == 0")
${base}_aggs = ${base}.update("K = I % 3").agg_by([agg.last("A = I"), agg.first("F = I")], by="K")
${base}_types = ${base}.update(["J = (int) I", "K = I % 3"]).update([${allTypesFormulas('J')
  .map((f) => JSON.stringify(f))
  .join(', ')}]).last_by("K")
`;

/**
 * Every kind of change (appends, a moving window, modifications, shifts, rows coming and going, columns modified
 * apart, every column type with nulls): subscribed until the sources settle, every update checked, the final states
 * compared with snapshots.
 */
export async function liveSettle(t: Target, rows = 16, period = 'PT0.2s'): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const base = unique('live');
  const names = ['append', 'tail', 'last', 'sorted', 'where', 'aggs', 'types'];
  try {
    await session.runScript(TICKING(base, rows, period));
    const tables = await Promise.all(names.map((n) => session.openTable(`${base}_${n}`)));
    const followers = names.map(() => new Follower());
    const subs = tables.map((table, i) => (followers[i] as Follower).follow(table, { updateIntervalMs: 100 }));
    // Every subscription has its (empty) initial state: the source may start ticking.
    await until(() => followers.every((f) => f.snapshots > 0 || f.failure !== undefined));
    await session.runScript(`${base}_go.set()`);
    const source = await session.openTable(base);
    // The source is full: every derived table has its final state on the server; wait until each follower has it.
    await settle(session, source, rows, async () =>
      (await Promise.all(tables.map(async (t, i) => sameRows(followers[i]?.last, await t.toArrow())))).every(Boolean),
    );
    const results: Record<string, unknown> = {};
    for (const [i, name] of names.entries()) {
      const f = followers[i] as Follower;
      const snapshot = await (tables[i] as Table).toArrow();
      const final = f.last?.table;
      results[name] = {
        ...f.summary(),
        finalEqual:
          final !== undefined &&
          JSON.stringify(digest(final).hashes) === JSON.stringify(digest(snapshot).hashes) &&
          final.numRows === snapshot.numRows,
        snapshotRows: snapshot.numRows,
      };
    }
    subs.forEach((s) => s.unsubscribe());
    return results;
  } finally {
    await session.close();
  }
}

/**
 * Waits until the `head(n)` source is full, then until `settled` holds (the subscriptions under test have caught up
 * with the final state; at most 15 s, the scenario's own checks then tell what is missing).
 */
async function settle(session: Session, source: Table, rows: number, settled: () => Promise<boolean>): Promise<void> {
  void session;
  await firstValueFrom(source.updates({ updateIntervalMs: 100 }).pipe(filter((u) => u.size >= rows)));
  await until(settled);
}

/** A static table of a million rows: the initial snapshot grows over several messages; its state equals DoGet's. */
export async function liveBigSnapshot(t: Target, rows = 1_000_000): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const name = unique('big');
  try {
    await session.runScript(
      `from deephaven import empty_table\n${name} = empty_table(${rows}).update(["A = i", "B = i * 0.5", "S = \`s\` + (i % 1000)", "N = i % 5 == 0 ? null : i"])`,
    );
    const table = await session.openTable(name);
    const started = Date.now();
    const updates: TableUpdate[] = [];
    await new Promise<void>((resolve, reject) => {
      table.updates().subscribe({ next: (u) => updates.push(u), error: reject, complete: resolve });
    });
    const ms = Date.now() - started;
    const snapshot = await table.toArrow();
    const u = updates[0];
    return {
      emissions: updates.length,
      isSnapshot: u?.isSnapshot ?? null,
      size: u?.size ?? -1,
      batches: u?.table.batches.length ?? -1,
      equal: u !== undefined && JSON.stringify(digest(u.table).hashes) === JSON.stringify(digest(snapshot).hashes),
      ms,
    };
  } finally {
    await session.close();
  }
}

/** A blink table: every update (the initial state, then three ticks) replaces the content; unsubscribing ends the server's subscription. */
export async function liveBlink(t: Target): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const name = unique('blink');
  try {
    await session.runScript(`from deephaven import time_table\n${name} = time_table("PT0.1s", blink_table=True)`);
    const table = await session.openTable(name);
    const f = new Follower();
    const seen: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const sub = table.updates({ updateIntervalMs: 100 }).subscribe({
        next: (u) => {
          f.check(u);
          const col = u.table.getChild('Timestamp');
          for (let i = 0; i < u.size; i++) seen.push(Number(col?.get(i)));
          if (f.updates >= 4) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    const replaced = f.errors.length === 0;
    const ordered = seen.every((v, i) => i === 0 || v > (seen[i - 1] as number));
    return { ...f.summary(), replaced, ordered, seen: seen.length };
  } finally {
    await session.close();
  }
}

/** Empty and static tables, bad options, a closed table, a released table while subscribed. */
export async function liveEdges(t: Target): Promise<Record<string, unknown>> {
  const session = await connect(t);
  try {
    const empty = await session.emptyTable(0);
    const e = await firstValueFrom(empty.updates());
    const staticT = await (await session.emptyTable(7)).update(['X = i']);
    const all: TableUpdate[] = [];
    await new Promise<void>((resolve, reject) =>
      staticT.updates().subscribe({ next: (u) => all.push(u), error: reject, complete: resolve }),
    );
    const failureOf = async (f: () => Promise<unknown>): Promise<string> => {
      try {
        await f();
        return 'no error';
      } catch (err) {
        const d = DeephavenError.from(err);
        return `${d.code}: ${d.message}`;
      }
    };
    const badColumn = await failureOf(() => firstValueFrom(staticT.updates({ columns: ['Nope'] })));
    const badRange = await failureOf(() => firstValueFrom(staticT.viewport({ first: 5, last: 2 })));
    const badInterval = await failureOf(() => firstValueFrom(staticT.updates({ updateIntervalMs: -1 })));
    const columnsOnly = await firstValueFrom((await staticT.update(['Y = X * 2', 'Z = `z`'])).updates({ columns: ['Z', 'X'] }));
    // A ticking table released while subscribed keeps its subscription (the server holds the table for it).
    await session.runScript('from deephaven import time_table\nrel_src = time_table("PT0.1s").update("I = ii")');
    const ticking = await session.openTable('rel_src');
    let afterRelease = 0;
    let ticks = 0;
    let failure: string | null = null;
    const sub = ticking.updates({ updateIntervalMs: 100 }).subscribe({
      next: (u) => {
        if (!u.isSnapshot) ticks++;
        if (ticking.isClosed && !u.isSnapshot) afterRelease++;
      },
      error: (err: unknown) => {
        failure = DeephavenError.from(err).message;
      },
    });
    await until(() => ticks > 0); // the subscription is live
    await ticking.close();
    await until(() => afterRelease > 0 || failure !== null);
    sub.unsubscribe();
    const closedTable = await failureOf(() => firstValueFrom(ticking.updates()));
    const controller = new AbortController();
    const aborted = await new Promise<string>((resolve) => {
      staticT
        .viewport({ first: 0, last: 3 }, { signal: controller.signal })
        .subscribe({ complete: () => resolve('completed'), error: () => resolve('errored') });
      controller.abort();
    });
    return {
      empty: { isSnapshot: e.isSnapshot, size: e.size, rows: e.table.numRows, columns: e.table.schema.fields.length },
      static: { emissions: all.length, size: all[0]?.size ?? -1, x: Array.from(all[0]?.table.getChild('X')?.toArray() ?? []).map(Number) },
      badColumn,
      badRange,
      badInterval,
      columnsOnly: { names: columnsOnly.table.schema.fields.map((f) => f.name), z: columnsOnly.table.getChild('Z')?.get(0) },
      afterRelease,
      failureAfterRelease: failure,
      closedTable,
      aborted,
    };
  } finally {
    await session.close();
  }
}

/** A viewport moved by an Observable of ranges while the table ticks; the final viewport equals the snapshot's rows. */
export async function liveViewport(t: Target, rows = 40, period = 'PT0.1s'): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const name = unique('vp');
  try {
    // Ticking starts once the viewport has its first (empty) state, when the client sets `_go`: a row every `period`.
    await session.runScript(`
import threading, time
from deephaven import DynamicTableWriter
import deephaven.dtypes as dht
${name}_writer = DynamicTableWriter({"I": dht.long})
${name}_go = threading.Event()
def ${name}_feed():
    if ${name}_go.wait(120):
        for i in range(${rows}):
            ${name}_writer.write_row(i)
            time.sleep(${seconds(period)})
threading.Thread(target=${name}_feed, daemon=True).start()
${name} = ${name}_writer.table.update("S = \`r\` + I").sort_descending("I")
`);
    const table = await session.openTable(name);
    const ranges = [
      { first: 0, last: 4 },
      { first: 3, last: 9 },
      { first: 20, last: 29 },
      { first: 2, last: 6 },
    ];
    const range$ = new BehaviorSubject(ranges[0] as { first: number; last: number });
    const got: ViewportUpdate[] = [];
    const errors: string[] = [];
    let snapshotsPerRange = 0;
    let next = 1;
    const sub = table.viewport(range$, { updateIntervalMs: 100 }).subscribe({
      next: (v) => {
        got.push(v);
        const want = range$.value;
        if (v.table.numRows > want.last - want.first + 1) errors.push(`${v.table.numRows} rows for ${JSON.stringify(want)}`);
        if (v.isSnapshot) snapshotsPerRange++;
        if (v.isSnapshot && v.first !== want.first && v.totalSize > want.first) errors.push(`first ${v.first} for ${JSON.stringify(want)}`);
        if (v.isSnapshot && next < ranges.length) setTimeout(() => range$.next(ranges[next++] as { first: number; last: number }), 300);
      },
      error: (e: unknown) => errors.push(DeephavenError.from(e).message),
    });
    await until(() => got.length > 0 || errors.length > 0);
    await session.runScript(`${name}_go.set()`);
    const source = await session.openTable(name);
    const want = ranges[ranges.length - 1] as { first: number; last: number };
    // Every range has been asked for, and the viewport shows the last one's rows of the final state.
    const caughtUp = async (): Promise<boolean> => {
      const latest = got.at(-1);
      if (next < ranges.length || latest === undefined || latest.first !== want.first) return false;
      return JSON.stringify(rowsOf(latest.table)) === JSON.stringify(rowsOf((await table.toArrow()).slice(want.first, want.last + 1)));
    };
    await settle(session, source, rows, caughtUp);
    const last = got[got.length - 1];
    const snapshot = await table.toArrow();
    const expected = rowsOf(snapshot.slice(want.first, want.last + 1));
    const reverse = await firstValueFrom(table.viewport({ first: 0, last: 2 }, { reverse: true }));
    sub.unsubscribe();
    return {
      emissions: got.length,
      snapshotsPerRange,
      errors,
      finalFirst: last?.first ?? -1,
      finalTotal: last?.totalSize ?? -1,
      finalEqual: last !== undefined && JSON.stringify(rowsOf(last.table)) === JSON.stringify(expected),
      reverse: { first: reverse.first, rows: rowsOf(reverse.table), expected: rowsOf(snapshot.slice(snapshot.numRows - 3)) },
    };
  } finally {
    await session.close();
  }
}

/** `size$`: the live row count from the session's shared size stream. */
export async function liveSizes(t: Target): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const name = unique('sz');
  try {
    await session.runScript(`from deephaven import time_table\n${name} = time_table("PT0.1s").head(12)`);
    const table = await session.openTable(name);
    const other = await session.emptyTable(5);
    const seen: number[] = [];
    const otherSeen: number[] = [];
    const a = other.size$.subscribe((n) => otherSeen.push(n));
    await new Promise<void>((resolve, reject) => {
      const sub = table.size$.subscribe({
        next: (n) => {
          seen.push(n);
          if (n >= 12) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
      setTimeout(() => {
        sub.unsubscribe();
        resolve();
      }, 15_000);
    });
    a.unsubscribe();
    return {
      last: seen[seen.length - 1] ?? -1,
      increasing: seen.every((v, i) => i === 0 || v > (seen[i - 1] as number)),
      count: seen.length,
      other: otherSeen,
    };
  } finally {
    await session.close();
  }
}

/**
 * A dropped connection under live subscriptions (the server session lives on): no error, a fresh `isSnapshot` state
 * on the new connection, and the settled state equal to a snapshot. `cut()` drops the connection (a test proxy).
 */
export async function liveReconnect(t: Target, cut: () => number): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const name = unique('rc');
  try {
    await session.runScript(
      `from deephaven import time_table\n${name} = time_table("PT0.2s").update(["I = ii", "S = \`r\` + ii"]).head(30).sort_descending("I")`,
    );
    const table = await session.openTable(name);
    const f = new Follower();
    const sub = f.follow(table, { updateIntervalMs: 100 });
    const views: ViewportUpdate[] = [];
    const vsub = table
      .viewport({ first: 0, last: 4 }, { updateIntervalMs: 100 })
      .subscribe({ next: (v) => views.push(v), error: (e: unknown) => views.push(e as never) });
    // Ticking, with both streams live, before the cut.
    await until(() => f.updates >= 4 && views.some((v) => v.isSnapshot));
    const before = f.snapshots;
    const cutSockets = cut();
    await sleep(200); // the cut is noticed before the next call
    const source = await session.openTable(name);
    // Both streams came back (a fresh snapshot each) and caught up with the final state.
    const caughtUp = async (): Promise<boolean> => {
      if (f.snapshots < 2 || views.filter((v) => v.isSnapshot).length < 2) return false;
      const now = await table.toArrow();
      const view = views.at(-1);
      return (
        sameRows(f.last, now) && view?.table !== undefined && JSON.stringify(rowsOf(view.table)) === JSON.stringify(rowsOf(now.slice(0, 5)))
      );
    };
    await settle(session, source, 30, caughtUp);
    const snapshot = await table.toArrow();
    const last = views[views.length - 1];
    sub.unsubscribe();
    vsub.unsubscribe();
    return {
      cutSockets,
      snapshotsBefore: before,
      ...f.summary(),
      finalEqual: f.last !== undefined && JSON.stringify(rowsOf(f.last.table)) === JSON.stringify(rowsOf(snapshot)),
      viewportSnapshots: views.filter((v) => v.isSnapshot).length,
      viewportEqual: last !== undefined && JSON.stringify(rowsOf(last.table)) === JSON.stringify(rowsOf(snapshot.slice(0, 5))),
      sessionOpen: !session.isClosed,
    };
  } finally {
    await session.close();
  }
}
