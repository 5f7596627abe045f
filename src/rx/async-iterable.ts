import type { Observable, Subscription } from 'rxjs';

/**
 * @internal Reads an Observable as an async iterable: subscribed at the first `next()`, values queued until read,
 * unsubscribed by `return()` (a `break` out of `for await`) or at the end. Errors are thrown from `next()`.
 */
export function toAsyncIterable<T>(source$: Observable<T>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let head = 0;
  let waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
  let sub: Subscription | undefined;
  let ended: { error?: unknown } | undefined;

  const wake = (): void => {
    const w = waiting;
    if (w === undefined) return;
    waiting = undefined;
    if (head < queue.length) return w.resolve({ done: false, value: take() });
    if (ended === undefined) return void (waiting = w);
    if ('error' in ended) w.reject(ended.error);
    else w.resolve({ done: true, value: undefined });
  };
  const take = (): T => {
    const value = queue[head] as T;
    queue[head] = undefined as T;
    head += 1;
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    return value;
  };

  const iterator: AsyncIterableIterator<T> = {
    next() {
      sub ??= source$.subscribe({
        next: (value) => {
          queue.push(value);
          wake();
        },
        error: (error: unknown) => {
          ended = { error };
          wake();
        },
        complete: () => {
          ended ??= {};
          wake();
        },
      });
      if (head < queue.length) return Promise.resolve({ done: false, value: take() });
      if (ended !== undefined) return 'error' in ended ? Promise.reject(ended.error) : Promise.resolve({ done: true, value: undefined });
      return new Promise<IteratorResult<T>>((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      ended ??= {};
      sub?.unsubscribe();
      queue.length = 0;
      head = 0;
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
