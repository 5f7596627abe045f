import type { Field, Schema, Vector } from 'apache-arrow';

/**
 * How the server asks one cell to be shown: the colours of `format_columns` / `format_row_where` and the number or
 * date pattern of `Decimal(…)` / `Date(…)` formats. Colours are CSS strings (`#rrggbb`); patterns are Java
 * `DecimalFormat` / `DateTimeFormatter` patterns (render them with {@link formatValue}).
 *
 * @example
 * ```ts
 * const update = await firstValueFrom(table.viewport({ first: 0, last: 49 }));
 * const f: CellFormat | undefined = update.format(0, 'Price');
 * const price: unknown = update.table.getChild('Price')?.get(0);
 * const cell = document.createElement('td');
 * cell.style.color = f?.color ?? '';
 * cell.textContent = f?.numberFormat !== undefined ? formatValue(price, f.numberFormat, 'double') : String(price);
 * ```
 */
export interface CellFormat {
  /** The text colour, e.g. `#ff0000`. */
  readonly color?: string;
  /** The background colour, e.g. `#ffff00`. */
  readonly backgroundColor?: string;
  /** A Java `DecimalFormat` pattern for a number column, e.g. `$#,##0.00`. */
  readonly numberFormat?: string;
  /** A Java `DateTimeFormatter` pattern for a date-time column, e.g. `yyyy-MM-dd HH:mm`. */
  readonly dateFormat?: string;
}

/** @internal The formats of a table's rows: what `format` and `rowFormat` of live updates read. */
export interface Formats {
  format(row: number, column: string | number): CellFormat | undefined;
  rowFormat(row: number): CellFormat | undefined;
}

const META = 'deephaven:';
/** @internal The name of the row-style column (`format_row_where`). */
export const ROW_STYLE = '__ROW__TABLE_STYLE_FORMAT';
const FORMAT_FLAGS = ['isStyle', 'isRowStyle', 'isNumberFormat', 'isDateFormat', 'isDataBarFormat'];
/** @internal The field metadata keys (after `deephaven:`) that name a column's format columns. */
export const FORMAT_LINKS = ['styleColumn', 'numberFormatColumn', 'dateFormatColumn'] as const;
const LINKS = FORMAT_LINKS;

/** @internal True for the hidden columns the server adds for formats (kept out of a live table's user columns). */
export function isFormatField(field: Field): boolean {
  return field.name === ROW_STYLE || FORMAT_FLAGS.some((flag) => field.metadata.get(META + flag) === 'true');
}

/**
 * @internal The schema indices of the format columns that the given user columns (schema indices) use, and the row
 * style column: what a subscription fetches besides the user's columns when formats are on.
 */
export function formatIndices(schema: Schema, userIndices: readonly number[]): number[] {
  const names = schema.fields.map((f) => f.name);
  const wanted = new Set<number>();
  const rowStyle = names.indexOf(ROW_STYLE);
  if (rowStyle >= 0) wanted.add(rowStyle);
  for (const i of userIndices) {
    const field = schema.fields[i];
    for (const link of LINKS) {
      const target = field?.metadata.get(META + link);
      const j = target === undefined ? -1 : names.indexOf(target);
      if (j >= 0) wanted.add(j);
    }
  }
  return [...wanted].filter((i) => !userIndices.includes(i)).sort((a, b) => a - b);
}

/**
 * Decodes a colour the server packs into a `long` (the `format_columns` colours): the low 32 bits are the text
 * colour, the high 32 the background, each `0x01RRGGBB` when set (bit 24 tells black from "no colour").
 * @internal
 */
export function decodeColors(packed: bigint | number | null | undefined): { color?: string; backgroundColor?: string } {
  if (packed === null || packed === undefined) return {};
  const bits = BigInt.asUintN(64, BigInt(packed));
  const out: { color?: string; backgroundColor?: string } = {};
  const fg = cssColor(Number(bits & 0xffffffffn));
  const bg = cssColor(Number(bits >> 32n));
  if (fg !== undefined) out.color = fg;
  if (bg !== undefined) out.backgroundColor = bg;
  return out;
}

function cssColor(half: number): string | undefined {
  return (half & 0x01000000) === 0 ? undefined : `#${(half & 0xffffff).toString(16).padStart(6, '0')}`;
}

/**
 * @internal The formats of `table`, whose fields carry the server's format metadata and which holds the format
 * columns beside the user's (any table of the server's rows: a live table's, a viewport's, a hierarchical view's).
 * `column` is a name or an index among `userFields`.
 */
export function readFormats(table: { getChild(name: string): Vector | null }, userFields: readonly Field[]): Formats {
  const col = (name: string | undefined): Vector | undefined => (name === undefined ? undefined : (table.getChild(name) ?? undefined));
  const rowStyle = col(ROW_STYLE);
  const rowFormat = (row: number): CellFormat | undefined => nonEmpty(decodeColors(rowStyle?.get(row) as bigint | null | undefined));
  // The format columns of each user column, found once (a grid asks for every cell on every draw).
  const links = new Map<string | number, { style?: Vector; number?: Vector; date?: Vector } | null>();
  const linksOf = (column: string | number): { style?: Vector; number?: Vector; date?: Vector } | null => {
    let found = links.get(column);
    if (found === undefined) {
      const field = typeof column === 'number' ? userFields[column] : userFields.find((f) => f.name === column);
      const get = (key: (typeof LINKS)[number]): Vector | undefined => col(field?.metadata.get(META + key));
      found =
        field === undefined
          ? null
          : ({ style: get('styleColumn'), number: get('numberFormatColumn'), date: get('dateFormatColumn') } as {
              style?: Vector;
              number?: Vector;
              date?: Vector;
            });
      links.set(column, found);
    }
    return found;
  };
  return {
    rowFormat,
    format(row, column) {
      const link = linksOf(column);
      if (link === null) return undefined;
      const merged: { -readonly [K in keyof CellFormat]: CellFormat[K] } = {
        ...rowFormat(row),
        ...decodeColors(link.style?.get(row) as bigint | null | undefined),
      };
      const numberFormat = link.number?.get(row) as string | null | undefined;
      const dateFormat = link.date?.get(row) as string | null | undefined;
      if (typeof numberFormat === 'string' && numberFormat !== '') merged.numberFormat = numberFormat;
      if (typeof dateFormat === 'string' && dateFormat !== '') merged.dateFormat = dateFormat;
      return nonEmpty(merged);
    },
  };
}

function nonEmpty(format: CellFormat): CellFormat | undefined {
  return Object.keys(format).length === 0 ? undefined : format;
}
