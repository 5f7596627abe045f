// Shared by the deephaven-rx and JS API benchmark clients (Node and Chromium alike).

/** Runs `one` `n` times, `inFlight` at a time, and returns the operations per second. */
export async function opsPerSecond(n: number, inFlight: number, one: () => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await one();
    }),
  );
  return (n / (performance.now() - t0)) * 1000;
}
