// Figures drawn with uPlot from the FigureDescriptor; each series follows its table's live updates, so plots tick.
// A big table with a time x (over DOWNSAMPLE_ABOVE rows, or once a ticking one grows past it) is downsampled on the
// server to the plot's pixel width (table.downsample), and again for the x range a drag selects (the zoom); a double
// click goes back to all of it.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { BehaviorSubject, distinctUntilChanged, firstValueFrom, map, Observable, of, Subscription, switchMap, takeWhile } from 'rxjs';
import { decodeFigure, type PluginClient, type Table } from 'deephaven-rx';
import type { Table as ArrowTable, Vector } from 'apache-arrow';

/** Tables with more rows than this are downsampled when their x is a time column. */
const DOWNSAMPLE_ABOVE = 30_000;
/** An x range, in uPlot's units (seconds for a time x). */
interface Range {
  readonly min: number;
  readonly max: number;
}

const COLORS = ['#2f6fdf', '#e8710a', '#1e8e3e', '#9334e6'];

interface SeriesSpec {
  name: string;
  tableId: number;
  x: string;
  y: string;
  points: boolean;
  line: boolean;
}

/** Draws one Figure at a time into `box`, redrawing as its tables tick. */
export class FigureView {
  private plot: uPlot | undefined;
  private subscription = new Subscription();
  /** A downsampled figure's zoom: asks the server for the rows of this x range (undefined: all). */
  private zoom: ((range: Range | undefined) => void) | undefined;

  constructor(private readonly box: HTMLElement) {
    box.addEventListener('dblclick', () => this.zoom?.(undefined));
  }

  /** Reads the figure from its plugin client and follows its tables; resolves once it is first drawn. */
  // eslint-disable-next-line complexity -- one branch per case of the view's state; splitting it would scatter one decision
  async show(client: PluginClient, fallbackTitle: string): Promise<void> {
    this.stop();
    const [payload, refs] = await firstValueFrom(client.messages$);
    const figure = decodeFigure(payload);
    const chart = figure.charts[0];
    if (chart === undefined) throw new Error('the figure has no charts');
    const specs: SeriesSpec[] = [];
    for (const series of chart.series) {
      const x = series.dataSources.find((d) => d.type === 'x');
      const y = series.dataSources.find((d) => d.type === 'y');
      if (x === undefined || y === undefined || x.tableId !== y.tableId) continue;
      const scatter = series.plotStyle === 'scatter';
      specs.push({
        name: series.name,
        tableId: x.tableId,
        x: x.columnName,
        y: y.columnName,
        points: scatter || series.shapesVisible === true,
        line: !scatter,
      });
    }
    const first = specs[0];
    if (first === undefined) throw new Error('the figure has no XY series this demo can draw');
    // uPlot draws every series over one x array: those on the first series' table and x column are drawn.
    const drawn = specs.filter((s) => s.tableId === first.tableId && s.x === first.x);
    const ref = refs[first.tableId];
    if (ref === undefined) throw new Error(`the figure references table ${first.tableId}, which it did not send`);
    const table = await ref.fetchTable();
    const xAxis = chart.axes.find((a) => a.type === 'x');
    const yAxis = chart.axes.find((a) => a.type === 'y');
    const title = chart.title || figure.title || fallbackTitle;
    const isTime = (table.schema.fields.find((f) => f.name === first.x)?.type as { typeId?: number } | undefined)?.typeId === 10;
    const zoom$ = new BehaviorSubject<Range | undefined>(undefined);
    const pixels = Math.max(320, this.box.clientWidth || 640);
    // Whether to downsample follows the table's size: a ticking table that starts small is drawn whole and
    // switches to its downsample (for good) once it grows past DOWNSAMPLE_ABOVE; the whole subscription then ends.
    const big$: Observable<boolean> =
      !isTime || !table.isRefreshing || table.size > DOWNSAMPLE_ABOVE
        ? of(isTime && table.size > DOWNSAMPLE_ABOVE)
        : table.size$.pipe(
            map((n) => n > DOWNSAMPLE_ABOVE),
            distinctUntilChanged(),
            takeWhile((big) => !big, true),
          );
    const data$: Observable<uPlot.AlignedData> = big$.pipe(
      switchMap((downsampled) => {
        this.box.dataset['downsampled'] = String(downsampled);
        this.zoom = downsampled ? (range) => zoom$.next(range) : undefined;
        return downsampled
          ? zoom$.pipe(
              switchMap((zoom) => {
                this.box.dataset['zoom'] =
                  zoom === undefined ? 'all' : `${new Date(zoom.min * 1000).toISOString()}/${new Date(zoom.max * 1000).toISOString()}`;
                return downsampledUpdates(table, first.x, drawn, pixels, zoom);
              }),
            )
          : table.updates({ updateIntervalMs: 250, coalesce: true }).pipe(map((u) => columns(u.table, first.x, drawn)));
      }),
    );
    this.box.dataset['pixels'] = String(pixels);
    this.box.dataset['sourceRows'] = String(table.size);
    let ready: () => void = () => undefined;
    const drawnOnce = new Promise<void>((resolve) => (ready = resolve));
    this.subscription.add(() => void table.close());
    this.subscription.add(
      data$.subscribe({
        next: (data) => {
          // A zoomed downsample keeps a few rows outside the range (where its lines run on): the x scale stays on it.
          const zoom = zoom$.value;
          if (this.plot === undefined) this.plot = this.create(title, xAxis?.label, yAxis?.label, drawn, data, isTime);
          else this.plot.setData(data, zoom === undefined);
          if (zoom !== undefined) this.plot.setScale('x', zoom);
          this.box.dataset['inZoom'] = zoom === undefined ? '' : String(data[0].filter((x) => x >= zoom.min && x <= zoom.max).length);
          this.box.dataset['points'] = String(data[0].length);
          this.box.dataset['firstX'] = String(data[0][0] ?? '');
          this.box.dataset['lastX'] = String(data[0][data[0].length - 1] ?? '');
          this.box.dataset['series'] = String(drawn.length);
          ready();
        },
        error: () => ready(),
      }),
    );
    await drawnOnce;
  }

  /** Stops following and removes the plot. */
  stop(): void {
    this.subscription.unsubscribe();
    this.subscription = new Subscription();
    this.plot?.destroy();
    this.plot = undefined;
    this.zoom = undefined;
    for (const key of ['zoom', 'inZoom', 'downsampled', 'pixels', 'sourceRows', 'points', 'series', 'firstX', 'lastX'])
      this.box.removeAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }

  private create(
    title: string,
    xLabel: string | undefined,
    yLabel: string | undefined,
    drawn: SeriesSpec[],
    data: uPlot.AlignedData,
    isTime: boolean,
  ): uPlot {
    // A drag selects an x range: a downsampled figure asks the server for it, others zoom in place (uPlot's own).
    const zoomed = (u: uPlot): void => {
      if (u.select.width <= 0) return;
      const range = { min: u.posToVal(u.select.left, 'x'), max: u.posToVal(u.select.left + u.select.width, 'x') };
      u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
      if (this.zoom !== undefined) this.zoom(range);
      else u.setScale('x', range);
    };
    return new uPlot(
      {
        title,
        width: Math.max(320, this.box.clientWidth || 640),
        height: 340,
        scales: { x: { time: isTime } },
        cursor: { drag: { x: true, y: false, setScale: false, dist: 1 } },
        hooks: { setSelect: [zoomed] },
        axes: [{ label: xLabel || 'x' }, { label: yLabel || 'y' }],
        series: [
          {},
          ...drawn.map((s, i) => ({
            label: s.name,
            stroke: COLORS[i % COLORS.length] ?? '#2f6fdf',
            width: s.line ? 2 : 0,
            points: { show: s.points || data[0].length <= 60 },
          })),
        ],
      },
      data,
      this.box,
    );
  }
}

/**
 * The figure's series from a downsample of `table` for `pixels` and the x range `zoom` (seconds), live: the server
 * keeps the downsample up to date as the table ticks. The downsampled table is released on unsubscribe.
 */
function downsampledUpdates(
  table: Table,
  x: string,
  drawn: SeriesSpec[],
  pixels: number,
  zoom: Range | undefined,
): Observable<uPlot.AlignedData> {
  return new Observable<uPlot.AlignedData>((subscriber) => {
    const controller = new AbortController();
    let small: Table | undefined;
    let inner: Subscription | undefined;
    let closed = false;
    const ys = [...new Set(drawn.map((s) => s.y))];
    const range = zoom === undefined ? undefined : { min: new Date(zoom.min * 1000), max: new Date(zoom.max * 1000) };
    table.downsample({ x, y: ys, pixels, zoom: range, signal: controller.signal }).then(
      (t) => {
        if (closed) return void t.close();
        small = t;
        inner = t
          .updates({ updateIntervalMs: 250, coalesce: true })
          .pipe(map((u) => columns(u.table, x, drawn, true)))
          .subscribe(subscriber);
      },
      (err: unknown) => {
        if (!closed) subscriber.error(err);
      },
    );
    return () => {
      closed = true;
      controller.abort();
      inner?.unsubscribe();
      void small?.close();
    };
  });
}

/** A column as numbers; a time column as seconds (uPlot's time unit). */
function numbers(vector: Vector | null): number[] {
  if (vector === null) return [];
  const type = vector.type as { typeId: number; unit?: number };
  if (type.typeId !== 10) return Array.from(vector.toArray() as ArrayLike<unknown>, Number);
  const perSecond = [1, 1e3, 1e6, 1e9][type.unit ?? 0] ?? 1;
  const out = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const v: unknown = vector.get(i);
    // apache-arrow gives a timestamp as epoch milliseconds (a number); raw epoch values (bigint) in the column's unit.
    out[i] =
      v === null || v === undefined
        ? Number.NaN
        : v instanceof Date
          ? v.getTime() / 1000
          : typeof v === 'bigint'
            ? Number(v) / perSecond
            : Number(v) / 1000;
  }
  return out;
}

function columns(table: ArrowTable, x: string, drawn: SeriesSpec[], sortByX = false): uPlot.AlignedData {
  const read = (name: string): number[] => numbers(table.getChild(name));
  const xs = read(x);
  const series = drawn.map((s) => read(s.y));
  if (!sortByX) return [xs, ...series];
  // A downsample keeps rows in the source's order, not always x's: uPlot draws along x ascending.
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] as number) - (xs[b] as number));
  return [order.map((i) => xs[i] as number), ...series.map((ys) => order.map((i) => ys[i] as number))];
}
