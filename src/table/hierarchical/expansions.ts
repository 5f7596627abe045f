/**
 * @internal The expansion state of a hierarchical table as the server's key table: one row per key (rollups: the
 * row depth and the group-by values; trees: the identifier) with a byte action, in the order the user acted; a later
 * action on the same key replaces the earlier one.
 */
import { Code, DeephavenError } from '../../errors.js';
import type { Roles } from './roles.js';

/**
 * A row's key in a rollup or tree, as {@link HierarchicalRow.key} gives it and `expand`/`collapse` take it. For a
 * rollup, the row's group-by values from the first group-by column on (`[]` is the totals row, `['AAPL']` the AAPL
 * group, `['AAPL', 'NYSE']` one level down); for a tree, the row's identifier (a one-element array, or the bare value).
 *
 * @example
 * ```ts
 * const key: HierarchicalKey = ['AAPL'];
 * await rollup.expand(key);
 * await tree.expand([42n]); // an identifier of a long column
 * ```
 */
export type HierarchicalKey = readonly unknown[];

/** The server's key-table actions. */
const ACTION = { expand: 1, expandAll: 3, collapse: 4 } as const;
export type Action = keyof typeof ACTION;

/** @internal One row of the key table: the key values, the row depth (rollups) and the action's wire value. */
export interface KeyRow {
  readonly values: readonly unknown[];
  readonly depth: number;
  readonly action: number;
}

interface Entry {
  readonly values: readonly unknown[];
  readonly depth: number;
  readonly action: Action;
}

/** @internal The ordered expansions of one hierarchical table; `undefined` while the default expansions hold. */
export class Expansions {
  private entries: Map<string, Entry> | undefined;

  constructor(private readonly roles: Roles) {}

  /** True while no expansion was asked for (the server's default: the root and the next level). */
  get isDefault(): boolean {
    return this.entries === undefined;
  }

  /** Records an action on a key (checked first). */
  act(key: unknown, action: Action, op: string): void {
    const entry = this.entryOf(key, action, op);
    this.entries ??= new Map();
    const id = stableKey(entry.values, entry.depth);
    this.entries.delete(id);
    this.entries.set(id, entry);
  }

  /** Every node expanded (`all`) or only the root's children shown (not `all`); earlier actions forgotten. */
  reset(all: boolean): void {
    const values = this.roles.keyIndices.map(() => null);
    this.entries = new Map([['root', { values, depth: 0, action: all ? 'expandAll' : 'expand' }]]);
  }

  /** The key table's rows in order, or undefined for the default expansions. */
  rows(): readonly KeyRow[] | undefined {
    return this.entries === undefined ? undefined : [...this.entries.values()].map((e) => ({ ...e, action: ACTION[e.action] }));
  }

  private entryOf(key: unknown, action: Action, op: string): Entry {
    const n = this.roles.keyIndices.length;
    if (this.roles.kind === 'tree') {
      const values = Array.isArray(key) ? (key as unknown[]) : [key];
      if (values.length !== 1 || values[0] === undefined)
        throw new DeephavenError(
          Code.InvalidArgument,
          `${op}: a tree's key is one identifier (a value or a one-element array), got ${describe(key)}`,
        );
      return { values, depth: 0, action };
    }
    if (!Array.isArray(key) || key.length > n || key.some((v) => v === undefined))
      throw new DeephavenError(
        Code.InvalidArgument,
        `${op}: a rollup's key is an array of at most ${n} group-by values (${this.roles.keyNames.join(', ')}), from the first on; got ${describe(key)}`,
      );
    const values = [...(key as unknown[]), ...Array.from({ length: n - key.length }, () => null)];
    return { values, depth: key.length + 1, action };
  }
}

function describe(key: unknown): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- undefined for undefined, functions
    return (JSON.stringify(key, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) as string | undefined) ?? String(key);
  } catch {
    return String(key);
  }
}

/** A map key for a node key: equal keys (bigint, Date and number values included) give equal strings. */
function stableKey(values: readonly unknown[], depth: number): string {
  return `${depth}|${values.map((v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Date ? `d${v.getTime()}` : ((JSON.stringify(v) as string | undefined) ?? String(v)))).join('|')}`;
}
