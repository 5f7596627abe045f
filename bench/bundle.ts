// Workload 6: the minified and gzipped size of a browser app that imports only `Session` and its `fetch`, built by
// Vite for production exactly as a dashboard would be, against the official JS API file the server serves.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

export interface BundleSize {
  /** Minified bytes. */
  readonly min: number;
  /** Gzipped (level 9) bytes. */
  readonly gzip: number;
  readonly files: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

function measure(chunks: readonly Uint8Array[]): BundleSize {
  return {
    min: chunks.reduce((n, c) => n + c.byteLength, 0),
    gzip: chunks.reduce((n, c) => n + gzipSync(c, { level: 9 }).byteLength, 0),
    files: chunks.length,
  };
}

/** Builds `bench/bundle-app/app.ts` for the browser (production mode, minified) and measures its JavaScript. */
export async function rxAppSize(): Promise<BundleSize> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    root: `${root}bench/bundle-app`,
    resolve: { alias: { 'deephaven-rx': `${root}src/index.ts` } },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: `${root}bench/bundle-app/app.ts` },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(out) ? out : [out];
  const js = outputs.flatMap((o) => o.output).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  return measure(js.map((c) => new TextEncoder().encode(c.code)));
}

/** The official JS API as the server at `url` serves it (`dh-core.js`, which loads nothing else in 42.x). */
export async function jsApiSize(url: string): Promise<BundleSize> {
  const response = await fetch(`${url}/jsapi/dh-core.js`);
  if (!response.ok) throw new Error(`GET /jsapi/dh-core.js: HTTP ${response.status}`);
  return measure([new Uint8Array(await response.arrayBuffer())]);
}
