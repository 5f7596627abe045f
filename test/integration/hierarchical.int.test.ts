// Issue 19 (rollups and trees) in Node against the real server, with the server's own flat results as the oracle:
// each rollup level equals a flat aggBy over the same keys, a tree's rows under each expanded node equal the source
// rows with that parent; expansion while the source ticks, where/sort, includeConstituents, promoteOrphans,
// script-made objects, closed objects, bad keys and abort. The core scenarios (test/scenarios/hierarchical-live.ts) run
// on every Node transport; the rest on the websocket. One table set per server, small tables.
import { firstValueFrom, filter, type Observable } from 'rxjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  Code,
  DeephavenError,
  RollupTable,
  Session,
  TreeTable,
  agg,
  filters,
  type HierarchicalTable,
  type HierarchicalViewportUpdate,
  type Table,
} from '../../src/index.js';
import * as scenarios from '../scenarios/hierarchical-live.js';

const url = inject('dhUrl');
const n = scenarios.names('h19');
const tlsUrl = inject('dhUrlTls');
const tlsTarget: scenarios.Target = { url: tlsUrl, transport: 'node-http2', tls: { ca: inject('tlsCert') } };
let session: Session;
let trades: Table;
let employees: Table;

// One table set per server: the main server's (read over the websocket and h2c) and the TLS server's.
beforeAll(async () => {
  await Promise.all([
    scenarios.setupTables(
      { url, transport: 'websocket-multiplex' },
      n,
      'h19_orphans = empty_table(6).update(["Id = (long) i + 1", "ParentId = i == 0 ? NULL_LONG : i < 3 ? 1L : 99L"])\n',
    ),
    scenarios.setupTables(tlsTarget, n),
  ]);
  session = await Session.connect(url);
  [trades, employees] = await Promise.all([session.openTable(n.src), session.openTable(n.emp)]);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await scenarios.cleanupTables({ url, transport: 'websocket-multiplex' }, n, ['h19_orphans']).catch(() => undefined);
  await scenarios.cleanupTables(tlsTarget, n).catch(() => undefined);
});

/** The first emission of a viewport that passes `pred`. */
function until(
  v$: Observable<HierarchicalViewportUpdate>,
  pred: (u: HierarchicalViewportUpdate) => boolean = () => true,
): Promise<HierarchicalViewportUpdate> {
  return firstValueFrom(v$.pipe(filter(pred)));
}

/** Rows of a viewport as plain objects with their depth, expansion and key. */
function rowsOf(
  u: HierarchicalViewportUpdate,
): { depth: number; expanded: boolean | null; key: readonly unknown[]; values: Record<string, unknown> }[] {
  return u.rows.map((r, i) => ({ ...r, values: u.table.get(i)?.toJSON() ?? {} }));
}

async function flat(t: Table): Promise<Record<string, unknown>[]> {
  return (await t.toArrow()).toArray().map((r) => r.toJSON() as Record<string, unknown>);
}

// The core scenarios on every Node transport (the same code runs in Chromium: test/browser/hierarchical.browser.test.ts).
const targets: [string, scenarios.Target][] = [
  ['websocket-multiplex', { url, transport: 'websocket-multiplex' }],
  ['node-http2 (h2c)', { url, transport: 'node-http2' }],
  ['node-http2 (h2 over TLS)', tlsTarget],
];
describe.each(targets)('rollups and trees in Node over %s', (_name, t) => {
  it('rollup levels equal a flat aggBy over the same keys; the script-made rollup shows the same rows', async () => {
    const r = await scenarios.rollupLevels(t, n);
    expect(r).toMatchObject({
      transport: t.transport,
      isRollup: true,
      columns: ['Sym', 'Exchange', 'Size', 'Price', 'N'],
      initialDepths: [1, 2, 2, 2],
      mismatches: [],
    });
    expect(r).toMatchObject({ levels: { 1: 1, 2: 3, 3: 6 }, scriptMadeEqual: true, collapsed: 1, exportsLeft: 0 });
  });

  it('tree children under each expanded node equal the source rows with that parent', async () => {
    const r = await scenarios.treeChildren(t, n);
    expect(r).toEqual({
      isTree: true,
      initial: [{ depth: 1, expanded: false, key: '[1]' }],
      afterOne: [2, 3, 4],
      size: 20,
      mismatches: [],
      moved: { first: [0, 12], snapshots: [true, true], equal: [true, true] },
      collapsedExpanded: false,
      exportsLeft: 0,
    });
  });

  it('expand and collapse while the source ticks: one stream follows each view, values live', async () => {
    const r = await scenarios.tickingExpand(t, n);
    expect(r).toMatchObject({
      exportsLeft: 0,
      failure: null,
      completed: false,
      isRefreshing: true,
      firstIsSnapshot: true,
      laterSnapshots: 0,
      emptyStates: 0,
      rowsMatchTable: true,
    });
    expect((r['finalKeys'] as string[]).sort()).toEqual(['["B",0]', '["B",1]', '["B",2]']);
    expect(r['below']).toMatchObject({ live: true, firsts: [1] });
  });
});

describe('rollups (websocket)', () => {
  it('with no group-by columns: the totals row only', async () => {
    const rollup = await trades.rollup(agg.sum('Size'));
    const u = await until(rollup.viewport({ first: 0, last: 9 }));
    expect(u.totalSize).toBe(1);
    expect(u.rows).toEqual([{ depth: 1, expanded: null, key: [] }]);
    expect(u.table.get(0)?.toJSON()).toEqual({ Size: 1770n });
    await rollup.close();
  });
});

describe('trees (websocket)', () => {
  it('promoteOrphans: rows whose parent does not exist show at the top level', async () => {
    const orphans = await session.openTable('h19_orphans');
    const plain = await orphans.tree('Id', 'ParentId');
    const promoted = await orphans.tree('Id', 'ParentId', { promoteOrphans: true });
    await Promise.all([plain.expandAll(), promoted.expandAll()]);
    const a = await until(plain.viewport({ first: 0, last: 9 }));
    const b = await until(promoted.viewport({ first: 0, last: 9 }));
    expect(a.totalSize).toBe(3);
    expect(b.totalSize).toBe(6);
    expect(
      rowsOf(b)
        .filter((r) => r.depth === 1)
        .map((r) => r.values['Id']),
    ).toEqual([1n, 4n, 5n, 6n]);
    await Promise.all([plain.close(), promoted.close(), orphans.close()]);
  });
});

describe('where and sort', () => {
  it('on a rollup: filters on group-by columns, sorts within levels', async () => {
    const rollup = await trades.rollup([agg.sum('Size')], ['Sym', 'Exchange']);
    const aapl = await rollup.where(filters.eq('Sym', 'AAPL'));
    expect(aapl).toBeInstanceOf(RollupTable);
    const u = await until(aapl.viewport({ first: 0, last: 9 }));
    expect(
      rowsOf(u)
        .filter((r) => r.depth === 2)
        .map((r) => r.values['Sym']),
    ).toEqual(['AAPL']);
    const nyse = await rollup.where('Exchange = `NYSE`');
    await nyse.expandAll();
    const n = rowsOf(await until(nyse.viewport({ first: 0, last: 19 }), (x) => x.totalSize > 4));
    expect(new Set(n.filter((r) => r.depth === 3).map((r) => r.values['Exchange']))).toEqual(new Set(['NYSE']));
    await expect(rollup.where('Size > 3')).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(rollup.where('Size > 3')).rejects.toThrow(/group-by columns only/);
    const sorted = await rollup.sort('Size', 'desc');
    const s = rowsOf(await until(sorted.viewport({ first: 0, last: 9 })));
    const sizes = s.filter((r) => r.depth === 2).map((r) => r.values['Size'] as bigint);
    expect(sizes).toEqual([...sizes].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0)));
    await expect(rollup.sort('Nope')).rejects.toMatchObject({ code: Code.InvalidArgument });
    await Promise.all([rollup.close(), aapl.close(), nyse.close(), sorted.close()]);
  });

  it('on a tree: matches keep their ancestors; children sorted', async () => {
    const tree = await employees.tree('Id', 'ParentId');
    const e9 = await tree.where('Name = `E9`');
    await e9.expandAll();
    const u = rowsOf(await until(e9.viewport({ first: 0, last: 19 })));
    // E9 is Id 10, under 3, under 1.
    expect(u.map((r) => r.values['Id'])).toEqual([1n, 3n, 10n]);
    const sorted = await tree.sort('Id', 'desc');
    await sorted.expand([1n]);
    const s = rowsOf(await until(sorted.viewport({ first: 0, last: 19 }), (x) => x.totalSize > 1));
    expect(s.map((r) => r.values['Id'])).toEqual([1n, 4n, 3n, 2n]);
    await sorted.expand([2n]);
    const t = rowsOf(await until(sorted.viewport({ first: 0, last: 19 }), (x) => x.totalSize > 4));
    expect(t.map((r) => r.values['Id'])).toEqual([1n, 4n, 3n, 2n, 7n, 6n, 5n]);
    await Promise.all([tree.close(), e9.close(), sorted.close()]);
  });
});

describe('includeConstituents', () => {
  it('shows the source rows under the deepest level, their values in the visible columns', async () => {
    const rollup = await trades.rollup([agg.sum('Size')], 'Sym', { includeConstituents: true });
    expect(rollup.columns.slice(0, 2)).toEqual(['Sym', 'Size']);
    await rollup.expand(['AAPL']);
    const u = rowsOf(await until(rollup.viewport({ first: 0, last: 99 }), (x) => x.totalSize > 4));
    const constituents = u.filter((r) => r.depth === 3);
    const source = (await flat(trades)).filter((r) => r['Sym'] === 'AAPL');
    expect(constituents.length).toBe(source.length);
    expect(constituents.map((r) => Number(r.values['Size'])).sort((a, b) => a - b)).toEqual(
      source.map((r) => Number(r['Size'])).sort((a, b) => a - b),
    );
    for (const r of constituents) {
      expect(r.values['Sym']).toBe('AAPL');
      expect(r.expanded).toBeNull();
    }
    // Price is only in the constituents: valued on their rows only.
    expect(u.filter((r) => r.depth === 2).every((r) => r.values['Price'] === null)).toBe(true);
    await rollup.close();
  });
});

describe('every column type as a group-by column', () => {
  it('each level shows, and a key of each type expands its group (the key table carries the value back)', async () => {
    const source = await session
      .emptyTable(12)
      .then((t) =>
        t.update([
          'I = (int) (i % 3)',
          'L = (long) (i % 3)',
          'D = (i % 3) * 1.5',
          'F = (float) (i % 3)',
          'By = (byte) (i % 3)',
          'Sh = (short) (i % 3)',
          'S = `s` + (i % 3)',
          'Bo = i % 3 == 0',
          "C = (char) ('a' + i % 3)",
          'T = epochNanosToInstant((i % 3) * 1000000123L)',
          'Dt = java.time.LocalDate.of(2024, 1, 1 + (int) (i % 3))',
          'Sub = (int) (i % 2)',
          'V = i',
        ]),
      );
    for (const column of ['I', 'L', 'D', 'F', 'By', 'Sh', 'S', 'Bo', 'C', 'T', 'Dt']) {
      const rollup = await source.rollup([agg.sum('V'), agg.max('Max = V')], [column, 'Sub']);
      const v$ = rollup.viewport({ first: 0, last: 49 });
      const top = await until(v$);
      const groups = top.rows.filter((r) => r.depth === 2);
      expect(groups.length, column).toBe(column === 'Bo' ? 2 : 3);
      const key = groups[groups.length - 1]?.key as readonly unknown[];
      await rollup.expand(key);
      const after = await until(v$, (u) => u.rows.some((r) => r.depth === 3));
      const children = after.rows.filter((r) => r.depth === 3);
      expect(children.length, column).toBe(2);
      expect(
        children.every(
          (r) =>
            JSON.stringify(r.key[0], (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x)) ===
            JSON.stringify(key[0], (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x)),
        ),
        column,
      ).toBe(true);
      await rollup.close();
    }
    await source.close();
  });
});

describe('script-made objects', () => {
  it('open by name like tables do, as rollups and trees', async () => {
    const rollup = await session.openHierarchicalTable(n.rollup);
    expect(rollup).toBeInstanceOf(RollupTable);
    const u = await until(rollup.viewport({ first: 0, last: 9 }));
    expect(rowsOf(u).map((r) => r.depth)).toEqual([1, 2, 2, 2]);
    const objects = await session.exportableObjects();
    const object = objects[n.tree];
    expect(object?.type).toBe('HierarchicalTable');
    if (object === undefined) throw new Error('h19_tree is not listed');
    const tree = await session.fetchHierarchicalTable(object);
    expect(tree).toBeInstanceOf(TreeTable);
    expect((await until(tree.viewport({ first: 0, last: 9 }))).rows[0]?.key).toEqual([1n]);
    await Promise.all([rollup.close(), tree.close()]);
  });

  it('a table, or no such variable, is refused', async () => {
    await expect(session.openHierarchicalTable(n.src)).rejects.toMatchObject({ code: Code.FailedPrecondition });
    await expect(session.openHierarchicalTable('h19_nothing')).rejects.toBeInstanceOf(DeephavenError);
    await expect(session.openHierarchicalTable('')).rejects.toMatchObject({ code: Code.InvalidArgument });
  });
});

describe('bad input, closed objects, abort, released exports', () => {
  it('bad columns, keys of the wrong arity and closed objects fail before any call', async () => {
    await expect(trades.rollup([agg.sum('Size')], ['Nope'])).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(trades.rollup([], ['Sym'])).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(employees.tree('Id', 'Nope')).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(employees.tree('Id', 'Id')).rejects.toMatchObject({ code: Code.InvalidArgument });
    const rollup = await trades.rollup([agg.sum('Size')], ['Sym', 'Exchange']);
    const tree = await employees.tree('Id', 'ParentId');
    await expect(rollup.expand('AAPL')).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(rollup.expand(['AAPL', 'NYSE', 'extra'])).rejects.toThrow(/at most 2 group-by values \(Sym, Exchange\)/);
    await expect(tree.expand([1n, 2n])).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(firstValueFrom(rollup.viewport({ first: 0, last: 9 }, { columns: ['Nope'] }))).rejects.toMatchObject({
      code: Code.InvalidArgument,
    });
    await expect(firstValueFrom(rollup.viewport({ first: 5, last: 1 }))).rejects.toMatchObject({ code: Code.InvalidArgument });
    // A bare identifier is a tree key too.
    await tree.expand(1n);
    await Promise.all([rollup.close(), tree.close()]);
    await rollup.close();
    expect(rollup.isClosed).toBe(true);
    await expect(rollup.expand(['AAPL'])).rejects.toMatchObject({ code: Code.FailedPrecondition });
    await expect(firstValueFrom(rollup.viewport({ first: 0, last: 9 }))).rejects.toMatchObject({ code: Code.FailedPrecondition });
    await expect(rollup.where(filters.eq('Sym', 'AAPL'))).rejects.toMatchObject({ code: Code.FailedPrecondition });
    await expect(tree.source()).rejects.toMatchObject({ code: Code.FailedPrecondition });
  });

  it('abort: calls reject with an AbortError; a viewport completes', async () => {
    const aborted = AbortSignal.abort();
    await expect(trades.rollup([agg.sum('Size')], 'Sym', { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(employees.tree('Id', 'ParentId', { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    const rollup = await trades.rollup([agg.sum('Size')], 'Sym');
    await expect(rollup.expand(['AAPL'], { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const done = new Promise<number>((resolve) => {
      let n = 0;
      rollup
        .viewport({ first: 0, last: 9 }, { signal: controller.signal })
        .subscribe({ next: () => (n++, controller.abort()), complete: () => resolve(n) });
    });
    expect(await done).toBe(1);
    await rollup.close();
  });

  it('every export is released on close and unsubscribe', async () => {
    const exports = session.internals.exports;
    const held = exports.size;
    const rollup: HierarchicalTable = await trades.rollup([agg.sum('Size')], ['Sym', 'Exchange']);
    const sub = rollup.viewport({ first: 0, last: 9 }).subscribe();
    await rollup.expand(['AAPL']);
    await rollup.expand(['MSFT']);
    expect(exports.size).toBeLessThanOrEqual(held + 3); // the rollup, its view and the view's key table
    sub.unsubscribe();
    await rollup.close();
    expect(exports.size).toBe(held);
  });
});

// Formats on hierarchical viewports: a tree of a formatted table shows each row with the formats the flat table has
// for it (the flat table's formats are checked against the server in dashboard.int.test.ts); a rollup's node
// operations format its aggregated rows and its constituent rows each with their own format columns.
describe('formats', () => {
  const script = `from deephaven import empty_table, agg
from deephaven.table import NodeType
h19f_base = empty_table(6).update(["Id = (long) i + 1", "ParentId = i == 0 ? NULL_LONG : 1L", "Sym = i % 2 == 0 ? \`A\` : \`B\`", "Price = i * 50.5 - 20"])
h19f_flat = h19f_base.format_columns(["Price = Price > 100 ? RED : NO_FORMATTING", "Price = Decimal(\`$#,##0.00\`)"]).format_row_where("Id = 2", "LIGHTBLUE")
h19f_tree = h19f_flat.tree("Id", "ParentId")
_h19f_r = h19f_base.rollup(aggs=[agg.sum_("Price")], by=["Sym"], include_constituents=True)
h19f_rollup = _h19f_r.with_node_operations([_h19f_r.node_operation_recorder(NodeType.AGGREGATED).format_column("Price = Price > 300 ? GREEN : NO_FORMATTING"), _h19f_r.node_operation_recorder(NodeType.CONSTITUENT).format_column("Price = Decimal(\`0.0\`)")])
h19f_green = empty_table(1).update("Price = 400.0").format_columns("Price = Price > 300 ? GREEN : NO_FORMATTING")
`;
  beforeAll(async () => {
    await session.runScript(script);
  }, 60_000);
  afterAll(async () => {
    await session.runScript('del h19f_base, h19f_flat, h19f_tree, _h19f_r, h19f_rollup, h19f_green').catch(() => undefined);
  });

  it('a tree of a formatted table: each row has the formats of its source row; formats: false has none', async () => {
    const flatTable = await session.openTable('h19f_flat');
    const fv = await firstValueFrom(flatTable.viewport({ first: 0, last: 5 }));
    const byId = new Map(
      [0, 1, 2, 3, 4, 5].map((i) => [fv.table.getChild('Id')?.get(i) as bigint, { row: fv.rowFormat(i), Price: fv.format(i, 'Price') }]),
    );
    expect(byId.get(2n)?.row?.backgroundColor).toBe('#add8e6');
    expect(byId.get(5n)?.Price?.backgroundColor).toBe('#ff0000');
    const tree = await session.openHierarchicalTable('h19f_tree');
    expect(tree.columns).not.toContain('Price__TABLE_STYLE_FORMAT');
    await tree.expand([1n]);
    const u = await until(tree.viewport({ first: 0, last: 9 }), (x) => x.table.numRows === 6);
    expect(u.table.schema.fields.map((f) => f.name)).toEqual(['Id', 'ParentId', 'Sym', 'Price']);
    const seen = [0, 1, 2, 3, 4, 5].map((i) => ({
      id: u.table.getChild('Id')?.get(i) as bigint,
      row: u.rowFormat(i),
      Price: u.format(i, 'Price'),
      byIndex: u.format(i, 3),
    }));
    for (const s of seen) {
      expect({ row: s.row, Price: s.Price }, `Id ${s.id}`).toEqual(byId.get(s.id));
      expect(s.byIndex).toEqual(s.Price);
    }
    const off = await until(tree.viewport({ first: 0, last: 9 }, { formats: false }), (x) => x.table.numRows === 6);
    expect([0, 1, 2, 3, 4, 5].flatMap((i) => [off.rowFormat(i), off.format(i, 'Price')]).every((f) => f === undefined)).toBe(true);
    await Promise.all([tree.close(), flatTable.close()]);
  });

  it("a rollup's node operations: aggregated rows read the aggregated formats, constituent rows the constituents'", async () => {
    const greenTable = await session.openTable('h19f_green');
    const green = (await firstValueFrom(greenTable.viewport({ first: 0, last: 0 }))).format(0, 'Price');
    expect(green?.backgroundColor).toBeDefined();
    const rollup = await session.openHierarchicalTable('h19f_rollup');
    await rollup.expand(['A']);
    const u = await until(rollup.viewport({ first: 0, last: 9 }), (x) => x.table.numRows === 6);
    const seen = u.rows.map((r, i) => ({
      depth: r.depth,
      sym: u.table.getChild('Sym')?.get(i) as string | null,
      price: Number(u.table.getChild('Price')?.get(i)),
      f: u.format(i, 'Price') ?? null,
    }));
    // Total 637.5 and B 394.5 are over 300; A 243 is not; A's constituents show the constituents' number format.
    expect(seen).toEqual([
      { depth: 1, sym: null, price: 637.5, f: green },
      { depth: 2, sym: 'A', price: 243, f: null },
      { depth: 3, sym: 'A', price: -20, f: { numberFormat: '0.0' } },
      { depth: 3, sym: 'A', price: 81, f: { numberFormat: '0.0' } },
      { depth: 3, sym: 'A', price: 182, f: { numberFormat: '0.0' } },
      { depth: 2, sym: 'B', price: 394.5, f: green },
    ]);
    await Promise.all([rollup.close(), greenTable.close()]);
  });
});
