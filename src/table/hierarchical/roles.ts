/**
 * @internal The roles of a hierarchical table's columns, read by name from the field metadata of its snapshot schema
 * (`deephaven:hierarchicalTable.*`, `deephaven:rollupTable.*`, `deephaven:treeTable.*`): what a view subscription
 * always asks for, what users see, and what a key table holds.
 */
import type { DataType } from 'apache-arrow';
import { Field, Schema } from 'apache-arrow/schema';
import { Code, DeephavenError } from '../../errors.js';

const flag = (f: Field, key: string): boolean => f.metadata.get(`deephaven:${key}`) === 'true';

/** @internal A user-visible column: where it comes from, and (rollups with constituents) where constituent rows read it. */
export interface VisibleColumn {
  readonly field: Field<DataType>;
  /** Schema index of the column. */
  readonly index: number;
  /** Schema index of the constituent column whose values show at constituent depth (rollups with constituents). */
  readonly constituent?: number | undefined;
}

/** @internal The roles of a hierarchical table's columns. */
export interface Roles {
  readonly kind: 'rollup' | 'tree';
  readonly schema: Schema;
  readonly depthIndex: number;
  readonly expandedIndex: number;
  /** Schema indices of the key columns (rollup: group-by columns in order; tree: the identifier column). */
  readonly keyIndices: readonly number[];
  /** Rollups: the group-by columns; trees: the identifier and parent-identifier columns. */
  readonly keyNames: readonly string[];
  readonly visible: readonly VisibleColumn[];
  /** Schema indices every subscription asks for: structural columns and the key columns. */
  readonly structural: readonly number[];
  /** Rollups: the depth of constituent rows (group-by count + 2); undefined without constituents. */
  readonly constituentDepth: number | undefined;
  /** Trees: the parent identifier column. */
  readonly parentName?: string | undefined;
}

/** @internal Reads the roles of a hierarchical table's schema; a schema without them is a `DataLoss` error. */
export function rolesOf(schema: Schema): Roles {
  const fields = schema.fields;
  const find = (key: string): number => fields.findIndex((f) => flag(f, key));
  const depthIndex = find('hierarchicalTable.isRowDepthColumn');
  const expandedIndex = find('hierarchicalTable.isRowExpandedColumn');
  if (depthIndex < 0 || expandedIndex < 0)
    throw new DeephavenError(Code.DataLoss, 'the server described a hierarchical table without row-depth and row-expanded columns');
  const isRollup = fields.some((f) => flag(f, 'rollupTable.isAggregatedNodeColumn'));
  const structural = new Set<number>();
  fields.forEach((f, i) => {
    if (flag(f, 'hierarchicalTable.isStructuralColumn')) structural.add(i);
  });
  const shown = (f: Field): boolean =>
    !flag(f, 'hierarchicalTable.isStructuralColumn') &&
    !f.metadata.has('deephaven:isStyle') &&
    !flag(f, 'isRowStyle') &&
    !flag(f, 'isDateFormat') &&
    !flag(f, 'isNumberFormat');
  if (!isRollup) {
    const id = find('treeTable.isIdentifierColumn');
    const parent = find('treeTable.isParentIdentifierColumn');
    if (id < 0) throw new DeephavenError(Code.DataLoss, 'the server described a tree without an identifier column');
    structural.add(id);
    const visible = fields.flatMap((field, index) => (shown(field) ? [{ field, index }] : []));
    return {
      kind: 'tree',
      schema,
      depthIndex,
      expandedIndex,
      keyIndices: [id],
      keyNames: [(fields[id] as Field).name, ...(parent < 0 ? [] : [(fields[parent] as Field).name])],
      visible,
      structural: [...structural].sort((a, b) => a - b),
      constituentDepth: undefined,
      parentName: parent < 0 ? undefined : (fields[parent] as Field).name,
    };
  }
  const aggregated = fields.flatMap((field, index) => (flag(field, 'rollupTable.isAggregatedNodeColumn') ? [{ field, index }] : []));
  const constituents = fields.flatMap((field, index) => (flag(field, 'rollupTable.isConstituentNodeColumn') ? [{ field, index }] : []));
  const keyIndices = aggregated.filter((c) => flag(c.field, 'rollupTable.isGroupByColumn')).map((c) => c.index);
  for (const k of keyIndices) structural.add(k);
  const byName = new Map(constituents.map((c) => [c.field.name, c.index]));
  const used = new Set<number>();
  const visible: VisibleColumn[] = aggregated
    .filter((c) => shown(c.field))
    .map((c) => {
      const input = flag(c.field, 'rollupTable.isGroupByColumn')
        ? c.field.name
        : c.field.metadata.get('deephaven:rollupTable.aggregationInputColumnName');
      const constituent = input === undefined || input === '' ? undefined : byName.get(input);
      if (constituent !== undefined) used.add(constituent);
      return { ...c, constituent };
    });
  // Constituent columns no aggregated column shows: their own columns, valued on constituent rows only.
  const names = new Set(visible.map((c) => c.field.name));
  for (const c of constituents)
    if (!used.has(c.index) && shown(c.field) && !names.has(c.field.name)) visible.push({ ...c, constituent: undefined });
  return {
    kind: 'rollup',
    schema,
    depthIndex,
    expandedIndex,
    keyIndices,
    keyNames: keyIndices.map((i) => (fields[i] as Field).name),
    visible,
    structural: [...structural].sort((a, b) => a - b),
    constituentDepth: constituents.length > 0 ? keyIndices.length + 2 : undefined,
  };
}

/** @internal The schema of what users see: the visible fields without the hierarchical role metadata. */
export function visibleSchema(roles: Roles): Schema {
  return new Schema(
    roles.visible.map((c) => new Field(c.field.name, c.field.type, true, withoutRoles(c.field.metadata))),
    roles.schema.metadata,
  );
}

/** Field metadata without the hierarchical roles (kept: `deephaven:type` and the other column facts). */
export function withoutRoles(metadata: Map<string, string>): Map<string, string> {
  return new Map([...metadata].filter(([k]) => !/^deephaven:(hierarchicalTable|rollupTable|treeTable)\./.test(k)));
}
