import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSet } from '../../../src/barrage/row-set.js';
import { decodeBitset, decodeKeySet, decodeRowSet, decodeShifts, encodeBitset, encodeRowSet } from '../../../src/barrage/row-set-codec.js';
import { WideRowSet, WideRowSetBuilder, type KeySet } from '../../../src/barrage/wide-row-set.js';
import { Code, DeephavenError } from '../../../src/errors.js';

const hex = (s: string): Uint8Array =>
  Uint8Array.from(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((b) => parseInt(b, 16)),
  );
const ranges = (set: RowSet): [number, number][] => [...set.ranges()];

describe('Barrage RowSet decoding: the wire examples', () => {
  it.each([
    ['20', []],
    ['0C 00 20', [[0, 0]]],
    [
      '1C 05 00 F7 0B 0A F7 20',
      [
        [0, 9],
        [20, 20],
        [30, 39],
      ],
    ],
    [
      '1C 02 05 02 20',
      [
        [5, 5],
        [7, 7],
      ],
    ],
    ['14 02 00 00 19 FC 20', [[0, 999]]],
    [
      '1C 04 00 FF 02 FF 09 28 01 0C FF 20',
      [
        [0, 1],
        [3, 4],
        [300, 301],
      ],
    ],
    [
      '0A 40 42 0F 00 0C 9D 0B 5D AF F6 29 01 00 00 00 20',
      [
        [1000000, 1000099],
        [5000000000, 5000000000],
      ],
    ],
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

  it('malformed input is a DATA_LOSS DeephavenError; positions (not keys) beyond 2^53 are refused by name', () => {
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
    expect(String(decodeKeySet(hex('0B 00 00 00 00 00 00 40 00 20')))).toBe(`WideRowSet{${2n ** 54n}}`);
    // past 2^63
    expect(() => decodeKeySet(hex('0B FF FF FF FF FF FF FF 7F 0C 01 20'))).toThrow(/past 2\^63/);
  });
});

const wideRanges = (set: KeySet): [bigint, bigint][] =>
  set instanceof WideRowSet ? [...set.ranges()] : [...set.ranges()].map(([a, b]) => [BigInt(a), BigInt(b)] as [bigint, bigint]);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

describe('row keys near and past 2^53', () => {
  it('a set whose keys fit is numbers; one key past 2^53 makes the whole set exact bigints', () => {
    const fits = new WideRowSet([MAX_SAFE - 9n, MAX_SAFE]);
    expect(decodeKeySet(encodeRowSet(fits))).toBeInstanceOf(RowSet);
    expect(ranges(decodeKeySet(encodeRowSet(fits)) as RowSet)).toEqual([[Number.MAX_SAFE_INTEGER - 9, Number.MAX_SAFE_INTEGER]]);
    // 2^53 and 2^53 + 1 are one number apart only as bigints
    const past = new WideRowSet([5n, 5n, MAX_SAFE - 1n, MAX_SAFE + 2n, 1100n << 43n, (1100n << 43n) + 99n]);
    const got = decodeKeySet(encodeRowSet(past));
    expect(got).toBeInstanceOf(WideRowSet);
    expect(wideRanges(got)).toEqual(wideRanges(past));
    expect(got.size).toBe(1 + 4 + 100);
    // A byte-array run after a key past 2^53 (the server's compact form): 2^53 + 1, + 2, + 5
    expect(wideRanges(decodeKeySet(hex('0B 01 00 00 00 00 00 20 00 1C 02 01 03 20')))).toEqual([
      [2n ** 53n + 1n, 2n ** 53n + 2n],
      [2n ** 53n + 5n, 2n ** 53n + 5n],
    ]);
  });

  it('shifts of keys past 2^53 keep their exact bounds and deltas', () => {
    const region = 1500n << 43n;
    const set = (...keys: bigint[]): Uint8Array => {
      const b = new WideRowSetBuilder();
      for (const k of keys) b.addRange(k, k);
      return encodeRowSet(b.build());
    };
    const bytes = new Uint8Array([
      ...set(region + 10n, region + 100n),
      ...set(region + 19n, region + 109n),
      ...set(region + 7n, region + 100n + (1n << 43n)),
    ]);
    expect(decodeShifts(bytes)).toEqual([
      { first: region + 10n, last: region + 19n, delta: -3n },
      { first: region + 100n, last: region + 109n, delta: 1n << 43n },
    ]);
  });

  // Sets of ranges anywhere in the 63-bit key space, many of them next to 2^53.
  const key = fc.oneof(
    fc.bigInt({ min: 0n, max: (1n << 63n) - 1n }),
    fc.bigInt({ min: MAX_SAFE - 64n, max: MAX_SAFE + 64n }),
    fc.bigInt({ min: 0n, max: 1000n }),
  );
  const wideSets = fc.array(fc.tuple(key, fc.bigInt({ min: 0n, max: 300n })), { maxLength: 20 }).map((pairs) => {
    const sorted = pairs
      .map(([a, n]): [bigint, bigint] => [a, a + n > (1n << 63n) - 1n ? a : a + n])
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const b = new WideRowSetBuilder();
    for (const [a, z] of sorted) b.addRange(a, z);
    return b.build();
  });

  it('round-trips any set of 63-bit keys exactly, as numbers exactly when they fit', () => {
    fc.assert(
      fc.property(wideSets, (set) => {
        const got = decodeKeySet(encodeRowSet(set));
        expect(wideRanges(got)).toEqual(wideRanges(set));
        expect(got instanceof RowSet).toBe((set.last ?? 0n) <= MAX_SAFE);
      }),
      { numRuns: 300 },
    );
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
