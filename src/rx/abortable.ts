import { take, type Observable } from 'rxjs';
import { Code, DeephavenError, abortError } from '../errors.js';

/**
 * The `{ signal }` every asynchronous call of the SDK takes (the options of table operations, of the session's
 * table calls, of `toArrow`…; calls with more options extend it).
 *
 * @example
 * ```ts
 * const options: CallOptions = { signal: AbortSignal.timeout(5000) };
 * const top = await table.head(10, options);
 * const rows = await top.toArrow(options);
 * ```
 */
export interface CallOptions {
  /**
   * Cancels the call: the returned Promise rejects at once with an `AbortError` (a `DOMException`), the request
   * is cancelled on the wire, and anything the call made on the server is released. A call that makes an export
   * (a table, a fetched object) is left to finish on the server and its export released then: the server keeps an
   * export cancelled half-made until the session ends.
   */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The same as {@link CallOptions}.
 *
 * @deprecated Use {@link CallOptions}.
 */
export type AbortOptions = CallOptions;

/**
 * @internal Runs `run(signal)` so that the Promise rejects with an `AbortError` as soon as `signal` fires (and at
 * once when it has fired already), whatever the call itself rejects with later. A result that arrives after the
 * abort is handed to `dispose` (e.g. a table or export made just before the abort is released), never lost.
 */
export function abortable<T>(
  signal: AbortSignal | undefined,
  run: (signal: AbortSignal | undefined) => Promise<T>,
  dispose?: (value: T) => unknown,
): Promise<T> {
  if (signal === undefined) return attempt(() => run(undefined));
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    attempt(() => run(signal)).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (!signal.aborted) return resolve(value);
        reject(abortError(signal));
        if (dispose !== undefined)
          Promise.resolve(value)
            .then(dispose)
            .catch(() => undefined);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? abortError(signal) : err);
      },
    );
  });
}

function attempt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (err) {
    return Promise.reject(err);
  }
}

/**
 * @internal The first value of `source$` as a Promise that rejects with an `AbortError` when `signal` fires (the
 * subscription is dropped then), as rxjs's `firstValueFrom` with cancellation.
 */
export function firstValue<T>(source$: Observable<T>, signal?: AbortSignal): Promise<T> {
  return abortable(
    signal,
    () =>
      new Promise<T>((resolve, reject) => {
        const sub = source$.pipe(take(1)).subscribe({
          next: resolve,
          error: reject,
          complete: () => reject(new DeephavenError(Code.Internal, 'the stream ended before its first value')),
        });
        signal?.addEventListener('abort', () => sub.unsubscribe(), { once: true });
      }),
  );
}
