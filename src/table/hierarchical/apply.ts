// Internal: The arguments of a hierarchical table's `where` and `sort`, checked before any call. The server's
// `Apply` takes structured conditions only, so formula strings are read here: simple comparisons of a column with a
// literal (`'Sym = `AAPL`'`, `'Size > 100'`, `'Name != null'`); anything else asks for the `filters` builders.
import type { Filter, FilterValue, SortKey } from '../../services/table-operations.js';
import { checkColumns, columnsRead } from '../ops/columns.js';
import { badArgument } from '../ops/args.js';
import { operations, type SortDirection } from '../ops/operations.js';
import type { Names } from '../ops/table-interface.js';

export type { Filter, SortDirection };

const COMPARISON = /^\s*([A-Za-z_$][\w$]*)\s*(==|=|!=|<=|>=|<|>)\s*(.+?)\s*$/;
const OPS = { '=': 'eq', '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' } as const;

function literal(text: string): FilterValue | null | undefined {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return { kind: 'bool', value: text === 'true' };
  const quoted = /^(`|"|')(.*)\1$/s.exec(text);
  if (quoted !== null) return { kind: 'string', value: quoted[2] as string };
  if (/^-?\d+$/.test(text)) return { kind: 'long', value: BigInt(text) };
  if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { kind: 'double', value: Number(text) };
  return undefined;
}

function parse(formula: string): Filter {
  const m = COMPARISON.exec(formula);
  const value = m === null ? undefined : literal(m[3] as string);
  if (m === null || value === undefined)
    throw badArgument(
      'where',
      `on a rollup or tree takes filters objects (filters.eq(…), …) or simple comparisons of a column with a literal ('Sym = \`AAPL\`', 'Size > 100'), got ${JSON.stringify(formula)}`,
    );
  const column = m[1] as string;
  const op = OPS[m[2] as keyof typeof OPS];
  if (value === null) {
    if (op !== 'eq' && op !== 'ne') throw badArgument('where', `compares with null by = or != only, got ${JSON.stringify(formula)}`);
    const isNull: Filter = { kind: 'isNull', column };
    return op === 'eq' ? isNull : { kind: 'not', filter: isNull };
  }
  return { kind: 'compare', op, lhs: { kind: 'column', name: column }, rhs: value, caseSensitive: true };
}

/** @internal The structured filters of `where`, reading only the `allowed` columns (`what` names them). */
export function hierarchicalFilters(filters: unknown, allowed: readonly string[], what: string): Filter[] {
  const op = operations.where(filters);
  const list = op.op === 'filter' ? [...op.filters] : op.op === 'where' ? op.filters.map(parse) : [];
  checkColumns('where', columnsRead({ op: 'filter', filters: list }).source, allowed, what);
  return list;
}

/** @internal The sort keys of `sort`, on visible columns. */
export function hierarchicalSorts(orderBy: Names, order: SortDirection | readonly SortDirection[], columns: readonly string[]): SortKey[] {
  const op = operations.sort(orderBy, order);
  if (op.op !== 'sort') return [];
  checkColumns(
    'sort',
    op.keys.map((k) => k.column),
    columns,
    'the table',
  );
  return [...op.keys];
}
