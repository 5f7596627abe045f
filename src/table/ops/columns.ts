/**
 * @internal The column names an operation reads from its tables, where they are plain names (not formulas), so
 * that a {@link Table} can name an unknown column before any call: the server answers those with an opaque
 * "Details Logged w/ID …" only.
 */
import type { Filter, TableOperation } from '../../services/table-operations.js';
import type { Ticket } from '../../ticket/ticket.js';
import { badArgument } from './args.js';

const IDENT = /^\s*([A-Za-z_$][\w$]*)\s*$/;
const PAIR = /^\s*([A-Za-z_$][\w$]*)\s*(?:=\s*([A-Za-z_$][\w$]*)\s*)?$/;

/** `'A'` → A, A; `'A = B'` → A, B; anything else (formulas, `'I >= RI'`) → nothing. */
function pair(spec: string): [string, string] | undefined {
  const m = PAIR.exec(spec);
  return m === null ? undefined : [m[1] as string, (m[2] ?? m[1]) as string];
}

function filterColumns(f: Filter, out: string[]): void {
  switch (f.kind) {
    case 'compare':
      for (const v of [f.lhs, f.rhs]) if (v.kind === 'column') out.push(v.name);
      break;
    case 'in':
    case 'isNull':
    case 'matches':
    case 'contains':
      out.push(f.column);
      break;
    case 'and':
    case 'or':
      for (const g of f.filters) filterColumns(g, out);
      break;
    case 'not':
      filterColumns(f.filter, out);
      break;
    default: {
      // Every filter kind names its columns above: a new kind fails to compile here.
      const exhaustive: never = f;
      throw new Error(`a filter of unknown kind ${String(exhaustive)}`);
    }
  }
}

/** The plain column names `op` reads from its source, and from the other table it names (if any). */
export function columnsRead(op: TableOperation): { source: string[]; other?: { ticket: Ticket; columns: string[] } } {
  const left = (specs: readonly string[]): string[] => specs.flatMap((s) => pair(s)?.[0] ?? []);
  const right = (specs: readonly string[]): string[] => specs.flatMap((s) => pair(s)?.[1] ?? []);
  switch (op.op) {
    case 'view':
    case 'select':
      return { source: op.formulas.flatMap((f) => IDENT.exec(f)?.[1] ?? []) };
    case 'selectDistinct':
    case 'dropColumns':
      return { source: [...op.columns] };
    case 'ungroup':
      return { source: [...op.columns] };
    case 'sort':
      return { source: op.keys.map((k) => k.column) };
    case 'headBy':
    case 'tailBy':
    case 'aggBy':
    case 'aggAllBy':
    case 'updateBy':
      return { source: left(op.by) };
    case 'filter': {
      const out: string[] = [];
      for (const f of op.filters) filterColumns(f, out);
      return { source: out };
    }
    case 'whereIn':
      return { source: left(op.columns), other: { ticket: op.filterTable, columns: right(op.columns) } };
    case 'naturalJoin':
    case 'exactJoin':
    case 'join':
      return { source: left(op.on), other: { ticket: op.right, columns: [...right(op.on), ...right(op.joins)] } };
    case 'aj':
    case 'raj':
      return { source: left(op.on), other: { ticket: op.right, columns: [...right(op.on), ...right(op.joins)] } };
    default:
      return { source: [] };
  }
}

/** The other tables `op` reads besides its source (join right sides, `whereIn` sets, `snapshotWhen` triggers). */
export function tablesRead(op: TableOperation): Ticket[] {
  switch (op.op) {
    case 'snapshotWhen':
      return [op.trigger];
    case 'whereIn':
      return [op.filterTable];
    case 'naturalJoin':
    case 'exactJoin':
    case 'join':
    case 'aj':
    case 'raj':
      return [op.right];
    default:
      return [];
  }
}

/** Throws an `InvalidArgument` naming the first column of `wanted` that `have` lacks. */
export function checkColumns(op: string, wanted: readonly string[], have: readonly string[], which: string): void {
  const missing = wanted.find((c) => !have.includes(c));
  if (missing !== undefined)
    throw badArgument(op, `${which} has no column ${JSON.stringify(missing)} (its columns: ${have.join(', ') || 'none'})`);
}
