// `npm run bench`: the full benchmark (bench/suite.ts) on one real server. Sizes: BENCH_SCALE=1 (default) is the
// full workload, a smaller value shrinks row and message counts; BENCH_REPS (default 5) repetitions after a warm-up.
// Prints one table and writes bench-results/results.json.
import { defineBench } from './suite.js';

defineBench({
  scale: Number(process.env['BENCH_SCALE'] ?? '1'),
  reps: Number(process.env['BENCH_REPS'] ?? '5'),
  outDir: 'bench-results',
  progress: true,
});
