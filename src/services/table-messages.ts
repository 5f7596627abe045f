/**
 * @internal Protobuf messages for aggregations, update_by operations and structured filters, from the plain
 * descriptions in `table-operations.ts`.
 */
import { AggSpec as AggSpecPb, Aggregation as AggregationPb } from '../generated/deephaven_core/proto/table_aggregate_pb.js';
import {
  AndCondition,
  CaseSensitivity,
  CompareCondition,
  Condition,
  ContainsCondition,
  InCondition,
  IsNullCondition,
  Literal,
  MatchType,
  MatchesCondition,
  NullValue,
  NotCondition,
  OrCondition,
  Reference,
  Value,
} from '../generated/deephaven_core/proto/table_filter_pb.js';
import { Selectable } from '../generated/deephaven_core/proto/table_ops_pb.js';
import {
  BadDataBehavior as BadDataBehaviorPb,
  MathContext as MathContextPb,
  UpdateByDeltaOptions,
  UpdateByEmOptions,
  UpdateByNullBehavior,
  UpdateByRequest,
  UpdateByWindowScale,
} from '../generated/deephaven_core/proto/table_update_by_pb.js';
import { Code, DeephavenError } from '../errors.js';
import type {
  AggSpec,
  Aggregation,
  BadDataBehavior,
  CompareOperator,
  DeltaControl,
  Filter,
  FilterValue,
  MathContext,
  OperationControl,
  UpdateByOperation,
  UpdateByWindow,
} from './table-operations.js';

const Spec = AggSpecPb;

/**
 * @internal The end of every switch over a description union: a kind added to the union without a case fails to
 * compile (and, should one arrive at run time anyway, fails loudly instead of sending an empty message).
 */
export function unhandled(value: never, what: string): never {
  throw new DeephavenError(Code.Internal, `no ${what} message for ${JSON.stringify((value as { kind?: unknown }).kind)}`);
}
const UbSpec = UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec;

/** The server's `AggSpec` of a description. */
export function aggSpecPb(spec: AggSpec): AggSpecPb {
  const pb = new AggSpecPb();
  switch (spec.kind) {
    case 'sum':
      pb.setSum(new Spec.AggSpecSum());
      break;
    case 'absSum':
      pb.setAbsSum(new Spec.AggSpecAbsSum());
      break;
    case 'group':
      pb.setGroup(new Spec.AggSpecGroup());
      break;
    case 'avg':
      pb.setAvg(new Spec.AggSpecAvg());
      break;
    case 'first':
      pb.setFirst(new Spec.AggSpecFirst());
      break;
    case 'last':
      pb.setLast(new Spec.AggSpecLast());
      break;
    case 'min':
      pb.setMin(new Spec.AggSpecMin());
      break;
    case 'max':
      pb.setMax(new Spec.AggSpecMax());
      break;
    case 'std':
      pb.setStd(new Spec.AggSpecStd());
      break;
    case 'var':
      pb.setVar(new Spec.AggSpecVar());
      break;
    case 'countDistinct': {
      const s = new Spec.AggSpecCountDistinct();
      s.setCountNulls(spec.countNulls);
      pb.setCountDistinct(s);
      break;
    }
    case 'distinct': {
      const s = new Spec.AggSpecDistinct();
      s.setIncludeNulls(spec.includeNulls);
      pb.setDistinct(s);
      break;
    }
    case 'median': {
      const s = new Spec.AggSpecMedian();
      s.setAverageEvenlyDivided(spec.averageEvenlyDivided);
      pb.setMedian(s);
      break;
    }
    case 'pct': {
      const s = new Spec.AggSpecPercentile();
      s.setPercentile(spec.percentile);
      s.setAverageEvenlyDivided(spec.averageEvenlyDivided);
      pb.setPercentile(s);
      break;
    }
    case 'sortedFirst':
    case 'sortedLast': {
      const column = new Spec.AggSpecSortedColumn();
      column.setColumnName(spec.orderBy);
      const s = new Spec.AggSpecSorted();
      s.setColumnsList([column]);
      if (spec.kind === 'sortedFirst') pb.setSortedFirst(s);
      else pb.setSortedLast(s);
      break;
    }
    case 'unique': {
      const s = new Spec.AggSpecUnique();
      s.setIncludeNulls(spec.includeNulls);
      s.setNonUniqueSentinel(sentinelPb(spec.nonUniqueSentinel));
      pb.setUnique(s);
      break;
    }
    case 'weightedAvg':
    case 'weightedSum': {
      const s = new Spec.AggSpecWeighted();
      s.setWeightColumn(spec.weightColumn);
      if (spec.kind === 'weightedAvg') pb.setWeightedAvg(s);
      else pb.setWeightedSum(s);
      break;
    }
    case 'formula': {
      const s = new Spec.AggSpecFormula();
      s.setFormula(spec.formula);
      s.setParamToken(spec.paramToken);
      pb.setFormula(s);
      break;
    }
    default:
      return unhandled(spec, 'aggregation spec');
  }
  return pb;
}

function sentinelPb(value: string | number | bigint | boolean | null): AggSpecPb.AggSpecNonUniqueSentinel {
  const pb = new Spec.AggSpecNonUniqueSentinel();
  if (value === null) pb.setNullValue(NullValue.NULL_VALUE);
  else if (typeof value === 'string') pb.setStringValue(value);
  else if (typeof value === 'boolean') pb.setBoolValue(value);
  else if (typeof value === 'bigint') pb.setLongValue(String(value));
  else if (Number.isInteger(value)) pb.setLongValue(String(value));
  else pb.setDoubleValue(value);
  return pb;
}

/** The server's `Aggregation` of a description. */
export function aggregationPb(agg: Aggregation): AggregationPb {
  const pb = new AggregationPb();
  switch (agg.kind) {
    case 'columns': {
      const c = new AggregationPb.AggregationColumns();
      c.setSpec(aggSpecPb(agg.spec));
      c.setMatchPairsList([...agg.columns]);
      pb.setColumns(c);
      break;
    }
    case 'count': {
      const c = new AggregationPb.AggregationCount();
      c.setColumnName(agg.column);
      pb.setCount(c);
      break;
    }
    case 'countWhere': {
      const c = new AggregationPb.AggregationCountWhere();
      c.setColumnName(agg.column);
      c.setFiltersList([...agg.filters]);
      pb.setCountWhere(c);
      break;
    }
    case 'formula': {
      const selectable = new Selectable();
      selectable.setRaw(agg.formula);
      const c = new AggregationPb.AggregationFormula();
      c.setSelectable(selectable);
      pb.setFormula(c);
      break;
    }
    case 'partition': {
      const c = new AggregationPb.AggregationPartition();
      c.setColumnName(agg.column);
      c.setIncludeGroupByColumns(agg.includeByColumns);
      pb.setPartition(c);
      break;
    }
    default:
      return unhandled(agg, 'aggregation');
  }
  return pb;
}

const BAD_DATA = {
  throw: BadDataBehaviorPb.THROW,
  reset: BadDataBehaviorPb.RESET,
  skip: BadDataBehaviorPb.SKIP,
  poison: BadDataBehaviorPb.POISON,
} as const satisfies Record<BadDataBehavior, number>;
const DELTA = {
  nullDominates: UpdateByNullBehavior.NULL_DOMINATES,
  valueDominates: UpdateByNullBehavior.VALUE_DOMINATES,
  zeroDominates: UpdateByNullBehavior.ZERO_DOMINATES,
} as const satisfies Record<DeltaControl, number>;
const { HALF_UP, HALF_EVEN } = MathContextPb.RoundingMode;
/** Precision and rounding mode of each math context, as java.math.MathContext has them. */
const MATH = {
  unlimited: [0, HALF_UP],
  decimal32: [7, HALF_EVEN],
  decimal64: [16, HALF_EVEN],
  decimal128: [34, HALF_EVEN],
} as const satisfies Record<MathContext, readonly [number, number]>;

function windowPb(window: UpdateByWindow): UpdateByWindowScale {
  const pb = new UpdateByWindowScale();
  if ('ticks' in window) {
    const t = new UpdateByWindowScale.UpdateByWindowTicks();
    t.setTicks(window.ticks);
    pb.setTicks(t);
  } else {
    const t = new UpdateByWindowScale.UpdateByWindowTime();
    t.setColumn(window.timeColumn);
    if (typeof window.time === 'string') t.setDurationString(window.time);
    else t.setNanos(String(window.time));
    pb.setTime(t);
  }
  return pb;
}

function emOptionsPb(control: OperationControl | undefined): UpdateByEmOptions | undefined {
  if (control === undefined) return undefined;
  const pb = new UpdateByEmOptions();
  pb.setOnNullValue(BAD_DATA[control.onNull ?? 'skip']);
  pb.setOnNanValue(BAD_DATA[control.onNan ?? 'skip']);
  const [precision, rounding] = MATH[control.bigValueContext ?? 'decimal128'];
  const math = new MathContextPb();
  math.setPrecision(precision);
  math.setRoundingMode(rounding);
  pb.setBigValueContext(math);
  return pb;
}

interface Windowed {
  setReverseWindowScale(w: UpdateByWindowScale): void;
  setForwardWindowScale(w: UpdateByWindowScale): void;
}

function windowed<T extends Windowed>(pb: T, spec: { reverse: UpdateByWindow; forward: UpdateByWindow }): T {
  pb.setReverseWindowScale(windowPb(spec.reverse));
  pb.setForwardWindowScale(windowPb(spec.forward));
  return pb;
}

interface Em {
  setOptions(o?: UpdateByEmOptions): void;
  setWindowScale(w: UpdateByWindowScale): void;
}

function em<T extends Em>(pb: T, spec: { window: UpdateByWindow; control: OperationControl | undefined }): T {
  const options = emOptionsPb(spec.control);
  if (options !== undefined) pb.setOptions(options);
  pb.setWindowScale(windowPb(spec.window));
  return pb;
}

// One switch over every update_by kind reads best as a table of cases.
function updateBySpecPb(op: UpdateByOperation): InstanceType<typeof UbSpec> {
  const pb = new UbSpec();
  const s = op.spec;
  switch (s.kind) {
    case 'cumSum':
      pb.setSum(new UbSpec.UpdateByCumulativeSum());
      break;
    case 'cumProd':
      pb.setProduct(new UbSpec.UpdateByCumulativeProduct());
      break;
    case 'cumMin':
      pb.setMin(new UbSpec.UpdateByCumulativeMin());
      break;
    case 'cumMax':
      pb.setMax(new UbSpec.UpdateByCumulativeMax());
      break;
    case 'forwardFill':
      pb.setFill(new UbSpec.UpdateByFill());
      break;
    case 'cumCountWhere': {
      const c = new UbSpec.UpdateByCumulativeCountWhere();
      c.setResultColumn(s.resultColumn);
      c.setFiltersList([...s.filters]);
      pb.setCountWhere(c);
      break;
    }
    case 'delta': {
      const options = new UpdateByDeltaOptions();
      options.setNullBehavior(DELTA[s.control]);
      const d = new UbSpec.UpdateByDelta();
      d.setOptions(options);
      pb.setDelta(d);
      break;
    }
    case 'ema':
      pb.setEma(em(new UbSpec.UpdateByEma(), s));
      break;
    case 'ems':
      pb.setEms(em(new UbSpec.UpdateByEms(), s));
      break;
    case 'emMin':
      pb.setEmMin(em(new UbSpec.UpdateByEmMin(), s));
      break;
    case 'emMax':
      pb.setEmMax(em(new UbSpec.UpdateByEmMax(), s));
      break;
    case 'emStd':
      pb.setEmStd(em(new UbSpec.UpdateByEmStd(), s));
      break;
    case 'rollingSum':
      pb.setRollingSum(windowed(new UbSpec.UpdateByRollingSum(), s));
      break;
    case 'rollingGroup':
      pb.setRollingGroup(windowed(new UbSpec.UpdateByRollingGroup(), s));
      break;
    case 'rollingAvg':
      pb.setRollingAvg(windowed(new UbSpec.UpdateByRollingAvg(), s));
      break;
    case 'rollingMin':
      pb.setRollingMin(windowed(new UbSpec.UpdateByRollingMin(), s));
      break;
    case 'rollingMax':
      pb.setRollingMax(windowed(new UbSpec.UpdateByRollingMax(), s));
      break;
    case 'rollingProduct':
      pb.setRollingProduct(windowed(new UbSpec.UpdateByRollingProduct(), s));
      break;
    case 'rollingCount':
      pb.setRollingCount(windowed(new UbSpec.UpdateByRollingCount(), s));
      break;
    case 'rollingStd':
      pb.setRollingStd(windowed(new UbSpec.UpdateByRollingStd(), s));
      break;
    case 'rollingWAvg': {
      const r = windowed(new UbSpec.UpdateByRollingWAvg(), s);
      r.setWeightColumn(s.weightColumn);
      pb.setRollingWavg(r);
      break;
    }
    case 'rollingFormula': {
      const r = windowed(new UbSpec.UpdateByRollingFormula(), s);
      r.setFormula(s.formula);
      r.setParamToken(s.paramToken);
      pb.setRollingFormula(r);
      break;
    }
    case 'rollingCountWhere': {
      const r = windowed(new UbSpec.UpdateByRollingCountWhere(), s);
      r.setResultColumn(s.resultColumn);
      r.setFiltersList([...s.filters]);
      pb.setRollingCountWhere(r);
      break;
    }
    default:
      return unhandled(s, 'update_by');
  }
  return pb;
}

/** The server's `UpdateByOperation` of a description. */
export function updateByOperationPb(op: UpdateByOperation): UpdateByRequest.UpdateByOperation {
  const column = new UpdateByRequest.UpdateByOperation.UpdateByColumn();
  column.setSpec(updateBySpecPb(op));
  column.setMatchPairsList([...op.columns]);
  const pb = new UpdateByRequest.UpdateByOperation();
  pb.setColumn(column);
  return pb;
}

const OP = CompareCondition.CompareOperation;
const COMPARE = {
  lt: OP.LESS_THAN,
  le: OP.LESS_THAN_OR_EQUAL,
  gt: OP.GREATER_THAN,
  ge: OP.GREATER_THAN_OR_EQUAL,
  eq: OP.EQUALS,
  ne: OP.NOT_EQUALS,
} as const satisfies Record<CompareOperator, number>;

function referencePb(column: string): Reference {
  const pb = new Reference();
  pb.setColumnName(column);
  return pb;
}

function valuePb(v: FilterValue): Value {
  const pb = new Value();
  if (v.kind === 'column') {
    pb.setReference(referencePb(v.name));
    return pb;
  }
  pb.setLiteral(literalPb(v));
  return pb;
}

/** @internal A typed literal (filters, seeks): values travel as data, never as formula text. */
export function literalPb(v: Exclude<FilterValue, { kind: 'column' }>): Literal {
  const literal = new Literal();
  if (v.kind === 'string') literal.setStringValue(v.value);
  else if (v.kind === 'double') literal.setDoubleValue(v.value);
  else if (v.kind === 'long') literal.setLongValue(String(v.value));
  else if (v.kind === 'bool') literal.setBoolValue(v.value);
  else literal.setNanoTimeValue(String(v.nanos));
  return literal;
}

const caseOf = (sensitive: boolean) => (sensitive ? CaseSensitivity.MATCH_CASE : CaseSensitivity.IGNORE_CASE);
const matchOf = (invert: boolean) => (invert ? MatchType.INVERTED : MatchType.REGULAR);

/** The server's `Condition` of a structured filter: values travel as typed literals, never as formula text. */
export function conditionPb(filter: Filter): Condition {
  const pb = new Condition();
  switch (filter.kind) {
    case 'compare': {
      const c = new CompareCondition();
      c.setOperation(COMPARE[filter.op]);
      c.setCaseSensitivity(caseOf(filter.caseSensitive));
      c.setLhs(valuePb(filter.lhs));
      c.setRhs(valuePb(filter.rhs));
      pb.setCompare(c);
      break;
    }
    case 'in': {
      const c = new InCondition();
      c.setTarget(valuePb({ kind: 'column', name: filter.column }));
      c.setCandidatesList(filter.values.map(valuePb));
      c.setCaseSensitivity(caseOf(filter.caseSensitive));
      pb.setIn(c);
      break;
    }
    case 'and': {
      const c = new AndCondition();
      c.setFiltersList(filter.filters.map(conditionPb));
      pb.setAnd(c);
      break;
    }
    case 'or': {
      const c = new OrCondition();
      c.setFiltersList(filter.filters.map(conditionPb));
      pb.setOr(c);
      break;
    }
    case 'not': {
      const c = new NotCondition();
      c.setFilter(conditionPb(filter.filter));
      pb.setNot(c);
      break;
    }
    case 'isNull': {
      const c = new IsNullCondition();
      c.setReference(referencePb(filter.column));
      pb.setIsNull(c);
      break;
    }
    case 'matches': {
      const c = new MatchesCondition();
      c.setReference(referencePb(filter.column));
      c.setRegex(filter.text);
      c.setMatchType(matchOf(filter.invert));
      c.setCaseSensitivity(caseOf(filter.caseSensitive));
      pb.setMatches(c);
      break;
    }
    case 'contains': {
      const c = new ContainsCondition();
      c.setReference(referencePb(filter.column));
      c.setSearchString(filter.text);
      c.setMatchType(matchOf(filter.invert));
      c.setCaseSensitivity(caseOf(filter.caseSensitive));
      pb.setContains(c);
      break;
    }
    default:
      return unhandled(filter, 'filter');
  }
  return pb;
}
