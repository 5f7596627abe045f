import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { KeepAlive } from '../../../src/session/keep-alive.js';

describe('KeepAlive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings once per interval', async () => {
    const ping = vi.fn(() => Promise.resolve());
    const ka = new KeepAlive({ intervalMs: 1000, ping, onExpired: vi.fn() });
    ka.start();
    await vi.advanceTimersByTimeAsync(3500);
    expect(ping).toHaveBeenCalledTimes(3);
    ka.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(ping).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retries with backoff after failures, then returns to the interval', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter
    let fail = 2;
    const ping = vi.fn(() => (fail-- > 0 ? Promise.reject(new DeephavenError(Code.Unavailable, 'down')) : Promise.resolve()));
    const ka = new KeepAlive({ intervalMs: 60_000, ping, onExpired: vi.fn(), retryDelaysMs: [100, 1000] });
    ka.start();
    await vi.advanceTimersByTimeAsync(60_000); // first ping fails
    expect(ping).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100); // retry after 100 ms fails
    expect(ping).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(ping).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // retry after 1000 ms succeeds
    expect(ping).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(ping).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1); // back on the interval
    expect(ping).toHaveBeenCalledTimes(4);
    ka.stop();
    vi.restoreAllMocks();
  });

  it('stops and reports expiry when the server no longer knows the session', async () => {
    const onExpired = vi.fn();
    const ping = vi.fn(() => Promise.reject(new DeephavenError(Code.Unauthenticated, 'Authentication details invalid')));
    const ka = new KeepAlive({ intervalMs: 1000, ping, onExpired });
    ka.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('KeepAlive when the server stays away', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up once no ping succeeded for longer than a session lives', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const onUnreachable = vi.fn();
    const ping = vi.fn(() => Promise.reject(new DeephavenError(Code.Unavailable, 'connection refused')));
    const ka = new KeepAlive({ intervalMs: 5_000, ping, onExpired: vi.fn(), maxSilenceMs: 10_000, onUnreachable, retryDelaysMs: [1000] });
    ka.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onUnreachable).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onUnreachable).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.restoreAllMocks();
  });
});
