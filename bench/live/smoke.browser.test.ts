// The live-table benchmarks at tiny sizes, so that `npm run bench` never rots: every workload runs for every client
// against the real server, and each row is a finite figure or an explicit "n/a" with a reason. No timing is asserted.
import { describe, expect } from 'vitest';
import { defineLiveBench, type LiveRow } from './suite.js';

describe('npm run bench, live tables, smoke run (tiny sizes, one repetition)', () => {
  defineLiveBench({
    scale: 0.002,
    reps: 1,
    // Windows just long enough for each workload's code to run once: a throughput window of one tick of its table
    // (PT1s), one tick sampled, 1.2 s of workload E.
    throughputSeconds: 1,
    latencyTicks: 1,
    moves: 2,
    memoryMinutes: 0.02,
    progress: process.env['BENCH_PROGRESS'] === '1',
    onRows: (rows: readonly LiveRow[]) => {
      expect(new Set(rows.map((r) => r.workload)).size).toBe(8);
      const failed = rows.filter((r) => r.na?.startsWith('failed'));
      expect(failed.map((r) => `${r.workload} / ${r.client}: ${r.na}`)).toEqual([]);
      for (const r of rows) if (r.na === undefined) expect(Number.isFinite(r.value), `${r.workload} / ${r.client}`).toBe(true);
    },
  });
});
