// Scenarios of rollups and trees (issue 19) that run on every transport: the same code in Node (integration layer:
// websocket, h2c, h2 over TLS) and in Chromium (browser layer: websocket, gRPC-Web over fetch on HTTP/2), against the
// real server, with the server's own flat results as the oracle; each releases every export it made. Each returns
// plain JSON. The objects they read are
// one table set per server and test file, made by `setupTables` (script-made, opened by name from each session).
import { BehaviorSubject, filter, firstValueFrom, type Observable } from 'rxjs';
import { RollupTable, TreeTable, agg, type HierarchicalViewportUpdate, type Session, type Table } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';

export type { Target };

/** The variables of one table set. */
export interface Names {
  /** 60 rows: Sym (3 values), Exchange (2), Size, Price. */
  readonly src: string;
  /** 20 rows: Id 1..20, ParentId (a tree of 3 children per node), Name. */
  readonly emp: string;
  /** A time table ticking every 0.1 s: Sym (2 values), Sub (3), Size. */
  readonly tick: string;
  /** `src` rolled up by Sym and Exchange: sum of Size, average Price, count N. */
  readonly rollup: string;
  /** `emp` as a tree. */
  readonly tree: string;
}

export function names(prefix: string): Names {
  return { src: `${prefix}_src`, emp: `${prefix}_emp`, tick: `${prefix}_tick`, rollup: `${prefix}_rollup`, tree: `${prefix}_tree` };
}

/** The script that makes a table set. */
export function tablesScript(n: Names): string {
  return `
from deephaven import empty_table, time_table, agg
${n.src} = empty_table(60).update(["Sym = i % 3 == 0 ? \`AAPL\` : i % 3 == 1 ? \`MSFT\` : \`GOOG\`", "Exchange = i % 2 == 0 ? \`NYSE\` : \`ARCA\`", "Size = (int) i", "Price = i * 1.5"])
${n.emp} = empty_table(20).update(["Id = (long) i + 1", "ParentId = i == 0 ? NULL_LONG : (long) ((i + 2) / 3)", "Name = \`E\` + i"])
${n.tick} = time_table("PT0.1s").update(["Sym = ii % 2 == 0 ? \`A\` : \`B\`", "Sub = ii % 3", "Size = ii"])
${n.rollup} = ${n.src}.rollup(aggs=[agg.sum_(["Size"]), agg.avg(["Price"]), agg.count_("N")], by=["Sym", "Exchange"])
${n.tree} = ${n.emp}.tree("Id", "ParentId")
`;
}

/** The script of the formatted rollup and tree `formats` (./hierarchical.ts) reads (the rules and colours its test expects). */
export function formatsScript(prefix: string): string {
  return `
from deephaven import empty_table, agg
from deephaven.table import NodeType
${prefix}_base = empty_table(6).update(["Id = (long) i + 1", "ParentId = i == 0 ? NULL_LONG : 1L", "Sym = i % 2 == 0 ? \`A\` : \`B\`", "Price = i * 50.5 - 20"])
${prefix}_tree = ${prefix}_base.format_columns(["Price = Price > 100 ? RED : NO_FORMATTING", "Price = Decimal(\`$#,##0.00\`)"]).format_row_where("Id = 2", "LIGHTBLUE").tree("Id", "ParentId")
_${prefix}_r = ${prefix}_base.rollup(aggs=[agg.sum_("Price")], by=["Sym"], include_constituents=True)
${prefix}_rollup = _${prefix}_r.with_node_operations([_${prefix}_r.node_operation_recorder(NodeType.AGGREGATED).format_column("Price = Price > 300 ? GREEN : NO_FORMATTING"), _${prefix}_r.node_operation_recorder(NodeType.CONSTITUENT).format_column("Price = Decimal(\`0.0\`)")])
`;
}

/** The names {@link formatsScript} makes. */
export function formatsNames(prefix: string): string[] {
  return [`${prefix}_base`, `${prefix}_tree`, `_${prefix}_r`, `${prefix}_rollup`];
}

/** Makes the table set on the target's server (`extra`: more script to run with it). */
export async function setupTables(t: Target, n: Names, extra = ''): Promise<void> {
  const s = await connect(t);
  try {
    await s.runScript(tablesScript(n) + extra);
  } finally {
    await s.close();
  }
}

/** Deletes the table set (and `more` variables). */
export async function cleanupTables(t: Target, n: Names, more: readonly string[] = []): Promise<void> {
  const s = await connect(t);
  try {
    await s.runScript(`del ${[...Object.values(n), ...more].join(', ')}`);
  } finally {
    await s.close();
  }
}

function until(
  v$: Observable<HierarchicalViewportUpdate>,
  pred: (u: HierarchicalViewportUpdate) => boolean = () => true,
): Promise<HierarchicalViewportUpdate> {
  return firstValueFrom(v$.pipe(filter(pred)));
}

/** JSON with bigints as numbers (every value here is small). */
const text = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

interface Row {
  readonly depth: number;
  readonly expanded: boolean | null;
  readonly key: readonly unknown[];
  readonly values: Record<string, unknown>;
}

function rowsOf(u: HierarchicalViewportUpdate): Row[] {
  return u.rows.map((r, i) => ({ ...r, values: u.table.get(i)?.toJSON() ?? {} }));
}

async function flat(t: Table): Promise<Record<string, unknown>[]> {
  return (await t.toArrow()).toArray().map((r) => r.toJSON() as Record<string, unknown>);
}

/** Waits (up to 20 s) until `pred` holds. */
async function poll(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !pred(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!pred()) throw new Error(`timed out waiting for ${what}`);
}

async function withSession<T>(t: Target, body: (s: Session) => Promise<T>): Promise<T> {
  const s = await connect(t);
  try {
    return await body(s);
  } finally {
    await s.close();
  }
}

/**
 * A rollup by Sym and Exchange made by the SDK, expanded fully: each level's rows equal a flat `aggBy` over the same
 * keys (values and keys), and the script-made rollup of the same source shows the same expanded rows.
 */
export async function rollupLevels(t: Target, n: Names): Promise<Record<string, unknown>> {
  return withSession(t, async (s) => {
    const held = s.internals.exports.size;
    const trades = await s.openTable(n.src);
    const aggs = [agg.sum('Size'), agg.avg('Price'), agg.count('N')];
    const rollup = await trades.rollup(aggs, ['Sym', 'Exchange']);
    const v$ = rollup.viewport({ first: 0, last: 99 });
    const initial = await until(v$);
    await rollup.expandAll();
    const all = rowsOf(await until(v$, (u) => u.totalSize === 1 + 3 + 6));
    const mismatches: string[] = [];
    const levels: Record<string, number> = {};
    for (const by of [[], ['Sym'], ['Sym', 'Exchange']] as const) {
      const depth = by.length + 1;
      const t2 = await trades.aggBy(aggs, by.length === 0 ? undefined : [...by]);
      const expected = await flat(t2);
      await t2.close();
      const level = all.filter((r) => r.depth === depth);
      levels[depth] = level.length;
      if (level.length !== expected.length) mismatches.push(`level ${depth}: ${level.length} rows, aggBy ${expected.length}`);
      const byKey = new Map(expected.map((e) => [text(by.map((c) => e[c])), e]));
      for (const r of level) {
        const key = text(by.map((c) => r.values[c]));
        if (text(r.key) !== key) mismatches.push(`level ${depth}: key ${text(r.key)} of a row with ${key}`);
        const e = byKey.get(key);
        for (const c of ['Size', 'Price', 'N'])
          if (text(r.values[c]) !== text(e?.[c])) mismatches.push(`level ${depth} ${key} ${c}: ${text(r.values[c])} vs ${text(e?.[c])}`);
      }
    }
    // The script-made rollup (the same aggregations) opens by name and shows the same rows after the same expansions.
    const named = await s.openHierarchicalTable(n.rollup);
    await named.expandAll();
    const namedRows = rowsOf(await until(named.viewport({ first: 0, last: 99 }), (u) => u.totalSize === 10));
    const result = {
      transport: s.transport,
      isRollup: rollup instanceof RollupTable,
      columns: rollup.columns,
      initialDepths: initial.rows.map((r) => r.depth),
      levels,
      mismatches,
      scriptMadeEqual: text(namedRows) === text(all),
      collapsed: 0,
    };
    await rollup.collapseAll();
    result.collapsed = (await until(v$, (u) => u.totalSize === 1)).rows.length;
    await Promise.all([rollup.close(), named.close(), trades.close()]);
    return { ...result, exportsLeft: s.internals.exports.size - held };
  });
}

/** A tree made by the SDK: one expansion, then all: the rows under each expanded node equal the source rows with that parent. */
export async function treeChildren(t: Target, n: Names): Promise<Record<string, unknown>> {
  return withSession(t, async (s) => {
    const held = s.internals.exports.size;
    const employees = await s.openTable(n.emp);
    const tree = await employees.tree('Id', 'ParentId');
    const v$ = tree.viewport({ first: 0, last: 99 });
    const initial = rowsOf(await until(v$));
    await tree.expand([1n]);
    const one = rowsOf(await until(v$, (u) => u.totalSize > 1));
    await tree.expandAll();
    const all = rowsOf(await until(v$, (u) => u.totalSize === 20));
    const source = await flat(employees);
    const mismatches: string[] = [];
    all.forEach((r, i) => {
      if (text(r.key) !== text([r.values['Id']])) mismatches.push(`row ${i}: key ${text(r.key)}`);
      const hasChildren = source.some((x) => x['ParentId'] === r.values['Id']);
      if (r.expanded !== (hasChildren ? true : null)) mismatches.push(`row ${i}: expanded ${String(r.expanded)}`);
      if (r.expanded !== true) return;
      const children: unknown[] = [];
      for (let j = i + 1; j < all.length && (all[j]?.depth ?? 0) > r.depth; j++)
        if (all[j]?.depth === r.depth + 1) children.push(all[j]?.values['Id']);
      const expected = source.filter((x) => x['ParentId'] === r.values['Id']).map((x) => x['Id']);
      const sorted = (a: unknown[]): string => text([...a].sort((x, y) => Number(x) - Number(y)));
      if (sorted(children) !== sorted(expected))
        mismatches.push(`children of ${text(r.values['Id'])}: ${sorted(children)} vs ${sorted(expected)}`);
    });
    // A second viewport whose range moves on one subscription (a new request on the same exchange).
    const range$ = new BehaviorSubject({ first: 0, last: 4 });
    const windows: HierarchicalViewportUpdate[] = [];
    const moving = tree.viewport(range$).subscribe((u) => windows.push(u));
    await poll(() => windows.some((u) => u.totalSize === 20), 'the first window');
    range$.next({ first: 12, last: 16 });
    await poll(() => windows.some((u) => u.first === 12), 'the moved window');
    moving.unsubscribe();
    const ids = (u: HierarchicalViewportUpdate | undefined): number[] =>
      u === undefined ? [] : rowsOf(u).map((r) => Number(r.values['Id']));
    const w1 = windows.find((u) => u.totalSize === 20);
    const w2 = windows.find((u) => u.first === 12);
    const moved = {
      first: [w1?.first, w2?.first],
      snapshots: [w1?.isSnapshot, w2?.isSnapshot],
      equal: [
        text(ids(w1)) === text(all.slice(0, 5).map((r) => Number(r.values['Id']))),
        text(ids(w2)) === text(all.slice(12, 17).map((r) => Number(r.values['Id']))),
      ],
    };
    await tree.collapse([1n]);
    const collapsed = await until(v$, (u) => u.totalSize === 1);
    await Promise.all([tree.close(), employees.close()]);
    return {
      isTree: tree instanceof TreeTable,
      initial: initial.map((r) => ({ depth: r.depth, expanded: r.expanded, key: text(r.key) })),
      afterOne: one.slice(1).map((r) => Number(r.values['Id'])),
      size: all.length,
      mismatches,
      moved,
      collapsedExpanded: collapsed.rows[0]?.expanded,
      exportsLeft: s.internals.exports.size - held,
    };
  });
}

/**
 * A rollup of the ticking table held in one viewport while it is expanded and collapsed: the same subscription
 * follows each new view (no new snapshot, no empty state, rows match the table), and the values stay live.
 */
export async function tickingExpand(t: Target, n: Names): Promise<Record<string, unknown>> {
  return withSession(t, async (s) => {
    const held = s.internals.exports.size;
    const ticking = await s.openTable(n.tick);
    const rollup = await ticking.rollup([agg.sum('Size'), agg.count('N')], ['Sym', 'Sub']);
    const seen: HierarchicalViewportUpdate[] = [];
    let failure: string | null = null;
    let completed = false;
    const sub = rollup.viewport({ first: 0, last: 49 }, { updateIntervalMs: 100 }).subscribe({
      next: (u) => seen.push(u),
      error: (e: unknown) => (failure = String(e)),
      complete: () => (completed = true),
    });
    // A second viewport below the totals row: its updates stand at position 1 on, each cycle too.
    const below: HierarchicalViewportUpdate[] = [];
    const belowSub = rollup
      .viewport({ first: 1, last: 49 }, { updateIntervalMs: 100 })
      .subscribe({ next: (u) => below.push(u), error: (e: unknown) => (failure = String(e)) });
    const last = (): HierarchicalViewportUpdate | undefined => seen[seen.length - 1];
    const count = (u: HierarchicalViewportUpdate | undefined): number => Number(u?.table.get(0)?.toJSON()['N'] ?? -1);
    const waitFor = async (pred: () => boolean, what: string): Promise<void> => {
      for (let i = 0; i < 400 && !pred(); i++) {
        if (failure !== null) throw new Error(failure);
        await new Promise((r) => setTimeout(r, 50));
      }
      if (!pred()) throw new Error(`timed out waiting for ${what} (${seen.length} updates)`);
    };
    try {
      await waitFor(() => seen.length > 1, 'two updates');
      await rollup.expand(['A']);
      await waitFor(() => last()?.rows.some((r) => r.depth === 3 && r.key[0] === 'A') ?? false, 'the children of A');
      const n0 = count(last());
      await waitFor(() => count(last()) > n0, 'a tick after the expansion');
      await rollup.expand(['B']);
      await waitFor(() => last()?.rows.some((r) => r.depth === 3 && r.key[0] === 'B') ?? false, 'the children of B');
      await rollup.collapse(['A']);
      await waitFor(() => !(last()?.rows.some((r) => r.depth === 3 && r.key[0] === 'A') ?? true), 'A collapsed');
      const n1 = count(last());
      await waitFor(() => count(last()) > n1, 'a tick after the collapse');
    } catch (e) {
      failure ??= String(e);
    }
    sub.unsubscribe();
    belowSub.unsubscribe();
    const filled = seen.slice(seen.findIndex((u) => u.table.numRows > 0));
    const final = last();
    const isRefreshing = rollup.isRefreshing;
    await Promise.all([rollup.close(), ticking.close()]);
    return {
      exportsLeft: s.internals.exports.size - held,
      failure,
      completed,
      updates: seen.length,
      isRefreshing,
      firstIsSnapshot: seen[0]?.isSnapshot ?? null,
      laterSnapshots: seen.slice(1).filter((u) => u.isSnapshot).length,
      emptyStates: filled.filter((u) => u.table.numRows === 0).length,
      rowsMatchTable: seen.every((u) => u.rows.length === u.table.numRows),
      finalDepths: final?.rows.map((r) => r.depth) ?? [],
      finalKeys: final?.rows.filter((r) => r.depth === 3).map((r) => text(r.key)) ?? [],
      // The rows below the totals row, as the first viewport shows them at the end.
      below: {
        live: below.length > 2,
        firsts: [...new Set(below.map((u) => u.first))],
        depths:
          below
            .at(-1)
            ?.rows.map((r) => r.depth)
            .join('') ?? '',
      },
    };
  });
}
