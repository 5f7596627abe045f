import { Code, DeephavenError } from '../errors.js';
import { formatDate } from './format-date.js';
import { formatNumber } from './format-number.js';

/**
 * Options of {@link formatValue}.
 *
 * @example
 * ```ts
 * const options: FormatValueOptions = { timeZone: 'Europe/London' };
 * formatValue(Date.UTC(2024, 6, 1, 12), 'HH:mm z', 'java.time.Instant', options); // '13:00 BST'
 * ```
 */
export interface FormatValueOptions {
  /**
   * The IANA time zone date-times are shown in (`Instant` and `ZonedDateTime` columns; `LocalDate` values are shown
   * as they are).
   * @default 'America/New_York' (the default of Deephaven's web UI)
   */
  readonly timeZone?: string;
}

const DATE_TYPES = new Set([
  'java.time.Instant',
  'java.time.ZonedDateTime',
  'java.time.LocalDateTime',
  'java.time.LocalDate',
  'date',
  'datetime',
]);
const LOCAL_TYPES = new Set(['java.time.LocalDate', 'java.time.LocalDateTime']);

/**
 * Renders a value with one of Deephaven's patterns, as the server's Java would: a `DecimalFormat` pattern for
 * numbers (`$#,##0.00`, `0.00%`, `0.###E0`, `#,##0;(#,##0)`; half-even rounding) or a `DateTimeFormatter` pattern
 * for date-times (`yyyy-MM-dd HH:mm:ss.SSS z`). `type` is the column's Deephaven type (its `deephaven:type`
 * metadata, e.g. `double`, `long`, `java.time.Instant`); `date` and `datetime` are accepted too. Numbers come as
 * `number` or `bigint`; date-times as epoch milliseconds (`number`, as apache-arrow reads timestamps), epoch
 * nanoseconds (`bigint`) or a `Date`. `null` and `undefined` render as an empty string. Text is US English.
 * Scientific patterns with a variable number of integer digits (`##0.##E0`) are shown with the minimum.
 *
 * @example
 * ```ts
 * formatValue(-1234.5, '$#,##0.00', 'double'); // '-$1,234.50'
 * // '2024-03-10 13:00 EDT'
 * formatValue(Date.UTC(2024, 2, 10, 17), 'yyyy-MM-dd HH:mm z', 'java.time.Instant', { timeZone: 'America/New_York' });
 * ```
 */
export function formatValue(value: unknown, pattern: string, type: string, options: FormatValueOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof pattern !== 'string')
    throw new DeephavenError(Code.InvalidArgument, `formatValue takes a pattern string, got ${typeof pattern}`);
  if (DATE_TYPES.has(type))
    return formatDate(epochNanos(value), pattern, LOCAL_TYPES.has(type) ? 'UTC' : (options.timeZone ?? 'America/New_York'));
  if (typeof value === 'number' || typeof value === 'bigint') return formatNumber(value, pattern);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return formatNumber(Number(value), pattern);
  throw new DeephavenError(Code.InvalidArgument, `formatValue: a ${type} pattern takes a number or bigint, got ${typeof value}`);
}

function epochNanos(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.round(value * 1000)) * 1000n;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return BigInt(value.getTime()) * 1_000_000n;
  throw new DeephavenError(
    Code.InvalidArgument,
    `formatValue: a date-time is epoch milliseconds, epoch nanoseconds (bigint) or a Date, got ${String(value)}`,
  );
}
