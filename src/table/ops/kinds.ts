/**
 * @internal What the argument checks ask of filters and update-by operations, apart from their builders (`filters`,
 * `updateBy`), so that an app that calls neither does not load them.
 */
import type { Filter, UpdateByOperation } from '../../services/table-operations.js';

const FILTER_KINDS = new Set(['compare', 'in', 'and', 'or', 'not', 'isNull', 'matches', 'contains']);

/** @internal True for a filter made by the `filters` builders. */
export function isFilter(value: unknown): value is Filter {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof value === 'object' && value !== null && typeof kind === 'string' && FILTER_KINDS.has(kind);
}

/** @internal True for an operation made by the `updateBy` builders. */
export function isUpdateByOperation(value: unknown): value is UpdateByOperation {
  const v = value as { spec?: { kind?: unknown }; columns?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.spec?.kind === 'string' && Array.isArray(v.columns);
}
