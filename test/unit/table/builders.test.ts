// The agg, updateBy and filters builders and the TableService request building, without a server: what each
// builder describes, the protobuf each description becomes, and bad input refused before any call.
import { Message } from 'google-protobuf';
import { describe, expect, it } from 'vitest';
import { Code, DeephavenError, agg, filters, updateBy } from '../../../src/index.js';
import { aggregationPb, conditionPb, updateByOperationPb } from '../../../src/services/table-messages.js';
import { operations } from '../../../src/table/ops/operations.js';

/**
 * The generated messages carry no `toObject()` (left out to keep bundles small); the tests read them as plain objects
 * through their getters instead (`getFoo()` → `foo`, lists as arrays).
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (!(value instanceof Message)) return value;
  const out: Record<string, unknown> = {};
  const getters = Object.getOwnPropertyNames(Object.getPrototypeOf(value)).filter((n) => /^get[A-Z]/.test(n) && !/_as(U8|B64)$/.test(n));
  for (const name of getters) {
    const getter = (value as unknown as Record<string, unknown>)[name];
    const key = name.charAt(3).toLowerCase() + name.slice(4);
    // (as jspb's toObject names a field called by a reserved word: `in` → `pb_in`)
    if (typeof getter === 'function' && getter.length === 0)
      out[key === 'in' ? 'pb_in' : key] = plain((getter as () => unknown).call(value));
  }
  return out;
}
(Message.prototype as unknown as { toObject: () => unknown }).toObject = function (this: Message) {
  return plain(this);
};

const code = (f: () => unknown): Code | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof DeephavenError ? e.code : undefined;
  }
};

describe('filters', () => {
  it('carry user text as a typed literal, never as a formula', () => {
    const f = filters.eq('Name', `O'Neil" || true`);
    const pb = conditionPb(f).toObject();
    expect(pb.compare?.lhs?.reference?.columnName).toBe('Name');
    expect(pb.compare?.rhs?.literal?.stringValue).toBe(`O'Neil" || true`);
    expect(pb.compare?.operation).toBe(4);
  });

  it('map numbers, bigints, booleans, dates and columns to their literal kinds', () => {
    const v = (x: Parameters<typeof filters.eq>[1]) => conditionPb(filters.eq('A', x)).toObject().compare?.rhs;
    expect(v(3)?.literal?.longValue).toBe('3');
    expect(v(2.5)?.literal?.doubleValue).toBe(2.5);
    expect(v(10n ** 15n)?.literal?.longValue).toBe('1000000000000000');
    expect(v(true)?.literal?.boolValue).toBe(true);
    expect(v(new Date(1000))?.literal?.nanoTimeValue).toBe('1000000000');
    expect(v(filters.column('B'))?.reference?.columnName).toBe('B');
  });

  it('compose: and, or, not, in, isNotNull, matches, contains', () => {
    const pb = conditionPb(
      filters.or([
        filters.and([filters.in('S', ['a', 'b'], false), filters.isNotNull('T')]),
        filters.contains('S', 'x', true),
        filters.matches('S', '^a'),
      ]),
    ).toObject();
    expect(pb.or?.filtersList).toHaveLength(3);
    expect(pb.or?.filtersList[0]?.and?.filtersList[0]?.pb_in?.caseSensitivity).toBe(1);
    expect(pb.or?.filtersList[0]?.and?.filtersList[1]?.not?.filter?.isNull?.reference?.columnName).toBe('T');
    expect(pb.or?.filtersList[1]?.contains?.matchType).toBe(1);
  });

  it('refuse bad input with InvalidArgument', () => {
    expect(code(() => filters.eq('', 1))).toBe(Code.InvalidArgument);
    expect(code(() => filters.eq('A', Number.NaN))).toBe(Code.InvalidArgument);
    expect(code(() => filters.in('A', []))).toBe(Code.InvalidArgument);
    expect(code(() => filters.and([]))).toBe(Code.InvalidArgument);
    expect(code(() => operations.where([filters.eq('A', 1), 'B > 2']))).toBe(Code.InvalidArgument);
  });
});

describe('agg', () => {
  it('describes column aggregations with pydeephaven defaults', () => {
    expect(agg.median('M = D')).toEqual({ kind: 'columns', spec: { kind: 'median', averageEvenlyDivided: true }, columns: ['M = D'] });
    expect(agg.pct(0.25, 'P = D')).toMatchObject({ spec: { kind: 'pct', percentile: 0.25, averageEvenlyDivided: false } });
    expect(agg.partition('P')).toEqual({ kind: 'partition', column: 'P', includeByColumns: true });
    expect(aggregationPb(agg.weightedAvg('W', ['A'])).toObject().columns?.spec?.weightedAvg?.weightColumn).toBe('W');
    expect(aggregationPb(agg.formula('X = sum(A)')).toObject().formula?.selectable?.raw).toBe('X = sum(A)');
    expect(aggregationPb(agg.unique('U = A', false, 7)).toObject().columns?.spec?.unique?.nonUniqueSentinel?.longValue).toBe('7');
  });

  it('refuses bad input', () => {
    expect(code(() => agg.pct(2))).toBe(Code.InvalidArgument);
    expect(code(() => agg.count(''))).toBe(Code.InvalidArgument);
    expect(code(() => agg.formula('f', undefined, ['A']))).toBe(Code.InvalidArgument);
    expect(code(() => operations.aggBy([agg.sum()], 'K'))).toBe(Code.InvalidArgument);
    expect(code(() => operations.aggAllBy(agg.count('N'), 'K'))).toBe(Code.InvalidArgument);
  });
});

describe('updateBy', () => {
  it('describes windows in ticks and time', () => {
    const pb = updateByOperationPb(updateBy.rollingSumTime('T', 'S = A', 'PT5s', 1_000n)).toObject();
    const spec = pb.column?.spec?.rollingSum;
    expect(spec?.reverseWindowScale?.time).toMatchObject({ column: 'T', durationString: 'PT5s' });
    expect(spec?.forwardWindowScale?.time).toMatchObject({ column: 'T', nanos: '1000' });
    expect(updateByOperationPb(updateBy.emaTick(10, 'E = A')).toObject().column?.spec?.ema?.windowScale?.ticks?.ticks).toBe(10);
    expect(updateByOperationPb(updateBy.delta('D = A')).toObject().column?.spec?.delta?.options?.nullBehavior).toBe(1);
    const em = updateByOperationPb(updateBy.emstdTick(3, 'S = A', { bigValueContext: 'decimal64' })).toObject().column?.spec?.emStd
      ?.options;
    expect(em).toMatchObject({ onNullValue: 3, onNanValue: 3, bigValueContext: { precision: 16, roundingMode: 7 } });
  });

  it('refuses bad input', () => {
    expect(code(() => updateBy.rollingSumTime('T', 'A', 1.5))).toBe(Code.InvalidArgument);
    expect(code(() => updateBy.delta('A', 'sometimes' as never))).toBe(Code.InvalidArgument);
    expect(code(() => updateBy.emaTick(Number.POSITIVE_INFINITY, 'A'))).toBe(Code.InvalidArgument);
    expect(code(() => operations.updateBy([], undefined))).toBe(Code.InvalidArgument);
  });
});
