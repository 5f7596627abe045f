// Measures for long runs that do not grow themselves: latencies go into fixed-size histograms (so that recording
// millions of samples allocates nothing), and the heap is read after a full garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Latencies in whole milliseconds, 0 to 60 s (longer ones count as 60 s), in a preallocated histogram. */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(60_001);
  private total = 0;
  private max = 0;

  record(ms: number): void {
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.round(ms)));
    this.counts[bucket] = (this.counts[bucket] ?? 0) + 1;
    this.total++;
    if (ms > this.max) this.max = ms;
  }

  get count(): number {
    return this.total;
  }

  /** The latency below which a share `q` (0.99 for p99) of the samples lie; NaN without samples. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.ceil(q * this.total);
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms] ?? 0;
      if (seen >= rank) return ms;
    }
    return this.max;
  }

  /** Adds another histogram's samples to this one. */
  add(other: LatencyHistogram): void {
    for (let ms = 0; ms < this.counts.length; ms++) this.counts[ms] = (this.counts[ms] ?? 0) + (other.counts[ms] ?? 0);
    this.total += other.total;
    this.max = Math.max(this.max, other.max);
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.max = 0;
  }
}

let collect: (() => void) | undefined;

/**
 * The JS heap in use (`process.memoryUsage().heapUsed`) right after a full garbage collection, so that readings
 * compare live objects only. Node exposes `gc()` when run with `--expose-gc`; otherwise the flag is set at run time
 * and `gc` taken from a fresh context (V8 installs it in contexts made after the flag is set).
 */
export function heapAfterGc(): number {
  if (collect === undefined) {
    const global = (globalThis as { gc?: () => void }).gc;
    if (global !== undefined) collect = global;
    else {
      setFlagsFromString('--expose_gc');
      collect = runInNewContext('gc') as () => void;
    }
  }
  // Two passes: the first may only queue finalizers (weak references, FinalizationRegistry) that free more.
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
