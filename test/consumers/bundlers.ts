// Builds the consumer app (test/consumers/app/) with each bundler a dashboard may use, with that bundler's default
// browser settings, against the installed package. Each build reports its warnings; the test fails on any about
// Node built-ins.
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { work } from './pack.js';

export type BundlerName = 'esbuild' | 'webpack' | 'rollup' | 'vite';

export interface ConsumerBuild {
  readonly bundler: BundlerName;
  /** The folder to serve (index.html, scripts). */
  readonly outDir: string;
  /** Every warning the bundler printed. */
  readonly warnings: readonly string[];
  /** Minified + gzipped bytes of each JavaScript file, by path relative to `outDir`. */
  readonly scripts: ReadonlyMap<string, { readonly min: number; readonly gzip: number }>;
}

const appSource = new URL('./app/', import.meta.url);

/** Copies the app into `.work/<bundler>/src` (under the folder where the package is installed). */
function stage(bundler: BundlerName): { src: string; out: string } {
  const base = join(work, bundler);
  rmSync(base, { recursive: true, force: true });
  const src = join(base, 'src');
  cpSync(appSource, src, { recursive: true });
  return { src, out: join(base, 'dist') };
}

function scripts(outDir: string): Map<string, { min: number; gzip: number }> {
  const out = new Map<string, { min: number; gzip: number }>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?js$/.test(f)) {
        const code = readFileSync(path);
        out.set(relative(outDir, path), { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength });
      }
    }
  };
  walk(outDir);
  return out;
}

async function esbuild(): Promise<ConsumerBuild> {
  const { build } = await import('esbuild');
  const { src, out } = stage('esbuild');
  // An ES-module app (the page and its worker as two entries sharing chunks), as esbuild's docs set one up.
  const result = await build({
    entryPoints: [join(src, 'main.js'), join(src, 'worker.js')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    minify: true,
    outdir: out,
    logLevel: 'silent',
  });
  cpSync(join(src, 'index.html'), join(out, 'index.html'));
  return { bundler: 'esbuild', outDir: out, warnings: result.warnings.map((w) => w.text), scripts: scripts(out) };
}

async function webpack(): Promise<ConsumerBuild> {
  const { default: webpackFn } = await import('webpack');
  const { src, out } = stage('webpack');
  // webpack finds the worker through `new Worker(new URL(…, import.meta.url))` on its own.
  const stats = await new Promise<import('webpack').Stats>((resolve, reject) => {
    webpackFn({ mode: 'production', context: src, entry: './main.js', output: { path: out, clean: true } }, (err, s) =>
      err || s === undefined ? reject(err ?? new Error('webpack gave no stats')) : resolve(s),
    );
  });
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  if (stats.hasErrors()) throw new Error(`webpack: ${(info.errors ?? []).map((e) => e.message).join('\n')}`);
  cpSync(join(src, 'index.html'), join(out, 'index.html'));
  // webpack names the page's script after its entry: main.js, as index.html expects.
  return { bundler: 'webpack', outDir: out, warnings: (info.warnings ?? []).map((w) => w.message), scripts: scripts(out) };
}

async function rollup(): Promise<ConsumerBuild> {
  const { rollup: rollupFn } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: commonjs } = await import('@rollup/plugin-commonjs');
  const { src, out } = stage('rollup');
  const warnings: string[] = [];
  // Rollup resolves packages and reads CommonJS only through these two plugins: its documented browser set-up.
  const bundle = await rollupFn({
    input: { main: join(src, 'main.js'), worker: join(src, 'worker.js') },
    plugins: [nodeResolve({ browser: true }), commonjs()],
    onwarn: (w) => {
      warnings.push(`${w.code ?? ''} ${w.message}`);
    },
  });
  await bundle.write({ dir: out, format: 'es', entryFileNames: '[name].js' });
  await bundle.close();
  cpSync(join(src, 'index.html'), join(out, 'index.html'));
  return { bundler: 'rollup', outDir: out, warnings, scripts: scripts(out) };
}

async function vite(): Promise<ConsumerBuild> {
  const { build, createLogger } = await import('vite');
  const { src, out } = stage('vite');
  const warnings: string[] = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (msg) => void warnings.push(msg);
  logger.warnOnce = (msg) => void warnings.push(msg);
  await build({ configFile: false, root: src, logLevel: 'warn', customLogger: logger, build: { outDir: out, emptyOutDir: true } });
  return { bundler: 'vite', outDir: out, warnings, scripts: scripts(out) };
}

export const bundlers: Record<BundlerName, () => Promise<ConsumerBuild>> = { esbuild, webpack, rollup, vite };

/** Warnings that mean Node-only code reached a browser build. */
export function nodeBuiltinWarnings(build: ConsumerBuild): string[] {
  return build.warnings.filter((w) =>
    /node:|node(\.js)? (core |built-?in )|polyfill|\bhttp2\b|["'`]ws["'`]|externalized for browser/i.test(w),
  );
}

/** Node-only module names found in a build's scripts. */
export function nodeOnlyImports(build: ConsumerBuild): string[] {
  const found = new Set<string>();
  for (const file of build.scripts.keys()) {
    const code = readFileSync(join(build.outDir, file), 'utf8');
    const imports = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*["'](node:[\w/]+|ws|http2|net|tls|fs|stream)["']/g;
    for (const m of code.matchAll(imports)) found.add(`${file}: ${m[1]}`);
  }
  return [...found];
}
