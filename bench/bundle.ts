// Workload 6: the minified and gzipped size of a browser app that imports only `Session`, fetches a table and reads
// it, built by Vite for production against the packed package exactly as a dashboard would be, against the official
// JS API file the server serves.
import { gzipSync } from 'node:zlib';
import { packAndInstall } from '../test/consumers/pack.js';
import { measureApp } from '../test/consumers/size.js';

export interface BundleSize {
  /** Minified bytes. */
  readonly min: number;
  /** Gzipped (level 9) bytes. */
  readonly gzip: number;
  readonly files: number;
}

function measure(chunks: readonly Uint8Array[]): BundleSize {
  return {
    min: chunks.reduce((n, c) => n + c.byteLength, 0),
    gzip: chunks.reduce((n, c) => n + gzipSync(c, { level: 9 }).byteLength, 0),
    files: chunks.length,
  };
}

/**
 * The size test's app (`test/consumers/size-app`: connect, fetch a table, read it as Arrow) built by Vite for
 * production against the packed package, as a dashboard ships it: what loads at start, and what loads on demand.
 */
export async function rxAppSize(): Promise<BundleSize & { lazyGzip: number }> {
  await packAndInstall();
  const r = await measureApp(new URL('../test/consumers/size-app/', import.meta.url));
  return { min: r.initialMin, gzip: r.initial, files: r.initialChunks, lazyGzip: r.lazy };
}

/** The official JS API as the server at `url` serves it (`dh-core.js`, which loads nothing else in 42.x). */
export async function jsApiSize(url: string): Promise<BundleSize> {
  const response = await fetch(`${url}/jsapi/dh-core.js`);
  if (!response.ok) throw new Error(`GET /jsapi/dh-core.js: HTTP ${response.status}`);
  return measure([new Uint8Array(await response.arrayBuffer())]);
}
