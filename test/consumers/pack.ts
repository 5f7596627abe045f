// The package as a user gets it: built (`npm run build`, which `prepack` runs), packed with `npm pack`, and the tarball
// installed into `test/consumers/.work/node_modules/deephaven-rx`, where every consumer app resolves it. The
// tarball's own dependencies (rxjs, apache-arrow, …) and the bundlers resolve from the project's node_modules,
// so no registry is needed. Packed once per change of the sources: test files in any project share the result.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space of the consumer tests (git-ignored). */
export const work = join(repo, 'test', 'consumers', '.work');
const stamp = join(work, 'packed.json');
const lock = join(work, '.lock');

export interface Packed {
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The files in it, as `npm pack --json` lists them. */
  readonly files: readonly string[];
  /** The installed package folder. */
  readonly installed: string;
}

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

async function withLock<T>(body: () => Promise<T>): Promise<T> {
  mkdirSync(work, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after three minutes.
      if (Date.now() > deadline || Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Packs and installs the package, or returns the install from an earlier call if no source changed since. */
export function packAndInstall(): Promise<Packed> {
  return withLock(async () => {
    const inputs = ['src', 'package.json', 'vite.config.ts', 'README.md', 'LICENSE', 'CHANGELOG.md'].map((f) => join(repo, f));
    if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...inputs.map(newest))) {
      return JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(stamp, 'utf8'))) as Packed;
    }
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    for (const f of readdirSync(work)) if (f.endsWith('.tgz')) rmSync(join(work, f));
    // What `prepack` runs, then the pack itself without scripts, so that its standard output is only the JSON.
    await run(process.execPath, [join(repo, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: repo });
    const { stdout } = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: repo,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    if (info === undefined) throw new Error('npm pack printed no result');
    const tarball = join(work, info.filename);
    const installed = join(work, 'node_modules', 'deephaven-rx');
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    // The project's tsconfig `paths` map 'deephaven-rx' to src/: a tsconfig of its own keeps the apps on the package.
    writeFileSync(join(work, 'tsconfig.json'), '{}\n');
    // A package of its own: inside the project's, Node and bundlers would resolve 'deephaven-rx' to the project itself
    // (a package may import itself by name) instead of the installed tarball.
    writeFileSync(join(work, 'package.json'), '{ "name": "deephaven-rx-consumers", "private": true }\n');
    const packed: Packed = { tarball, files: info.files.map((f) => f.path).sort(), installed };
    writeFileSync(stamp, JSON.stringify(packed));
    return packed;
  });
}
