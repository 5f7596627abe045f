// The benchmark suite at tiny sizes, no warm-up, so that `npm run bench` never rots: every workload runs for every client
// against the real server, and each row is either a finite figure or an explicit "n/a" with a reason. No timing is
// asserted here; speed lives in `npm run bench`.
import { describe, expect } from 'vitest';
import { defineBench, type Row } from './suite.js';

describe('npm run bench, smoke run (tiny sizes, one repetition)', () => {
  defineBench({
    scale: 0.0001,
    reps: 1,
    warmUp: false,
    outDir: undefined,
    callTimeoutMs: 60_000,
    progress: process.env['BENCH_PROGRESS'] === '1',
    onRows: (r: readonly Row[]) => {
      const workloads = new Set(r.map((x) => x.workload));
      expect(workloads.size).toBe(18);
      for (const row of r) {
        if (row.na !== undefined) expect(row.na.length, `${row.workload} / ${row.client}`).toBeGreaterThan(10);
        else expect(Number.isFinite(row.median), `${row.workload} / ${row.client}`).toBe(true);
      }
      // No client failed a workload; "n/a" is only for what a client cannot do at all.
      const failed = r.filter((x) => x.na?.startsWith('failed'));
      expect(failed.map((x) => `${x.workload} / ${x.client}: ${x.na}`)).toEqual([]);
    },
  });
});
