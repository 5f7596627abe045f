// The one-row key tables of PartitionedTable.getConstituent, built from buffers (no apache-arrow builders, which
// compile code a strict Content-Security-Policy refuses): each key column type takes its values, refuses others,
// and the result uploads as Arrow IPC.
import { Bool, DataType, Field, Float64, Int32, Int64, Schema, Table, TimeUnit, Timestamp, Uint16, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { uploadMessages } from '../../../src/table/arrow-write.js';
import { keyVector } from '../../../src/table/partitioned-table.js';

const cases: [string, DataType, unknown, unknown][] = [
  ['string', new Utf8(), 'AAPL', 'AAPL'],
  ['int', new Int32(), 7, 7],
  ['int from bigint', new Int32(), 7n, 7],
  ['long', new Int64(), 7, 7n],
  ['long from bigint', new Int64(), -(2n ** 40n), -(2n ** 40n)],
  ['double', new Float64(), 1.5, 1.5],
  ['boolean', new Bool(), true, true],
  ['char', new Uint16(), 'B', 66],
  // apache-arrow reads timestamps back in milliseconds; the buffer holds nanoseconds (checked below).
  ['instant', new Timestamp(TimeUnit.NANOSECOND, 'UTC'), new Date(1_700_000_000_000), 1_700_000_000_000n],
];

describe('key values as one-row Arrow columns', () => {
  it.each(cases)('%s', (_name, type, value, read) => {
    const v = keyVector(value, type);
    expect(v?.length).toBe(1);
    const got: unknown = v?.get(0);
    expect(typeof got === 'bigint' || typeof read === 'bigint' ? BigInt(got as bigint) : got).toEqual(read);
    const table = new Table(new Schema([new Field('K', type, true)]), { K: v! });
    expect(uploadMessages(table).length).toBeGreaterThanOrEqual(2);
  });

  it('an instant key is stored in the column unit (nanoseconds here, from a Date or a bigint)', () => {
    const ns = new Timestamp(TimeUnit.NANOSECOND, 'UTC');
    expect(keyVector(new Date(1_700_000_000_000), ns)?.data[0]?.values[0]).toBe(1_700_000_000_000_000_000n);
    expect(keyVector(5n, ns)?.data[0]?.values[0]).toBe(5n);
    expect(keyVector(new Date(1_700_000_000_000), new Timestamp(TimeUnit.MILLISECOND, 'UTC'))?.data[0]?.values[0]).toBe(1_700_000_000_000n);
  });

  it('null fits every key column', () => {
    for (const [, type] of cases) {
      const v = keyVector(null, type);
      expect(v?.nullCount, String(type)).toBe(1);
      expect(v?.get(0), String(type)).toBeNull();
    }
  });

  it.each([
    ['a number for a string column', new Utf8(), 1],
    ['a string for an int column', new Int32(), 'x'],
    ['a fraction for an int column', new Int32(), 1.5],
    ['a string for a boolean column', new Bool(), 'true'],
    ['two characters for a char column', new Uint16(), 'AB'],
    ['undefined', new Utf8(), undefined],
  ])('refuses %s', (_name, type, value) => {
    expect(keyVector(value, type)).toBeUndefined();
  });
});
