/**
 * @internal A Vector of JavaScript values with nulls, built without apache-arrow's null check: `vectorFromArray`
 * compiles that check with `new Function`, which a page under a strict Content-Security-Policy (no `'unsafe-eval'`)
 * refuses.
 */
import type { DataType, Vector } from 'apache-arrow';
import { makeBuilder } from 'apache-arrow/factories';

/** @internal The values (null or undefined: null) as a Vector of `type`. */
export function vectorOfValues(values: readonly unknown[], type: DataType): Vector {
  const builder = makeBuilder({ type, nullValues: [] });
  (builder as unknown as { _isValid: (v: unknown) => boolean })._isValid = (v) => v !== null && v !== undefined;
  for (const v of values) builder.append(v);
  return builder.finish().toVector();
}
