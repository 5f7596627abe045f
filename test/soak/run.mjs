// `npm run soak`: starts a Deephaven server for the soak (the fixture plugins, 60-second session tokens), builds
// test/soak/main.ts for Node with esbuild and runs it with `--expose-gc`, then stops the server.
//   SOAK_MINUTES  how long (default 30)
//   SOAK_PORT     the server's port (default: a free one)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DH_DIR } from '../server/env.mjs';
import { startSoakServer } from './soak-server.mjs';

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

const port = process.env.SOAK_PORT ? Number(process.env.SOAK_PORT) : undefined;
const server = await startSoakServer({ port, log: (line) => console.log(`[soak] ${line}`) });
console.log(`[soak] server ${server.url} (log: ${server.logFile})`);
let code;
try {
  code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', outfile], {
      stdio: 'inherit',
      env: { ...process.env, SOAK_URL: server.url },
    });
    child.once('error', reject);
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
} finally {
  await server.stop();
}
process.exit(code);
