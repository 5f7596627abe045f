// Bundle size of an app, as a dashboard ships it: built by Vite for production (minified, tree-shaken, split at
// dynamic imports), measured as the gzipped (level 9) bytes of the JavaScript a page loads at start: the entry
// chunk and the chunks it imports statically. Chunks behind a dynamic import() load only when their feature is used.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { work } from './pack.js';

export interface SizeReport {
  /** Gzipped bytes loaded at start. */
  readonly initial: number;
  /** Gzipped bytes of the chunks loaded on demand. */
  readonly lazy: number;
  /** Minified bytes loaded at start. */
  readonly initialMin: number;
  /** How many chunks load at start. */
  readonly initialChunks: number;
  /** Gzipped bytes of the start's chunks concatenated into one (what chunking costs: `initial` minus this). */
  readonly initialAsOne: number;
  /** Bytes by contributor (a package, or a folder of the SDK) in what loads at start, after tree-shaking and before
   * minification, largest first. */
  readonly contributors: readonly (readonly [string, number])[];
}

function contributor(id: string): string {
  const generated = /deephaven-rx\/dist\/generated\/(.+)\.js$/.exec(id);
  if (generated) return `deephaven-rx generated ${generated[1]?.replace(/^(deephaven_core\/proto|arrow\/flight\/protocol)\//, '')}`;
  const sdk = /deephaven-rx\/dist\/([^/]+)\//.exec(id);
  if (sdk) return `deephaven-rx ${sdk[1]}/`;
  if (/deephaven-rx\/dist\/core\.js$/.test(id)) return 'deephaven-rx core.js (Session and what it imports)';
  if (/deephaven-rx\/dist\/[^/]+$/.test(id)) return `deephaven-rx ${id.replace(/^.*\//, '')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  return pkg?.[1] ?? id.replace(/^.*\//, '');
}

/** Builds `app` (a folder with app.js) against the installed package and measures it. */
export async function measureApp(app: URL): Promise<SizeReport> {
  const dir = join(work, 'size');
  rmSync(dir, { recursive: true, force: true });
  cpSync(app, join(dir, 'src'), { recursive: true });
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    root: join(dir, 'src'),
    build: { write: false, minify: true, target: 'es2022', modulePreload: false, rollupOptions: { input: join(dir, 'src', 'app.js') } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set<Rollup.OutputChunk>();
  const visit = (c: Rollup.OutputChunk | undefined): void => {
    if (c === undefined || initial.has(c)) return;
    initial.add(c);
    for (const i of c.imports) visit(byName.get(i));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  const gz = (c: Rollup.OutputChunk): number => gzipSync(c.code, { level: 9 }).byteLength;
  const byContributor = new Map<string, number>();
  for (const c of initial) {
    for (const [id, m] of Object.entries(c.modules))
      byContributor.set(contributor(id), (byContributor.get(contributor(id)) ?? 0) + m.renderedLength);
  }
  return {
    initial: [...initial].reduce((n, c) => n + gz(c), 0),
    lazy: chunks.filter((c) => !initial.has(c)).reduce((n, c) => n + gz(c), 0),
    initialMin: [...initial].reduce((n, c) => n + c.code.length, 0),
    initialChunks: initial.size,
    initialAsOne: gzipSync([...initial].map((c) => c.code).join('\n'), { level: 9 }).byteLength,
    contributors: [...byContributor].sort((a, b) => b[1] - a[1]),
  };
}
