// Scenarios of issue 20's console, downsampling and plotly-express surface. The same code runs in Node
// (integration layer) and in Chromium (browser layer, loaded into the harness page by its test) against the real
// server; each returns plain JSON.
import { filter, firstValueFrom, take, takeWhile, tap, timeout, toArray } from 'rxjs';
import { Code, DeephavenError, decodePlotlyExpress } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';

export type { Target };

function unique(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 9)}`;
}

/** `print` from runScript arrives on logs$; a later subscriber gets it again from the server's replay. */
export async function logsPrint(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const word = unique('hello');
    const live = firstValueFrom(
      s.logs$.pipe(
        filter((e) => e.level === 'STDOUT' && e.message.includes(word)),
        timeout(30_000),
      ),
    );
    // The stream is open once the server replays; give it the first line before printing.
    await firstValueFrom(s.logs$.pipe(take(1), timeout(30_000)));
    await new Promise((r) => setTimeout(r, 300));
    await s.runScript(`print("${word}")`);
    const seen = await live;
    const replayed = await firstValueFrom(
      s.logs$.pipe(
        filter((e) => e.level === 'STDOUT' && e.message.includes(word)),
        timeout(30_000),
      ),
    );
    return {
      level: seen.level,
      message: seen.message.trimEnd(),
      timeIsDate: seen.time instanceof Date && Math.abs(seen.time.getTime() - Date.now()) < 600_000,
      replayed: replayed.message.trimEnd() === word && replayed.micros === seen.micros,
    };
  } finally {
    await s.close();
  }
}

/** Completions of half-typed names an earlier script made; several calls share one stream; bad positions fail first. */
export async function completions(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const name = unique('dhrx_completion');
    await s.runScript(`${name} = 42\n${name}_other = 'x'`);
    const half = name.slice(0, -3);
    const one = await s.completions(half, half.length);
    const code = `x = 1\ny = ${half}`;
    const [two, three] = await Promise.all([s.completions(code, code.length), s.completions('pri', 3)]);
    const badPosition = await s.completions('abc', 4).then(
      () => null,
      (e: unknown) => (e instanceof DeephavenError ? Code[e.code] : String(e)),
    );
    const mine = one.find((c) => c.label === name);
    const later = await s.completions(half, half.length);
    return {
      labels: one
        .map((c) => c.label)
        .filter((l) => l.startsWith(half))
        .sort(),
      kind: mine?.kind,
      insertText: mine?.insertText,
      range: mine === undefined ? null : [mine.from, mine.to],
      secondLine: two.filter((c) => c.label === name).map((c) => [code.slice(0, c.from) + c.insertText + code.slice(c.to)]),
      print: three.some((c) => c.label === 'print'),
      badPosition,
      again: later.some((c) => c.label === name),
      name,
    };
  } finally {
    await s.close();
  }
}

/** The Python that makes a static table of `rows` rows, one a second from 2024-01-01, with two y columns (not materialized). */
export function bigTableScript(name: string, rows: number): string {
  return (
    `from deephaven import empty_table\n` +
    `${name} = empty_table(${String(rows)}).update_view(["Timestamp = epochNanosToInstant(1704067200000000000L + ii * 1000000000L)", ` +
    `"Y = Math.sin(ii / 1000.0) * 100", "Z = (double)(ii % 977)"])`
  );
}

/** A downsample of a big static table: its size against the pixel bound, its rows (for comparing with the JS API). */
export async function downsampleBig(t: Target, rows: number, pixels: number, name = unique('ds_big')): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    await s.runScript(bigTableScript(name, rows));
    const source = await s.openTable(name);
    const started = Date.now();
    const small = await s.openTable(name).then((t0) => t0.downsample({ x: 'Timestamp', y: ['Y', 'Z'], pixels }));
    const ms = Date.now() - started;
    const data = await small.toArrow();
    const xs = data.getChild('Timestamp')?.toArray() as BigInt64Array | undefined;
    const ys = data.getChild('Y')?.toArray() as Float64Array | undefined;
    const zoomed = await source.downsample({
      x: 'Timestamp',
      y: 'Y',
      pixels,
      zoom: { min: new Date('2024-01-02T00:00:00Z'), max: 1704326400000000000n },
    });
    const zx = (await zoomed.toArrow()).getChild('Timestamp')?.toArray() as BigInt64Array | undefined;
    const bad = await source.downsample({ x: 'Timestamp', y: 'Nope', pixels }).then(
      () => null,
      (e: unknown) => (e instanceof DeephavenError ? Code[e.code] : String(e)),
    );
    return {
      sourceRows: source.size,
      rows: data.numRows,
      isRefreshing: small.isRefreshing,
      columns: small.columns,
      ms,
      rowsXY: [...(xs ?? [])].map((x, i) => `${String(x)}:${String(ys?.[i])}`).sort(),
      zoomRows: zoomed.size,
      // The server keeps the rows next to the range too (lines run on to the chart's edges).
      zoomOutside: [...(zx ?? [])].filter((x) => x < 1704153600000000000n || x > 1704326400000000000n).length,
      bad,
    };
  } finally {
    await s.close();
  }
}

/**
 * A downsample of a ticking table follows it: rows arrive as the source grows, within the pixel bound. With
 * `history` rows, the source is that many rows a millisecond apart up to now (an `empty_table`, not materialized)
 * merged with the ticking `time_table`: a big ticking table whose downsample alone travels.
 */
export async function downsampleTicking(t: Target, pixels: number, history = 0): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const name = unique('ds_tick');
  try {
    const now = Date.now();
    const start = now - history;
    await s.runScript(
      history === 0
        ? `from deephaven import time_table\n${name} = time_table("PT0.02S").update(["Y = Math.sin(ii / 10.0)"])`
        : `from deephaven import empty_table, merge, time_table\n${name} = merge([` +
            `empty_table(${String(history)}).update_view(["Timestamp = epochNanosToInstant(${String(start)}000000L + ii * 1000000L)", "Y = Math.sin(ii / 10000.0)"]), ` +
            `time_table("PT0.02S").update_view(["Y = Math.sin(ii / 10.0)"])])`,
    );
    const source = await s.openTable(name);
    // A ticking source gets a zoom range: without one the server buckets the x range it first saw, which for a
    // new table is empty (its listener then fails with "Interval is not positive").
    const small = await source.downsample({
      x: 'Timestamp',
      y: 'Y',
      pixels,
      zoom: { min: new Date(start - 5_000), max: new Date(now + 60_000) },
    });
    const sourceRows = source.size;
    const seen = await firstValueFrom(
      small.updates().pipe(
        filter((u) => u.table.numRows >= 3),
        take(1),
        timeout(60_000),
      ),
    );
    const later = await firstValueFrom(small.updates().pipe(take(3), toArray(), timeout(60_000)));
    const last = (u: { table: { getChild(n: string): { toArray(): unknown } | null } }): bigint => {
      const xs = u.table.getChild('Timestamp')?.toArray() as BigInt64Array;
      return xs.reduce((a, b) => (b > a ? b : a), 0n);
    };
    const sizes = later.map((u) => u.table.numRows);
    await s.runScript(`${name} = None`);
    return {
      sourceRows,
      isRefreshing: small.isRefreshing,
      reached: seen.table.numRows,
      maxRows: Math.max(...sizes, seen.table.numRows),
      advanced: last(later[later.length - 1]!) > last(seen),
    };
  } finally {
    await s.close();
  }
}

/** plotly-express figures of a small table (line, scatter `by=`, bar), decoded and filled; the expected columns. */
export async function plotlyExpressFigures(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const p = unique('px');
  try {
    await s.runScript(
      `import deephaven.plot.express as dx\nfrom deephaven import empty_table\n` +
        `${p}_src = empty_table(8).update(["X = i", "Y = i * 2.5", "Sym = i % 2 == 0 ? \`A\` : \`B\`", "Cat = \`c\` + (i % 4)"])\n` +
        `${p}_line = dx.line(${p}_src, x="X", y="Y")\n` +
        `${p}_scatter = dx.scatter(${p}_src, x="X", y="Y", by="Sym")\n` +
        `${p}_bar = dx.bar(${p}_src, x="Cat", y="Y")`,
    );
    const objects = await s.exportableObjects();
    const src = await s.openTable(`${p}_src`);
    const arrow = await src.toArrow();
    const col = (n: string): unknown[] =>
      [...(arrow.getChild(n)?.toArray() ?? [])].map((v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
    const out: Record<string, unknown> = {
      src: { X: col('X'), Y: col('Y'), Sym: [...(arrow.getChild('Sym') ?? [])], Cat: [...(arrow.getChild('Cat') ?? [])] },
    };
    await src.close();
    for (const kind of ['line', 'scatter', 'bar']) {
      const object = objects[`${p}_${kind}`];
      if (object === undefined) throw new Error(`no ${kind} figure`);
      const client = await s.pluginClient(object);
      const figure = await firstValueFrom(decodePlotlyExpress(client).pipe(timeout(60_000)));
      out[kind] = {
        type: object.type,
        traces: figure.data.map((d) => ({ type: d['type'], name: d['name'] ?? null, x: d['x'], y: d['y'] })),
        hasLayout: typeof figure.layout === 'object' && figure.layout !== null,
        revision: typeof figure.revision,
      };
      await client.close();
    }
    await s.runScript(`${p}_src = None\n${p}_line = None\n${p}_scatter = None\n${p}_bar = None`);
    return out;
  } finally {
    await s.close();
  }
}

/** A plotly-express figure of a ticking table: the figure is emitted again as the table ticks, with more points. */
export async function plotlyExpressTicking(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const p = unique('pxt');
  try {
    await s.runScript(
      `import deephaven.plot.express as dx\nfrom deephaven import time_table\n${p} = dx.line(time_table("PT0.1S").update("Y = ii % 10"), x="Timestamp", y="Y")`,
    );
    const objects = await s.exportableObjects();
    const client = await s.pluginClient(objects[p]!);
    const figures = await firstValueFrom(
      decodePlotlyExpress(client).pipe(
        filter((f) => ((f.data[0]?.['y'] as unknown[] | undefined)?.length ?? 0) > 0),
        take(3),
        toArray(),
        timeout(60_000),
      ),
    );
    await client.close();
    await s.runScript(`${p} = None`);
    const lengths = figures.map((f) => (f.data[0]?.['y'] as unknown[]).length);
    const xs = figures[figures.length - 1]?.data[0]?.['x'] as string[];
    return {
      count: figures.length,
      growing: lengths.every((n, i) => i === 0 || n >= (lengths[i - 1] ?? 0)) && (lengths[2] ?? 0) > (lengths[0] ?? 0),
      xIsDate: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test(xs[0] ?? ''),
    };
  } finally {
    await s.close();
  }
}

/**
 * A plotly-express figure of a ticking table that starts small (an input table the test adds rows to, so the
 * growth does not hang on timing): served whole, then, once it grows past `downsampleAbove`, from its downsample,
 * which follows the table. The server passes a downsample of fewer rows than its buckets (500 at least) through
 * whole, so a small table keeps its points: what shows the switch is `downsampled` and the exports the SDK holds
 * (the figure's table released, the downsample held, none left after unsubscribing).
 */
export async function plotlyExpressGrowing(t: Target, downsampleAbove: number): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const p = unique('pxg');
  const add = (n: number, from: number): Promise<unknown> =>
    s.runScript(
      `${p}_src.add(empty_table(${String(n)}).update(["Timestamp = epochNanosToInstant(1700000000000000000L + (ii + ${String(from)}) * 1000000000L)", "Y = (double) (ii % 10)"]))`,
    );
  try {
    await s.runScript(
      `import deephaven.plot.express as dx\nfrom deephaven import empty_table, input_table, dtypes as dht\n` +
        `${p}_src = input_table(col_defs={"Timestamp": dht.Instant, "Y": dht.double})\n` +
        `${p} = dx.line(${p}_src, x="Timestamp", y="Y")`,
    );
    await add(3, 0);
    const objects = await s.exportableObjects();
    const client = await s.pluginClient(objects[p]!);
    const exports = s.internals.exports;
    const held = exports.size;
    const points = (f: { data: Record<string, unknown>[] }): number => ((f.data[0]?.['y'] as unknown[] | undefined) ?? []).length;
    const exportsWhole: number[] = [];
    const exportsSmall: number[] = [];
    const adds: Promise<unknown>[] = [];
    const figures = await firstValueFrom(
      decodePlotlyExpress(client, { downsampleAbove }).pipe(
        filter((f) => points(f) > 0),
        tap((f) => {
          const small = f.downsampled.length > 0;
          (small ? exportsSmall : exportsWhole).push(exports.size - held);
          // grow past the threshold once, then once more after the switch
          if (!small && points(f) === 3) adds.push(add(downsampleAbove, 3));
          if (small && exportsSmall.length === 1) adds.push(add(10, 3 + downsampleAbove));
        }),
        takeWhile((f) => exportsSmall.length < 2 || f.downsampled.length === 0, true),
        toArray(),
        timeout(60_000),
      ),
    );
    const left = exports.size - held;
    await Promise.all(adds);
    await client.close();
    await s.runScript(`${p} = None\n${p}_src = None`);
    const small = figures.filter((f) => f.downsampled.length > 0);
    return {
      points: figures.map(points),
      downsampled: figures.map((f) => f.downsampled),
      exportsWhole: [...new Set(exportsWhole)],
      exportsSmall: [...new Set(exportsSmall)],
      left,
      xIsDate: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test((small[0]?.data[0]?.['x'] as string[] | undefined)?.[0] ?? ''),
    };
  } finally {
    await s.close();
  }
}
