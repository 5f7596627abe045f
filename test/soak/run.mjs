// `npm run soak`: starts a Deephaven server for the soak (the fixture plugins, 60-second session tokens, a startup
// script), builds test/soak/main.ts for Node with esbuild and runs it with `--expose-gc`, kills and restarts the
// server when the soak asks (every SOAK_RESTART_MINUTES), then stops the server.
//   SOAK_MINUTES          how long (default 30)
//   SOAK_RESTART_MINUTES  kill the server (SIGKILL) and start it again on the same port this often (default 5; 0:
//                         never; none in the last 2 minutes); the startup script makes its objects again and the
//                         sessions rebuild themselves
//   SOAK_PORT             the server's port (default: a free one)
// The soak reaches the server through a TCP gate on a port of its own that is open only while the server is up with
// its startup script run: a deployed server runs its startup scripts before it opens its port, while this test
// server (embedded in Python) opens it first, and a session rebuilt in between would not find the script's objects.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DH_DIR } from '../server/env.mjs';
import { killAndRestart, startServer } from '../server/server.mjs';
import { soakServerOptions } from './soak-server.mjs';

const outDir = join(DH_DIR, 'soak');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'main.mjs');
// Dependencies stay imports, resolved from the project's node_modules (the bundle lives inside the project).
await build({
  entryPoints: [fileURLToPath(new URL('./main.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const restartMinutes = process.env.SOAK_RESTART_MINUTES ?? '5';
const options = soakServerOptions({
  port: process.env.SOAK_PORT ? Number(process.env.SOAK_PORT) : undefined,
  log: (line) => console.log(`[soak] ${line}`),
});
let server = await startServer(options);

// The gate: listening (and forwarding to the server) only while the server is ready; closed, connections are refused.
const sockets = new Set();
const gate = createServer((client) => {
  const upstream = connect(server.port, '127.0.0.1');
  const end = () => {
    client.destroy();
    upstream.destroy();
    sockets.delete(client);
  };
  sockets.add(client);
  for (const s of [client, upstream]) s.on('error', end).on('close', end);
  client.pipe(upstream).pipe(client);
});
const gatePort = await new Promise((resolve) => gate.listen(0, '127.0.0.1', () => resolve(gate.address().port)));
const openGate = () => new Promise((resolve, reject) => gate.once('error', reject).listen(gatePort, '127.0.0.1', resolve));
const closeGate = () => {
  gate.close();
  for (const s of sockets) s.destroy();
};
const url = `http://127.0.0.1:${gatePort}`;
console.log(`[soak] server ${server.url} (log: ${server.logFile}), reached through ${url}`);
let code;
try {
  code = await new Promise((resolve, reject) => {
    // The soak asks for each restart over the IPC channel (it knows when one fits) and hears when the server is back.
    const child = spawn(process.execPath, ['--expose-gc', outfile], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, SOAK_URL: url, SOAK_RESTART_MINUTES: restartMinutes },
    });
    child.once('error', reject);
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('message', async (m) => {
      if (m?.type !== 'restart') return;
      const killedAt = Date.now();
      try {
        closeGate();
        server = await killAndRestart(server, options);
        await openGate();
        const upAt = Date.now();
        console.log(`[soak] server killed and started again on port ${server.port} (down ${((upAt - killedAt) / 1000).toFixed(1)} s)`);
        if (child.connected) child.send({ type: 'up', killedAt, upAt });
      } catch (e) {
        if (child.connected) child.send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    });
  });
} finally {
  closeGate();
  await server.stop();
}
process.exit(code);
