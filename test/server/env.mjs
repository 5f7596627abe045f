// The project's Python environment for the embedded Deephaven server and the pydeephaven reference client,
// and the Java runtime the server needs. Plain ESM so that CLIs, Vitest and scripts share it.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
  openSync,
  closeSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** deephaven-server, pydeephaven and pydeephaven-ticking are pinned to this one version. */
export const DH_VERSION = '42.7';
/** The Python packages of the virtualenv, all at {@link DH_VERSION}. */
const PY_PACKAGES = ['deephaven-server', 'pydeephaven', 'pydeephaven-ticking'];
/**
 * Server plugins, each pinned to the newest version that works with deephaven-server {@link DH_VERSION}:
 * plotly-express figures (`deephaven.plot.express`).
 */
const PY_PLUGINS = { 'deephaven-plugin-plotly-express': '0.21.0' };
/** Bumped when PY_PACKAGES or PY_PLUGINS change, so that an existing virtualenv gets what it lacks. */
const ENV_REVISION = 3;

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Where local server state lives (git-ignored): the virtualenv, logs, locks. */
export const DH_DIR = join(REPO, '.dh');
const VENV = join(DH_DIR, 'venv');
const MARKER = join(VENV, 'deephaven-rx.json');
const LOCK = join(DH_DIR, 'venv.lock');
const PIP_LOG = join(DH_DIR, 'pip.log');

/**
 * Creates (first run) or reuses the project virtualenv with deephaven-server, pydeephaven and pydeephaven-ticking
 * at {@link DH_VERSION}.
 * Safe to call from several processes at once.
 * @param {{ log?: (line: string) => void }} [opts]
 * @returns {Promise<{ python: string, venvDir: string, version: string }>}
 */
export async function ensureEnv(opts = {}) {
  const log = opts.log ?? (() => {});
  const python = join(VENV, 'bin', 'python');
  if (await ready(python)) return { python, venvDir: VENV, version: DH_VERSION };
  mkdirSync(DH_DIR, { recursive: true });
  const release = await lock(LOCK);
  try {
    if (await ready(python)) return { python, venvDir: VENV, version: DH_VERSION };
    if (!existsSync(python)) {
      const base = await findPython();
      log(`creating the Python virtualenv ${VENV} (with ${base})`);
      await run(base, ['-m', 'venv', VENV]);
    }
    log(`installing ${PY_PACKAGES.join(', ')} ${DH_VERSION} (first run only; a few minutes)`);
    try {
      const { stdout, stderr } = await run(
        python,
        [
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          ...PY_PACKAGES.map((p) => `${p}==${DH_VERSION}`),
          ...Object.entries(PY_PLUGINS).map(([p, v]) => `${p}==${v}`),
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      writeFileSync(PIP_LOG, stdout + stderr);
    } catch (err) {
      const e = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (err);
      writeFileSync(PIP_LOG, `${e.stdout ?? ''}${e.stderr ?? ''}`);
      throw new Error(
        `pip could not install deephaven-server ${DH_VERSION} (log: ${PIP_LOG}):\n${tail(`${e.stdout ?? ''}${e.stderr ?? ''}`, 20)}`,
        { cause: err },
      );
    }
    if (!(await installedVersionsOk(python)))
      throw new Error(`after installing, the virtualenv does not have deephaven-server ${DH_VERSION}; see ${PIP_LOG}`);
    writeFileSync(MARKER, JSON.stringify({ version: DH_VERSION, revision: ENV_REVISION }));
    return { python, venvDir: VENV, version: DH_VERSION };
  } finally {
    release();
  }
}

async function ready(python) {
  if (!existsSync(python)) return false;
  if (existsSync(MARKER)) {
    try {
      const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
      if (marker.version === DH_VERSION && marker.revision === ENV_REVISION) return true;
    } catch {
      return false;
    }
  }
  // A virtualenv made some other way: accept it if it holds the pinned versions.
  if (await installedVersionsOk(python)) {
    writeFileSync(MARKER, JSON.stringify({ version: DH_VERSION, revision: ENV_REVISION }));
    return true;
  }
  return false;
}

async function installedVersionsOk(python) {
  try {
    const { stdout } = await run(python, [
      '-c',
      `import importlib.metadata as m; print(*(m.version(p) for p in ${JSON.stringify([...PY_PACKAGES, ...Object.keys(PY_PLUGINS)])}))`,
    ]);
    return stdout.trim() === [...PY_PACKAGES.map(() => DH_VERSION), ...Object.values(PY_PLUGINS)].join(' ');
  } catch {
    return false;
  }
}

async function findPython() {
  const tried = [];
  for (const candidate of ['python3.11', 'python3.12', 'python3.10', 'python3', 'python']) {
    try {
      const { stdout } = await run(candidate, ['-c', 'import sys; print("%d %d" % sys.version_info[:2])']);
      const [major, minor] = stdout.trim().split(' ').map(Number);
      if (major === 3 && minor >= 9) return candidate;
      tried.push(`${candidate} is ${major}.${minor}`);
    } catch {
      // not on PATH
    }
  }
  throw new Error(
    `the Deephaven server needs Python 3.9 or newer with venv, and none was found${tried.length ? ` (${tried.join(', ')})` : ''}; ` +
      'install it (e.g. apt-get install python3 python3-venv)',
  );
}

/** A crude cross-process lock: a file created exclusively; stale after 15 minutes. */
async function lock(path) {
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      return () => rmSync(path, { force: true });
    } catch {
      try {
        if (Date.now() - statSync(path).mtimeMs > 15 * 60_000) rmSync(path, { force: true });
      } catch {
        // gone already
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * A Java runtime of version 17 or newer: JAVA_HOME if it qualifies, else `java` on PATH, else the usual JVM
 * install folders (`DH_JVM_DIRS`, colon-separated, replaces that list; tests use it).
 * @returns {Promise<{ javaHome: string, version: number }>}
 */
export async function findJava() {
  const seen = [];
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  const onPath = await which('java');
  if (onPath) candidates.push(dirname(dirname(realpathSync(onPath))));
  const dirs = (process.env.DH_JVM_DIRS ?? '/usr/lib/jvm:/usr/java:/opt/java:/Library/Java/JavaVirtualMachines').split(':').filter(Boolean);
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort().reverse()) {
      candidates.push(join(dir, entry), join(dir, entry, 'Contents', 'Home'));
    }
  }
  for (const home of candidates) {
    const java = join(home, 'bin', 'java');
    if (!existsSync(java)) continue;
    const version = await javaVersion(java);
    if (version >= 17) return { javaHome: home, version };
    if (version > 0) seen.push(`${home} (Java ${version})`);
  }
  throw new Error(
    `the Deephaven server needs Java 17 or newer and none was found${seen.length ? `; too old: ${seen.join(', ')}` : ''}. ` +
      'Install one (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME to it.',
  );
}

async function javaVersion(java) {
  try {
    const { stderr, stdout } = await run(java, ['-version']);
    const m = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!m) return 0;
    const major = Number(m[1]);
    return major === 1 ? Number(m[2]) : major;
  } catch {
    return 0;
  }
}

async function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  }
  return undefined;
}

/** The last `n` lines of a text. */
export function tail(text, n) {
  const lines = text.split('\n');
  return lines.slice(Math.max(0, lines.length - n)).join('\n');
}
