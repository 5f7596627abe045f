// Debian's Chromium for the browser test layer: found, or installed with apt when running as root.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DH_DIR } from './env.mjs';

const run = promisify(execFile);

/** The flags every test launch uses (headless, no sandbox as root, no background traffic). */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/**
 * The path of a working Chromium: `CHROMIUM_PATH`, else /usr/bin/chromium, installed with apt-get if missing and
 * this process is root (set `DH_NO_APT=1` to never install).
 * @returns {Promise<string>}
 */
export async function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (await works(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canApt = isRoot && !process.env.DH_NO_APT && !process.env.CHROMIUM_PATH && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `the browser tests need Chromium and ${path} ${existsSync(path) ? 'does not run' : 'does not exist'}. ` +
        'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  mkdirSync(DH_DIR, { recursive: true });
  const logFile = join(DH_DIR, 'apt.log');
  console.log('[deephaven-rx] installing Debian chromium with apt-get for the browser tests (first run only)');
  let out = '';
  try {
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
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
    throw new Error(`apt-get could not install chromium (log: ${logFile}): ${e.message}`, { cause: err });
  }
  writeFileSync(logFile, out);
  if (!(await works(path))) throw new Error(`chromium was installed but ${path} does not run (log: ${logFile})`);
  return path;
}

async function works(path) {
  if (!existsSync(path)) return false;
  try {
    await run(path, ['--version'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
