/**
 * @internal The formats of a hierarchical viewport: which of the server's format columns (`format_columns`,
 * `format_row_where`, number and date formats, on the source of a tree or through a rollup's or tree's node
 * operations) a view subscription fetches beside the visible columns, and how each row reads them. A rollup with
 * constituents has two sets: the aggregated rows read the aggregated node's format columns, the constituent rows the
 * constituent node's; both are read through {@link readFormats} under names of their own.
 */
import type { Vector } from 'apache-arrow';
import { Field } from 'apache-arrow/schema';
import { FORMAT_LINKS, ROW_STYLE, readFormats, type Formats } from '../formats.js';
import type { Roles, VisibleColumn } from './roles.js';
import { vectorOfValues } from './vectors.js';

/** @internal What a viewport fetches and reads for formats. */
export interface FormatPlan {
  /** Schema indices of the format columns the visible columns use (and of the row-style columns). */
  readonly indices: readonly number[];
  /** The visible fields, their format links naming the columns of `columns`. */
  readonly fields: readonly Field[];
  /** Each format column as `readFormats` reads it: the schema index for aggregated (or tree) rows and for constituent rows (-1: none). */
  readonly columns: ReadonlyMap<string, { readonly own: number; readonly constituent: number }>;
}

const isConstituent = (f: Field | undefined): boolean => f?.metadata.get('deephaven:rollupTable.isConstituentNodeColumn') === 'true';

/** @internal The format columns of the `visible` columns of a hierarchical table (none found: `undefined`). */
export function formatPlan(roles: Roles, visible: readonly VisibleColumn[]): FormatPlan | undefined {
  const fields = roles.schema.fields;
  // A link names a column of the same node (aggregated or constituent): the two may share names.
  const find = (name: string | undefined, constituent: boolean): number => {
    if (name === undefined || name === '') return -1;
    return fields.findIndex((f) => f.name === name && isConstituent(f) === constituent);
  };
  const columns = new Map<string, { own: number; constituent: number }>();
  const rowOwn = find(ROW_STYLE, false);
  const rowConstituent = roles.constituentDepth === undefined ? -1 : find(ROW_STYLE, true);
  if (rowOwn >= 0 || rowConstituent >= 0) columns.set(ROW_STYLE, { own: rowOwn, constituent: rowConstituent });
  const linked = visible.map((c, k) => {
    const own = c.field;
    const other = c.constituent === undefined ? undefined : fields[c.constituent];
    const metadata = new Map<string, string>();
    // A rollup's column of the constituents only (no aggregated column shows it) is read on constituent rows only.
    const onlyConstituent = isConstituent(fields[c.index]);
    for (const link of FORMAT_LINKS) {
      const key = `deephaven:${link}`;
      const ownIndex = find(own.metadata.get(key), onlyConstituent);
      const otherIndex = other === undefined ? -1 : find(other.metadata.get(key), true);
      if (ownIndex < 0 && otherIndex < 0) continue;
      const name = `${k}:${link}`;
      columns.set(name, onlyConstituent ? { own: -1, constituent: ownIndex } : { own: ownIndex, constituent: otherIndex });
      metadata.set(key, name);
    }
    return new Field(own.name, own.type, true, metadata);
  });
  if (columns.size === 0) return undefined;
  const indices = new Set<number>();
  for (const { own, constituent } of columns.values()) for (const i of [own, constituent]) if (i >= 0) indices.add(i);
  return { indices: [...indices].sort((a, b) => a - b), fields: linked, columns };
}

/**
 * @internal The formats of one update's rows: `column(i)` gives the fetched column at schema index `i`; constituent
 * rows (at `constituentDepth`) read the constituent node's format columns.
 */
export function hierarchicalFormats(
  plan: FormatPlan,
  column: (schemaIndex: number) => Vector,
  rows: readonly { readonly depth: number }[],
  constituentDepth: number | undefined,
): Formats {
  const mixed = constituentDepth !== undefined && rows.some((r) => r.depth === constituentDepth);
  const merged = new Map<string, Vector | null>();
  const getChild = (name: string): Vector | null => {
    if (merged.has(name)) return merged.get(name) ?? null;
    const at = plan.columns.get(name);
    let out: Vector | null = null;
    if (at !== undefined) {
      const own = at.own >= 0 ? column(at.own) : undefined;
      const other = at.constituent >= 0 ? column(at.constituent) : undefined;
      // Without constituent rows in view every row reads the aggregated (or tree) node's column.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- apache-arrow types a field's type and a batch's children as any
      const type = (own ?? other)?.type;
      if (!mixed) out = own ?? null;
      else if (type !== undefined)
        out = vectorOfValues(
          // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- apache-arrow types a vector's type as any
          rows.map((r, i) => (r.depth === constituentDepth ? other : own)?.get(i) ?? null),
          // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- apache-arrow types a field's type as any
          type,
        );
    }
    merged.set(name, out);
    return out;
  };
  return readFormats({ getChild }, plan.fields);
}
