// Debian's flatc for the codegen freshness test: found, or installed with apt when running as root (as Chromium is).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { aptInstall, canApt } from './apt.mjs';

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
  if (!canApt() || process.env.FLATC) {
    throw new Error(
      `the codegen test needs flatc and ${exe} does not run. ` +
        'Install it with `sudo apt-get install -y flatbuffers-compiler` (Debian/Ubuntu), or set FLATC to a flatc binary.',
    );
  }
  const logFile = await aptInstall('flatbuffers-compiler', 'the codegen test', 'apt-flatc.log');
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
