// How the demo shows a cell: by the column's Deephaven type where the Arrow value alone is ambiguous.

/** The text of one value. */
export function format(v: unknown, javaType: string): string {
  if (v === null || v === undefined) return 'null';
  if ((javaType === 'java.time.Instant' || javaType === 'java.time.ZonedDateTime') && typeof v === 'number')
    return new Date(v).toISOString();
  if (javaType === 'char' && typeof v === 'number') return String.fromCharCode(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return `0x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (typeof v === 'object' && 'toArray' in v)
    return JSON.stringify(Array.from((v as { toArray(): ArrayLike<unknown> }).toArray()), (_k, x: unknown) =>
      typeof x === 'bigint' ? x.toString() : x,
    );
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- Arrow's rows, maps and dates print themselves
  const text = String(v);
  // Long strings are cut for the grid (the server's preview columns shorten arrays, not strings).
  return text.length > LONG ? `${text.slice(0, LONG)}…` : text;
}

const LONG = 200;
