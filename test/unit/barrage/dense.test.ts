// Gathering a column's runs into one Arrow Data, and scattered writes into a dense copy, for every kind of type
// (fixed width with and without nulls, 64-bit, variable width, bit-packed and nested through the builder).
import {
  Bool,
  Float64,
  Int32,
  Int64,
  List,
  Field,
  Utf8,
  TimestampNanosecond,
  vectorFromArray,
  makeVector,
  type Data,
  type DataType,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { compact, scatter } from '../../../src/barrage/dense.js';
import { Source, type Rope } from '../../../src/barrage/rope.js';
import { RowSet } from '../../../src/barrage/row-set.js';

function dataOf(values: unknown[], type: DataType): Data {
  return vectorFromArray(values as never, type).data[0] as Data;
}

/** Runs over two chunks, the second sliced in the middle, so that offsets matter. */
function ropeOf(a: unknown[], b: unknown[], type: DataType): { rope: Rope; expected: unknown[] } {
  const da = dataOf(a, type);
  const db = dataOf(b, type);
  return {
    rope: [
      { data: db, offset: 1, length: 2 },
      { data: da, offset: 0, length: a.length },
      { data: db, offset: 0, length: 1 },
    ],
    expected: [b[1], b[2], ...a, b[0]],
  };
}

const values = (rope: Rope): unknown[] => {
  const run = rope[0];
  if (rope.length !== 1 || run === undefined || run.data === null) throw new Error('not dense');
  const v = makeVector(run.data);
  return Array.from({ length: run.length }, (_, i) => {
    const x: unknown = v.get(run.offset + i);
    return x !== null && typeof x === 'object' && 'toArray' in x ? Array.from((x as { toArray(): ArrayLike<unknown> }).toArray()) : x;
  });
};

describe('gathering runs into one column', () => {
  it.each([
    ['Int32 with nulls', new Int32(), [1, null, 3], [7, null, 9]],
    ['Float64 without nulls', new Float64(), [1.5, 2.5], [3.5, 4.5, 5.5]],
    ['Int64', new Int64(), [1n, 2n, null], [3n, 4n, 5n]],
    ['timestamps', new TimestampNanosecond(), [1000, null], [2000, 3000, 4000]],
    ['Utf8 with nulls and empty strings', new Utf8(), ['a', null, ''], ['xyz', 'é', null]],
    ['Bool (through the builder)', new Bool(), [true, null, false], [false, true, true]],
    ['List<Int32> (through the builder)', new List(new Field('item', new Int32(), true)), [[1, 2], null], [[3], [], [4, 5]]],
  ])('%s', (_n, type, a, b) => {
    const { rope, expected } = ropeOf(a, b, type);
    expect(values(compact(rope, type))).toEqual(expected.map((x) => (Array.isArray(x) ? x : x)));
  });
});

describe('scattered writes into a dense copy', () => {
  it('writes each modified row, keeps the others, leaves the original untouched', () => {
    const type = new Int32();
    const base = dataOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], type);
    const rope: Rope = [{ data: base, offset: 0, length: 10 }];
    const mods = RowSet.fromRanges([
      [1, 1],
      [3, 4],
      [9, 9],
    ]);
    const next = scatter(rope, type, mods, new Source([dataOf([10, null], type), dataOf([30, 90], type)]));
    expect(values(next)).toEqual([0, 10, 2, null, 30, 5, 6, 7, 8, 90]);
    expect(values(rope)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('an empty live table', () => {
  it('is an Arrow table apache-arrow can write again (list and string columns included)', async () => {
    const { ropesToTable } = await import('../../../src/barrage/materialize.js');
    const { Schema, tableToIPC, tableFromIPC } = await import('apache-arrow');
    const schema = new Schema([new Field('S', new Utf8(), true), new Field('L', new List(new Field('item', new Int32(), true)), true)]);
    const empty = ropesToTable(schema, [[], []]);
    expect(tableFromIPC(tableToIPC(empty, 'stream')).numRows).toBe(0);
  });
});
