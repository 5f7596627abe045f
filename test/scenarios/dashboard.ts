// Scenarios of issue 20 (formats, layout hints and attributes, input tables made by scripts). The same code runs in
// Node (integration layer) and in Chromium (loaded into the harness page as a module of its own, on
// `window.dashboard`); each returns plain JSON. The server's own view of each thing is read by a script beside it.
import { tableFromArrays } from 'apache-arrow';
import { Session, formatValue, type CellFormat, type ViewportUpdate } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { firstValueFrom } from 'rxjs';

export type { Target };

/** Edge values for the patterns, and the patterns: each value is rendered by the server's Java and by formatValue. */
export const NUMBER_VALUES = [
  0, -0.001, 0.125, 0.135, 2.675, -1234.565, 1234567.891, 1e21, 1.2345678901234566e25, 0.5, 0.0049, 99.995, -42, 7e-7, 123456789,
] as const;
export const NUMBER_PATTERNS = [
  '$#,##0.00',
  '#,##0.00',
  '0.00',
  '#.##',
  '0.0%',
  '#,##0;(#,##0)',
  '0.###E0',
  '0.00E00',
  '000000',
  "'#'#",
  '#,##0.####',
] as const;
export const LONG_VALUES = ['0', '-1', '9007199254740993', '-9223372036854775807', '1234567'] as const;
export const DATE_NANOS = ['1710088496789123456', '0', '-1', '1699164000000000000', '4102444800000000000'] as const;
export const DATE_PATTERNS = [
  'yyyy-MM-dd HH:mm:ss.SSS',
  'yyyy-MM-dd HH:mm:ss.SSSSSSSSS z',
  'MMM d, yyyy h:mm a',
  'EEEE dd/MM/yy',
  "yyyy-MM-dd'T'HH:mm:ssXXX",
  'HH:mm:ss Z',
  'yyyy-MM-dd HH:mm VV',
] as const;
export const ZONES = ['America/New_York', 'UTC', 'Asia/Kolkata', 'Europe/London'] as const;

function renderScript(name: string): string {
  const list = (xs: readonly string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `
import jpy
from deephaven import new_table
from deephaven.column import string_col
_DF = jpy.get_type("java.text.DecimalFormat")
_DTF = jpy.get_type("java.time.format.DateTimeFormatter")
_Instant = jpy.get_type("java.time.Instant")
_Zone = jpy.get_type("java.time.ZoneId")
_Long = jpy.get_type("java.lang.Long")
_Double = jpy.get_type("java.lang.Double")
_k, _v, _p, _z, _o = [], [], [], [], []
for p in ${list(NUMBER_PATTERNS)}:
    for v in ${list(NUMBER_VALUES.map((v) => String(v)))}:
        _k.append("double"); _v.append(v); _p.append(p); _z.append(""); _o.append(_DF(p).format(_Double.parseDouble(v)))
    for v in ${list(LONG_VALUES)}:
        _k.append("long"); _v.append(v); _p.append(p); _z.append(""); _o.append(_DF(p).format(_Long.parseLong(v)))
for p in ${list(DATE_PATTERNS)}:
    for z in ${list(ZONES)}:
        for v in ${list(DATE_NANOS)}:
            n = int(v)
            i = _Instant.ofEpochSecond(n // 1000000000, n % 1000000000)
            _k.append("java.time.Instant"); _v.append(v); _p.append(p); _z.append(z); _o.append(_DTF.ofPattern(p).format(i.atZone(_Zone.of(z))))
${name} = new_table([string_col("Kind", _k), string_col("Value", _v), string_col("Pattern", _p), string_col("Zone", _z), string_col("Out", _o)])
`;
}

/**
 * Known differences. Java 17 starts some doubles from other digits than the shortest that read back (its pre-19
 * `FloatingDecimal`): 1e21 × 100 is 1.0000000000000000E23 to JavaScript and 9.999999999999999E22 to Java 17;
 * formatValue keeps the shortest. London in 1968-71 kept +1 all year (British Standard Time): Java names the zone
 * GMT then, the platform's data GMT+1.
 */
export const KNOWN_DIFFERENCES = [
  'double 1e+21 "0.0%"',
  ...['0', '-1'].map((v) => `java.time.Instant ${v} "yyyy-MM-dd HH:mm:ss.SSSSSSSSS z" Europe/London`),
];

/** The server's Java rendering of every edge value with every pattern, beside formatValue's. */
export async function renderComparison(target: Target): Promise<{ rows: number; mismatches: string[] }> {
  const s = await connect(target);
  try {
    const name = `fmt_render_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(renderScript(name));
    const t = await s.openTable(name);
    const data = await t.toArrow();
    await t.close();
    await s.runScript(`del ${name}`);
    const col = (c: string): string[] => Array.from(data.getChild(c)?.toArray() ?? []);
    const [kind, value, pattern, zone, out] = ['Kind', 'Value', 'Pattern', 'Zone', 'Out'].map(col) as [
      string[],
      string[],
      string[],
      string[],
      string[],
    ];
    const mismatches: string[] = [];
    for (let i = 0; i < data.numRows; i++) {
      const k = kind[i] as string;
      const v = k === 'double' ? Number(value[i]) : BigInt(value[i] as string);
      const ours = formatValue(v, pattern[i] as string, k, zone[i] ? { timeZone: zone[i] as string } : {});
      const key = `${k} ${value[i]} ${JSON.stringify(pattern[i])}${zone[i] ? ` ${zone[i]}` : ''}`;
      if (ours !== out[i] && !KNOWN_DIFFERENCES.includes(key))
        mismatches.push(
          `${k} ${value[i]} ${JSON.stringify(pattern[i])} ${zone[i]}: server ${JSON.stringify(out[i])}, ours ${JSON.stringify(ours)}`,
        );
    }
    return { rows: data.numRows, mismatches };
  } finally {
    await s.close();
  }
}

/** The global variables the scenarios read, made once per server. */
export interface Sources {
  readonly fmt: string;
  readonly hints: string;
  readonly attrs: string;
  readonly descr: string;
  readonly blink: string;
  readonly keyed: string;
  readonly append: string;
  /** A one-row table of one string column, `Report`: the server's own reading of the hints and attributes, JSON. */
  readonly report: string;
}

export async function setupSources(target: Target): Promise<Sources> {
  const s = await connect(target);
  const p = `dash_${Math.random().toString(36).slice(2, 8)}`;
  try {
    await s.runScript(`
import json, jpy
from deephaven import empty_table, time_table, input_table, new_table, dtypes as dht
from deephaven.column import string_col
from deephaven.table import SearchDisplayMode, Table as _T
_base = empty_table(5).update(["Price = i * 60.5 - 20", "Sym = \`S\` + i", "Qty = (long) i * 1000", "T = '2024-03-10T12:34:56.789 ET' + i * 'PT1h'"])
${p}_fmt = _base.format_columns(["Price = Price > 100 ? RED : NO_FORMATTING", "Qty = bgfg(YELLOW, BLUE)", "Price = Decimal(\`$#,##0.00\`)", "T = Date(\`yyyy-MM-dd HH:mm\`)"]).format_row_where("Sym = \`S1\`", "LIGHTBLUE")
${p}_hints = _base.layout_hints(front=["Sym"], back=["Price"], freeze=["Sym"], hide=["Qty"], column_groups=[{"name": "G1", "children": ["Price", "Qty"], "color": "RED"}, {"name": "G2", "children": ["T"]}], search_display_mode=SearchDisplayMode.HIDE)
_TTB = jpy.get_type("io.deephaven.engine.util.TotalsTableBuilder")
_ttb = _TTB().setShowTotalsByDefault(True).setShowGrandTotalsByDefault(False).setDefaultOperation("Sum").setOperation("Price", "Avg").addOperation("Price", "Max").setOperation("Sym", "Count")
${p}_attrs = _base.with_attributes({"TotalsTable": _ttb.buildDirective(), "TableDescription": "Five rows; with = and ;"})
${p}_descr = _T(_base.j_table.withColumnDescription("Price", "the price, in dollars").withColumnDescription("Qty", "how many"))
${p}_blink = time_table("PT1s", blink_table=True)
${p}_keyed = input_table(col_defs={"Sym": dht.string, "Px": dht.double, "N": dht.int32}, key_cols="Sym")
${p}_append = input_table(col_defs={"Sym": dht.string, "Px": dht.double, "N": dht.int32})
_LHB = jpy.get_type("io.deephaven.engine.util.LayoutHintBuilder")
_h = _LHB.fromString(${p}_hints.j_table.getAttribute("LayoutHints"))
_tt = _TTB.get(${p}_attrs.j_table)
_report = {
  "front": list(_h.getFrontCols().toArray()), "back": list(_h.getBackCols().toArray()), "hide": list(_h.getHiddenCols().toArray()),
  "freeze": list(_h.getFreezeCols().toArray()), "search": _h.getSearchDisplayMode().toString(), "savedViews": _h.areSavedLayoutsAllowed(),
  "groups": sorted(_h.getColumnGroups().keySet().toArray()),
  "totals": {"show": _tt.getShowTotalsByDefault(), "grand": _tt.getShowGrandTotalsByDefault(), "default": _tt.getDefaultOperation().toString(),
             "Price": sorted(str(x) for x in _tt.getOperations("Price").toArray()), "Sym": sorted(str(x) for x in _tt.getOperations("Sym").toArray())},
  "description": ${p}_attrs.j_table.getAttribute("TableDescription"),
  "blink": ${p}_blink.is_blink, "appendAddOnly": bool(${p}_append.j_table.isAddOnly()) if hasattr(${p}_append.j_table, "isAddOnly") else None,
  "keyedKeys": list(${p}_keyed.key_names), "keyedValues": list(${p}_keyed.value_names),
}
${p}_report = new_table([string_col("Report", [json.dumps(_report)])])
`);
    return {
      fmt: `${p}_fmt`,
      hints: `${p}_hints`,
      attrs: `${p}_attrs`,
      descr: `${p}_descr`,
      blink: `${p}_blink`,
      keyed: `${p}_keyed`,
      append: `${p}_append`,
      report: `${p}_report`,
    };
  } finally {
    await s.close();
  }
}

/** Removes the sources from the server's scope (the tests leave it as they found it). */
export async function dropSources(target: Target, sources: Sources): Promise<void> {
  const s = await connect(target);
  try {
    await s.runScript(`del ${Object.values(sources).join(', ')}`);
  } finally {
    await s.close();
  }
}

/** Formats as decoded from a viewport and from a full subscription, with `formats: false` beside. */
export async function readFormats(target: Target, sources: Sources): Promise<Record<string, unknown>> {
  const s = await connect(target);
  try {
    const t = await s.openTable(sources.fmt);
    const view = await firstValueFrom(t.viewport({ first: 0, last: 4 }));
    const full = await firstValueFrom(t.updates());
    const only = await firstValueFrom(t.viewport({ first: 0, last: 4 }, { columns: ['Sym', 'Price'] }));
    const off = await firstValueFrom(t.viewport({ first: 0, last: 4 }, { formats: false }));
    const cells = (
      u: { format(r: number, c: string | number): CellFormat | undefined; rowFormat(r: number): CellFormat | undefined },
      cols: string[],
    ): unknown =>
      [0, 1, 2, 3, 4].map((r) => ({ row: u.rowFormat(r) ?? null, ...Object.fromEntries(cols.map((c) => [c, u.format(r, c) ?? null])) }));
    const price = (u: ViewportUpdate, r: number): string => {
      const f = u.format(r, 'Price');
      return formatValue(u.table.getChild('Price')?.get(r), f?.numberFormat ?? '0.0', 'double');
    };
    const result = {
      schemaColumns: t.columns,
      viewColumns: view.table.schema.fields.map((f) => f.name),
      fullColumns: full.table.schema.fields.map((f) => f.name),
      onlyColumns: only.table.schema.fields.map((f) => f.name),
      offColumns: off.table.schema.fields.map((f) => f.name),
      view: cells(view, ['Price', 'Sym', 'Qty', 'T']),
      full: cells(full, ['Price', 'Sym', 'Qty', 'T']),
      only: cells(only, ['Price', 'Sym']),
      byIndex: view.format(2, 0) ?? null,
      off: cells(off, ['Price']),
      prices: [0, 1, 2, 3, 4].map((r) => price(view, r)),
    };
    await t.close();
    return result;
  } finally {
    await s.close();
  }
}

/** Layout hints, attributes and column descriptions as the SDK decodes them, with the server's report. */
export async function readHints(target: Target, sources: Sources): Promise<Record<string, unknown>> {
  const s = await connect(target);
  try {
    const open = (n: string): ReturnType<Session['openTable']> => s.openTable(n);
    const [hints, attrs, descr, blink, append, fmt, report] = (await Promise.all(
      [sources.hints, sources.attrs, sources.descr, sources.blink, sources.append, sources.fmt, sources.report].map(open),
    )) as [
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
      Awaited<ReturnType<Session['openTable']>>,
    ];
    const server = JSON.parse(String((await report.toArrow()).getChild('Report')?.get(0))) as unknown;
    const a = attrs.attributes;
    const result = {
      server,
      hints: hints.layoutHints ?? null,
      noHints: fmt.layoutHints ?? null,
      attributes: {
        isBlink: a.isBlink,
        isAddOnly: a.isAddOnly,
        totalsConfig: a.totalsConfig ?? null,
        description: a.description ?? null,
        raw: a.raw,
      },
      blink: { isBlink: blink.attributes.isBlink, raw: blink.attributes.raw },
      append: { isAddOnly: append.attributes.isAddOnly },
      descriptions: descr.columnDescriptions,
      noDescriptions: fmt.columnDescriptions,
    };
    await Promise.all([hints, attrs, descr, blink, append, fmt, report].map((t) => t.close()));
    return result;
  } finally {
    await s.close();
  }
}

/**
 * Writes to the script-made input tables: the keyed one gets three rows, one overwritten and one deleted; the
 * append-only one two rows; a plain table has no `inputTable`. Returns what the SDK read back and saw.
 */
export async function writeInputTables(target: Target, sources: Sources, tag: string): Promise<Record<string, unknown>> {
  const s = await connect(target);
  try {
    const keyed = await s.openTable(sources.keyed);
    const append = await s.openTable(sources.append);
    const plain = await s.openTable(sources.fmt);
    const ik = keyed.inputTable;
    const ia = append.inputTable;
    if (ik === undefined || ia === undefined) throw new Error('a script-made input table has no inputTable');
    const rows = (sym: string[], px: number[], n: number[]): ReturnType<typeof tableFromArrays> =>
      tableFromArrays({ Sym: sym, Px: Float64Array.from(px), N: Int32Array.from(n) });
    await ik.add(rows([`${tag}A`, `${tag}B`, `${tag}C`], [1.5, 2.5, 3.5], [1, 2, 3]));
    await ik.add(rows([`${tag}B`], [20.5], [20]));
    await ik.delete(tableFromArrays({ Sym: [`${tag}C`] }));
    await ia.add(rows([`${tag}X`, `${tag}X`], [7, 8], [7, 8]));
    const refused = (p: Promise<void>): Promise<string | null> =>
      p.then(
        () => null,
        (e: unknown) => String(e),
      );
    const wrongColumns = await refused(ia.add(tableFromArrays({ Nope: Int32Array.of(1) })));
    const appendDelete = await refused(ia.delete(tableFromArrays({ Sym: ['x'] })));
    const wrongKeys = await refused(ik.delete(tableFromArrays({ Px: [1] })));
    const result = {
      keyed: {
        keyColumns: ik.keyColumns,
        valueColumns: ik.valueColumns,
        isKeyed: ik.isKeyed,
        restrictions: await ik.restrictions(),
        same: keyed.inputTable === ik,
      },
      append: { keyColumns: ia.keyColumns, valueColumns: ia.valueColumns, isKeyed: ia.isKeyed },
      plain: plain.inputTable === undefined,
      wrongColumns,
      appendDelete,
      wrongKeys,
    };
    await Promise.all([keyed.close(), append.close(), plain.close()]);
    return { ...result, closedTogether: ik.isClosed };
  } finally {
    await s.close();
  }
}

/**
 * The server's own JS API (`/jsapi/dh-core.js`, browsers only) on the same tables: each cell's format, the layout
 * hints and the input table's columns, as it reports them.
 */
export async function jsapiView(url: string, sources: Sources): Promise<Record<string, unknown>> {
  const dh = ((await import(/* @vite-ignore */ `${url}/jsapi/dh-core.js`)) as { default: any }).default;
  const client = new dh.CoreClient(url);
  await client.login({ type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS });
  const ide = await client.getAsIdeConnection();
  try {
    const fmt = await ide.getObject({ type: 'Table', name: sources.fmt });
    fmt.setViewport(0, 4);
    const data = await fmt.getViewportData();
    const columns = ['Price', 'Sym', 'Qty', 'T'].map((n) => fmt.findColumn(n));
    const plain = (f: any): CellFormat | null => {
      if (f == null) return null;
      const out: Record<string, string> = {};
      if (f.color) out['color'] = f.color;
      if (f.backgroundColor) out['backgroundColor'] = f.backgroundColor;
      if (f.formatString) out[columns[3] !== undefined && f.formatString.includes('yyyy') ? 'dateFormat' : 'numberFormat'] = f.formatString;
      return Object.keys(out).length === 0 ? null : out;
    };
    const cells = [0, 1, 2, 3, 4].map((r) => Object.fromEntries(columns.map((c: any) => [c.name, plain(data.getFormat(r, c))])));
    const hintsTable = await ide.getObject({ type: 'Table', name: sources.hints });
    const h = hintsTable.layoutHints;
    const keyed = await ide.getObject({ type: 'Table', name: sources.keyed });
    const it = await keyed.inputTable();
    const result = {
      cells,
      hints: {
        frontColumns: h.frontColumns ?? [],
        backColumns: h.backColumns ?? [],
        hiddenColumns: h.hiddenColumns ?? [],
        frozenColumns: h.frozenColumns ?? [],
        columnGroups: (h.columnGroups ?? []).map((g: any) => ({
          name: g.name,
          children: [...g.children],
          ...(g.color ? { color: g.color } : {}),
        })),
        searchDisplayMode: h.searchDisplayMode,
        savedViews: h.areSavedLayoutsAllowed,
      },
      keyed: { keyColumns: [...it.keys], valueColumns: [...it.values] },
    };
    for (const t of [fmt, hintsTable, keyed]) t.close();
    return result;
  } finally {
    client.disconnect();
  }
}
