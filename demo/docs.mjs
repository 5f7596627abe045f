// The API reference (TypeDoc, `npm run docs`) for the demo server: built when missing or older than src/, and
// served at /docs by a Vite plugin, ahead of the dev server's own handlers.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const docsDir = join(repo, 'docs', 'api');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Runs TypeDoc (docs/typedoc.json) unless docs/api is newer than every source file. */
export function ensureDocs(log = console.log) {
  const index = join(docsDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(newest(join(repo, 'src')), newest(join(repo, 'README.md')))) return;
  log('Building the API reference (npm run docs)…');
  execFileSync(
    process.execPath,
    [join(repo, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--options', join(repo, 'docs', 'typedoc.json')],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** A Vite plugin that serves docs/api at /docs. */
export function docsPlugin() {
  return {
    name: 'deephaven-rx:docs',
    configureServer(server) {
      server.middlewares.use('/docs', (req, res) => {
        const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
        if (path === '/' && !(req.originalUrl ?? '').split('?')[0].endsWith('/')) {
          res.writeHead(302, { Location: '/docs/' }).end();
          return;
        }
        let file = join(docsDir, path);
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!file.startsWith(docsDir) || !existsSync(file)) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not in the API reference (run npm run docs)');
          return;
        }
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      });
    },
  };
}
