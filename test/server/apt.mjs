// Installing a Debian package the tests need (Chromium for the browser tests, flatc for the codegen test): with
// apt-get, only when running as root and not told otherwise, its output kept in a log under the local server folder.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DH_DIR } from './env.mjs';

const run = promisify(execFile);

/**
 * Whether this process may install Debian packages: root, apt-get present, `DH_NO_APT` unset.
 * @returns {boolean}
 */
export function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && !process.env.DH_NO_APT && existsSync('/usr/bin/apt-get');
}

/**
 * Installs Debian package `pkg` with apt-get (`why` says what for, in the one line printed), logging to
 * `DH_DIR/<log>`; rejects naming the log when apt-get fails.
 * @param {string} pkg
 * @param {string} why
 * @param {string} log
 * @returns {Promise<string>} the log file's path
 */
export async function aptInstall(pkg, why, log) {
  mkdirSync(DH_DIR, { recursive: true });
  const logFile = join(DH_DIR, log);
  console.log(`[deephaven-rx] installing Debian ${pkg} with apt-get for ${why} (first run only)`);
  let out = '';
  try {
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', pkg],
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
    throw new Error(`apt-get could not install ${pkg} (log: ${logFile}): ${e.message}`, { cause: err });
  }
  writeFileSync(logFile, out);
  return logFile;
}
