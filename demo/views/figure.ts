// Figures drawn with uPlot from the FigureDescriptor; each series follows its table's live updates, so plots tick.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { firstValueFrom, map, Subscription, type Observable } from 'rxjs';
import { decodeFigure, type PluginClient, type Table } from 'deephaven-rx';
import type { Table as ArrowTable } from 'apache-arrow';

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

  constructor(private readonly box: HTMLElement) {}

  /** Reads the figure from its plugin client and follows its tables; resolves once it is first drawn. */
  async show(client: PluginClient, fallbackTitle: string): Promise<void> {
    this.stop();
    const [payload, refs] = await firstValueFrom(client.respStream);
    const figure = decodeFigure(payload);
    const chart = figure.charts[0];
    if (chart === undefined) throw new Error('the figure has no charts');
    const specs: SeriesSpec[] = [];
    for (const series of chart.series) {
      const x = series.dataSources.find((d) => d.type === 'x');
      const y = series.dataSources.find((d) => d.type === 'y');
      if (x === undefined || y === undefined || x.tableId !== y.tableId) continue;
      const scatter = series.plotStyle === 'scatter';
      specs.push({ name: series.name, tableId: x.tableId, x: x.columnName, y: y.columnName, points: scatter || series.shapesVisible === true, line: !scatter });
    }
    const first = specs[0];
    if (first === undefined) throw new Error('the figure has no XY series this demo can draw');
    // uPlot draws every series over one x array: those on the first series' table and x column are drawn.
    const drawn = specs.filter((s) => s.tableId === first.tableId && s.x === first.x);
    const ref = refs[first.tableId];
    if (ref === undefined) throw new Error(`the figure references table ${first.tableId}, which it did not send`);
    const table = (await ref.fetch()) as Table;
    const xAxis = chart.axes.find((a) => a.type === 'x');
    const yAxis = chart.axes.find((a) => a.type === 'y');
    const title = chart.title || figure.title || fallbackTitle;
    const data$: Observable<uPlot.AlignedData> = table.updates({ updateIntervalMs: 250, coalesce: true }).pipe(map((u) => columns(u.table, first.x, drawn)));
    let ready: () => void = () => undefined;
    const drawnOnce = new Promise<void>((resolve) => (ready = resolve));
    this.subscription.add(() => void table.close());
    this.subscription.add(
      data$.subscribe({
        next: (data) => {
          if (this.plot === undefined) this.plot = this.create(title, xAxis?.label, yAxis?.label, drawn, data);
          else this.plot.setData(data);
          this.box.dataset['points'] = String(data[0].length);
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
  }

  private create(title: string, xLabel: string | undefined, yLabel: string | undefined, drawn: SeriesSpec[], data: uPlot.AlignedData): uPlot {
    return new uPlot(
      {
        title,
        width: Math.max(320, this.box.clientWidth || 640),
        height: 340,
        scales: { x: { time: false } },
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

function columns(table: ArrowTable, x: string, drawn: SeriesSpec[]): uPlot.AlignedData {
  const read = (name: string): number[] => Array.from((table.getChild(name)?.toArray() ?? []) as ArrayLike<unknown>, Number);
  return [read(x), ...drawn.map((s) => read(s.y))];
}

