// Debian's Chromium for the browser test layer: found, or installed with apt when running as root.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { aptInstall, canApt } from './apt.mjs';

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
  if (!canApt() || process.env.CHROMIUM_PATH) {
    throw new Error(
      `the browser tests need Chromium and ${path} ${existsSync(path) ? 'does not run' : 'does not exist'}. ` +
        'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const logFile = await aptInstall('chromium', 'the browser tests', 'apt.log');
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
