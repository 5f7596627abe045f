// A canonical form of an apache-arrow Table, computed the same way for deephaven-rx's toArrow() and for
// pydeephaven's to_arrow() (read back from an Arrow IPC file), so that both can be compared value by value in Node
// and in Chromium without moving millions of values through the page.
import type { Table as ArrowTable } from 'apache-arrow';

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
    const column = table.getChild(field.name);
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

/** Formulas of every column type the server maps to Arrow, nulls in each, computed from the integer column `v`. */
export function allTypesFormulas(v: string): string[] {
  return [
    `B = ${v} % 3 == 1 ? null : (${v} % 2 == 0)`,
    `C = ${v} % 7 == 1 ? NULL_CHAR : (char)('a' + (${v} % 26))`,
    `By = ${v} % 7 == 1 ? NULL_BYTE : (byte)(${v} % 100)`,
    `Sh = ${v} % 7 == 1 ? NULL_SHORT : (short)(${v} % 30000)`,
    `I = ${v} % 7 == 1 ? NULL_INT : ${v} * 3`,
    `L = ${v} % 7 == 1 ? NULL_LONG : (long)${v} * 1000000007L`,
    `F = ${v} % 7 == 1 ? NULL_FLOAT : (float)(${v} / 3.0)`,
    `D = ${v} % 7 == 1 ? NULL_DOUBLE : ${v} / 7.0`,
    `S = ${v} % 7 == 1 ? null : \`s\` + ${v}`,
    `T = ${v} % 7 == 1 ? null : epochNanosToInstant(${v} * 1000000001L)`,
    `Z = ${v} % 7 == 1 ? null : epochNanosToZonedDateTime(${v} * 1000000001L, timeZone(\`America/New_York\`))`,
    `LD = ${v} % 7 == 1 ? null : java.time.LocalDate.ofEpochDay(${v} % 20000)`,
    `LT = ${v} % 7 == 1 ? null : java.time.LocalTime.ofNanoOfDay((${v} % 86400) * 1000000007L)`,
    `Du = ${v} % 7 == 1 ? null : java.time.Duration.ofNanos(${v} * 1234567L)`,
    `BA = ${v} % 7 == 1 ? null : new byte[]{(byte)(${v} % 100), (byte)(${v} % 7)}`,
    `BD = ${v} % 7 == 1 ? null : java.math.BigDecimal.valueOf(${v} * 12345L, 3)`,
    `BI = ${v} % 7 == 1 ? null : java.math.BigInteger.valueOf(${v}).pow(3)`,
    `IA = ${v} % 7 == 1 ? null : new int[]{${v}, ${v} * 2}`,
    `SA = ${v} % 7 == 1 ? null : new String[]{\`a\` + ${v}, null}`,
  ];
}

/** A Deephaven script making `name`: `rows` rows of every column type the server maps to Arrow, nulls in each. */
export function allTypesScript(name: string, rows: number): string {
  return `
from deephaven import empty_table
${name} = empty_table(${rows}).update([
${allTypesFormulas('i')
  .map((f) => `  ${JSON.stringify(f)},`)
  .join('\n')}
])
`;
}
