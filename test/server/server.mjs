// Starts and stops real embedded Deephaven servers on 127.0.0.1 for development and tests.
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DH_DIR, ensureEnv, findJava, tail } from './env.mjs';

const LAUNCHER = fileURLToPath(new URL('./dh_server.py', import.meta.url));
const ANONYMOUS = 'io.deephaven.auth.AnonymousAuthenticationHandler';
const PSK = 'io.deephaven.authentication.psk.PskAuthenticationHandler';

/** Every server this process started and has not stopped; stopped on exit. */
const running = new Set();

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] default: a free port on 127.0.0.1
 * @property {string} [host] default 127.0.0.1 (never all interfaces)
 * @property {{ anonymous?: boolean, psk?: string }} [auth] default { anonymous: true }
 * @property {string[]} [jvmArgs] extra JVM arguments, e.g. '-Dhttp.requireHttp2=false'
 * @property {string[]} [scripts] Python files run in the server's scope once it is up (test fixtures)
 * @property {string} [logFile] default .dh/logs/server-<port>.log
 * @property {number} [readyTimeoutMs] default 180000
 * @property {(line: string) => void} [log] progress messages (first-run installs)
 * @property {string} [launcher] the Python launcher (tests of the failure path replace it)
 * @property {string} [python] the Python interpreter (default: the project virtualenv's; tests replace it)
 * @property {boolean} [testPlugins] also load the test fixture plugins (test/server/fixtures: "deephaven-rx.Echo")
 * @property {{ certPath: string, keyPath: string, clientAuth?: ClientAuth }} [tls] serve https with this certificate
 *   chain and private key; with `clientAuth`, also require client certificates (mutual TLS)
 */

/**
 * @typedef {object} ClientAuth
 * @property {string} caPath the certificate authority client certificates must be signed by (PEM)
 * @property {string} certPath a client certificate (PEM) for the readiness probe
 * @property {string} keyPath its private key (PEM)
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url e.g. http://127.0.0.1:10000
 * @property {number} port
 * @property {number} pid
 * @property {string} logFile
 * @property {string | undefined} psk
 * @property {() => Promise<void>} stop idempotent; kills the whole process group
 */

/**
 * Starts an embedded Deephaven server and waits until it answers HTTP.
 * @param {ServerOptions} [opts]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(opts = {}) {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? (await freePort(host));
  if (!(await portFreesUp(host, port)))
    throw new Error(`port ${port} on ${host} is already in use; stop what runs there or choose another port`);
  const [python, { javaHome }] = await Promise.all([opts.python ?? ensureEnv({ log: opts.log }).then((env) => env.python), findJava()]);

  const auth = opts.auth ?? { anonymous: true };
  const handlers = [];
  if (auth.anonymous !== false) handlers.push(ANONYMOUS);
  if (auth.psk !== undefined) handlers.push(PSK);
  if (handlers.length === 0) throw new Error('a server needs at least one auth handler (anonymous or psk)');
  const jvmArgs = ['-Xmx2g', `-DAuthHandlers=${handlers.join(',')}`];
  if (auth.psk !== undefined) jvmArgs.push(`-Dauthentication.psk=${auth.psk}`);
  jvmArgs.push(...(opts.jvmArgs ?? []));

  if (opts.tls !== undefined) {
    jvmArgs.push(
      '-Dssl.identity.type=privatekey',
      `-Dssl.identity.certChainPath=${opts.tls.certPath}`,
      `-Dssl.identity.privateKeyPath=${opts.tls.keyPath}`,
    );
    // Deephaven's trust and client-authentication properties: only clients with a certificate from this CA get in.
    const ca = opts.tls.clientAuth?.caPath;
    if (ca !== undefined) jvmArgs.push('-Dssl.trust.type=certs', `-Dssl.trust.path=${ca}`, '-Dssl.clientAuthentication=NEEDED');
  }
  const env = { ...process.env, JAVA_HOME: javaHome, PYTHONUNBUFFERED: '1' };
  if (opts.testPlugins) env.PYTHONPATH = [fixturePluginPath(), process.env.PYTHONPATH].filter(Boolean).join(':');

  const logFile = opts.logFile ?? join(DH_DIR, 'logs', `server-${port}.log`);
  mkdirSync(join(logFile, '..'), { recursive: true });
  const log = createWriteStream(logFile);
  await new Promise((r) => log.once('open', r));
  const args = [opts.launcher ?? LAUNCHER, '--host', host, '--port', String(port)];
  for (const a of jvmArgs) args.push(`--jvm-arg=${a}`);
  for (const s of opts.scripts ?? []) args.push('--script', s);

  const child = spawn(python, args, {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() reaches the JVM too
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  // The newest output, kept in memory too, for error messages (the log file may lag behind its stream).
  const recent = { text: '' };
  const keep = (chunk) => {
    recent.text = (recent.text + chunk.toString()).slice(-65536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let stopped;
  const server = {
    url: `${opts.tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    pid: child.pid ?? -1,
    logFile,
    psk: auth.psk,
    stop: () => {
      stopped ??= stopProcess(child).finally(() => {
        running.delete(server);
        log.end();
      });
      return stopped;
    },
  };
  running.add(server);
  installExitHooks();

  try {
    await waitReady(child, server.url, logFile, recent, opts.readyTimeoutMs ?? 180_000, probeCertificate(opts.tls?.clientAuth));
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

/**
 * Runs `fn` with a started server and always stops it.
 * @template T
 * @param {ServerOptions} opts
 * @param {(server: RunningServer) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withServer(opts, fn) {
  const server = await startServer(opts);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/**
 * Kills `server` with SIGKILL (no goodbye to its clients), then starts the same server again on the same port with
 * `opts` (its startup `scripts` run again): a crash and a restart, as the rebuild tests and the soak make them.
 * @param {RunningServer} server
 * @param {ServerOptions} [opts]
 * @returns {Promise<RunningServer>}
 */
export async function killAndRestart(server, opts = {}) {
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await server.stop();
  return startServer({ ...opts, port: server.port });
}

/** The readiness probe's client certificate, for a server that requires one. */
function probeCertificate(clientAuth) {
  return clientAuth === undefined ? {} : { cert: readFileSync(clientAuth.certPath), key: readFileSync(clientAuth.keyPath) };
}

function waitReady(child, url, logFile, recent, timeoutMs, clientCert) {
  return new Promise((resolve, reject) => {
    let sawReady = false;
    let settled = false;
    const fail = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const text = recent.text;
      reject(new Error(`the Deephaven server did not start: ${why}\nlog: ${logFile}\n--- last lines ---\n${tail(text.trimEnd(), 40)}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    // 'close' comes after the output streams have ended, so the message has all the output.
    child.once('close', (code, signal) => fail(`the process exited (${signal ?? `code ${code}`})`));
    child.once('error', (err) => fail(err.message));
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      if (sawReady) return;
      buffered += chunk.toString();
      if (!buffered.includes('DEEPHAVEN-RX READY')) return;
      sawReady = true;
      probe(url, clientCert).then(
        () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve();
        },
        (err) => fail(`it printed ready but ${url} does not answer: ${err.message}`),
      );
    });
  });
}

async function probe(url, clientCert) {
  for (let i = 0; i < 50; i++) {
    if ((await httpStatus(`${url}/jsapi/dh-core.js`, clientCert)) === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('GET /jsapi/dh-core.js did not answer 200');
}

/** GET's status code, or 0 when nothing answers; a test server's self-signed certificate is accepted. */
function httpStatus(url, clientCert = {}) {
  return new Promise((resolve) => {
    const lib = url.startsWith('https:') ? httpsGet : httpGet;
    const req = lib(url, { rejectUnauthorized: false, timeout: 5000, ...clientCert }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

/**
 * A folder for PYTHONPATH that makes the fixture plugins discoverable as a "deephaven.plugin" entry point, the way
 * the server finds installed plugins at start, without installing anything into the virtualenv.
 */
function fixturePluginPath() {
  const site = join(DH_DIR, 'fixture-plugins');
  const info = join(site, 'dhrx_test_plugins-0.0.0.dist-info');
  mkdirSync(info, { recursive: true });
  copyFileSync(fileURLToPath(new URL('./fixtures/dhrx_echo.py', import.meta.url)), join(site, 'dhrx_echo.py'));
  writeFileSync(join(info, 'METADATA'), 'Metadata-Version: 2.1\nName: dhrx-test-plugins\nVersion: 0.0.0\n');
  writeFileSync(join(info, 'entry_points.txt'), '[deephaven.plugin]\nregistration_cls = dhrx_echo:EchoRegistration\n');
  return site;
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        try {
          child.kill(sig);
        } catch {
          // already gone
        }
      }
    };
    const hard = setTimeout(() => kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    kill('SIGTERM');
  });
}

let hooked = false;
function installExitHooks() {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const s of running) {
      try {
        process.kill(-s.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  };
  process.once('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** A port on `host` that nothing listens on right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether `port` is free now or within `graceMs` (a server just killed on it lets go of it a moment later). */
async function portFreesUp(host, port, graceMs = 3_000) {
  const until = Date.now() + graceMs;
  while (!(await portIsFree(host, port))) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

function portIsFree(host, port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}
