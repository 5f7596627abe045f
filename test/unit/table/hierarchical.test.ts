// The pure parts of rollups and trees: column roles from the schema's metadata, the expansion state and its key
// table, and the `where` strings a hierarchical table's Apply takes. The wire and the server are in
// test/integration/hierarchical.int.test.ts.
import { Bool, Field, Float64, Int32, Int64, Schema, Utf8, tableFromIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { Code } from '../../../src/errors.js';
import { hierarchicalFilters, hierarchicalSorts } from '../../../src/table/hierarchical/apply.js';
import { Expansions } from '../../../src/table/hierarchical/expansions.js';
import { formatPlan, hierarchicalFormats } from '../../../src/table/hierarchical/formats.js';
import { ACTION_COLUMN, keyTableMessages } from '../../../src/table/hierarchical/key-table.js';
import { rolesOf, visibleSchema } from '../../../src/table/hierarchical/roles.js';

const field = (name: string, type: DataType, meta: Record<string, string>, javaType: string): Field =>
  new Field(
    name,
    type,
    true,
    new Map([['deephaven:type', javaType], ...Object.entries(meta).map(([k, v]) => [`deephaven:${k}`, v] as [string, string])]),
  );

const T = 'true';
const rollupSchema = new Schema([
  field(
    '__DEPTH__',
    new Int32(),
    { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowDepthColumn': T, 'hierarchicalTable.isExpandByColumn': T },
    'int',
  ),
  field(
    '__EXPANDED__',
    new Bool(),
    { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowExpandedColumn': T },
    'java.lang.Boolean',
  ),
  field(
    'Sym',
    new Utf8(),
    { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.isGroupByColumn': T, 'hierarchicalTable.isExpandByColumn': T },
    'java.lang.String',
  ),
  field(
    'Exchange',
    new Utf8(),
    { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.isGroupByColumn': T, 'hierarchicalTable.isExpandByColumn': T },
    'java.lang.String',
  ),
  field('Total', new Int64(), { 'rollupTable.isAggregatedNodeColumn': T, 'rollupTable.aggregationInputColumnName': 'Size' }, 'long'),
  field('Sym', new Utf8(), { 'rollupTable.isConstituentNodeColumn': T, 'rollupTable.isGroupByColumn': T }, 'java.lang.String'),
  field('Exchange', new Utf8(), { 'rollupTable.isConstituentNodeColumn': T, 'rollupTable.isGroupByColumn': T }, 'java.lang.String'),
  field('Size', new Int32(), { 'rollupTable.isConstituentNodeColumn': T }, 'int'),
  field('Price', new Float64(), { 'rollupTable.isConstituentNodeColumn': T }, 'double'),
]);

const treeSchema = new Schema([
  field('__DEPTH__', new Int32(), { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowDepthColumn': T }, 'int'),
  field(
    '__EXPANDED__',
    new Bool(),
    { 'hierarchicalTable.isStructuralColumn': T, 'hierarchicalTable.isRowExpandedColumn': T },
    'java.lang.Boolean',
  ),
  field(
    'Id',
    new Int64(),
    { 'treeTable.isNodeColumn': T, 'treeTable.isIdentifierColumn': T, 'hierarchicalTable.isExpandByColumn': T },
    'long',
  ),
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
    expect(
      hierarchicalFilters(
        ['Sym = `AAPL`', 'Size >= 10', 'Px < 1.5', 'Name != null', 'Ok == true'],
        ['Sym', 'Size', 'Px', 'Name', 'Ok'],
        'the table',
      ),
    ).toEqual([
      { kind: 'compare', op: 'eq', lhs: { kind: 'column', name: 'Sym' }, rhs: { kind: 'string', value: 'AAPL' }, caseSensitive: true },
      { kind: 'compare', op: 'ge', lhs: { kind: 'column', name: 'Size' }, rhs: { kind: 'long', value: 10n }, caseSensitive: true },
      { kind: 'compare', op: 'lt', lhs: { kind: 'column', name: 'Px' }, rhs: { kind: 'double', value: 1.5 }, caseSensitive: true },
      { kind: 'not', filter: { kind: 'isNull', column: 'Name' } },
      { kind: 'compare', op: 'eq', lhs: { kind: 'column', name: 'Ok' }, rhs: { kind: 'bool', value: true }, caseSensitive: true },
    ]);
  });

  it('anything else, and unknown columns, are refused before any call', () => {
    expect(() => hierarchicalFilters('Size > Price * 2', ['Size', 'Price'], 'the table')).toThrow(/filters objects/);
    expect(() => hierarchicalFilters('Size > 2', ['Sym'], 'a rollup filters on its group-by columns only, and')).toThrow(
      /group-by columns only, and has no column "Size"/,
    );
    expect(() => hierarchicalSorts('Nope', 'asc', ['Sym'])).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
    expect(hierarchicalSorts(['Sym', 'Total'], ['asc', 'desc'], ['Sym', 'Total'])).toEqual([
      { column: 'Sym', descending: false },
      { column: 'Total', descending: true },
    ]);
  });
});

describe('formats of a hierarchical viewport', () => {
  // Aggregated and constituent nodes each have their own format columns, under the same names (the row style).
  const style = (name: string, node: 'Aggregated' | 'Constituent', extra: Record<string, string> = {}): Field =>
    field(name, new Int64(), { [`rollupTable.is${node}NodeColumn`]: T, isStyle: T, ...extra }, 'long');
  const schema = new Schema([
    ...rollupSchema.fields.slice(0, 4),
    field(
      'Total',
      new Int64(),
      {
        'rollupTable.isAggregatedNodeColumn': T,
        'rollupTable.aggregationInputColumnName': 'Size',
        styleColumn: 'Total__TABLE_STYLE_FORMAT',
      },
      'long',
    ),
    style('Total__TABLE_STYLE_FORMAT', 'Aggregated'),
    style('__ROW__TABLE_STYLE_FORMAT', 'Aggregated', { isRowStyle: T }),
    ...rollupSchema.fields.slice(5, 7),
    field('Size', new Int32(), { 'rollupTable.isConstituentNodeColumn': T, numberFormatColumn: 'Size__TABLE_NUMBER_FORMAT' }, 'int'),
    field('Size__TABLE_NUMBER_FORMAT', new Utf8(), { 'rollupTable.isConstituentNodeColumn': T, isNumberFormat: T }, 'java.lang.String'),
    style('__ROW__TABLE_STYLE_FORMAT', 'Constituent', { isRowStyle: T }),
  ]);

  it("fetch each node's format columns; aggregated rows read the aggregated ones, constituent rows the constituents'", () => {
    const roles = rolesOf(schema);
    expect(roles.visible.map((c) => c.field.name)).toEqual(['Sym', 'Exchange', 'Total']);
    const plan = formatPlan(roles, roles.visible);
    expect(plan?.indices).toEqual([5, 6, 10, 11]);
    expect(formatPlan(rolesOf(rollupSchema), rolesOf(rollupSchema).visible)).toBeUndefined();
    // Rows: the totals row (depth 1), AAPL (2), AAPL/NYSE (3), one constituent (4).
    const rows = [1, 2, 3, 4].map((depth) => ({ depth }));
    const values: Record<number, Vector> = {
      5: vectorFromArray([0x01ff0000n, null, null, 0x010000ffn], new Int64()),
      6: vectorFromArray([null, 0x01add8e6_01000000n, null, null], new Int64()),
      10: vectorFromArray([null, null, null, '0.0'], new Utf8()),
      11: vectorFromArray([null, null, null, 0x01ffff00_01000000n], new Int64()),
    };
    const formats = hierarchicalFormats(plan!, (i) => values[i]!, rows, roles.constituentDepth);
    expect([0, 1, 2, 3].map((r) => formats.format(r, 'Total') ?? null)).toEqual([
      { color: '#ff0000' },
      { color: '#000000', backgroundColor: '#add8e6' },
      null,
      // The constituent row: its number format and its row style; the aggregated style column is not read.
      { color: '#000000', backgroundColor: '#ffff00', numberFormat: '0.0' },
    ]);
    expect(formats.format(0, 2)).toEqual({ color: '#ff0000' });
    expect(formats.rowFormat(3)).toEqual({ color: '#000000', backgroundColor: '#ffff00' });
    expect(formats.rowFormat(0)).toBeUndefined();
    expect(formats.format(0, 'Sym')).toBeUndefined();
  });
});
