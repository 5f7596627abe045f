// The decoders of issue 20 without a server: packed colours, format columns beside user columns, layout hint and
// totals strings, input table metadata and its restrictions, and the pattern renderers' rules.
import {
  Field,
  Schema,
  Table as ArrowTable,
  Utf8,
  Int64,
  Float64,
  makeData,
  RecordBatch,
  Struct,
  vectorFromArray,
  tableFromArrays,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { Any } from 'google-protobuf/google/protobuf/any_pb.js';
import { decodeColors, formatIndices, isFormatField, readFormats } from '../../../src/table/formats.js';
import { parseLayoutHints, parseTotals, readAttributes } from '../../../src/table/table-metadata.js';
import { decodeInputTableMetadata } from '../../../src/services/input-table-service.js';
import { checkRestrictions } from '../../../src/table/input-table.js';
import {
  DeephavenTableMetadata,
  InputTableColumnInfo,
  InputTableMetadata,
  IntegerRangeRestriction,
  NotNullRestriction,
  StringListRestriction,
} from '../../../src/generated/deephaven_core/proto/inputtable_pb.js';
import { formatValue } from '../../../src/index.js';

const meta = (m: Record<string, string>): Map<string, string> => new Map(Object.entries(m));

function formattedTable(): ArrowTable {
  const fields = [
    new Field(
      'Price',
      new Float64(),
      true,
      meta({ 'deephaven:styleColumn': 'Price__TABLE_STYLE_FORMAT', 'deephaven:numberFormatColumn': 'Price__TABLE_NUMBER_FORMAT' }),
    ),
    new Field('Sym', new Utf8(), true),
    new Field('Price__TABLE_STYLE_FORMAT', new Int64(), true, meta({ 'deephaven:isStyle': 'true' })),
    new Field('Price__TABLE_NUMBER_FORMAT', new Utf8(), true, meta({ 'deephaven:isNumberFormat': 'true' })),
    new Field('__ROW__TABLE_STYLE_FORMAT', new Int64(), true, meta({ 'deephaven:isStyle': 'true', 'deephaven:isRowStyle': 'true' })),
  ];
  const schema = new Schema(fields);
  const columns = [
    vectorFromArray([1.5, 200], new Float64()),
    vectorFromArray(['a', 'b'], new Utf8()),
    // row 0: no colour; row 1: red text (0x01ff0000)
    vectorFromArray([0n, 0x01ff0000n], new Int64()),
    vectorFromArray(['$#,##0.00', null], new Utf8()),
    // row 0: light blue background, black text; row 1: none
    vectorFromArray([0x01add8e6_01000000n, null], new Int64()),
  ];
  const data = makeData({ type: new Struct(fields), length: 2, nullCount: 0, children: columns.map((c) => c.data[0]!) });
  return new ArrowTable(schema, [new RecordBatch(schema, data)]);
}

describe('format columns', () => {
  it('decode packed colours: text in the low half, background in the high, bit 24 set for a colour', () => {
    expect(decodeColors(0n)).toEqual({});
    expect(decodeColors(null)).toEqual({});
    expect(decodeColors(0x01000000n)).toEqual({ color: '#000000' });
    expect(decodeColors(0x01ffff00_010000ffn)).toEqual({ color: '#0000ff', backgroundColor: '#ffff00' });
    expect(decodeColors(-(2n ** 63n))).toEqual({}); // the long null
  });

  it('are told from user columns, fetched for the columns that use them, and read cell over row', () => {
    const t = formattedTable();
    expect(t.schema.fields.map((f) => isFormatField(f))).toEqual([false, false, true, true, true]);
    expect(formatIndices(t.schema, [0])).toEqual([2, 3, 4]);
    expect(formatIndices(t.schema, [1])).toEqual([4]);
    const user = t.schema.fields.slice(0, 2);
    const f = readFormats(t, user);
    expect(f.rowFormat(0)).toEqual({ color: '#000000', backgroundColor: '#add8e6' });
    expect(f.format(0, 'Price')).toEqual({ color: '#000000', backgroundColor: '#add8e6', numberFormat: '$#,##0.00' });
    expect(f.format(1, 0)).toEqual({ color: '#ff0000' });
    expect(f.format(1, 'Sym')).toBeUndefined();
    expect(f.format(0, 'Nope')).toBeUndefined();
  });
});

describe('layout hints, totals and attributes', () => {
  it('parse the server strings', () => {
    expect(
      parseLayoutHints(
        'noSavedLayouts;front=A,B;back=C;hide=D;freeze=A;searchable=Show;columnGroups=name:G::children:B,C::color:#ff0000|name:H::children:G;',
      ),
    ).toEqual({
      frontColumns: ['A', 'B'],
      backColumns: ['C'],
      hiddenColumns: ['D'],
      frozenColumns: ['A'],
      columnGroups: [
        { name: 'G', children: ['B', 'C'], color: '#ff0000' },
        { name: 'H', children: ['G'] },
      ],
      searchDisplayMode: 'Show',
      savedViews: false,
    });
    expect(parseLayoutHints('')).toMatchObject({ frontColumns: [], columnGroups: [], searchDisplayMode: 'Default', savedViews: true });
    expect(parseTotals('true,false,Sum;B=Max:Avg,S=Count,;')).toEqual({
      showTotalsByDefault: true,
      showGrandTotalsByDefault: false,
      defaultOperation: 'Sum',
      operations: { B: ['Max', 'Avg'], S: ['Count'] },
    });
  });

  it('type attributes as the server says', () => {
    const schema = new Schema(
      [],
      meta({
        'deephaven:attribute.BlinkTable': 'true',
        'deephaven:attribute_type.BlinkTable': 'java.lang.Boolean',
        'deephaven:attribute.N': '7',
        'deephaven:attribute_type.N': 'java.lang.Byte',
        'deephaven:attribute.TableDescription': 'd',
        'deephaven:attribute_type.TableDescription': 'java.lang.String',
        'deephaven:unsent.attribute.InputTable': '',
      }),
    );
    expect(readAttributes(schema)).toEqual({
      isBlink: true,
      isAddOnly: false,
      description: 'd',
      raw: { BlinkTable: true, N: 7, TableDescription: 'd', InputTable: '' },
    });
  });
});

describe('input table metadata', () => {
  function encoded(): string {
    const any = (name: string, bytes: Uint8Array): Any => {
      const a = new Any();
      a.setTypeUrl(`type.googleapis.com/io.deephaven.proto.backplane.grpc.${name}`);
      a.setValue(bytes);
      return a;
    };
    const range = new IntegerRangeRestriction();
    range.setMinInclusive(0);
    range.setMaxInclusive(10);
    const list = new StringListRestriction();
    list.setAllowedValuesList(['A', 'B']);
    const key = new InputTableColumnInfo();
    key.setKind(InputTableColumnInfo.Kind.KIND_KEY);
    key.setRestrictionsList([
      any('StringListRestriction', list.serializeBinary()),
      any('NotNullRestriction', new NotNullRestriction().serializeBinary()),
    ]);
    const value = new InputTableColumnInfo();
    value.setKind(InputTableColumnInfo.Kind.KIND_VALUE);
    value.setRestrictionsList([any('IntegerRangeRestriction', range.serializeBinary()), any('SomethingNew', new Uint8Array())]);
    const input = new InputTableMetadata();
    input.getColumnInfoMap().set('K', key).set('N', value);
    const m = new DeephavenTableMetadata();
    m.setInputTableMetadata(input);
    return btoa(String.fromCharCode(...m.serializeBinary()));
  }

  it("decodes the server's metadata (a keyed table of 42.7, and restrictions)", () => {
    expect([...decodeInputTableMetadata('ChIKBwoBSxICCAEKBwoBVhICCAI=')]).toEqual([
      ['K', { kind: 'key', restrictions: [] }],
      ['V', { kind: 'value', restrictions: [] }],
    ]);
    const r = Object.fromEntries([...decodeInputTableMetadata(encoded())].map(([k, v]) => [k, v.restrictions]));
    expect(r).toEqual({
      K: [{ kind: 'stringList', allowedValues: ['A', 'B'] }, { kind: 'notNull' }],
      N: [
        { kind: 'integerRange', min: 0, max: 10 },
        { kind: 'unknown', typeUrl: 'type.googleapis.com/io.deephaven.proto.backplane.grpc.SomethingNew' },
      ],
    });
  });

  it('refuses rows that break a restriction, naming column, row and rule', () => {
    const restrictions = {
      K: [{ kind: 'stringList', allowedValues: ['A', 'B'] }, { kind: 'notNull' }],
      N: [{ kind: 'integerRange', min: 0, max: 10 }],
    } as const;
    expect(() => checkRestrictions(restrictions, tableFromArrays({ K: ['A', 'B'], N: Int32Array.of(0, 10) }))).not.toThrow();
    expect(() => checkRestrictions(restrictions, tableFromArrays({ K: ['A', 'C'], N: Int32Array.of(0, 1) }))).toThrow(
      /row 1 of column K: "C" .*one of A, B/,
    );
    expect(() => checkRestrictions(restrictions, tableFromArrays({ K: ['A'], N: Int32Array.of(11) }))).toThrow(
      /row 0 of column N.*between 0 and 10/,
    );
  });
});

describe('formatValue', () => {
  it('renders the rules Java has that are easy to miss', () => {
    expect(formatValue(0.125, '0.00', 'double')).toBe('0.12'); // an exact tie: half-even
    expect(formatValue(2.675, '0.00', 'double')).toBe('2.67'); // below the tie in binary
    expect(formatValue(0.5, '#.##', 'double')).toBe('0.5');
    expect(formatValue(-5, '#,##0;(#,##0)', 'double')).toBe('(5)');
    expect(formatValue(9007199254740993n, '#,##0', 'long')).toBe('9,007,199,254,740,993');
    expect(formatValue(null, '#', 'double')).toBe('');
    expect(formatValue(Date.UTC(2024, 2, 10, 17), "yyyy-MM-dd'T'HH:mmXXX", 'java.time.Instant', { timeZone: 'America/New_York' })).toBe(
      '2024-03-10T13:00-04:00',
    );
    expect(formatValue(Date.UTC(2024, 2, 10), 'EEE d MMM yyyy', 'java.time.LocalDate', { timeZone: 'Asia/Tokyo' })).toBe('Sun 10 Mar 2024');
  });
});
