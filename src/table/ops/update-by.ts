/**
 * Operations for {@link Table.updateBy} (pydeephaven's `updateby` module, same argument order and defaults):
 * cumulative, delta, exponential moving (`em*`) and rolling-window operations. `cols` name the columns, each
 * optionally renamed (`'Total = Size'`). Tick windows count rows; time windows are nanoseconds or duration strings
 * (`'PT5M'`) over a timestamp column.
 */
import type {
  DeltaControl,
  EmKind,
  OperationControl,
  RollingKind,
  UpdateByOperation,
  UpdateByWindow,
} from '../../services/table-operations.js';
import { finite, name, names, oneOf, span } from './args.js';

/** The columns an update_by operation computes, `'Out = In'` or `'In'`: one string or an array. */
export type Cols = string | readonly string[];
/** A window: a count of rows (ticks), nanoseconds as a bigint, or an ISO-8601 duration such as `'PT5s'`. */
export type Span = number | bigint | string;

const cols = (c: unknown, op: string): string[] => names(c, `updateBy.${op}`, 'columns', { emptyOk: true });
const ticks = (t: unknown, op: string, what: string): UpdateByWindow => ({ ticks: finite(t, `updateBy.${op}`, what) });
const time = (tsCol: string, t: unknown, op: string, what: string): UpdateByWindow => ({
  timeColumn: name(tsCol, `updateBy.${op}`, 'a timestamp column'),
  time: span(t, `updateBy.${op}`, what),
});

function control(c: OperationControl | undefined, op: string): OperationControl | undefined {
  if (c === undefined) return undefined;
  const behaviours = ['reset', 'skip', 'throw', 'poison'] as const;
  return {
    onNull: oneOf(c.onNull ?? 'skip', behaviours, `updateBy.${op}`, 'onNull'),
    onNan: oneOf(c.onNan ?? 'skip', behaviours, `updateBy.${op}`, 'onNan'),
    bigValueContext: oneOf(
      c.bigValueContext ?? 'decimal128',
      ['unlimited', 'decimal32', 'decimal64', 'decimal128'] as const,
      `updateBy.${op}`,
      'bigValueContext',
    ),
  };
}

const cumulative =
  (kind: 'cumSum' | 'cumProd' | 'cumMin' | 'cumMax' | 'forwardFill') =>
  (columns: Cols): UpdateByOperation => ({ spec: { kind }, columns: cols(columns, kind) });

function emTick(kind: EmKind, fn: string) {
  return (decayTicks: number, columns: Cols, opControl?: OperationControl): UpdateByOperation => ({
    spec: { kind, window: ticks(decayTicks, fn, 'decayTicks'), control: control(opControl, fn) },
    columns: cols(columns, fn),
  });
}

function emTime(kind: EmKind, fn: string) {
  return (tsCol: string, decayTime: Span, columns: Cols, opControl?: OperationControl): UpdateByOperation => ({
    spec: { kind, window: time(tsCol, decayTime, fn, 'decayTime'), control: control(opControl, fn) },
    columns: cols(columns, fn),
  });
}

function rollingTick(kind: RollingKind, fn: string) {
  return (columns: Cols, revTicks: number, fwdTicks = 0): UpdateByOperation => ({
    spec: { kind, reverse: ticks(revTicks, fn, 'revTicks'), forward: ticks(fwdTicks, fn, 'fwdTicks') },
    columns: cols(columns, fn),
  });
}

function rollingTime(kind: RollingKind, fn: string) {
  return (tsCol: string, columns: Cols, revTime: Span, fwdTime: Span = 0): UpdateByOperation => ({
    spec: { kind, reverse: time(tsCol, revTime, fn, 'revTime'), forward: time(tsCol, fwdTime, fn, 'fwdTime') },
    columns: cols(columns, fn),
  });
}

function countWhereColumn(col: string, fn: string): string {
  return name(col, `updateBy.${fn}`, 'a result column name');
}

/**
 * The update_by builders.
 *
 * @example
 * ```ts
 * import { updateBy } from 'deephaven-rx';
 * const running = await trades.updateBy([updateBy.cumSum('Volume = Size'), updateBy.rollingAvgTick('Avg10 = Price', 10)], 'Sym');
 * ```
 */
export const updateBy = {
  /** Running sum. */
  cumSum: cumulative('cumSum'),
  /** Running product. */
  cumProd: cumulative('cumProd'),
  /** Running minimum. */
  cumMin: cumulative('cumMin'),
  /** Running maximum. */
  cumMax: cumulative('cumMax'),
  /** Running count of rows that pass every filter, into a new column `col`. */
  cumCountWhere: (col: string, filters: string | readonly string[]): UpdateByOperation => ({
    spec: {
      kind: 'cumCountWhere',
      resultColumn: countWhereColumn(col, 'cumCountWhere'),
      filters: names(filters, 'updateBy.cumCountWhere', 'filters'),
    },
    columns: [],
  }),
  /** Replaces nulls with the last non-null value. */
  forwardFill: cumulative('forwardFill'),
  /** The difference from the previous row; `deltaControl` says how nulls count. */
  delta: (columns: Cols, deltaControl: DeltaControl = 'nullDominates'): UpdateByOperation => ({
    spec: {
      kind: 'delta',
      control: oneOf(deltaControl, ['nullDominates', 'valueDominates', 'zeroDominates'] as const, 'updateBy.delta', 'deltaControl'),
    },
    columns: cols(columns, 'delta'),
  }),
  /** Exponential moving average, decaying over rows. */
  emaTick: emTick('ema', 'emaTick'),
  /** Exponential moving average, decaying over time. */
  emaTime: emTime('ema', 'emaTime'),
  /** Exponential moving sum, decaying over rows. */
  emsTick: emTick('ems', 'emsTick'),
  /** Exponential moving sum, decaying over time. */
  emsTime: emTime('ems', 'emsTime'),
  /** Exponential moving minimum, decaying over rows. */
  emminTick: emTick('emMin', 'emminTick'),
  /** Exponential moving minimum, decaying over time. */
  emminTime: emTime('emMin', 'emminTime'),
  /** Exponential moving maximum, decaying over rows. */
  emmaxTick: emTick('emMax', 'emmaxTick'),
  /** Exponential moving maximum, decaying over time. */
  emmaxTime: emTime('emMax', 'emmaxTime'),
  /** Exponential moving standard deviation, decaying over rows. */
  emstdTick: emTick('emStd', 'emstdTick'),
  /** Exponential moving standard deviation, decaying over time. */
  emstdTime: emTime('emStd', 'emstdTime'),
  /** Rolling sum over a window of rows. */
  rollingSumTick: rollingTick('rollingSum', 'rollingSumTick'),
  /** Rolling sum over a window of time. */
  rollingSumTime: rollingTime('rollingSum', 'rollingSumTime'),
  /** The window's values as an array, over rows. */
  rollingGroupTick: rollingTick('rollingGroup', 'rollingGroupTick'),
  /** The window's values as an array, over time. */
  rollingGroupTime: rollingTime('rollingGroup', 'rollingGroupTime'),
  /** Rolling mean over rows. */
  rollingAvgTick: rollingTick('rollingAvg', 'rollingAvgTick'),
  /** Rolling mean over time. */
  rollingAvgTime: rollingTime('rollingAvg', 'rollingAvgTime'),
  /** Rolling minimum over rows. */
  rollingMinTick: rollingTick('rollingMin', 'rollingMinTick'),
  /** Rolling minimum over time. */
  rollingMinTime: rollingTime('rollingMin', 'rollingMinTime'),
  /** Rolling maximum over rows. */
  rollingMaxTick: rollingTick('rollingMax', 'rollingMaxTick'),
  /** Rolling maximum over time. */
  rollingMaxTime: rollingTime('rollingMax', 'rollingMaxTime'),
  /** Rolling product over rows. */
  rollingProdTick: rollingTick('rollingProduct', 'rollingProdTick'),
  /** Rolling product over time. */
  rollingProdTime: rollingTime('rollingProduct', 'rollingProdTime'),
  /** Rolling count of non-null values over rows. */
  rollingCountTick: rollingTick('rollingCount', 'rollingCountTick'),
  /** Rolling count of non-null values over time. */
  rollingCountTime: rollingTime('rollingCount', 'rollingCountTime'),
  /** Rolling sample standard deviation over rows. */
  rollingStdTick: rollingTick('rollingStd', 'rollingStdTick'),
  /** Rolling sample standard deviation over time. */
  rollingStdTime: rollingTime('rollingStd', 'rollingStdTime'),
  /** Rolling mean weighted by `wcol`, over rows. */
  rollingWavgTick: (wcol: string, columns: Cols, revTicks: number, fwdTicks = 0): UpdateByOperation => ({
    spec: {
      kind: 'rollingWAvg',
      weightColumn: name(wcol, 'updateBy.rollingWavgTick', 'a weight column'),
      reverse: ticks(revTicks, 'rollingWavgTick', 'revTicks'),
      forward: ticks(fwdTicks, 'rollingWavgTick', 'fwdTicks'),
    },
    columns: cols(columns, 'rollingWavgTick'),
  }),
  /** Rolling mean weighted by `wcol`, over time. */
  rollingWavgTime: (tsCol: string, wcol: string, columns: Cols, revTime: Span, fwdTime: Span = 0): UpdateByOperation => ({
    spec: {
      kind: 'rollingWAvg',
      weightColumn: name(wcol, 'updateBy.rollingWavgTime', 'a weight column'),
      reverse: time(tsCol, revTime, 'rollingWavgTime', 'revTime'),
      forward: time(tsCol, fwdTime, 'rollingWavgTime', 'fwdTime'),
    },
    columns: cols(columns, 'rollingWavgTime'),
  }),
  /** A formula over each window of rows; `formulaParam` stands for the window's values (`'sum(x)'`, `'x'`). */
  rollingFormulaTick: (formula: string, formulaParam: string, columns: Cols, revTicks: number, fwdTicks = 0): UpdateByOperation => ({
    spec: {
      kind: 'rollingFormula',
      formula: name(formula, 'updateBy.rollingFormulaTick', 'a formula'),
      paramToken: name(formulaParam, 'updateBy.rollingFormulaTick', 'formulaParam'),
      reverse: ticks(revTicks, 'rollingFormulaTick', 'revTicks'),
      forward: ticks(fwdTicks, 'rollingFormulaTick', 'fwdTicks'),
    },
    columns: cols(columns, 'rollingFormulaTick'),
  }),
  /** A formula over each window of time. */
  rollingFormulaTime: (
    tsCol: string,
    formula: string,
    formulaParam: string,
    columns: Cols,
    revTime: Span,
    fwdTime: Span = 0,
  ): UpdateByOperation => ({
    spec: {
      kind: 'rollingFormula',
      formula: name(formula, 'updateBy.rollingFormulaTime', 'a formula'),
      paramToken: name(formulaParam, 'updateBy.rollingFormulaTime', 'formulaParam'),
      reverse: time(tsCol, revTime, 'rollingFormulaTime', 'revTime'),
      forward: time(tsCol, fwdTime, 'rollingFormulaTime', 'fwdTime'),
    },
    columns: cols(columns, 'rollingFormulaTime'),
  }),
  /** The count of rows in each window of rows that pass every filter, into a new column `col`. */
  rollingCountWhereTick: (col: string, filters: string | readonly string[], revTicks: number, fwdTicks = 0): UpdateByOperation => ({
    spec: {
      kind: 'rollingCountWhere',
      resultColumn: countWhereColumn(col, 'rollingCountWhereTick'),
      filters: names(filters, 'updateBy.rollingCountWhereTick', 'filters'),
      reverse: ticks(revTicks, 'rollingCountWhereTick', 'revTicks'),
      forward: ticks(fwdTicks, 'rollingCountWhereTick', 'fwdTicks'),
    },
    columns: [],
  }),
  /** The count of rows in each window of time that pass every filter, into a new column `col`. */
  rollingCountWhereTime: (
    tsCol: string,
    col: string,
    filters: string | readonly string[],
    revTime: Span,
    fwdTime: Span = 0,
  ): UpdateByOperation => ({
    spec: {
      kind: 'rollingCountWhere',
      resultColumn: countWhereColumn(col, 'rollingCountWhereTime'),
      filters: names(filters, 'updateBy.rollingCountWhereTime', 'filters'),
      reverse: time(tsCol, revTime, 'rollingCountWhereTime', 'revTime'),
      forward: time(tsCol, fwdTime, 'rollingCountWhereTime', 'fwdTime'),
    },
    columns: [],
  }),
};
