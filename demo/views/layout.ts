// How the grid lays a table out from the server's layout hints: hidden columns left out, frozen ones pinned at the
// left (beside the row numbers, where they stay as the grid scrolls sideways), front ones first among the others,
// back ones last, and column groups as a header row above the names.
import type { LayoutHints, Table } from 'deephaven-rx';

export interface GridLayout {
  /** The columns that scroll, in order. */
  readonly names: string[];
  /** The frozen columns, pinned at the left. */
  readonly frozen: string[];
  /** The group of each shown column ('' for none), when the table has groups. */
  readonly groups: string[] | undefined;
  /** The colour of each group header that has one. */
  readonly groupColors: ReadonlyMap<string, string>;
}

const FORMAT_KEYS = ['deephaven:isStyle', 'deephaven:isRowStyle', 'deephaven:isNumberFormat', 'deephaven:isDateFormat'];

/** The user's columns of a table (without the hidden columns the server adds for formats). */
export function userColumns(table: Table): string[] {
  return table.schema.fields.filter((f) => !FORMAT_KEYS.some((k) => f.metadata.get(k) === 'true')).map((f) => f.name);
}

export function layoutOf(table: Table, hints: LayoutHints | undefined): GridLayout {
  const all = userColumns(table);
  if (hints === undefined) return { names: all, frozen: [], groups: undefined, groupColors: new Map() };
  const shown = all.filter((c) => !hints.hiddenColumns.includes(c));
  const frozen = hints.frozenColumns.filter((c) => shown.includes(c));
  const front = hints.frontColumns.filter((c) => shown.includes(c) && !frozen.includes(c));
  const back = hints.backColumns.filter((c) => shown.includes(c) && !frozen.includes(c) && !front.includes(c));
  const middle = shown.filter((c) => !frozen.includes(c) && !front.includes(c) && !back.includes(c));
  const names = [...front, ...middle, ...back];
  const groupOf = new Map<string, string>();
  for (const g of hints.columnGroups) for (const c of g.children) groupOf.set(c, g.name);
  const groups = hints.columnGroups.length === 0 ? undefined : names.map((n) => groupOf.get(n) ?? '');
  const groupColors = new Map(hints.columnGroups.flatMap((g) => (g.color === undefined ? [] : [[g.name, g.color] as const])));
  return { names, frozen, groups, groupColors };
}
