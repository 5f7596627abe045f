import { Code, DeephavenError } from '../errors.js';
import type { CallOptions } from '../rx/abortable.js';
import type { DownsampleSpec } from '../services/chart-downsample.js';

/** An end of the x range {@link DownsampleOptions.zoom} keeps: epoch nanoseconds, or a `Date`. */
export type ZoomBound = bigint | Date;

/** Options of `Table.downsample`. */
export interface DownsampleOptions extends CallOptions {
  /** The x column (a time column, e.g. `Timestamp`; the server buckets its values by pixel). */
  readonly x: string;
  /** The y column or columns kept for each bucket (their first, last, minimum and maximum rows are kept). */
  readonly y: string | readonly string[];
  /** The chart's width in pixels: the number of buckets across the x range. A positive integer. */
  readonly pixels: number;
  /**
   * The x range shown (the chart's zoom): rows outside it are left out, and the buckets span it. Left out (or an
   * end left out), the range is the data's.
   */
  readonly zoom?: { readonly min?: ZoomBound | undefined; readonly max?: ZoomBound | undefined } | undefined;
  /** Cancels the request; the Promise rejects with an `AbortError` and nothing is left on the server. */
  readonly signal?: AbortSignal | undefined;
}

const nanos = (b: ZoomBound): string => (b instanceof Date ? `${String(b.getTime())}000000` : String(b));

// eslint-disable-next-line complexity -- one check per option, each with its own message
function checked(columns: readonly string[], options: unknown): { x: string; y: string[]; pixels: number } {
  const o = (options ?? {}) as Partial<DownsampleOptions>;
  const y = typeof o.y === 'string' ? [o.y] : Array.isArray(o.y) ? [...(o.y as readonly string[])] : [];
  if (typeof o.x !== 'string' || o.x === '') throw new DeephavenError(Code.InvalidArgument, 'downsample takes the x column name as x');
  if (y.length === 0 || y.some((c) => typeof c !== 'string' || c === ''))
    throw new DeephavenError(Code.InvalidArgument, 'downsample takes y as a column name or a non-empty array of them');
  const unknown = [o.x, ...y].filter((c) => !columns.includes(c));
  if (unknown.length > 0)
    throw new DeephavenError(
      Code.InvalidArgument,
      `downsample: the table has no column ${unknown.map((c) => JSON.stringify(c)).join(', ')} (it has ${columns.join(', ')})`,
    );
  if (typeof o.pixels !== 'number' || !Number.isInteger(o.pixels) || o.pixels <= 0)
    throw new DeephavenError(Code.InvalidArgument, `downsample takes pixels as a positive integer, got ${String(o.pixels)}`);
  for (const b of [o.zoom?.min, o.zoom?.max])
    if (b !== undefined && typeof b !== 'bigint' && !(b instanceof Date && !Number.isNaN(b.getTime())))
      throw new DeephavenError(Code.InvalidArgument, 'downsample takes the zoom range ends as epoch nanoseconds (bigint) or Dates');
  return { x: o.x, y, pixels: o.pixels };
}

/** @internal The request of a downsample of a table with `columns`; bad options throw `InvalidArgument`. */
export function downsampleSpec(columns: readonly string[], options: DownsampleOptions): DownsampleSpec {
  const { x, y, pixels } = checked(columns, options);
  const z = options.zoom;
  const zoom =
    z === undefined
      ? undefined
      : { min: z.min === undefined ? undefined : nanos(z.min), max: z.max === undefined ? undefined : nanos(z.max) };
  return { x, y, pixels, zoom };
}
