import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The apache-arrow modules the SDK imports one by one (src/arrow/, src/barrage/), pre-bundled for the dev server. */
const arrowModules = [
  ...new Set(
    ['arrow', 'barrage'].flatMap((dir) =>
      readdirSync(`${root}src/${dir}`)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) =>
          [...readFileSync(`${root}src/${dir}/${f}`, 'utf8').matchAll(/from '(apache-arrow\/[^']+)'/g)].map((m) => m[1] as string),
        ),
    ),
  ),
].sort();
const dependencies = Object.keys(
  (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {},
);
const isBench = process.env['npm_lifecycle_event'] === 'bench';
/** `npm run test:soak`, `test:load` and `test:long` (or DH_LONG_TESTS=1): the long checks `npm test` leaves out. */
const isLong =
  ['test:soak', 'test:load', 'test:long'].includes(process.env['npm_lifecycle_event'] ?? '') || process.env['DH_LONG_TESTS'] === '1';

/**
 * `vite build` emits JavaScript only; this writes the type declarations next to it with the TypeScript compiler
 * (internals stripped) and copies the generated stubs' typings they refer to.
 */
function declarations(): Plugin {
  return {
    name: 'deephaven-rx:declarations',
    apply: 'build',
    async closeBundle() {
      const ts = (await import('typescript')).default;
      const program = ts.createProgram([`${root}src/index.ts`, `${root}src/node.ts`, `${root}src/testing/index.ts`], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        strict: true,
        declaration: true,
        emitDeclarationOnly: true,
        stripInternal: true,
        skipLibCheck: true,
        esModuleInterop: true,
        rootDir: `${root}src`,
        outDir: `${root}dist`,
      });
      const result = program.emit();
      const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (problems.length > 0) {
        const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
        throw new Error(`type declarations failed:\n${ts.formatDiagnostics(problems, host)}`);
      }
      const generated = `${root}src/generated`;
      if (existsSync(generated)) {
        // The protobuf stubs' typings (.d.ts); the flatbuffer readers are TypeScript, compiled like the rest of src/.
        const typings = (f: string): boolean => !/\.(js|md)$/.test(f) && (!f.endsWith('.ts') || f.endsWith('.d.ts'));
        cpSync(generated, `${root}dist/generated`, { recursive: true, filter: typings });
      }
    },
  };
}

const generatedFile = /[\\/]src[\\/]generated[\\/](.+)\.[jt]s$/;

/**
 * The package's chunks. A dashboard's bundler splits what loads at start into one chunk per set of dynamic imports
 * that reach a module, so a start path of many small files that the lazy files also import arrives as dozens of
 * chunks, each gzipped alone (Vite 8: 36 chunks, ~7 KiB more than the same code as one file). So the library ships
 * its start path (every module `Session` imports statically) as one module, `core.js`, that the entries and the lazy
 * files import; each generated stub stays a file of its own (its top-level code registers messages, so a bundler can
 * only drop it whole, which the package's `sideEffects` lets it do); the rest is split at dynamic imports as usual.
 */
function chunking(): Plugin & { groups: Rolldown.CodeSplittingGroup[] } {
  let start: Set<string> | undefined;
  const startModules = (graph: Rolldown.ChunkingContext): Set<string> => {
    if (start) return start;
    start = new Set();
    const todo = [`${root}src/api/session.ts`];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (start.has(id) || !id.startsWith(`${root}src/`)) continue;
      start.add(id);
      todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return start;
  };
  return {
    name: 'deephaven-rx:chunking',
    apply: 'build',
    buildStart() {
      start = undefined;
    },
    groups: [
      {
        name: (id: string) => {
          const file = generatedFile.exec(id)?.[1];
          return file === undefined ? null : `generated/${file}`;
        },
        priority: 2,
        // Only the file itself: its imports are files of their own too.
        includeDependenciesRecursively: false,
      },
      { name: (id: string, graph: Rolldown.ChunkingContext) => (startModules(graph).has(id) ? 'core' : null), priority: 1 },
    ],
  };
}
const chunks = chunking();

/**
 * One config for the library build (`npm run build`), the demo's dev server (`npm run demo`) and the tests.
 *
 * Test layers (all run by `npm test`):
 * - `unit`: no server, fake transports (`test/unit/**\/*.test.ts`).
 * - `integration`: Node against a real Deephaven server (`test/integration/**\/*.int.test.ts`).
 * - `browser`: Playwright driving Debian's Chromium against the same server (`test/browser/**\/*.browser.test.ts`, and
 *   the benchmarks' smoke runs `bench/**\/*.browser.test.ts`).
 * - `lint`: `npm run lint` and `npm run format:check` over the whole tree (`test/lint/lint.test.ts`), no server.
 * The server is started once per run by `test/server/global-setup.mjs` (or taken from `DH_URL`).
 * Not in `npm test`: `long` (`test/long/**\/*.long.test.ts`: the 2-minute soak, `npm run test:soak`, and the 100×100
 * load, `npm run test:load`; both with `npm run test:long`) and `bench` (`npm run bench`).
 */
export default defineConfig({
  plugins: [declarations(), chunks],
  resolve: {
    alias: [
      { find: /^deephaven-rx\/testing$/, replacement: `${root}src/testing/index.ts` },
      { find: /^deephaven-rx$/, replacement: `${root}src/index.ts` },
    ],
  },
  // Pre-bundled up front for the dev server (demo, browser tests), so that no late discovery reloads a page.
  optimizeDeps: {
    include: [
      'rxjs',
      'apache-arrow',
      'google-protobuf',
      '@improbable-eng/grpc-web',
      'uplot',
      'regular-table',
      // The demo's console view and plotly-express figures (loaded with import() by the views that need them).
      '@codemirror/state',
      '@codemirror/view',
      '@codemirror/autocomplete',
      '@codemirror/commands',
      '@codemirror/lang-python',
      'plotly.js-strict-dist-min',
      ...arrowModules,
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    // Entries (package.json `exports`): `index` (browsers, Web Workers, any bundler: no Node-only code), `node` (the
    // same API plus the `node:http2` and `ws` transports, picked by Node's export condition) and `testing/index`
    // (the fake transport, `deephaven-rx/testing`).
    lib: {
      entry: { index: `${root}src/index.ts`, node: `${root}src/node.ts`, 'testing/index': `${root}src/testing/index.ts` },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      // Every dependency stays an import (the app's bundler or Node resolves it), and so do Node's built-ins.
      external: (id: string) => id.startsWith('node:') || dependencies.some((d) => id === d || id.startsWith(`${d}/`)),
      // Lets an entry export what the other chunks import from it (a generated file's group takes only that file).
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: '[name].js', codeSplitting: { groups: chunks.groups } },
    },
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/server/node-transports.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts', 'test/consumers/**/*.int.test.ts'],
          environment: 'node',
          setupFiles: ['test/server/node-transports.ts'],
          globalSetup: ['test/server/global-setup.mjs'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // bench/ holds the benchmarks' smoke runs (tiny sizes), so that `npm run bench` never rots.
          include: ['test/browser/**/*.browser.test.ts', 'test/consumers/**/*.browser.test.ts', 'bench/**/*.browser.test.ts'],
          environment: 'node',
          // The test files themselves run in Node (the bench smoke runs connect from there too).
          setupFiles: ['test/server/node-transports.ts'],
          globalSetup: ['test/server/global-setup.mjs', 'test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // `npm run lint` and `npm run format:check` as two tests (ESLint's type-aware pass takes most of a minute).
        test: { name: 'lint', include: ['test/lint/**/*.test.ts'], environment: 'node', testTimeout: 300_000 },
      },
      // `npm run test:soak` / `test:load` / `test:long` only (never part of `npm test`): minutes each.
      ...(isLong
        ? [
            {
              extends: true as const,
              test: {
                name: 'long',
                include: ['test/long/**/*.long.test.ts'],
                environment: 'node',
                setupFiles: ['test/server/node-transports.ts'],
                globalSetup: ['test/server/global-setup.mjs'],
                testTimeout: 300_000,
                hookTimeout: 240_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
      // `npm run bench` only (never part of `npm test`): the benchmarks against pydeephaven, on one server.
      ...(isBench
        ? [
            {
              extends: true as const,
              test: {
                name: 'bench',
                include: ['bench/**/*.run.ts'],
                environment: 'node',
                setupFiles: ['test/server/node-transports.ts'],
                globalSetup: ['test/server/global-setup.mjs', 'test/browser/global-setup.ts'],
                testTimeout: 900_000,
                hookTimeout: 240_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
