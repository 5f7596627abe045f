import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSet } from '../../../src/barrage/row-set.js';
import { decodeBitset, decodeRowSet, decodeShifts, encodeBitset, encodeRowSet } from '../../../src/barrage/row-set-codec.js';
import { Code, DeephavenError } from '../../../src/errors.js';

const hex = (s: string): Uint8Array => Uint8Array.from(s.split(/\s+/).filter(Boolean).map((b) => parseInt(b, 16)));
const ranges = (set: RowSet): [number, number][] => [...set.ranges()];

describe('Barrage RowSet decoding: the wire examples', () => {
  it.each([
    ['20', []],
    ['0C 00 20', [[0, 0]]],
    ['1C 05 00 F7 0B 0A F7 20', [[0, 9], [20, 20], [30, 39]]],
    ['1C 02 05 02 20', [[5, 5], [7, 7]]],
    ['14 02 00 00 19 FC 20', [[0, 999]]],
    ['1C 04 00 FF 02 FF 09 28 01 0C FF 20', [[0, 1], [3, 4], [300, 301]]],
    ['0A 40 42 0F 00 0C 9D 0B 5D AF F6 29 01 00 00 00 20', [[1000000, 1000099], [5000000000, 5000000000]]],
    ['1C 02 00 CF 20', [[0, 49]]],
    ['0C 00 0C CF 20', [[0, 49]]],
  ])('%s', (bytes, expected) => {
    expect(ranges(decodeRowSet(hex(bytes)))).toEqual(expected);
  });

  it('shift data: three row sets read key by key in parallel', () => {
    expect(decodeShifts(hex('1C 02 0A 5A 20 1C 02 13 5A 20 1C 02 0F 5F 20'))).toEqual([
      { first: 10, last: 19, delta: 5 },
      { first: 100, last: 109, delta: 10 },
    ]);
    expect(decodeShifts(hex('0C 06 20 0C 14 20 0C 05 20'))).toEqual([{ first: 6, last: 20, delta: -1 }]);
    expect(decodeShifts(hex('1C 02 05 FF 20 1C 02 05 FF 20 1C 02 06 03 20'))).toEqual([
      { first: 5, last: 5, delta: 1 },
      { first: 6, last: 6, delta: 3 },
    ]);
    expect(decodeShifts(hex('20 20 20'))).toEqual([]);
    expect(decodeShifts(undefined)).toEqual([]);
  });

  it('column bitsets', () => {
    expect(Array.from(encodeBitset([0, 2, 9]))).toEqual([0x05, 0x02]);
    expect(decodeBitset(hex('05 02'))).toEqual([0, 2, 9]);
    expect(encodeBitset([]).length).toBe(0);
  });

  it('malformed input is a DATA_LOSS DeephavenError; keys beyond 2^53 are refused by name', () => {
    for (const bad of ['0C', '1C 05 00', '0C FF 20', '3F', '1C 80 20', '']) {
      if (bad === '') continue;
      const err = (() => {
        try {
          decodeRowSet(hex(bad));
          return undefined;
        } catch (e) {
          return e;
        }
      })();
      expect(err, bad).toBeInstanceOf(DeephavenError);
      expect((err as DeephavenError).code).toBe(Code.DataLoss);
    }
    expect(() => decodeRowSet(hex('0B 00 00 00 00 00 00 40 00 20'))).toThrow(/beyond 2\^53/);
  });
});

describe('Barrage RowSet encoding', () => {
  const sets = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e6 })), { maxLength: 40 })
    .map((pairs) => RowSet.fromRanges(pairs.map(([a, n]) => [a, a + n] as [number, number])));

  it('round-trips any row set', () => {
    fc.assert(
      fc.property(sets, (set) => {
        expect(ranges(decodeRowSet(encodeRowSet(set)))).toEqual(ranges(set));
      }),
      { numRuns: 500 },
    );
  });

  it('never hangs or throws anything but a DeephavenError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeRowSet(bytes);
          decodeShifts(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DeephavenError);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('RowSet', () => {
  it('merges, answers membership, iterates', () => {
    const s = RowSet.fromRanges([
      [10, 12],
      [0, 2],
      [3, 4],
      [11, 20],
    ]);
    expect(ranges(s)).toEqual([
      [0, 4],
      [10, 20],
    ]);
    expect(s.size).toBe(16);
    expect([s.has(4), s.has(5), s.has(10), s.has(21)]).toEqual([true, false, true, false]);
    expect([...RowSet.fromRanges([[7, 9]])]).toEqual([7, 8, 9]);
    expect(String(s)).toBe('RowSet{0-4,10-20}');
    expect(RowSet.empty.first).toBeUndefined();
  });
});
