// `npm run demo`: the embedded Deephaven server (or the one at DH_URL) plus the demo page on a Vite dev server,
// with the API reference at /docs.
//   --port N        Deephaven server port (default 10000)
//   --page-port N   demo page port (default 5173, or the next free one)
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startServer } from '../test/server/server.mjs';
import { contentSecurityPolicy, cspPlugin, newNonce } from './csp.mjs';
import { docsPlugin, ensureDocs } from './docs.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '10000' }, 'page-port': { type: 'string', default: '5173' } },
});

let server;
let dhUrl = process.env.DH_URL?.replace(/\/+$/, '');
if (dhUrl === undefined) {
  console.log('Starting the embedded Deephaven server (the first run installs it into .dh/venv)…');
  try {
    server = await startServer({ port: Number(values.port), log: (line) => console.log(`  ${line}`) });
  } catch (err) {
    console.error(`\n${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  dhUrl = server.url;
}

ensureDocs();
// The page is served under a strict Content-Security-Policy (see csp.mjs); the docs plugin comes first, so the API
// reference is served without it.
const nonce = newNonce();
const page = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  plugins: [docsPlugin(), cspPlugin(contentSecurityPolicy(dhUrl, nonce))],
  html: { cspNonce: nonce },
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { host: '127.0.0.1', port: Number(values['page-port']), strictPort: false },
  logLevel: 'warn',
});
await page.listen();
const address = page.httpServer?.address();
const pagePort = typeof address === 'object' && address !== null ? address.port : Number(values['page-port']);
const url = `http://127.0.0.1:${pagePort}/?server=${encodeURIComponent(dhUrl)}`;
console.log(`\nDeephaven server: ${dhUrl}`);
console.log(`Demo page:        ${url}`);
console.log(`API reference:    http://127.0.0.1:${pagePort}/docs/`);
console.log('Press Ctrl-C to stop.');

const stop = async () => {
  await page.close();
  await server?.stop();
  process.exit(0);
};
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
