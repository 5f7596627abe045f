import { Subject, interval, map, take } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { abortable, firstValue } from '../../../src/rx/abortable.js';
import { toAsyncIterable } from '../../../src/rx/async-iterable.js';

describe('abortable', () => {
  it('passes results and errors through without a signal', async () => {
    await expect(abortable(undefined, async () => 1)).resolves.toBe(1);
    await expect(
      abortable(undefined, () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
  });

  it('rejects at once with a DOMException AbortError, and disposes a result that arrives later', async () => {
    const controller = new AbortController();
    let finish: (v: string) => void = () => undefined;
    const dispose = vi.fn();
    const p = abortable(controller.signal, () => new Promise<string>((r) => (finish = r)), dispose);
    controller.abort();
    const err: unknown = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('AbortError');
    finish('made');
    await vi.waitFor(() => expect(dispose).toHaveBeenCalledWith('made'));
  });

  it('does not start the call when the signal has fired already', async () => {
    const run = vi.fn(async () => 1);
    await expect(abortable(AbortSignal.abort(), run)).rejects.toMatchObject({ name: 'AbortError' });
    expect(run).not.toHaveBeenCalled();
  });

  it('firstValue unsubscribes when aborted', async () => {
    const source = new Subject<number>();
    const controller = new AbortController();
    const p = firstValue(source, controller.signal);
    expect(source.observed).toBe(true);
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.observed).toBe(false);
  });
});

describe('toAsyncIterable', () => {
  it('reads every value, in order, then ends', async () => {
    const out: number[] = [];
    for await (const v of toAsyncIterable(interval(1).pipe(take(5)))) out.push(v);
    expect(out).toEqual([0, 1, 2, 3, 4]);
  });

  it('unsubscribes on break and throws the source error', async () => {
    const source = new Subject<number>();
    const it1 = toAsyncIterable(source);
    const first = it1.next();
    source.next(1);
    expect(await first).toEqual({ done: false, value: 1 });
    await it1.return?.();
    expect(source.observed).toBe(false);
    const it2 = toAsyncIterable(
      interval(1).pipe(
        map((i) => {
          if (i === 2) throw new Error('boom');
          return i;
        }),
      ),
    );
    await expect(
      (async () => {
        for await (const _ of it2) void _;
      })(),
    ).rejects.toThrow('boom');
  });
});
