// A canonical form of an apache-arrow Table, computed the same way for deephaven-rx's toArrow() and for
// pydeephaven's to_arrow() (read back from an Arrow IPC file), so that both can be compared value by value in Node
// and in Chromium without moving millions of values through the page.
import type { Table as ArrowTable, Vector } from 'apache-arrow';

export interface TableDigest {
  readonly rows: number;
  readonly fields: { name: string; type: string; nullable: boolean; metadata: Record<string, string> }[];
  /** Per column: a hash of every value's canonical text, in order. */
  readonly hashes: Record<string, string>;
  /** Per column: the canonical text of the first rows (for readable diffs). */
  readonly head: Record<string, string[]>;
  /** Per column: how many nulls. */
  readonly nulls: Record<string, number>;
}

function canon(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Uint8Array) return `0x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (ArrayBuffer.isView(v)) return `[${Array.from(v as unknown as ArrayLike<unknown>, canon).join(',')}]`;
  const maybeVector = v as { toArray?: () => ArrayLike<unknown>; length?: number; get?: (i: number) => unknown };
  if (typeof maybeVector.get === 'function' && typeof maybeVector.length === 'number') {
    const out: string[] = [];
    for (let i = 0; i < maybeVector.length; i++) out.push(canon(maybeVector.get(i)));
    return `[${out.join(',')}]`;
  }
  return JSON.stringify(v);
}

/** FNV-1a, 32 bits, over a string's UTF-16 code units, continued from `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function digest(table: ArrowTable, headRows = 5): TableDigest {
  const hashes: Record<string, string> = {};
  const head: Record<string, string[]> = {};
  const nulls: Record<string, number> = {};
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name) as Vector | null;
    let h = 0x811c9dc5;
    const first: string[] = [];
    let n = 0;
    for (let i = 0; i < table.numRows; i++) {
      const text = canon(column?.get(i));
      if (text === '∅') n++;
      h = fnv(fnv(h, text), '\u0001');
      if (i < headRows) first.push(text);
    }
    hashes[field.name] = h.toString(16);
    head[field.name] = first;
    nulls[field.name] = n;
  }
  return {
    rows: table.numRows,
    fields: table.schema.fields.map((f) => ({
      name: f.name,
      type: String(f.type),
      nullable: f.nullable,
      metadata: Object.fromEntries([...f.metadata].filter(([k]) => k.startsWith('deephaven:'))),
    })),
    hashes,
    head,
    nulls,
  };
}

/** A Deephaven script making `name`: `rows` rows of every column type the server maps to Arrow, nulls in each. */
export function allTypesScript(name: string, rows: number): string {
  return `
from deephaven import empty_table
${name} = empty_table(${rows}).update([
  "B = i % 3 == 1 ? null : (i % 2 == 0)",
  "C = i % 7 == 1 ? NULL_CHAR : (char)('a' + (i % 26))",
  "By = i % 7 == 1 ? NULL_BYTE : (byte)(i % 100)",
  "Sh = i % 7 == 1 ? NULL_SHORT : (short)(i % 30000)",
  "I = i % 7 == 1 ? NULL_INT : i * 3",
  "L = i % 7 == 1 ? NULL_LONG : (long)i * 1000000007L",
  "F = i % 7 == 1 ? NULL_FLOAT : (float)(i / 3.0)",
  "D = i % 7 == 1 ? NULL_DOUBLE : i / 7.0",
  "S = i % 7 == 1 ? null : \`s\` + i",
  "T = i % 7 == 1 ? null : epochNanosToInstant(i * 1000000001L)",
  "Z = i % 7 == 1 ? null : epochNanosToZonedDateTime(i * 1000000001L, timeZone(\`America/New_York\`))",
  "LD = i % 7 == 1 ? null : java.time.LocalDate.ofEpochDay(i % 20000)",
  "LT = i % 7 == 1 ? null : java.time.LocalTime.ofNanoOfDay((i % 86400) * 1000000007L)",
  "Du = i % 7 == 1 ? null : java.time.Duration.ofNanos(i * 1234567L)",
  "BA = i % 7 == 1 ? null : new byte[]{(byte)(i % 100), (byte)(i % 7)}",
  "BD = i % 7 == 1 ? null : java.math.BigDecimal.valueOf(i * 12345L, 3)",
  "BI = i % 7 == 1 ? null : java.math.BigInteger.valueOf(i).pow(3)",
  "IA = i % 7 == 1 ? null : new int[]{i, i * 2}",
  "SA = i % 7 == 1 ? null : new String[]{\`a\` + i, null}",
])
`;
}
