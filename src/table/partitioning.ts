import type { Field } from 'apache-arrow';

/**
 * True when a column of a table's schema is a partitioning column (the server's `deephaven:isPartitioning` field
 * metadata): e.g. the `Date=…` level of a partitioned Parquet layout. An uncoalesced table
 * (`Table.isUncoalesced`) is best filtered on these first.
 *
 * @example
 * ```ts
 * const partitioning = table.schema.fields.filter(isPartitioning).map((f) => f.name);
 * ```
 */
export function isPartitioning(field: Field): boolean {
  return field.metadata.get('deephaven:isPartitioning') === 'true';
}
