// `npm run bench`: the full benchmark (bench/suite.ts) on one real server. Sizes: BENCH_SCALE=1 (default) is the
// full workload, a smaller value shrinks row and message counts; BENCH_REPS (default 5) repetitions after a warm-up.
// Prints one table and writes bench-results/results.json; then the live-table benchmarks (bench/live/suite.ts),
// with their own table (BENCH_LIVE_MEMORY_MINUTES, 10 by default, sets the length of the memory workload).
// BENCH_ONLY=snapshots or BENCH_ONLY=live runs one of the two.
import { defineLiveBench } from './live/suite.js';
import { defineBench } from './suite.js';

const only = process.env['BENCH_ONLY'];

if (only === undefined || only === 'snapshots')
  defineBench({
    scale: Number(process.env['BENCH_SCALE'] ?? '1'),
    reps: Number(process.env['BENCH_REPS'] ?? '5'),
    outDir: 'bench-results',
    progress: true,
  });

if (only === undefined || only === 'live')
  defineLiveBench({
    scale: Number(process.env['BENCH_SCALE'] ?? '1'),
    reps: Math.min(3, Number(process.env['BENCH_REPS'] ?? '5')),
    throughputSeconds: 10,
    latencyTicks: 30,
    moves: 20,
    memoryMinutes: Number(process.env['BENCH_LIVE_MEMORY_MINUTES'] ?? '10'),
    progress: true,
  });
