// The pure parts of rollups and trees: column roles from the schema's metadata, the expansion state and its key
// table, and the `where` strings a hierarchical table's Apply takes. The wire and the server are in
// test/integration/hierarchical.int.test.ts.
import { Bool, Field, Float64, Int32, Int64, Schema, Utf8, tableFromIPC, type DataType } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { Code } from '../../../src/errors.js';
import { hierarchicalFilters, hierarchicalSorts } from '../../../src/table/hierarchical/apply.js';
import { Expansions } from '../../../src/table/hierarchical/expansions.js';
import { ACTION_COLUMN, keyTableMessages } from '../../../src/table/hierarchical/key-table.js';
import { rolesOf, visibleSchema } from '../../../src/table/hierarchical/roles.js';

const field = (name: string, type: DataType, meta: Record<string, string>, javaType: string): Field =>
  new Field(name, type, true, new Map([['deephaven:type', javaType], ...Object.entries(meta).map(([k, v]) => [`deephaven:${k}`, v] as [string, string])]));

const T = 'true';
const rollupSchema = new Schema([
  field('__DEPTH__', new Int32(), { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowDepthColumn': T, 'hierarchicalTable.isExpandByColumn': T }, 'int'),
  field('__EXPANDED__', new Bool(), { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowExpandedColumn': T }, 'java.lang.Boolean'),
  field('Sym', new Utf8(), { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.isGroupByColumn': T, 'hierarchicalTable.isExpandByColumn': T }, 'java.lang.String'),
  field('Exchange', new Utf8(), { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.isGroupByColumn': T, 'hierarchicalTable.isExpandByColumn': T }, 'java.lang.String'),
  field('Total', new Int64(), { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.aggregationInputColumnName': 'Size' }, 'long'),
  field('Sym', new Utf8(), { 'rollupTable.isConstituentNodeColumn': T, 'rollupTable.isGroupByColumn': T }, 'java.lang.String'),
  field('Exchange', new Utf8(), { 'rollupTable.isConstituentNodeColumn': T, 'rollupTable.isGroupByColumn': T }, 'java.lang.String'),
  field('Size', new Int32(), { 'rollupTable.isConstituentNodeColumn': T }, 'int'),
  field('Price', new Float64(), { 'rollupTable.isConstituentNodeColumn': T }, 'double'),
]);

const treeSchema = new Schema([
  field('__DEPTH__', new Int32(), { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowDepthColumn': T }, 'int'),
  field('__EXPANDED__', new Bool(), { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowExpandedColumn': T }, 'java.lang.Boolean'),
  field('Id', new Int64(), { 'treeTable.isNodeColumn': T, 'treeTable.isIdentifierColumn': T, 'hierarchicalTable.isExpandByColumn': T }, 'long'),
  field('ParentId', new Int64(), { 'treeTable.isNodeColumn': T, 'treeTable.isParentIdentifierColumn': T }, 'long'),
  field('Name', new Utf8(), { 'treeTable.isNodeColumn': T }, 'java.lang.String'),
]);

describe('column roles', () => {
  it('a rollup with constituents: visible columns, keys, and where constituent rows read their values', () => {
    const roles = rolesOf(rollupSchema);
    expect(roles.kind).toBe('rollup');
    expect(roles.keyNames).toEqual(['Sym', 'Exchange']);
    expect(roles.constituentDepth).toBe(4);
    expect(roles.visible.map((c) => [c.field.name, c.constituent])).toEqual([
      ['Sym', 5],
      ['Exchange', 6],
      ['Total', 7],
      ['Price', undefined],
    ]);
    expect(roles.structural).toEqual([0, 1, 2, 3]);
    const visible = visibleSchema(roles);
    expect(visible.fields.map((f) => f.name)).toEqual(['Sym', 'Exchange', 'Total', 'Price']);
    expect([...(visible.fields[2]?.metadata.keys() ?? [])]).toEqual(['deephaven:type']);
  });

  it('a tree: the identifier is the key, node columns are visible', () => {
    const roles = rolesOf(treeSchema);
    expect(roles.kind).toBe('tree');
    expect(roles.keyNames).toEqual(['Id', 'ParentId']);
    expect(roles.parentName).toBe('ParentId');
    expect(roles.visible.map((c) => c.field.name)).toEqual(['Id', 'ParentId', 'Name']);
  });

  it('a schema without the roles is a DATA_LOSS error', () => {
    expect(() => rolesOf(new Schema([new Field('X', new Int32())]))).toThrow(expect.objectContaining({ code: Code.DataLoss }));
  });
});

describe('expansions and their key table', () => {
  it('rollup keys: at most one value per group-by column, depth from their count; a later action replaces an earlier one', () => {
    const e = new Expansions(rolesOf(rollupSchema));
    expect(e.isDefault).toBe(true);
    expect(e.rows()).toBeUndefined();
    e.act(['AAPL'], 'expand', 'expand');
    e.act(['AAPL', 'NYSE'], 'expandAll', 'expand');
    e.act(['AAPL'], 'collapse', 'collapse');
    expect(e.rows()).toEqual([
      { values: ['AAPL', 'NYSE'], depth: 3, action: 3 },
      { values: ['AAPL', null], depth: 2, action: 4 },
    ]);
    expect(() => e.act('AAPL', 'expand', 'expand')).toThrow(/at most 2 group-by values \(Sym, Exchange\)/);
    expect(() => e.act(['a', 'b', 'c'], 'expand', 'expand')).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
    e.reset(true);
    expect(e.rows()).toEqual([{ values: [null, null], depth: 0, action: 3 }]);
  });

  it('tree keys: one identifier, bare or in an array', () => {
    const e = new Expansions(rolesOf(treeSchema));
    e.act(7n, 'expand', 'expand');
    e.act([7n], 'collapse', 'collapse');
    expect(e.rows()).toEqual([{ values: [7n], depth: 0, action: 4 }]);
    expect(() => e.act([1n, 2n], 'expand', 'expand')).toThrow(/one identifier/);
  });

  it('the key table has the key columns with their types, the rollup depth and the byte action', () => {
    const roles = rolesOf(rollupSchema);
    const messages = keyTableMessages(roles, [
      { values: ['AAPL', null], depth: 2, action: 1 },
      { values: [null, null], depth: 0, action: 3 },
    ]);
    const framed = messages.flatMap((m) => {
      const prefix = new Uint8Array(8);
      new DataView(prefix.buffer).setInt32(0, -1, true);
      new DataView(prefix.buffer).setInt32(4, m.header.length, true);
      return [prefix, m.header, m.body];
    });
    const bytes = new Uint8Array(framed.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of framed) {
      bytes.set(b, at);
      at += b.length;
    }
    const table = tableFromIPC(bytes);
    expect(table.schema.fields.map((f) => [f.name, f.metadata.get('deephaven:type')])).toEqual([
      ['Sym', 'java.lang.String'],
      ['Exchange', 'java.lang.String'],
      ['__DEPTH__', 'int'],
      [ACTION_COLUMN, 'byte'],
    ]);
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { Sym: 'AAPL', Exchange: null, __DEPTH__: 2, [ACTION_COLUMN]: 1 },
      { Sym: null, Exchange: null, __DEPTH__: 0, [ACTION_COLUMN]: 3 },
    ]);
  });
});

describe('where and sort arguments', () => {
  it('simple comparisons become structured filters', () => {
    expect(hierarchicalFilters(['Sym = `AAPL`', 'Size >= 10', 'Px < 1.5', 'Name != null', 'Ok == true'], ['Sym', 'Size', 'Px', 'Name', 'Ok'], 'the table')).toEqual([
      { kind: 'compare', op: 'eq', lhs: { kind: 'column', name: 'Sym' }, rhs: { kind: 'string', value: 'AAPL' }, caseSensitive: true },
      { kind: 'compare', op: 'ge', lhs: { kind: 'column', name: 'Size' }, rhs: { kind: 'long', value: 10n }, caseSensitive: true },
      { kind: 'compare', op: 'lt', lhs: { kind: 'column', name: 'Px' }, rhs: { kind: 'double', value: 1.5 }, caseSensitive: true },
      { kind: 'not', filter: { kind: 'isNull', column: 'Name' } },
      { kind: 'compare', op: 'eq', lhs: { kind: 'column', name: 'Ok' }, rhs: { kind: 'bool', value: true }, caseSensitive: true },
    ]);
  });

  it('anything else, and unknown columns, are refused before any call', () => {
    expect(() => hierarchicalFilters('Size > Price * 2', ['Size', 'Price'], 'the table')).toThrow(/filters objects/);
    expect(() => hierarchicalFilters('Size > 2', ['Sym'], 'a rollup filters on its group-by columns only, and')).toThrow(/group-by columns only, and has no column "Size"/);
    expect(() => hierarchicalSorts('Nope', 'asc', ['Sym'])).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
    expect(hierarchicalSorts(['Sym', 'Total'], ['asc', 'desc'], ['Sym', 'Total'])).toEqual([
      { column: 'Sym', descending: false },
      { column: 'Total', descending: true },
    ]);
  });
});
