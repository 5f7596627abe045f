/**
 * `await using` support (`Symbol.asyncDispose`) for the SDK's closeable objects, without requiring TypeScript's
 * `esnext.disposable` lib of consumers: the declaration below is the one TypeScript's lib (and `@types/node`) make,
 * and merges with theirs.
 */
declare global {
  interface SymbolConstructor {
    /** The method `await using` calls at the end of its block. */
    readonly asyncDispose: unique symbol;
  }
}

/**
 * The `Symbol.asyncDispose` of the runtime (Node 20 and current browsers have it); on older runtimes
 * `Symbol.for('Symbol.asyncDispose')`, so that the method has a symbol key rather than the key `"undefined"` (a
 * polyfill of `Symbol.asyncDispose` must then load before the SDK). Not part of the public API (the type
 * declarations of the classes that use it refer to it).
 */
export const asyncDispose: typeof Symbol.asyncDispose = ((Symbol as { asyncDispose?: symbol }).asyncDispose ??
  Symbol.for('Symbol.asyncDispose')) as typeof Symbol.asyncDispose;
