import { describe, expect, it } from 'vitest';
import { DeephavenError, decodeFigure } from '../../../src/index.js';
import { FigureDescriptor } from '../../../src/transport/services.js';

function sampleFigure(
  style: FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap] = FigureDescriptor.SeriesPlotStyle.SCATTER,
): Uint8Array {
  const f = new FigureDescriptor();
  f.setTitle('Prices');
  f.setCols(1);
  f.setRows(1);
  f.setUpdateInterval('1000');
  const chart = new FigureDescriptor.ChartDescriptor();
  chart.setChartType(FigureDescriptor.ChartDescriptor.ChartType.XY);
  const series = new FigureDescriptor.SeriesDescriptor();
  series.setName('Random numbers');
  series.setPlotStyle(style);
  series.setShapesVisible(true);
  for (const [type, column] of [
    [FigureDescriptor.SourceType.X, 'X'],
    [FigureDescriptor.SourceType.Y, 'Y'],
  ] as const) {
    const d = new FigureDescriptor.SourceDescriptor();
    d.setType(type);
    d.setColumnName(column);
    d.setTableId(0);
    d.setAxisId(column === 'X' ? 'x0' : 'y0');
    series.addDataSources(d);
  }
  chart.addSeries(series);
  const axis = new FigureDescriptor.AxisDescriptor();
  axis.setId('x0');
  axis.setType(FigureDescriptor.AxisDescriptor.AxisType.X);
  axis.setPosition(FigureDescriptor.AxisDescriptor.AxisPosition.BOTTOM);
  axis.setFormatType(FigureDescriptor.AxisDescriptor.AxisFormatType.NUMBER);
  chart.addAxes(axis);
  f.addCharts(chart);
  return f.serializeBinary();
}

describe('decodeFigure', () => {
  it('a line series carries what Table.downsample needs (its table and x/y columns); a scatter series does not', () => {
    const line = decodeFigure(sampleFigure(FigureDescriptor.SeriesPlotStyle.LINE)).charts[0]?.series[0];
    expect(line?.downsample).toEqual({ tableId: 0, x: 'X', y: ['Y'] });
    expect(decodeFigure(sampleFigure()).charts[0]?.series[0]?.downsample).toBeUndefined();
  });

  it('returns plain data with charts, series, dataSources and axes; enums as strings', () => {
    const figure = decodeFigure(sampleFigure());
    expect(figure).toMatchObject({ title: 'Prices', cols: 1, rows: 1, updateIntervalMs: 1000, errors: [] });
    const chart = figure.charts[0];
    expect(chart).toMatchObject({ chartType: 'xy', title: undefined });
    expect(chart?.series[0]).toMatchObject({ name: 'Random numbers', plotStyle: 'scatter', shapesVisible: true, linesVisible: undefined });
    expect(chart?.series[0]?.dataSources.map((d) => [d.type, d.columnName, d.tableId])).toEqual([
      ['x', 'X', 0],
      ['y', 'Y', 0],
    ]);
    expect(chart?.axes[0]).toMatchObject({ id: 'x0', type: 'x', position: 'bottom', formatType: 'number', businessCalendar: undefined });
    expect(Object.keys(figure)).not.toContain('chartsList');
  });

  it('names enum values it does not know "unknown"', () => {
    const f = FigureDescriptor.deserializeBinary(sampleFigure());
    f.getChartsList()[0]
      ?.getSeriesList()[0]
      ?.setPlotStyle(99 as never);
    expect(decodeFigure(f.serializeBinary()).charts[0]?.series[0]?.plotStyle).toBe('unknown');
  });

  it('rejects no bytes and bytes that are not a Figure with a DeephavenError', () => {
    expect(() => decodeFigure(new Uint8Array())).toThrow(DeephavenError);
    expect(() => decodeFigure(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(/DATA_LOSS/);
  });
});
