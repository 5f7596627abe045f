/**
 * @internal The headers or trailers of a response, the SDK's own type (not a transport library's): lower-case
 * names, each with its values in the order they came.
 */
export class Metadata {
  private readonly values = new Map<string, string[]>();

  /** From name/value pairs, such as a fetch `Headers` object or `Object.entries` of a record. */
  constructor(entries: Iterable<readonly [string, string | readonly string[]]> = []) {
    for (const [name, value] of entries) {
      if (typeof value === 'string') this.append(name, value);
      else for (const v of value) this.append(name, v);
    }
  }

  /** Adds a value (the name is lower-cased). */
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const list = this.values.get(key);
    if (list === undefined) this.values.set(key, [value]);
    else list.push(value);
  }

  /** The values of a header (any case), none when absent. */
  get(name: string): string[] {
    return [...(this.values.get(name.toLowerCase()) ?? [])];
  }

  /** Calls `fn` once per header name, in the order names first came. */
  forEach(fn: (name: string, values: string[]) => void): void {
    for (const [name, values] of this.values) fn(name, [...values]);
  }

  /** As a plain record (name → values), e.g. for {@link DeephavenError.metadata}. */
  toRecord(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, values] of this.values) out[name] = [...values];
    return out;
  }
}
