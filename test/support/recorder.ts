// Records what an Observable emits, for tests that wait on a live stream: its values, its end, and a way to wait
// until a condition on them holds.
import type { Observable, Subscription } from 'rxjs';

/** What a recorded stream did so far. */
export class Recorder<T> {
  readonly values: T[] = [];
  error: unknown;
  completed = false;
  private readonly sub: Subscription;
  private readonly waiters = new Set<() => void>();

  constructor(source$: Observable<T>) {
    this.sub = source$.subscribe({
      next: (v) => {
        this.values.push(v);
        this.wake();
      },
      error: (e: unknown) => {
        this.error = e;
        this.wake();
      },
      complete: () => {
        this.completed = true;
        this.wake();
      },
    });
  }

  /** The values emitted after the first `from`. */
  since(from: number): T[] {
    return this.values.slice(from);
  }

  /** Resolves once `test` holds (checked at once and after each event); rejects after `timeoutMs` saying `what`. */
  until(test: (r: Recorder<T>) => boolean, what: string, timeoutMs = 90_000): Promise<void> {
    if (test(this)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!test(this)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `timed out waiting for ${what} (${this.values.length} values, error: ${String(this.error)}, completed: ${this.completed})`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  unsubscribe(): void {
    this.sub.unsubscribe();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }
}

/** Starts recording `source$`. */
export function record<T>(source$: Observable<T>): Recorder<T> {
  return new Recorder(source$);
}
