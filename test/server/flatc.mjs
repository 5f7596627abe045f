// Debian's flatc for the codegen freshness test: found, or installed with apt when running as root (as Chromium is).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DH_DIR } from './env.mjs';

const run = promisify(execFile);

/**
 * The flatc `proto/generate.mjs` runs: `FLATC`, else `flatc` on the PATH, installed with apt-get (Debian's
 * `flatbuffers-compiler`) if missing and this process is root (set `DH_NO_APT=1` to never install). The generator
 * itself checks the version.
 * @returns {Promise<string>}
 */
export async function ensureFlatc() {
  const exe = process.env.FLATC ?? 'flatc';
  if (await works(exe)) return exe;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canApt = isRoot && !process.env.DH_NO_APT && !process.env.FLATC && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `the codegen test needs flatc and ${exe} does not run. ` +
        'Install it with `sudo apt-get install -y flatbuffers-compiler` (Debian/Ubuntu), or set FLATC to a flatc binary.',
    );
  }
  mkdirSync(DH_DIR, { recursive: true });
  const logFile = join(DH_DIR, 'apt-flatc.log');
  console.log('[deephaven-rx] installing Debian flatbuffers-compiler with apt-get for the codegen test (first run only)');
  let out = '';
  try {
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'flatbuffers-compiler'],
    ]) {
      const { stdout, stderr } = await run('apt-get', args, {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        maxBuffer: 64 << 20,
      });
      out += stdout + stderr;
    }
  } catch (err) {
    const e = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (err);
    writeFileSync(logFile, out + (e.stdout ?? '') + (e.stderr ?? ''));
    throw new Error(`apt-get could not install flatbuffers-compiler (log: ${logFile}): ${e.message}`, { cause: err });
  }
  writeFileSync(logFile, out);
  if (!(await works(exe))) throw new Error(`flatbuffers-compiler was installed but ${exe} does not run (log: ${logFile})`);
  return exe;
}

async function works(exe) {
  try {
    await run(exe, ['--version'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
