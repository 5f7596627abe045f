// Peak memory of a client process during one repetition, from Linux's /proc: the peak resident set size is reset
// before (`clear_refs` 5) and read after (`VmHWM`); the growth over the resident size at the start is the figure.
// The same measure for every client (Node, the Chromium renderer, the Python peer), so that they compare.
import { readFileSync, writeFileSync } from 'node:fs';

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? NaN) * 1024;
}

/** Whether this machine lets us measure (Linux, with /proc/<pid>/clear_refs writable). */
export function canMeasureMemory(): boolean {
  try {
    writeFileSync(`/proc/${process.pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Starts a measurement on `pids`; the returned function gives the largest peak growth among them, in bytes. */
export function peakGrowth(pids: readonly number[]): () => number {
  const start = pids.map((pid) => {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return status(pid, 'VmRSS');
  });
  return () => Math.max(0, ...pids.map((pid, i) => status(pid, 'VmHWM') - (start[i] ?? 0)));
}
