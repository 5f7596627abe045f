/** @internal The `FigureDescriptor` protobuf message read into plain data (see `figure-types.ts`). */
import { Code, DeephavenError } from '../errors.js';
import { FigureDescriptor } from '../generated/deephaven_core/proto/console_pb.js';
import type {
  AxisDescription,
  BusinessPeriod,
  ChartDescription,
  FigureDescription,
  KeyedSetting,
  MultiSeriesDescription,
  SeriesDescription,
  SourceDescription,
} from './figure-types.js';

type ChartPb = FigureDescriptor.ChartDescriptor;
type SeriesPb = FigureDescriptor.SeriesDescriptor;
type MultiPb = FigureDescriptor.MultiSeriesDescriptor;
type AxisPb = FigureDescriptor.AxisDescriptor;
type SourcePb = FigureDescriptor.SourceDescriptor;

/** An optional (proto3 `optional`) field: its value when set, else undefined. */
function opt<T>(present: boolean, value: T): T | undefined {
  return present ? value : undefined;
}

// The names of each enum's wire numbers, in order (proto/deephaven_core/proto/console.proto, FigureDescriptor).
const PLOT_STYLES = [
  'bar',
  'stackedBar',
  'line',
  'area',
  'stackedArea',
  'pie',
  'histogram',
  'ohlc',
  'scatter',
  'step',
  'errorBar',
  'treemap',
] as const;
const SOURCE_TYPES = [
  'x',
  'y',
  'z',
  'xLow',
  'xHigh',
  'yLow',
  'yHigh',
  'time',
  'open',
  'high',
  'low',
  'close',
  'shape',
  'size',
  'label',
  'color',
  'parent',
  'hoverText',
  'text',
] as const;
const CHART_TYPES = ['xy', 'pie', 'ohlc', 'category', 'xyz', 'category3d', 'treemap'] as const;
const AXIS_FORMATS = ['category', 'number'] as const;
const AXIS_TYPES = ['x', 'y', 'shape', 'size', 'label', 'color'] as const;
const AXIS_POSITIONS = ['top', 'bottom', 'left', 'right', 'none'] as const;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

function name<T extends string>(names: readonly T[], n: number): T | 'unknown' {
  return names[n] ?? 'unknown';
}

/**
 * @internal Reads a serialized `FigureDescriptor` into the SDK's own {@link FigureDescription}; `DataLoss` for bytes
 * that are not one.
 */
export function readFigureDescriptor(payload: Uint8Array): FigureDescription {
  let pb: FigureDescriptor;
  try {
    pb = FigureDescriptor.deserializeBinary(payload);
  } catch (err) {
    throw new DeephavenError(Code.DataLoss, `not a FigureDescriptor: ${String(err)}`, { cause: err });
  }
  return {
    title: opt(pb.hasTitle(), pb.getTitle()),
    titleFont: pb.getTitleFont(),
    titleColor: pb.getTitleColor(),
    updateIntervalMs: Number(pb.getUpdateInterval()),
    cols: pb.getCols(),
    rows: pb.getRows(),
    charts: pb.getChartsList().map(chart),
    errors: pb.getErrorsList(),
  };
}

function chart(c: ChartPb): ChartDescription {
  return {
    chartType: name(CHART_TYPES, c.getChartType()),
    title: opt(c.hasTitle(), c.getTitle()),
    titleFont: c.getTitleFont(),
    titleColor: c.getTitleColor(),
    colspan: c.getColspan(),
    rowspan: c.getRowspan(),
    column: c.getColumn(),
    row: c.getRow(),
    showLegend: c.getShowLegend(),
    legendFont: c.getLegendFont(),
    legendColor: c.getLegendColor(),
    is3d: c.getIs3d(),
    series: c.getSeriesList().map(series),
    multiSeries: c.getMultiSeriesList().map(multiSeries),
    axes: c.getAxesList().map(axis),
  };
}

const DOWNSAMPLED = new Set(['line', 'area', 'stackedArea', 'step']);

/** The table and columns of a series the server can downsample: x and y from one table, a line-like style. */
function downsampleOf(style: string, sources: readonly SourceDescription[]): SeriesDescription['downsample'] {
  const x = sources.find((d) => d.type === 'x');
  const y = sources.filter((d) => d.type === 'y');
  if (!DOWNSAMPLED.has(style) || x === undefined || y.length === 0 || y.some((d) => d.tableId !== x.tableId) || x.tableId < 0)
    return undefined;
  return { tableId: x.tableId, x: x.columnName, y: y.map((d) => d.columnName) };
}

function series(s: SeriesPb): SeriesDescription {
  const plotStyle = name(PLOT_STYLES, s.getPlotStyle());
  const dataSources = s.getDataSourcesList().map(source);
  return {
    downsample: downsampleOf(plotStyle, dataSources),
    name: s.getName(),
    plotStyle,
    linesVisible: opt(s.hasLinesVisible(), s.getLinesVisible()),
    shapesVisible: opt(s.hasShapesVisible(), s.getShapesVisible()),
    gradientVisible: s.getGradientVisible(),
    lineColor: s.getLineColor(),
    pointLabelFormat: opt(s.hasPointLabelFormat(), s.getPointLabelFormat()),
    xToolTipPattern: opt(s.hasXToolTipPattern(), s.getXToolTipPattern()),
    yToolTipPattern: opt(s.hasYToolTipPattern(), s.getYToolTipPattern()),
    shapeLabel: s.getShapeLabel(),
    shapeSize: opt(s.hasShapeSize(), s.getShapeSize()),
    shapeColor: s.getShapeColor(),
    shape: s.getShape(),
    dataSources,
  };
}

function source(d: SourcePb): SourceDescription {
  const oneClick = d.getOneClick();
  return {
    type: name(SOURCE_TYPES, d.getType()),
    axisId: d.getAxisId(),
    tableId: d.getTableId(),
    partitionedTableId: d.getPartitionedTableId(),
    columnName: d.getColumnName(),
    columnType: d.getColumnType(),
    oneClick:
      oneClick === undefined
        ? undefined
        : {
            columns: oneClick.getColumnsList(),
            columnTypes: oneClick.getColumnTypesList(),
            requireAllFiltersToDisplay: oneClick.getRequireAllFiltersToDisplay(),
          },
  };
}

interface KeyedPb<T> {
  getKeysList(): string[];
  getValuesList(): T[];
}

function keyed<T>(m: KeyedPb<T> | undefined, fallback: (m: KeyedPb<T>) => T | undefined): KeyedSetting<T> | undefined {
  if (m === undefined) return undefined;
  const values: Record<string, T> = {};
  const all = m.getValuesList();
  m.getKeysList().forEach((k, i) => {
    const v = all[i];
    if (v !== undefined) values[k] = v;
  });
  return { default: fallback(m), values };
}

type StringMap = FigureDescriptor.StringMapWithDefault;
type BoolMap = FigureDescriptor.BoolMapWithDefault;
type DoubleMap = FigureDescriptor.DoubleMapWithDefault;
// eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the generated classes' shared shape
const str = (m: KeyedPb<string>): string | undefined => opt((m as StringMap).hasDefaultString(), (m as StringMap).getDefaultString());
// eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the generated classes' shared shape
const bool = (m: KeyedPb<boolean>): boolean | undefined => opt((m as BoolMap).hasDefaultBool(), (m as BoolMap).getDefaultBool());
// eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the generated classes' shared shape
const dbl = (m: KeyedPb<number>): number | undefined => opt((m as DoubleMap).hasDefaultDouble(), (m as DoubleMap).getDefaultDouble());

function multiSeries(m: MultiPb): MultiSeriesDescription {
  return {
    name: m.getName(),
    plotStyle: name(PLOT_STYLES, m.getPlotStyle()),
    lineColor: keyed(m.getLineColor(), str),
    pointColor: keyed(m.getPointColor(), str),
    linesVisible: keyed(m.getLinesVisible(), bool),
    pointsVisible: keyed(m.getPointsVisible(), bool),
    gradientVisible: keyed(m.getGradientVisible(), bool),
    pointLabelFormat: keyed(m.getPointLabelFormat(), str),
    xToolTipPattern: keyed(m.getXToolTipPattern(), str),
    yToolTipPattern: keyed(m.getYToolTipPattern(), str),
    pointLabel: keyed(m.getPointLabel(), str),
    pointSize: keyed(m.getPointSize(), dbl),
    pointShape: keyed(m.getPointShape(), str),
    dataSources: m.getDataSourcesList().map((d) => ({
      type: name(SOURCE_TYPES, d.getType()),
      axisId: d.getAxisId(),
      partitionedTableId: d.getPartitionedTableId(),
      columnName: d.getColumnName(),
    })),
  };
}

function periods(list: FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod[]): BusinessPeriod[] {
  return list.map((p) => ({ open: p.getOpen(), close: p.getClose() }));
}

function axis(a: AxisPb): AxisDescription {
  const cal = a.getBusinessCalendarDescriptor();
  return {
    id: a.getId(),
    type: name(AXIS_TYPES, a.getType()),
    formatType: name(AXIS_FORMATS, a.getFormatType()),
    position: name(AXIS_POSITIONS, a.getPosition()),
    log: a.getLog(),
    label: a.getLabel(),
    labelFont: a.getLabelFont(),
    ticksFont: a.getTicksFont(),
    formatPattern: opt(a.hasFormatPattern(), a.getFormatPattern()),
    color: a.getColor(),
    minRange: a.getMinRange(),
    maxRange: a.getMaxRange(),
    minorTicksVisible: a.getMinorTicksVisible(),
    majorTicksVisible: a.getMajorTicksVisible(),
    minorTickCount: a.getMinorTickCount(),
    gapBetweenMajorTicks: opt(a.hasGapBetweenMajorTicks(), a.getGapBetweenMajorTicks()),
    majorTickLocations: a.getMajorTickLocationsList(),
    tickLabelAngle: a.getTickLabelAngle(),
    invert: a.getInvert(),
    isTimeAxis: a.getIsTimeAxis(),
    businessCalendar:
      cal === undefined
        ? undefined
        : {
            name: cal.getName(),
            timeZone: cal.getTimeZone(),
            businessDays: cal.getBusinessDaysList().map((d) => name(DAYS, d)),
            businessPeriods: periods(cal.getBusinessPeriodsList()),
            holidays: cal.getHolidaysList().map((h) => {
              const date = h.getDate();
              return {
                date: date === undefined ? undefined : { year: date.getYear(), month: date.getMonth(), day: date.getDay() },
                businessPeriods: periods(h.getBusinessPeriodsList()),
              };
            }),
          },
  };
}
