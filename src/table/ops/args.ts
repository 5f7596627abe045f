/** @internal Argument checks shared by the table operations and builders: bad input fails before any call. */
import { Code, DeephavenError } from '../../errors.js';

/** An `InvalidArgument` error naming the operation. */
export function badArgument(op: string, message: string): DeephavenError {
  return new DeephavenError(Code.InvalidArgument, `${op}: ${message}`);
}

function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- undefined for undefined, functions
    return (JSON.stringify(value) as string | undefined) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A string or array of non-empty strings as an array; `undefined` (when allowed) as an empty one. */
export function names(value: unknown, op: string, what: string, options: { emptyOk?: boolean; optional?: boolean } = {}): string[] {
  if (value === undefined && options.optional === true) return [];
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? [...(value as unknown[])] : undefined;
  if (list === undefined || list.some((s) => typeof s !== 'string' || s.trim() === ''))
    throw badArgument(op, `takes ${what} as a string or an array of non-empty strings, got ${show(value)}`);
  if (list.length === 0 && options.emptyOk !== true && options.optional !== true)
    throw badArgument(op, `needs at least one of its ${what}`);
  return list as string[];
}

/** One non-empty string. */
export function name(value: unknown, op: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw badArgument(op, `takes ${what} as a non-empty string, got ${show(value)}`);
  return value;
}

/** A whole number (number or bigint), at least `min`. */
export function whole(value: unknown, op: string, what: string, min = 0n): bigint {
  if (!(typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value))) || BigInt(value) < min)
    throw badArgument(op, `takes ${what} as an integer${min === 0n ? ' ≥ 0' : min < -(2n ** 62n) ? '' : ` ≥ ${min}`}, got ${show(value)}`);
  return BigInt(value);
}

/** Any whole number, negative ones included. */
export function anyWhole(value: unknown, op: string, what: string): bigint {
  return whole(value, op, what, -(2n ** 63n));
}

/** A finite number. */
export function finite(value: unknown, op: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badArgument(op, `takes ${what} as a finite number, got ${show(value)}`);
  return value;
}

/** A boolean. */
export function flag(value: unknown, op: string, what: string): boolean {
  if (typeof value !== 'boolean') throw badArgument(op, `takes ${what} as true or false, got ${show(value)}`);
  return value;
}

/** One of the allowed strings. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], op: string, what: string): T {
  if (!allowed.includes(value as T))
    throw badArgument(op, `takes ${what} as one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${show(value)}`);
  return value as T;
}

/** A span of time: nanoseconds (integer number or bigint) or a duration string such as `'PT5M'`. */
export function span(value: unknown, op: string, what: string): bigint | string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value))) return BigInt(value);
  throw badArgument(op, `takes ${what} as nanoseconds (an integer) or a duration string such as 'PT5M', got ${show(value)}`);
}
