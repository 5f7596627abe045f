// The soak as a program (bundled and started by run.mjs): runs test/soak/soak.ts against SOAK_URL for SOAK_MINUTES,
// prints the report and exits with 1 when the run failed.
import { registerNodeTransports } from '../../src/transport/node-platform.js';
import { formatReport, runSoak } from './soak.js';

registerNodeTransports();

const url = process.env['SOAK_URL'];
if (url === undefined) throw new Error('SOAK_URL is not set (npm run soak starts a server and sets it)');
const minutes = Number(process.env['SOAK_MINUTES'] ?? '30');
// Heap growth counts from 5 minutes in (from a quarter of the run for runs under 20 minutes).
const warmupMinutes = Math.min(5, minutes / 4);

const report = await runSoak({ url, minutes, warmupMinutes });
for (const line of formatReport(report)) console.log(line);
process.exitCode = report.failures.length === 0 ? 0 : 1;
