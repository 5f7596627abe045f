/**
 * The shape of a Figure as {@link decodeFigure} returns it: plain, stable data written for this SDK (not the
 * generated protobuf classes), enums as string unions. A value a newer server sends that this SDK does not know
 * reads as `'unknown'`.
 */

/** How a series is drawn. */
export type SeriesPlotStyle =
  | 'bar'
  | 'stackedBar'
  | 'line'
  | 'area'
  | 'stackedArea'
  | 'pie'
  | 'histogram'
  | 'ohlc'
  | 'scatter'
  | 'step'
  | 'errorBar'
  | 'treemap'
  | 'unknown';

/** What a data source of a series holds. */
export type SourceType =
  | 'x'
  | 'y'
  | 'z'
  | 'xLow'
  | 'xHigh'
  | 'yLow'
  | 'yHigh'
  | 'time'
  | 'open'
  | 'high'
  | 'low'
  | 'close'
  | 'shape'
  | 'size'
  | 'label'
  | 'color'
  | 'parent'
  | 'hoverText'
  | 'text'
  | 'unknown';

/** The kind of a chart. */
export type ChartType = 'xy' | 'pie' | 'ohlc' | 'category' | 'xyz' | 'category3d' | 'treemap' | 'unknown';

/** How an axis formats its values. */
export type AxisFormatType = 'category' | 'number' | 'unknown';

/** What an axis measures. */
export type AxisType = 'x' | 'y' | 'shape' | 'size' | 'label' | 'color' | 'unknown';

/** Where an axis is drawn. */
export type AxisPosition = 'top' | 'bottom' | 'left' | 'right' | 'none' | 'unknown';

/** A day of the week in a business calendar. */
export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'unknown';

/** A Figure: a grid of charts. */
export interface FigureDescription {
  readonly title: string | undefined;
  readonly titleFont: string;
  readonly titleColor: string;
  /** How often the server redraws the figure, in milliseconds. */
  readonly updateIntervalMs: number;
  /** Columns of the chart grid. */
  readonly cols: number;
  /** Rows of the chart grid. */
  readonly rows: number;
  readonly charts: readonly ChartDescription[];
  /** Errors the server met while building the figure. */
  readonly errors: readonly string[];
}

/** One chart of a {@link FigureDescription}. */
export interface ChartDescription {
  readonly chartType: ChartType;
  readonly title: string | undefined;
  readonly titleFont: string;
  readonly titleColor: string;
  readonly colspan: number;
  readonly rowspan: number;
  readonly column: number;
  readonly row: number;
  readonly showLegend: boolean;
  readonly legendFont: string;
  readonly legendColor: string;
  readonly is3d: boolean;
  readonly series: readonly SeriesDescription[];
  readonly multiSeries: readonly MultiSeriesDescription[];
  readonly axes: readonly AxisDescription[];
}

/** One series of a chart. */
export interface SeriesDescription {
  readonly name: string;
  readonly plotStyle: SeriesPlotStyle;
  readonly linesVisible: boolean | undefined;
  readonly shapesVisible: boolean | undefined;
  readonly gradientVisible: boolean;
  readonly lineColor: string;
  readonly pointLabelFormat: string | undefined;
  readonly xToolTipPattern: string | undefined;
  readonly yToolTipPattern: string | undefined;
  readonly shapeLabel: string;
  readonly shapeSize: number | undefined;
  readonly shapeColor: string;
  readonly shape: string;
  readonly dataSources: readonly SourceDescription[];
  /**
   * What `Table.downsample` needs to draw this series at any width, when it can be downsampled (a line, area or
   * step series whose x and y come from one table): that table's index in the message's references and the
   * columns. Pass `x` and `y` with the chart's width as `pixels`.
   */
  readonly downsample?: { readonly tableId: number; readonly x: string; readonly y: readonly string[] } | undefined;
}

/**
 * Where a series' values come from: a column of a table. `tableId` is an index into the references of the
 * message the figure came with.
 */
export interface SourceDescription {
  readonly type: SourceType;
  readonly axisId: string;
  readonly tableId: number;
  readonly partitionedTableId: number;
  readonly columnName: string;
  readonly columnType: string;
  readonly oneClick: OneClickDescription | undefined;
}

/** The one-click filters of a source. */
export interface OneClickDescription {
  readonly columns: readonly string[];
  readonly columnTypes: readonly string[];
  readonly requireAllFiltersToDisplay: boolean;
}

/** A per-key setting of a multi-series with a default: `values[key]`, else `default`. */
export interface KeyedSetting<T> {
  readonly default: T | undefined;
  readonly values: Readonly<Record<string, T>>;
}

/** A series per key of a partitioned table. */
export interface MultiSeriesDescription {
  readonly name: string;
  readonly plotStyle: SeriesPlotStyle;
  readonly lineColor: KeyedSetting<string> | undefined;
  readonly pointColor: KeyedSetting<string> | undefined;
  readonly linesVisible: KeyedSetting<boolean> | undefined;
  readonly pointsVisible: KeyedSetting<boolean> | undefined;
  readonly gradientVisible: KeyedSetting<boolean> | undefined;
  readonly pointLabelFormat: KeyedSetting<string> | undefined;
  readonly xToolTipPattern: KeyedSetting<string> | undefined;
  readonly yToolTipPattern: KeyedSetting<string> | undefined;
  readonly pointLabel: KeyedSetting<string> | undefined;
  readonly pointSize: KeyedSetting<number> | undefined;
  readonly pointShape: KeyedSetting<string> | undefined;
  readonly dataSources: readonly MultiSeriesSourceDescription[];
}

/** Where a multi-series' values come from. */
export interface MultiSeriesSourceDescription {
  readonly type: SourceType;
  readonly axisId: string;
  readonly partitionedTableId: number;
  readonly columnName: string;
}

/** An axis of a chart. */
export interface AxisDescription {
  readonly id: string;
  readonly type: AxisType;
  readonly formatType: AxisFormatType;
  readonly position: AxisPosition;
  readonly log: boolean;
  readonly label: string;
  readonly labelFont: string;
  readonly ticksFont: string;
  readonly formatPattern: string | undefined;
  readonly color: string;
  readonly minRange: number;
  readonly maxRange: number;
  readonly minorTicksVisible: boolean;
  readonly majorTicksVisible: boolean;
  readonly minorTickCount: number;
  readonly gapBetweenMajorTicks: number | undefined;
  readonly majorTickLocations: readonly number[];
  readonly tickLabelAngle: number;
  readonly invert: boolean;
  readonly isTimeAxis: boolean;
  readonly businessCalendar: BusinessCalendarDescription | undefined;
}

/** The business calendar of a time axis. */
export interface BusinessCalendarDescription {
  readonly name: string;
  readonly timeZone: string;
  readonly businessDays: readonly DayOfWeek[];
  readonly businessPeriods: readonly BusinessPeriod[];
  readonly holidays: readonly Holiday[];
}

/** Opening hours, as `HH:mm` strings. */
export interface BusinessPeriod {
  readonly open: string;
  readonly close: string;
}

/** A holiday of a business calendar, with its (possibly shortened) hours. */
export interface Holiday {
  readonly date: { readonly year: number; readonly month: number; readonly day: number } | undefined;
  readonly businessPeriods: readonly BusinessPeriod[];
}
