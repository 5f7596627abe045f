// The soak as a program (bundled and started by run.mjs): runs test/soak/soak.ts against SOAK_URL for SOAK_MINUTES,
// prints the report and exits with 1 when the run failed. With SOAK_RESTART_MINUTES (and run.mjs as its parent, over
// the IPC channel), it has the server killed and started again that often.
import { registerNodeTransports } from '../../src/transport/node-platform.js';
import { formatReport, runSoak, type RestartServer } from './soak.js';

registerNodeTransports();

const url = process.env['SOAK_URL'];
if (url === undefined) throw new Error('SOAK_URL is not set (npm run soak starts a server and sets it)');
const minutes = Number(process.env['SOAK_MINUTES'] ?? '30');
const restartEveryMinutes = Number(process.env['SOAK_RESTART_MINUTES'] ?? '0');
// Heap growth counts from 5 minutes in (from a quarter of the run for runs under 20 minutes).
const warmupMinutes = Math.min(5, minutes / 4);

type FromParent = { type: 'up'; killedAt: number; upAt: number } | { type: 'failed'; message: string };
const send = process.send?.bind(process);
const restartServer: RestartServer | undefined =
  send === undefined || !(restartEveryMinutes > 0)
    ? undefined
    : () =>
        new Promise((resolve, reject) => {
          const answer = (m: FromParent): void => {
            process.off('message', answer);
            if (m.type === 'up') resolve(m);
            else reject(new Error(m.message));
          };
          process.on('message', answer);
          send({ type: 'restart' });
        });
// The channel does not keep the program alive.
process.channel?.unref();

const report = await runSoak({ url, minutes, warmupMinutes, ...(restartServer ? { restartServer, restartEveryMinutes } : {}) });
for (const line of formatReport(report)) console.log(line);
process.exitCode = report.failures.length === 0 ? 0 : 1;
process.disconnect?.();
