// Scenarios of issue 13's table operations, with pydeephaven's spelling of each beside ours so that the tests can
// ask pydeephaven for the same result and compare digests. The same code runs in Node (integration layer) and in
// Chromium (through the harness page); each returns plain JSON.
import { type Data, type Table as ArrowTable, type Vector, tableFromIPC, tableToIPC } from 'apache-arrow';
import { Code, DeephavenError, Session, SharedTicket, Table, agg, filters, updateBy } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { allTypesScript, digest, type TableDigest } from './digest.js';
import { hex, unhex } from './hex.js';

export type { Target };

/** The global variables the cases read: `t` (every column type with nulls), `nv` (numeric view), `r`, … */
export interface Sources {
  readonly t: string;
  readonly nv: string;
  readonly r: string;
  readonly ra: string;
  readonly f: string;
  readonly trig: string;
}

let keeper: Session | undefined;

/**
 * Makes the source tables once per server (static, and with `ticking` refreshing copies behind append-only input
 * tables, which tick but hold still once filled): the names of their global variables.
 */
export async function setupSources(target: Target, rows = 200): Promise<{ static: Sources; ticking: Sources }> {
  const s = await connect(target);
  try {
    const p = `ops_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(`${allTypesScript(`${p}_t0`, rows)}
from deephaven import empty_table, input_table
${p}_t = ${p}_t0.update(["K = i % 5", "Sym = i % 11 == 3 ? null : \`s\` + (i % 4)", "Quote = i % 13 == 0 ? \`O'Neil\\" || true\` : \`x\` + i"])
${p}_nv = ${p}_t.view(["K", "By", "Sh", "I", "L", "F", "D", "T"])
${p}_r = empty_table(4).update(["K = i", "RV = \`r\` + i", "RD = i * 1.5"])
${p}_ra = empty_table(40).update(["K = i % 5", "RI = i * 15", "RV = i * 10"])
${p}_f = empty_table(2).update(["K = i * 2"])
${p}_trig = empty_table(1).update(["Stamp = 7"])
${['t', 'nv', 'r', 'ra', 'f', 'trig'].map((n) => `${p}_${n}_tick = input_table(init_table=${p}_${n})`).join('\n')}
`);
    const names = (suffix: string): Sources => ({
      t: `${p}_t${suffix}`,
      nv: `${p}_nv${suffix}`,
      r: `${p}_r${suffix}`,
      ra: `${p}_ra${suffix}`,
      f: `${p}_f${suffix}`,
      trig: `${p}_trig${suffix}`,
    });
    return { static: names(''), ticking: names('_tick') };
  } finally {
    await s.close();
  }
}

type Tables = { -readonly [K in keyof Sources]: Table } & { session: Session };

/** One operation: ours, and pydeephaven's Python spelling of the same over the same variables. */
export interface OpCase {
  readonly name: string;
  readonly rx: (x: Tables) => Promise<Table>;
  readonly py: string;
}

const U = updateBy;
const Q = `O'Neil" || true`;

/** Every case, by name. */
export const CASES: readonly OpCase[] = [
  { name: 'update', rx: (x) => x.t.update(['X = I * 2', 'Y = S + `x`']), py: 't.update(["X = I * 2", "Y = S + `x`"])' },
  { name: 'lazyUpdate', rx: (x) => x.t.lazyUpdate('X = sqrt(D)'), py: 't.lazy_update("X = sqrt(D)")' },
  { name: 'view', rx: (x) => x.t.view(['I', 'Z = L + 1']), py: 't.view(["I", "Z = L + 1"])' },
  { name: 'updateView', rx: (x) => x.t.updateView('W = I * I'), py: 't.update_view("W = I * I")' },
  { name: 'select', rx: (x) => x.t.select(), py: 't.select()' },
  { name: 'selectDistinct', rx: (x) => x.t.selectDistinct(['K', 'Sym']), py: 't.select_distinct(["K", "Sym"])' },
  { name: 'dropColumns', rx: (x) => x.t.dropColumns(['BA', 'IA']), py: 't.drop_columns(["BA", "IA"])' },
  { name: 'where (formula)', rx: (x) => x.t.where(['I > 100', 'K != 2']), py: 't.where(["I > 100", "K != 2"])' },
  { name: 'where eq', rx: (x) => x.t.where(filters.eq('Sym', 's1')), py: 't.where(filters.eq(ColumnName("Sym"), "s1"))' },
  {
    name: 'where injection-proof',
    rx: (x) => x.t.where(filters.eq('Quote', Q)),
    py: `t.where(filters.eq(ColumnName("Quote"), ${JSON.stringify(Q)}))`,
  },
  {
    name: 'where compare family',
    rx: (x) =>
      x.t.where([filters.gt('D', 3.5), filters.le('I', 450), filters.ne('K', 1), filters.lt('L', 500_000_000_000n), filters.ge('F', 2)]),
    py: 't.where([filters.gt(ColumnName("D"), 3.5), filters.le(ColumnName("I"), 450), filters.ne(ColumnName("K"), 1), filters.lt(ColumnName("L"), 500000000000), filters.ge(ColumnName("F"), 2)])',
  },
  {
    name: 'where in/or/not/null',
    rx: (x) =>
      x.t.where(filters.or([filters.in('Sym', ['s0', 's2']), filters.and([filters.isNull('S'), filters.not(filters.eq('K', 3))])])),
    py: 't.where(filters.or_([filters.in_("Sym", ["s0", "s2"]), filters.and_([filters.is_null("S"), filters.not_(filters.eq(ColumnName("K"), 3))])]))',
  },
  { name: 'where isNotNull', rx: (x) => x.t.where(filters.isNotNull('T')), py: 't.where(filters.is_not_null("T"))' },
  {
    name: 'where matches/contains',
    rx: (x) => x.t.where([filters.matches('S', 's1.*'), filters.contains('Sym', 'S2', true, false)]),
    py: 't.where([filters.matches("S", "s1.*"), filters.contains("Sym", "S2", invert=True, case_sensitive=False)])',
  },
  {
    name: 'sort',
    rx: (x) => x.t.sort(['K', 'I'], ['asc', 'desc']),
    py: 't.sort(["K", "I"], [SortDirection.ASCENDING, SortDirection.DESCENDING])',
  },
  {
    name: 'sortDescending (documented: every column)',
    rx: (x) => x.t.sortDescending(['K', 'I']),
    py: 't.sort(["K", "I"], [SortDirection.DESCENDING, SortDirection.DESCENDING])',
  },
  { name: 'head', rx: (x) => x.t.head(7), py: 't.head(7)' },
  { name: 'tail', rx: (x) => x.t.tail(7), py: 't.tail(7)' },
  { name: 'slice', rx: (x) => x.t.slice(5, 20), py: 't.slice(5, 20)' },
  { name: 'slice (negative)', rx: (x) => x.t.slice(-10, -2), py: 't.slice(-10, -2)' },
  { name: 'headBy', rx: (x) => x.t.headBy(2, 'K'), py: 't.head_by(2, "K")' },
  { name: 'tailBy', rx: (x) => x.t.tailBy(2, ['K', 'Sym']), py: 't.tail_by(2, ["K", "Sym"])' },
  { name: 'naturalJoin', rx: (x) => x.t.naturalJoin(x.r, 'K', ['RV', 'RD']), py: 't.natural_join(r, on="K", joins=["RV", "RD"])' },
  {
    name: 'naturalJoin lastMatch',
    rx: (x) => x.t.naturalJoin(x.ra, 'K', 'RV', 'lastMatch'),
    py: 't.natural_join(ra, on="K", joins="RV", type=NaturalJoinType.LAST_MATCH)',
  },
  { name: 'exactJoin', rx: async (x) => (await x.nv.where('K < 4')).exactJoin(x.r, 'K'), py: 'nv.where("K < 4").exact_join(r, on="K")' },
  { name: 'join (cross)', rx: (x) => x.nv.join(x.r, 'K', 'RV'), py: 'nv.join(r, on="K", joins="RV")' },
  { name: 'join (cartesian)', rx: (x) => x.r.join(x.f, [], 'K2 = K'), py: 'r.join(f, joins="K2 = K")' },
  { name: 'aj', rx: (x) => x.nv.aj(x.ra, ['K', 'I >= RI'], 'RV'), py: 'nv.aj(ra, on=["K", "I >= RI"], joins="RV")' },
  { name: 'raj', rx: (x) => x.nv.raj(x.ra, ['K', 'I <= RI'], ['RV', 'RI']), py: 'nv.raj(ra, on=["K", "I <= RI"], joins=["RV", "RI"])' },
  { name: 'whereIn', rx: (x) => x.t.whereIn(x.f, 'K'), py: 't.where_in(f, "K")' },
  { name: 'whereNotIn', rx: (x) => x.t.whereNotIn(x.f, 'K'), py: 't.where_not_in(f, "K")' },
  {
    name: 'aggBy (every column aggregation)',
    rx: (x) =>
      x.t.aggBy(
        [
          agg.sum('SumI = I'),
          agg.absSum('AbsI = I'),
          agg.avg('AvgD = D'),
          agg.count('N'),
          agg.countWhere('CW', 'I > 50'),
          agg.countDistinct('CD = By'),
          agg.countDistinct('CDN = By', true),
          agg.distinct('DB = By'),
          agg.first('FS = S'),
          agg.last('LS = S'),
          agg.min('MinF = F'),
          agg.max('MaxF = F'),
          agg.median('MedD = D'),
          agg.pct(0.9, 'P90 = D'),
          agg.sortedFirst('I', 'SF = S'),
          agg.sortedLast('I', 'SL = S'),
          agg.std('StdD = D'),
          agg.var('VarD = D'),
          agg.unique('U = By'),
          agg.unique('U2 = Sh', false, 99),
          agg.weightedAvg('L', 'WA = D'),
          agg.weightedSum('L', 'WS = D'),
          agg.formula('FM = sum(I)'),
          agg.formula('max(each)', 'each', ['FX = L']),
          agg.group('GI = I'),
        ],
        'K',
      ),
    py: `t.agg_by([agg.sum_("SumI = I"), agg.abs_sum("AbsI = I"), agg.avg("AvgD = D"), agg.count_("N"), agg.count_where("CW", "I > 50"),
      agg.count_distinct("CD = By"), agg.count_distinct("CDN = By", True), agg.distinct("DB = By"), agg.first("FS = S"), agg.last("LS = S"),
      agg.min_("MinF = F"), agg.max_("MaxF = F"), agg.median("MedD = D"), agg.pct(0.9, "P90 = D"), agg.sorted_first("I", "SF = S"),
      agg.sorted_last("I", "SL = S"), agg.std("StdD = D"), agg.var("VarD = D"), agg.unique("U = By"), agg.unique("U2 = Sh", False, 99),
      agg.weighted_avg("L", "WA = D"), agg.weighted_sum("L", "WS = D"), agg.formula("FM = sum(I)"), agg.formula("max(each)", "each", ["FX = L"]),
      agg.group("GI = I")], by="K")`.replace(/\n\s*/g, ' '),
  },
  { name: 'aggBy (no keys)', rx: (x) => x.nv.aggBy([agg.sum('I'), agg.max('D')]), py: 'nv.agg_by([agg.sum_("I"), agg.max_("D")], by=[])' },
  { name: 'aggAllBy', rx: (x) => x.nv.aggAllBy(agg.max(), 'K'), py: 'nv.agg_all_by(agg.max_(), "K")' },
  { name: 'groupBy', rx: (x) => x.nv.groupBy('K'), py: 'nv.group_by("K")' },
  { name: 'groupBy → ungroup', rx: async (x) => (await x.nv.groupBy('K')).ungroup(), py: 'nv.group_by("K").ungroup()' },
  {
    name: 'ungroup (cols, no null fill)',
    rx: async (x) => (await x.t.view(['K', 'IA'])).ungroup('IA', false),
    py: 't.view(["K", "IA"]).ungroup("IA", False)',
  },
  { name: 'firstBy', rx: (x) => x.t.firstBy('K'), py: 't.first_by("K")' },
  { name: 'lastBy', rx: (x) => x.t.lastBy(['K', 'Sym']), py: 't.last_by(["K", "Sym"])' },
  { name: 'sumBy', rx: (x) => x.nv.dropColumns('T').then((v) => v.sumBy('K')), py: 'nv.drop_columns("T").sum_by("K")' },
  { name: 'avgBy', rx: (x) => x.nv.dropColumns('T').then((v) => v.avgBy('K')), py: 'nv.drop_columns("T").avg_by("K")' },
  { name: 'stdBy', rx: (x) => x.nv.dropColumns('T').then((v) => v.stdBy('K')), py: 'nv.drop_columns("T").std_by("K")' },
  { name: 'varBy', rx: (x) => x.nv.dropColumns('T').then((v) => v.varBy('K')), py: 'nv.drop_columns("T").var_by("K")' },
  { name: 'medianBy', rx: (x) => x.nv.medianBy('K'), py: 'nv.median_by("K")' },
  { name: 'minBy', rx: (x) => x.nv.minBy('K'), py: 'nv.min_by("K")' },
  { name: 'maxBy', rx: (x) => x.nv.maxBy(), py: 'nv.max_by()' },
  { name: 'countBy', rx: (x) => x.t.countBy('N', ['K', 'Sym']), py: 't.count_by("N", ["K", "Sym"])' },
  {
    name: 'absSumBy',
    rx: (x) => x.nv.dropColumns('T').then((v) => v.absSumBy('K')),
    py: 'nv.drop_columns("T").agg_all_by(agg.abs_sum(), "K")',
  },
  {
    name: 'weightedAvgBy',
    rx: (x) => x.nv.dropColumns('T').then((v) => v.weightedAvgBy('L', 'K')),
    py: 'nv.drop_columns("T").agg_all_by(agg.weighted_avg("L"), "K")',
  },
  {
    name: 'weightedSumBy',
    rx: (x) => x.nv.dropColumns('T').then((v) => v.weightedSumBy('L', 'K')),
    py: 'nv.drop_columns("T").agg_all_by(agg.weighted_sum("L"), "K")',
  },
  {
    name: 'updateBy cumulative and delta',
    rx: (x) =>
      x.nv.updateBy(
        [
          U.cumSum(['CS = I', 'CSD = D']),
          U.cumProd('CP = F'),
          U.cumMin('CMn = L'),
          U.cumMax('CMx = Sh'),
          U.forwardFill('FF = By'),
          U.delta('DL = L'),
          U.delta('DV = I', 'valueDominates'),
          U.cumCountWhere('CCW', 'I > 100'),
        ],
        'K',
      ),
    py: `nv.update_by([updateby.cum_sum(["CS = I", "CSD = D"]), updateby.cum_prod("CP = F"), updateby.cum_min("CMn = L"), updateby.cum_max("CMx = Sh"),
      updateby.forward_fill("FF = By"), updateby.delta("DL = L"), updateby.delta("DV = I", updateby.DeltaControl.VALUE_DOMINATES),
      updateby.cum_count_where("CCW", "I > 100")], by="K")`.replace(/\n\s*/g, ' '),
  },
  {
    name: 'updateBy exponential',
    rx: (x) =>
      x.nv.updateBy([
        U.emaTick(5, 'EA = D'),
        U.emaTime('T', 'PT10s', 'EAT = D'),
        U.emsTick(3, 'ES = F', { onNull: 'reset' }),
        U.emsTime('T', 5_000_000_000n, 'EST = I'),
        U.emminTick(4, 'EMn = D'),
        U.emminTime('T', 'PT3s', 'EMnT = D'),
        U.emmaxTick(4, 'EMx = D'),
        U.emmaxTime('T', 'PT3s', 'EMxT = D'),
        U.emstdTick(6, 'ESd = D', { onNan: 'poison', bigValueContext: 'decimal64' }),
        U.emstdTime('T', 'PT6s', 'ESdT = D'),
      ]),
    py: `nv.update_by([updateby.ema_tick(5, "EA = D"), updateby.ema_time("T", "PT10s", "EAT = D"),
      updateby.ems_tick(3, "ES = F", updateby.OperationControl(on_null=updateby.BadDataBehavior.RESET)), updateby.ems_time("T", 5000000000, "EST = I"),
      updateby.emmin_tick(4, "EMn = D"), updateby.emmin_time("T", "PT3s", "EMnT = D"), updateby.emmax_tick(4, "EMx = D"),
      updateby.emmax_time("T", "PT3s", "EMxT = D"),
      updateby.emstd_tick(6, "ESd = D", updateby.OperationControl(on_nan=updateby.BadDataBehavior.POISON, big_value_context=updateby.MathContext.DECIMAL64)),
      updateby.emstd_time("T", "PT6s", "ESdT = D")])`.replace(/\n\s*/g, ' '),
  },
  {
    name: 'updateBy rolling (ticks)',
    rx: (x) =>
      x.nv.updateBy(
        [
          U.rollingSumTick('RS = I', 3),
          U.rollingGroupTick('RG = L', 2, 1),
          U.rollingAvgTick('RA = D', 4),
          U.rollingMinTick('RMn = F', 3),
          U.rollingMaxTick('RMx = Sh', 3, 2),
          U.rollingProdTick('RP = By', 2),
          U.rollingCountTick('RC = D', 5),
          U.rollingStdTick('RSd = D', 5),
          U.rollingWavgTick('L', 'RW = D', 3),
          U.rollingFormulaTick('sum(x) * 2', 'x', 'RF = I', 3),
          U.rollingCountWhereTick('RCW', 'I > 100', 4),
        ],
        'K',
      ),
    py: `nv.update_by([updateby.rolling_sum_tick("RS = I", 3), updateby.rolling_group_tick("RG = L", 2, 1), updateby.rolling_avg_tick("RA = D", 4),
      updateby.rolling_min_tick("RMn = F", 3), updateby.rolling_max_tick("RMx = Sh", 3, 2), updateby.rolling_prod_tick("RP = By", 2),
      updateby.rolling_count_tick("RC = D", 5), updateby.rolling_std_tick("RSd = D", 5), updateby.rolling_wavg_tick("L", "RW = D", 3),
      updateby.rolling_formula_tick("sum(x) * 2", "x", "RF = I", 3), updateby.rolling_count_where_tick("RCW", "I > 100", 4)], by="K")`.replace(
      /\n\s*/g,
      ' ',
    ),
  },
  {
    // The server (42.7) refuses time-windowed rolling group over a timestamp column with nulls, and every gRPC
    // rolling formula over time (pydeephaven alike): those two run on the rows with a timestamp, and the formula
    // is checked as a refusal below.
    name: 'updateBy rolling (time)',
    rx: async (x) =>
      (await x.nv.where('!isNull(T)')).updateBy([
        U.rollingSumTime('T', 'RS = I', 'PT5s'),
        U.rollingGroupTime('T', 'RG = L', 'PT3s', 'PT1s'),
        U.rollingAvgTime('T', 'RA = D', 4_000_000_000n),
        U.rollingMinTime('T', 'RMn = F', 'PT3s'),
        U.rollingMaxTime('T', 'RMx = Sh', 'PT3s', 'PT2s'),
        U.rollingProdTime('T', 'RP = By', 'PT2s'),
        U.rollingCountTime('T', 'RC = D', 'PT5s'),
        U.rollingStdTime('T', 'RSd = D', 'PT5s'),
        U.rollingWavgTime('T', 'L', 'RW = D', 'PT3s'),
        U.rollingCountWhereTime('T', 'RCW', 'I > 100', 'PT4s', -1_000_000_000),
      ]),
    py: `nv.where("!isNull(T)").update_by([updateby.rolling_sum_time("T", "RS = I", "PT5s"), updateby.rolling_group_time("T", "RG = L", "PT3s", "PT1s"),
      updateby.rolling_avg_time("T", "RA = D", 4000000000), updateby.rolling_min_time("T", "RMn = F", "PT3s"),
      updateby.rolling_max_time("T", "RMx = Sh", "PT3s", "PT2s"), updateby.rolling_prod_time("T", "RP = By", "PT2s"),
      updateby.rolling_count_time("T", "RC = D", "PT5s"), updateby.rolling_std_time("T", "RSd = D", "PT5s"),
      updateby.rolling_wavg_time("T", "L", "RW = D", "PT3s"),
      updateby.rolling_count_where_time("T", "RCW", "I > 100", "PT4s", -1000000000)])`.replace(/\n\s*/g, ' '),
  },
  { name: 'snapshot', rx: (x) => x.t.snapshot(), py: 't.snapshot()' },
  { name: 'snapshotWhen', rx: (x) => x.nv.snapshotWhen(x.trig, 'Stamp', true), py: 'nv.snapshot_when(trig, "Stamp", initial=True)' },
  { name: 'flatten', rx: async (x) => (await x.t.where('K = 3')).flatten(), py: 't.where("K = 3").table_op_handler(FlattenOp())' },
  { name: 'metaTable', rx: (x) => x.t.metaTable(), py: 't.meta_table' },
  {
    name: 'inputTable (initTable)',
    rx: (x) => x.session.inputTable({ initTable: x.r, keyCols: 'K' }),
    py: 'session.input_table(init_table=r, key_cols="K")',
  },
  { name: 'mergeTables', rx: (x) => x.session.mergeTables([x.r, x.r, x.r]), py: 'session.merge_tables([r, r, r])' },
  {
    name: 'mergeTables (orderBy)',
    rx: (x) => x.session.mergeTables([x.ra, x.ra], 'K'),
    py: 'session.merge_tables([ra, ra], order_by="K")',
  },
  {
    name: 'query (batch of 10)',
    rx: (x) =>
      x.session
        .query(x.t)
        .where('I > 10')
        .update('X = I * 2')
        .view(['K', 'X', 'S', 'D'])
        .sort('X', 'desc')
        .naturalJoin(x.r, 'K', 'RV')
        .updateBy(U.cumSum('CX = X'), 'K')
        .where(filters.ne('RV', 'r2'))
        .headBy(5, 'K')
        .dropColumns('S')
        .sortDescending(['K', 'X'])
        .exec(),
    py: 'session.query(t).where("I > 10").update("X = I * 2").view(["K", "X", "S", "D"]).sort("X", SortDirection.DESCENDING).natural_join(r, "K", "RV").update_by(updateby.cum_sum("CX = X"), "K").where(filters.ne(ColumnName("RV"), "r2")).head_by(5, "K").drop_columns("S").sort(["K", "X"], [SortDirection.DESCENDING, SortDirection.DESCENDING]).exec()',
  },
];

/** Operations the server refuses for both clients: ours, and pydeephaven's spelling. */
export const REFUSED: readonly OpCase[] = [
  {
    name: 'rollingFormulaTime',
    rx: (x) => x.nv.updateBy(U.rollingFormulaTime('T', 'max(x)', 'x', 'RF = I', 'PT3s')),
    py: 'nv.update_by(updateby.rolling_formula_time("T", "max(x)", "x", "RF = I", "PT3s"))',
  },
];

/** The cases the browser layer runs: about a third, one of each family. */
export const BROWSER_CASES = [
  'update',
  'where injection-proof',
  'where in/or/not/null',
  'sortDescending (documented: every column)',
  'slice (negative)',
  'naturalJoin',
  'aj',
  'whereIn',
  'aggBy (every column aggregation)',
  'groupBy → ungroup',
  'countBy',
  'weightedAvgBy',
  'updateBy rolling (ticks)',
  'updateBy exponential',
  'snapshotWhen',
  'flatten',
  'metaTable',
  'mergeTables',
  'query (batch of 10)',
];

/** Python variables → global names, for pydeephaven. */
export function pyTables(sources: Sources): Record<string, string> {
  return { ...sources };
}

/**
 * Runs `names` (all cases when omitted) on `sources` in one session: each case's result digest, or its error; and
 * how many exports the session held before and after (every result closed).
 */
export async function runCases(
  target: Target,
  sources: Sources,
  names?: readonly string[],
): Promise<{ results: Record<string, { digest?: TableDigest; refreshing?: boolean; error?: string }>; held: [number, number] }> {
  const s = await connect(target);
  try {
    const x = { session: s } as Tables;
    for (const k of Object.keys(sources) as (keyof Sources)[]) x[k] = await s.openTable(sources[k]);
    const before = s.internals.exports.size;
    const results: Record<string, { digest?: TableDigest; refreshing?: boolean; error?: string }> = {};
    for (const c of [...CASES, ...REFUSED].filter((c) => names === undefined || names.includes(c.name))) {
      try {
        const made = await c.rx(x);
        results[c.name] = { digest: digest(await made.toArrow()), refreshing: made.isRefreshing };
        await made.close();
      } catch (err) {
        results[c.name] = { error: String(err) };
      }
    }
    // Tables made on the way (chains) were not kept by the cases: count only what remains held.
    return { results, held: [before, s.internals.exports.size] };
  } finally {
    await s.close();
  }
}

// ---- data in ---------------------------------------------------------------------------------------------------

/**
 * The upload round trip: `rows` rows of every column type read by `toArrow()`, uploaded by `importTable`, read back;
 * the two digests (they must be equal), and the upload as IPC bytes (hex) for pydeephaven.
 */
export async function uploadRoundTrip(
  target: Target,
  rows: number,
): Promise<{ source: TableDigest; back: TableDigest; ms: number; size: number; mb: number }> {
  const s = await connect(target);
  try {
    const name = `up_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(allTypesScript(name, rows));
    const src = await s.openTable(name);
    // Only this session's export holds the source now: it goes with the session (1,000,000 rows weigh on the server).
    await s.runScript(`del ${name}`);
    const data = await src.toArrow();
    const started = performance.now();
    const up = await s.importTable(data);
    const ms = performance.now() - started;
    const back = await up.toArrow();
    return { source: digest(data), back: digest(back), ms, size: up.size, mb: tableToIPC(data, 'stream').byteLength / 1e6 };
  } finally {
    await s.close();
  }
}

/** Uploads the Arrow IPC stream `ipcHex` and publishes the table: its shared ticket (hex). */
export async function uploadAndPublish(target: Target, ipcHex: string): Promise<{ ticket: string; size: number }> {
  const s = await connect(target);
  keep(s);
  const up = await s.importTable(tableFromIPC(unhex(ipcHex)));
  const shared = SharedTicket.randomTicket();
  await s.publishTable(shared, up);
  return { ticket: hex(shared.rawBytes), size: up.size };
}

const kept: Session[] = [];
function keep(s: Session): void {
  kept.push(s);
}

/** Closes sessions kept open for peers. */
export async function closeKept(): Promise<void> {
  await Promise.all(kept.splice(0).map((s) => s.close()));
  await keeper?.close();
  keeper = undefined;
}

/** An Arrow table as IPC stream hex (for moving tables between Node, the page and pydeephaven). */
export function ipcHex(table: ArrowTable): string {
  return hex(tableToIPC(table, 'stream'));
}

/**
 * The Arrow types pydeephaven's `import_table` takes beyond the all-types table: month-day-nano intervals, a
 * `Null`-type column, dense and sparse unions (of an int and a string), with nulls. Uploaded by `importTable`, read
 * back, published: the shared ticket (hex), the digests of what was sent and what came back, and the upload as IPC
 * hex for pydeephaven to send the same.
 */
export async function arrowTypesRoundTrip(
  target: Target,
): Promise<{ ticket: string; ipc: string; source: TableDigest; back: TableDigest; size: number }> {
  const s = await connect(target);
  keep(s);
  const {
    Table: ArrowTableClass,
    Schema,
    Field,
    RecordBatch,
    Struct,
    Int32,
    Utf8,
    Null,
    IntervalMonthDayNano,
    DenseUnion,
    SparseUnion,
    makeData,
    vectorFromArray,
  } = await import('apache-arrow');
  const n = 5;
  const i32 = new Field('i', new Int32(), true);
  const str = new Field('s', new Utf8(), true);
  const one = (v: Vector): Data => {
    const [d] = v.data;
    if (d === undefined || v.data.length !== 1) throw new Error('a vector of one chunk expected');
    return d;
  };
  const ints = (values: (number | null)[]): Data => one(vectorFromArray(values, new Int32()));
  const strs = (values: (string | null)[]): Data => one(vectorFromArray(values, new Utf8()));
  const typeIds = Int8Array.of(0, 1, 0, 1, 0);
  // Months, days and nanoseconds (little-endian, as two int32s) per row; row 1 is null.
  const mdn = Int32Array.of(1, 2, 3, 0, 0, 0, 0, 0, -4, 15, 1_000_000_000, 0, 0, 0, 5, 0, 12, 31, -1, -1);
  const columns: Data[] = [
    makeData({ type: new IntervalMonthDayNano(), length: n, nullCount: 1, nullBitmap: Uint8Array.of(0b11101), data: mdn }),
    makeData({ type: new Null(), length: n, nullCount: n }),
    makeData({
      type: new DenseUnion([0, 1], [i32, str]),
      length: n,
      nullCount: 0,
      typeIds,
      valueOffsets: Int32Array.of(0, 0, 1, 1, 2),
      children: [ints([7, null, -9]), strs(['x', null])],
    }),
    makeData({
      type: new SparseUnion([0, 1], [i32, str]),
      length: n,
      nullCount: 0,
      typeIds,
      children: [ints([1, 0, null, 0, 5]), strs(['', 'y', '', 'O\'Neil"', ''])],
    }),
    ints([10, 11, null, 13, 14]),
  ];
  const names = ['MDN', 'N', 'DU', 'SU', 'I'];
  const schema = new Schema(columns.map((c, i) => new Field(names[i] ?? `C${i}`, c.type, true)));
  const data = new ArrowTableClass(schema, [
    new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: n, nullCount: 0, children: columns })),
  ]);
  const up = await s.importTable(data);
  const back = await up.toArrow();
  const shared = SharedTicket.randomTicket();
  await s.publishTable(shared, up);
  return { ticket: hex(shared.rawBytes), ipc: ipcHex(data), source: digest(data), back: digest(back), size: up.size };
}

/** deephaven-rx's read of a table published by another client (shared ticket, hex): its digest. */
export async function readSharedDigest(target: Target, ticket: string): Promise<TableDigest> {
  const s = await connect(target);
  try {
    return digest(await (await s.fetchTable(SharedTicket.fromBytes(unhex(ticket)))).toArrow());
  } finally {
    await s.close();
  }
}

// ---- input tables ----------------------------------------------------------------------------------------------

/**
 * Keyed input table: add, overwrite by key, delete; append-only input table: add twice. Each state is bound to a
 * global variable so pydeephaven can read it; returns the names and our digests.
 */
export async function inputTables(target: Target): Promise<Record<string, unknown>> {
  const s = await connect(target);
  keep(s);
  const { tableFromArrays } = await import('apache-arrow');
  const p = `in_${Math.random().toString(36).slice(2, 8)}`;
  const rows = tableFromArrays({ Sym: ['A', 'B', 'C'], Px: Float64Array.of(1.5, 2.5, 3.5), Qty: Int32Array.of(1, 2, 3) });
  const keyed = await s.inputTable({ schema: rows.schema, keyCols: 'Sym' });
  await keyed.add(rows);
  await keyed.add(tableFromArrays({ Sym: ['B', 'D'], Px: Float64Array.of(20.5, 4.5), Qty: Int32Array.of(20, 4) }));
  await keyed.delete(tableFromArrays({ Sym: ['A'] }));
  await s.bindTable(`${p}_keyed`, keyed);
  const append = await s.inputTable({ schema: rows.schema });
  await append.add(rows);
  const again = await s.importTable(rows);
  await append.add(again);
  await again.close();
  await s.bindTable(`${p}_append`, append);
  const blink = await s.inputTable({ schema: rows.schema, blinkTable: true });
  const fromTable = await s.inputTable({ initTable: await s.importTable(rows), keyCols: ['Sym'] });
  const read = async (t: Table): Promise<unknown[]> => (await t.toArrow()).toArray().map((r) => r?.toJSON());
  const sortedKeyed = await keyed.sort('Sym');
  return {
    names: { keyed: `${p}_keyed`, append: `${p}_append` },
    keyed: { refreshing: keyed.isRefreshing, rows: await read(sortedKeyed), digest: digest(await sortedKeyed.toArrow()) },
    append: { rows: await read(append), digest: digest(await append.toArrow()) },
    blink: { refreshing: blink.isRefreshing, columns: blink.columns },
    fromTable: { columns: fromTable.columns, refreshing: fromTable.isRefreshing },
  };
}

// ---- bad input -----------------------------------------------------------------------------------------------

interface Failure {
  name: string;
  codeName: string;
  message: string;
}

async function failure(p: () => Promise<unknown>): Promise<Failure | null> {
  try {
    await p();
    return null;
  } catch (e) {
    const err = e instanceof DeephavenError ? e : DeephavenError.from(e);
    return { name: err.name, codeName: Code[err.code] ?? '?', message: err.message };
  }
}

/** Bad input to every family: each a DeephavenError with a reason; the session stays usable and holds nothing extra. */
export async function badOps(target: Target, sources: Sources): Promise<Record<string, unknown>> {
  const s = await connect(target);
  try {
    const t = await s.openTable(sources.t);
    const r = await s.openTable(sources.r);
    const ra = await s.openTable(sources.ra);
    const before = s.internals.exports.size;
    const { tableFromArrays, Table: ArrowTableClass, Schema, Field, Struct, Int32 } = await import('apache-arrow');
    const struct = new ArrowTableClass(new Schema([new Field('S', new Struct([new Field('a', new Int32())]))]));
    const out: Record<string, Failure | null> = {
      unknownColumn: await failure(() => t.view('Nope')),
      badFormula: await failure(() => t.update('X = I +* 2')),
      unknownFilterColumn: await failure(() => t.where(filters.eq('Nope', 1))),
      mismatchedJoinKeys: await failure(() => t.naturalJoin(r, 'S = RV2')),
      joinTypeMismatch: await failure(() => t.naturalJoin(r, 'S = K')),
      duplicateRightKeys: await failure(() => t.naturalJoin(ra, 'K')),
      aggWithoutColumns: await failure(() => t.aggBy(agg.sum(), 'K')),
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it (overloads)
      notAFilter: await failure(() => t.where([filters.eq('K', 1), 'K > 2' as never])),
      emptyWhere: await failure(() => t.where([])),
      badSlice: await failure(() => t.slice(1.5, 3)),
      closedRight: await failure(async () => {
        const c = await r.head(1);
        await c.close();
        return t.naturalJoin(c, 'K');
      }),
      emptyBatch: await failure(() => s.query(t).exec()),
      failingBatch: await failure(() => s.query(t).update('X = I * 2').where('Nope > 3').head(2).exec()),
      uploadNotArrow: await failure(() => s.importTable({ not: 'arrow' } as never)),
      uploadStruct: await failure(() => s.importTable(struct)),
      uploadNoColumns: await failure(() => s.importTable(tableFromArrays({}))),
      inputTableBlinkKeys: await failure(() => s.inputTable({ schema: t.schema, keyCols: 'K', blinkTable: true })),
      inputTableWrongTypes: await failure(async () => {
        const it = await s.inputTable({ schema: tableFromArrays({ A: Int32Array.of(1) }).schema, keyCols: 'A' });
        try {
          await it.add(tableFromArrays({ A: ['not an int'] }));
        } finally {
          await it.close();
        }
      }),
    };
    const after = s.internals.exports.size;
    const still = await (await t.head(2)).toArrow();
    return { failures: out, held: [before, after], usable: still.numRows, open: !s.isClosed };
  } finally {
    await s.close();
  }
}
