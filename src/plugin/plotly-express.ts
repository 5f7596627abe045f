import { Observable, type Subscription } from 'rxjs';
import type { Table as ArrowTable, Vector } from 'apache-arrow';
import { Code, DeephavenError } from '../errors.js';
import type { Table } from '../table/table.js';
import type { Fetchable, PluginClient } from './plugin-client.js';

/** A plotly figure from a `deephaven.plot.express` widget, its traces filled with the data of their tables. */
export interface PlotlyFigure {
  /** The traces (plotly's `data`), each data array (e.g. `x`, `y`) filled from its table's column. */
  readonly data: Record<string, unknown>[];
  /** plotly's `layout`, as the server made it. */
  readonly layout: Record<string, unknown>;
  /** The server's revision of the figure: it grows when the figure's shape changes (new traces, new tables). */
  readonly revision: number;
  /** The server's Deephaven section of the figure (column mappings, calendar, filter columns), unread. */
  readonly deephaven: Record<string, unknown>;
  /** The traces whose tables are downsampled (their index in `data`). */
  readonly downsampled: readonly number[];
}

/** Options of {@link decodePlotlyExpress}. */
export interface PlotlyExpressOptions {
  /** The chart's width in pixels, for downsampling big tables of line traces. @default 1000 */
  readonly pixels?: number;
  /**
   * Tables with more rows than this are downsampled where their traces allow (time x, numeric y). A ticking table is
   * watched and switches to its downsample once it grows past this. @default 30000
   */
  readonly downsampleAbove?: number;
}

interface Mapping {
  readonly table: number;
  readonly data_columns: Record<string, string[]>;
}

interface FigureMessage {
  readonly type: string;
  readonly revision: number;
  readonly new_references: number[];
  readonly removed_references: number[];
  readonly figure: {
    readonly plotly: { data?: Record<string, unknown>[]; layout?: Record<string, unknown> };
    readonly deephaven: { mappings: Mapping[] } & Record<string, unknown>;
  };
}

/** Where a table stands: opening, or open with its latest columns as plain arrays. */
interface TableState {
  /** The table whose updates are served: the figure's table, or its downsample. */
  table?: Table;
  columns?: Map<string, unknown[]>;
  downsampled: boolean;
  /** A downsample is being made to replace the figure's table (it grew past the threshold). */
  switching: boolean;
  subscription?: Subscription;
  closed: boolean;
}

type DownsampleSpec = { x: string; y: string[] };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** A UTC time as plotly reads dates: `YYYY-MM-DD HH:MM:SS.sss`. */
function plotlyDate(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** @internal A column as a plain array: numbers (64-bit integers too), strings, booleans, dates as plotly date strings, nulls. */
export function plainColumn(vector: Vector): unknown[] {
  const type = vector.type as { typeId: number; unit?: number };
  const isTime = type.typeId === 10; // Arrow's Timestamp
  const perMs = [1000, 1, 1e-3, 1e-6][type.unit ?? 0] ?? 1;
  const out = new Array<unknown>(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const v: unknown = vector.get(i);
    if (v === null || v === undefined) out[i] = null;
    else if (isTime) out[i] = plotlyDate(typeof v === 'bigint' ? Number(v) * perMs : v instanceof Date ? v.getTime() : Number(v));
    else if (typeof v === 'bigint') out[i] = Number(v);
    else out[i] = v;
  }
  return out;
}

function setPath(data: Record<string, unknown>[], path: string, values: unknown[]): void {
  // '/plotly/data/0/x' -> data[0].x (deeper paths, e.g. marker/color, make the objects they need)
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .slice(2);
  let at: Record<string, unknown> | undefined = data[Number(parts[0])];
  for (const key of parts.slice(1, -1)) {
    if (at === undefined) return;
    at = (at[key] ??= {}) as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (at !== undefined && last !== undefined && parts.length > 1) at[last] = values;
}

/** The x and y columns of a mapping when it is a line/scatter trace a downsample can serve, else undefined. */
function downsampleSpec(mapping: Mapping, table: Table): DownsampleSpec | undefined {
  let x: string | undefined;
  const y: string[] = [];
  for (const [column, paths] of Object.entries(mapping.data_columns)) {
    for (const p of paths) {
      if (/\/x$/.test(p)) x = column;
      else if (/\/y$/.test(p)) y.push(column);
      else return undefined;
    }
  }
  const field = table.schema.fields.find((f) => f.name === x);
  if (x === undefined || y.length === 0 || (field?.type as { typeId?: number } | undefined)?.typeId !== 10) return undefined;
  return { x, y };
}

/**
 * A `deephaven.plot.express` figure (the plotting API Deephaven recommends, from the server plugin
 * `deephaven-plugin-plotly-express`) as plotly JSON with each trace's data filled from its tables, live: it emits
 * once every table has its data, then again whenever a table ticks or the server sends a new shape of the figure
 * (e.g. a new trace of a `by=` figure). Tables over `downsampleAbove` rows with a time x are downsampled on the
 * server to `pixels` ({@link Table.downsample}); a ticking table that starts smaller is served whole until it grows
 * past `downsampleAbove`, then switches to its downsample (for good: the full subscription and table are released).
 * Cold: unsubscribing stops the table subscriptions and releases the tables it opened (the plugin client stays
 * open: close it yourself).
 *
 * @example
 * ```ts
 * await session.runScript('import deephaven.plot.express as dx\nfrom deephaven import time_table\n' +
 *   'fig = dx.line(time_table("PT1S").update("Y = i % 10"), x="Timestamp", y="Y")');
 * const client = await session.pluginClient(objects['fig'] as ServerObject);
 * decodePlotlyExpress(client).subscribe((figure) => console.log(figure.data[0]?.['y']));
 * ```
 */
export function decodePlotlyExpress(client: PluginClient, options: PlotlyExpressOptions = {}): Observable<PlotlyFigure> {
  const pixels = options.pixels ?? 1000;
  const threshold = options.downsampleAbove ?? 30_000;
  return new Observable<PlotlyFigure>((subscriber) => {
    const refs = new Map<number, Fetchable>();
    const tables = new Map<number, TableState>();
    let latest: FigureMessage | undefined;
    const decoder = new TextDecoder();

    const emit = (): void => {
      const message = latest;
      if (message === undefined) return;
      const mappings = message.figure.deephaven.mappings;
      if (!mappings.every((m) => tables.get(m.table)?.columns !== undefined)) return;
      const data = structuredClone(message.figure.plotly.data ?? []);
      const downsampled: number[] = [];
      for (const m of mappings) {
        const state = tables.get(m.table);
        for (const [column, paths] of Object.entries(m.data_columns))
          for (const p of paths) {
            setPath(data, p, state?.columns?.get(column) ?? []);
            const trace = Number(p.split('/')[3]);
            if (state?.downsampled === true && !downsampled.includes(trace)) downsampled.push(trace);
          }
      }
      const { mappings: _m, ...rest } = message.figure.deephaven;
      subscriber.next({
        data,
        layout: message.figure.plotly.layout ?? {},
        revision: message.revision,
        deephaven: { ...rest, mappings },
        downsampled,
      });
    };

    const fail = (err: unknown): void => subscriber.error(DeephavenError.from(err));

    /** Serves `table`'s updates for `state`; with `grow`, switches to a downsample once the table passes the threshold. */
    const serve = (state: TableState, table: Table, downsampled: boolean, grow?: DownsampleSpec): void => {
      if (state.closed) return void table.close();
      state.table = table;
      state.downsampled = downsampled;
      state.subscription = table.updates().subscribe({
        next: (u) => {
          state.columns = columnsOf(u.table);
          emit();
          if (grow !== undefined && u.size > threshold && !state.switching) {
            state.switching = true;
            switchToDownsample(state, table, grow);
          }
        },
        error: (err: unknown) => subscriber.error(err),
      });
    };

    /** Replaces a grown table by its downsample: the full table is served until the downsample is ready, then released. */
    const switchToDownsample = (state: TableState, source: Table, spec: DownsampleSpec): void => {
      source.downsample({ ...spec, pixels }).then(
        (small) => {
          if (state.closed) return void small.close();
          state.subscription?.unsubscribe();
          void source.close();
          serve(state, small, true);
        },
        (err: unknown) => {
          if (!state.closed) fail(err);
        },
      );
    };

    const open = (id: number, mapping: Mapping): void => {
      if (tables.has(id)) return;
      const ref = refs.get(id);
      if (ref === undefined)
        return subscriber.error(new DeephavenError(Code.DataLoss, `the figure maps table ${String(id)}, which the server did not send`));
      const state: TableState = { downsampled: false, switching: false, closed: false };
      tables.set(id, state);
      ref
        .fetchTable()
        .then(async (source) => {
          if (state.closed) return void source.close();
          const spec = downsampleSpec(mapping, source);
          if (spec !== undefined && source.size > threshold)
            serve(state, await source.downsample({ ...spec, pixels }).finally(() => source.close()), true);
          // A ticking table that is small now is watched: it is downsampled once it grows past the threshold.
          else serve(state, source, false, source.isRefreshing ? spec : undefined);
        })
        .catch(fail);
    };

    const onMessage = ([payload, references]: readonly [Uint8Array, Fetchable[]]): void => {
      if (payload.length === 0) return;
      const message = JSON.parse(decoder.decode(payload)) as FigureMessage;
      if (message.type !== 'NEW_FIGURE') return;
      message.new_references.forEach((id, i) => {
        const ref = references[i];
        if (ref !== undefined) refs.set(id, ref);
      });
      for (const id of message.removed_references) {
        close(tables.get(id));
        tables.delete(id);
        void refs.get(id)?.close();
        refs.delete(id);
      }
      latest = message;
      for (const m of message.figure.deephaven.mappings) open(m.table, m);
      emit();
    };

    const sub = client.messages$.subscribe({
      next: (m) => {
        try {
          onMessage(m);
        } catch (err) {
          subscriber.error(DeephavenError.from(err));
        }
      },
      error: (err: unknown) => subscriber.error(err),
      complete: () => subscriber.complete(),
    });
    client.send(JSON.stringify({ type: 'RETRIEVE' })).catch((err: unknown) => subscriber.error(err));
    return () => {
      sub.unsubscribe();
      for (const state of tables.values()) close(state);
      tables.clear();
    };
  });
}

function close(state: TableState | undefined): void {
  if (state === undefined) return;
  state.closed = true;
  state.subscription?.unsubscribe();
  void state.table?.close();
}

function columnsOf(table: ArrowTable): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const field of table.schema.fields) {
    const child = table.getChild(field.name);
    if (child !== null) out.set(field.name, plainColumn(child));
  }
  return out;
}
