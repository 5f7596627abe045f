import { Observable } from 'rxjs';

/**
 * @internal An Observable whose source is made by code loaded on first subscription (a dynamic `import()`), so that
 * an app that never subscribes never downloads that code. Each subscription calls `load` (the module loads once;
 * later calls take it from the module cache) and subscribes to the Observable it resolves with; unsubscribing
 * before then cancels that. A failed load errors the subscription.
 */
export function lazy$<T>(load: () => Promise<Observable<T>>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let inner: { unsubscribe(): void } | undefined;
    let done = false;
    load().then(
      (source) => {
        if (!done) inner = source.subscribe(subscriber);
      },
      (err: unknown) => subscriber.error(err),
    );
    return () => {
      done = true;
      inner?.unsubscribe();
    };
  });
}
