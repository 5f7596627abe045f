import type { Field, Schema } from 'apache-arrow';

/**
 * A group of columns the grid shows under one header (`layout_hints(column_groups=…)`).
 *
 * @example
 * ```ts
 * for (const g of table.layoutHints?.columnGroups ?? []) console.log(g.name, g.children.join(', '), g.color ?? '');
 * ```
 */
export interface ColumnGroup {
  readonly name: string;
  /** Column names, or the names of other groups. */
  readonly children: readonly string[];
  /** A CSS colour for the group's header, when the hint names one. */
  readonly color?: string;
}

/**
 * How the server asks a grid to lay a table out (`layout_hints(front=…, back=…, hide=…, freeze=…, column_groups=…,
 * search_display_mode=…)`), decoded from the hint string the server puts in the schema's metadata.
 *
 * @example
 * ```ts
 * const hints = table.layoutHints;
 * const front = hints?.frontColumns ?? [];
 * const order = [...front, ...table.columns.filter((c) => !front.includes(c))];
 * ```
 */
export interface LayoutHints {
  readonly frontColumns: readonly string[];
  readonly backColumns: readonly string[];
  readonly hiddenColumns: readonly string[];
  readonly frozenColumns: readonly string[];
  readonly columnGroups: readonly ColumnGroup[];
  /** Whether the grid shows its search bar: `Show`, `Hide` or `Default` (the user's setting). */
  readonly searchDisplayMode: 'Show' | 'Hide' | 'Default';
  /** False when the table's author turned saved views off (`noSavedLayouts`). */
  readonly savedViews?: boolean;
}

/**
 * The totals a grid shows under the table by default (the server's `TotalsTable` attribute).
 *
 * @example
 * ```ts
 * const totals = table.attributes.totalsConfig;
 * if (totals?.showTotalsByDefault) console.log(totals.defaultOperation, totals.operations);
 * ```
 */
export interface TotalsConfig {
  readonly showTotalsByDefault: boolean;
  readonly showGrandTotalsByDefault: boolean;
  /** The aggregation of columns without one of their own, e.g. `Sum`. */
  readonly defaultOperation: string;
  /** Aggregations by column name, e.g. `{ B: ['Max'], S: ['Count'] }`. */
  readonly operations: Readonly<Record<string, readonly string[]>>;
}

/**
 * The table's attributes as the server sends them: the ones dashboards use, typed, and all of them in `raw`.
 *
 * @example
 * ```ts
 * if (table.attributes.isBlink) console.log('rows live for one update cycle');
 * console.log(table.attributes.description ?? '(no description)', Object.keys(table.attributes.raw));
 * ```
 */
export interface TableAttributes {
  /** A blink table: each update cycle replaces the rows. */
  readonly isBlink: boolean;
  /** Rows are only ever added (never removed, modified or shifted). */
  readonly isAddOnly: boolean;
  readonly totalsConfig?: TotalsConfig;
  /** The table's description (`TableDescription`). */
  readonly description?: string;
  /**
   * Every attribute the server sent, by name, typed as the server says (`java.lang.Boolean` as a boolean, numbers as
   * numbers, others as strings); attributes the server does not send (`InputTable`, `ColumnDescriptions`) as `''`.
   */
  readonly raw: Readonly<Record<string, string | number | boolean>>;
}

const ATTR = 'deephaven:attribute.';
const ATTR_TYPE = 'deephaven:attribute_type.';
const UNSENT = 'deephaven:unsent.attribute.';
const NUMBERS = new Set([
  'java.lang.Byte',
  'java.lang.Short',
  'java.lang.Integer',
  'java.lang.Long',
  'java.lang.Float',
  'java.lang.Double',
]);

/** @internal The attributes of a schema. */
export function readAttributes(schema: Schema): TableAttributes {
  const raw: Record<string, string | number | boolean> = {};
  for (const [key, value] of schema.metadata) {
    if (key.startsWith(UNSENT)) raw[key.slice(UNSENT.length)] = '';
    if (!key.startsWith(ATTR)) continue;
    const name = key.slice(ATTR.length);
    const type = schema.metadata.get(ATTR_TYPE + name);
    raw[name] =
      type === 'java.lang.Boolean'
        ? value === 'true'
        : type !== undefined && NUMBERS.has(type) && value.trim() !== ''
          ? Number(value)
          : value;
  }
  const totals = raw['TotalsTable'];
  const description = raw['TableDescription'];
  return {
    isBlink: raw['BlinkTable'] === true,
    isAddOnly: raw['AddOnly'] === true || raw['AppendOnly'] === true,
    ...(typeof totals === 'string' ? { totalsConfig: parseTotals(totals) } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    raw,
  };
}

/** @internal Parses the `TotalsTable` directive: `show,showGrand,default;Col=Op:Op,Col=Op,;`. */
export function parseTotals(directive: string): TotalsConfig {
  const [head = '', ops = ''] = directive.split(';');
  const [show, grand, defaultOperation = 'Sum'] = head.split(',');
  const operations: Record<string, string[]> = {};
  for (const entry of ops.split(',')) {
    const eq = entry.indexOf('=');
    if (eq > 0)
      operations[entry.slice(0, eq)] = entry
        .slice(eq + 1)
        .split(':')
        .filter((o) => o !== '');
  }
  return { showTotalsByDefault: show === 'true', showGrandTotalsByDefault: grand === 'true', defaultOperation, operations };
}

/** @internal Parses the `LayoutHints` attribute: `key=value;…`, groups `name:G::children:A,B::color:#hex|…`. */
export function parseLayoutHints(hints: string): LayoutHints {
  const options = new Map<string, string>();
  for (const part of hints.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    options.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? '' : part.slice(eq + 1));
  }
  const list = (key: string): string[] => (options.get(key) ?? '').split(',').filter((c) => c !== '');
  const searchable = options.get('searchable');
  return {
    frontColumns: list('front'),
    backColumns: list('back'),
    hiddenColumns: list('hide'),
    frozenColumns: list('freeze'),
    columnGroups: (options.get('columnGroups') ?? '')
      .split('|')
      .filter((g) => g !== '')
      .map(parseGroup),
    searchDisplayMode: searchable === 'Show' || searchable === 'Hide' ? searchable : 'Default',
    savedViews: !options.has('noSavedLayouts'),
  };
}

function parseGroup(group: string): ColumnGroup {
  const fields = new Map<string, string>();
  for (const pair of group.split('::')) {
    const colon = pair.indexOf(':');
    if (colon > 0) fields.set(pair.slice(0, colon), pair.slice(colon + 1));
  }
  const color = fields.get('color');
  return {
    name: fields.get('name') ?? '',
    children: (fields.get('children') ?? '').split(',').filter((c) => c !== ''),
    ...(color ? { color } : {}),
  };
}

/** @internal The description of a column (`with_column_descriptions`), if it has one. */
export function columnDescription(field: Field): string | undefined {
  return field.metadata.get('deephaven:description');
}
