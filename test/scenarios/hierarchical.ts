// Rollups and trees in the browser, side by side with Deephaven's own JS API (`dh-core.js` as the server serves it,
// in the same page): the same script-made objects, the same expansions in the same order, and after each step the
// rows each client shows (depth, expanded flag, values of every visible column, in order). Loaded into the harness
// page by `test/browser/hierarchical.browser.test.ts` (`openHarness({ modules })`), exposed as `window.hierarchical`
// with the scenarios every transport runs (`./hierarchical-live.ts`).
import { filter, firstValueFrom, type Observable } from 'rxjs';
import type { CellFormat, HierarchicalTable, HierarchicalViewportUpdate } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import * as live from './hierarchical-live.js';

interface JsColumn {
  readonly name: string;
}
interface JsTreeRow {
  readonly depth: number;
  readonly isExpanded: boolean;
  readonly hasChildren: boolean;
  get(column: JsColumn): unknown;
}
interface JsTreeTable {
  readonly columns: JsColumn[];
  readonly size: number;
  setViewport(first: number, last: number, columns?: JsColumn[]): void;
  getViewportData(): Promise<{ rows: JsTreeRow[]; offset: number }>;
  expand(row: number, descendants?: boolean): void;
  collapse(row: number): void;
  expandAll(): void;
  collapseAll(): void;
  addEventListener(name: string, listener: (e: { detail: { rows: JsTreeRow[] } }) => void): () => void;
  close(): void;
}

/** One row as both clients are compared on. */
export interface Row {
  readonly depth: number;
  readonly expanded: boolean | null;
  readonly values: readonly unknown[];
}

/** Plain, comparable values: the JS API's long wrappers and our bigints as numbers. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && typeof (v as { asNumber?: unknown }).asNumber === 'function')
    return (v as { asNumber(): number }).asNumber();
  return v ?? null;
}

function jsRows(rows: readonly JsTreeRow[], columns: readonly JsColumn[]): Row[] {
  return rows.map((r) => ({ depth: r.depth, expanded: r.hasChildren ? r.isExpanded : null, values: columns.map((c) => plain(r.get(c))) }));
}

function ourRows(u: HierarchicalViewportUpdate): Row[] {
  return u.rows.map((r, i) => {
    const row = u.table.get(i)?.toJSON() ?? {};
    return { depth: r.depth, expanded: r.expanded, values: u.table.schema.fields.map((f) => plain(row[f.name])) };
  });
}

const same = (a: readonly Row[], b: readonly Row[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The JS API's next viewport whose rows differ from `previous` (or the current one when none is given). */
function jsNext(t: JsTreeTable, previous: Row[] | undefined): Promise<Row[]> {
  return new Promise((resolve) => {
    const check = (rows: JsTreeRow[]): boolean => {
      const now = jsRows(rows, t.columns);
      if (previous !== undefined && same(now, previous)) return false;
      resolve(now);
      return true;
    };
    const off = t.addEventListener('updated', (e) => {
      if (check(e.detail.rows)) off();
    });
  });
}

function ourNext(v$: Observable<HierarchicalViewportUpdate>, previous: Row[] | undefined): Promise<Row[]> {
  return firstValueFrom(v$.pipe(filter((u) => previous === undefined || !same(ourRows(u), previous)))).then(ourRows);
}

/** Steps both clients take: `index` is the row (in the previous state) to expand or collapse. */
type Step =
  | { readonly op: 'expand' | 'collapse'; readonly index: number; readonly descendants?: boolean }
  | { readonly op: 'expandAll' | 'collapseAll' };

async function compareOne(
  t: Target,
  name: string,
  steps: readonly Step[],
): Promise<{ steps: { ours: Row[]; theirs: Row[] }[]; columns: { ours: string[]; theirs: string[] } }> {
  const dh = ((await import(/* @vite-ignore */ `${t.url}/jsapi/dh-core.js`)) as { default: any }).default;
  const client = new dh.CoreClient(t.url);
  await client.login({ type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS });
  const connection = await client.getAsIdeConnection();
  const session = await connect(t);
  try {
    const theirs = (await connection.getObject({ type: 'HierarchicalTable', name })) as JsTreeTable;
    const ours: HierarchicalTable = await session.openHierarchicalTable(name);
    const v$ = ours.viewport({ first: 0, last: 99 });
    const sub = v$.subscribe();
    let ourState: Row[] = await ourNext(v$, undefined);
    const firstTheirs = jsNext(theirs, undefined);
    theirs.setViewport(0, 99);
    let theirState = await firstTheirs;
    const out = [{ ours: ourState, theirs: theirState }];
    for (const step of steps) {
      const nextOurs = ourNext(v$, ourState);
      const nextTheirs = jsNext(theirs, theirState);
      const key = step.op === 'expand' || step.op === 'collapse' ? (await firstValueFrom(v$)).rows[step.index]?.key : undefined;
      if (step.op === 'expand') {
        theirs.expand(step.index, step.descendants === true);
        await ours.expand(key, { descendants: step.descendants === true });
      } else if (step.op === 'collapse') {
        theirs.collapse(step.index);
        await ours.collapse(key);
      } else {
        theirs[step.op]();
        await ours[step.op]();
      }
      [ourState, theirState] = await Promise.all([nextOurs, nextTheirs]);
      out.push({ ours: ourState, theirs: theirState });
    }
    sub.unsubscribe();
    theirs.close();
    await ours.close();
    return { steps: out, columns: { ours: ours.columns, theirs: theirs.columns.map((c) => c.name) } };
  } finally {
    client.disconnect();
    await session.close();
  }
}

/** The rollup's and the tree's steps in both clients, on the table set's script-made objects. */
export async function compare(t: Target, n: live.Names): Promise<Record<string, Awaited<ReturnType<typeof compareOne>>>> {
  const rollup = await compareOne(t, n.rollup, [
    { op: 'expand', index: 1 },
    { op: 'expand', index: 4 },
    { op: 'collapse', index: 1 },
    { op: 'expandAll' },
    { op: 'collapse', index: 1 },
    { op: 'collapseAll' },
  ]);
  const tree = await compareOne(t, n.tree, [
    { op: 'expand', index: 0 },
    { op: 'expand', index: 2, descendants: true },
    { op: 'collapse', index: 0 },
    { op: 'expandAll' },
    { op: 'collapseAll' },
  ]);
  return { rollup, tree };
}

/** One row's formats: its key value, each cell's format and (ours only) the row's. */
export interface FormatRow {
  readonly key: unknown;
  readonly row?: CellFormat | null;
  readonly cells: Record<string, CellFormat | null>;
}

/** A JS API format as a {@link CellFormat} (a `formatString` is a number format here: no date column). */
function jsFormat(f: { color?: string; backgroundColor?: string; formatString?: string } | null | undefined): CellFormat | null {
  const out: Record<string, string> = {};
  if (f?.color) out['color'] = f.color;
  if (f?.backgroundColor) out['backgroundColor'] = f.backgroundColor;
  if (f?.formatString) out['numberFormat'] = f.formatString;
  return Object.keys(out).length === 0 ? null : out;
}

/**
 * Cell and row formats of the formatted tree and rollup (`live.formatsScript`), all rows expanded, in both clients:
 * per row, each column's `format(row, column)` beside the JS API's `getFormat(row, column)` for the same cell, and
 * our `rowFormat(row)`.
 */
export async function formats(t: Target, prefix: string): Promise<Record<string, { ours: FormatRow[]; theirs: FormatRow[] }>> {
  const dh = ((await import(/* @vite-ignore */ `${t.url}/jsapi/dh-core.js`)) as { default: any }).default;
  const client = new dh.CoreClient(t.url);
  await client.login({ type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS });
  const connection = await client.getAsIdeConnection();
  const session = await connect(t);
  const out: Record<string, { ours: FormatRow[]; theirs: FormatRow[] }> = {};
  try {
    // all rows: the tree's root and its 5 children; the rollup's total, 2 groups and 6 constituents
    for (const [name, rows] of [
      [`${prefix}_tree`, 6],
      [`${prefix}_rollup`, 9],
    ] as const) {
      const theirs = await connection.getObject({ type: 'HierarchicalTable', name });
      const ours: HierarchicalTable = await session.openHierarchicalTable(name);
      const theirData = new Promise<any>((resolve) => {
        const off = theirs.addEventListener('updated', (e: { detail: { rows: unknown[] } }) => {
          if (e.detail.rows.length !== rows) return;
          off();
          resolve(e.detail);
        });
      });
      theirs.expandAll();
      theirs.setViewport(0, 99);
      await ours.expandAll();
      const u = await firstValueFrom(ours.viewport({ first: 0, last: 99 }).pipe(filter((x) => x.table.numRows === rows)));
      const data = await theirData;
      const columns: JsColumn[] = theirs.columns;
      const keyColumn = name.endsWith('_tree') ? 'Id' : 'Sym';
      out[name] = {
        ours: u.rows.map((_, i) => ({
          key: plain(u.table.getChild(keyColumn)?.get(i)),
          row: u.rowFormat(i) ?? null,
          cells: Object.fromEntries(ours.columns.map((c) => [c, u.format(i, c) ?? null])),
        })),
        theirs: u.rows.map((_, i) => ({
          key: plain(
            data.getData(
              i,
              columns.find((x) => x.name === keyColumn),
            ),
          ),
          cells: Object.fromEntries(columns.map((c) => [c.name, jsFormat(data.getFormat(i, c))])),
        })),
      };
      theirs.close();
      await ours.close();
    }
    return out;
  } finally {
    client.disconnect();
    await session.close();
  }
}

const hierarchical = {
  compare,
  formats,
  rollupLevels: live.rollupLevels,
  treeChildren: live.treeChildren,
  tickingExpand: live.tickingExpand,
};

declare global {
  interface Window {
    hierarchical: typeof hierarchical;
  }
}
window.hierarchical = hierarchical;
