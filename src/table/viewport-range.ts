import { Code, DeephavenError } from '../errors.js';
import type { ViewportRange } from './live-types.js';

/** @internal True when a viewport's `rows` argument is one range rather than an Observable (or Promise) of ranges. */
export function isRange(rows: unknown): rows is ViewportRange {
  return typeof rows === 'object' && rows !== null && 'first' in rows && 'last' in rows && !('subscribe' in rows);
}

/** @internal Throws a {@link DeephavenError} (INVALID_ARGUMENT) unless `range` is `{ first, last }` with 0 <= first <= last. */
export function checkRange(range: ViewportRange): void {
  const ok =
    typeof range === 'object' &&
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checks a JavaScript caller's value
    range !== null &&
    Number.isSafeInteger(range.first) &&
    Number.isSafeInteger(range.last) &&
    range.first >= 0 &&
    range.last >= range.first;
  if (!ok)
    throw new DeephavenError(
      Code.InvalidArgument,
      `a viewport range is { first, last } with 0 <= first <= last, got ${JSON.stringify(range)}`,
    );
}
