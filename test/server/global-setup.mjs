// Vitest globalSetup for the integration and browser layers: the real Deephaven servers of a test run, shared by
// both layers and stopped at the end, also when tests fail.
//   dhUrl       a server with default settings (or the one at DH_URL), as users meet it: websockets on http://
//   dhUrlHttp1  -Dhttp.requireHttp2=false and a 10 s session duration: gRPC-Web over HTTP/1.1, token rotation
//   dhUrlTls    TLS with a self-signed certificate (tlsCert): gRPC-Web over HTTP/2, h2 in Node
// All load the fixture plugins (test/server/fixtures).
import { startServer } from './server.mjs';
import { selfSignedCertificate } from './tls.mjs';

const KEY = Symbol.for('deephaven-rx.test-servers');
/** The main test server accepts anonymous sessions and this pre-shared key (the server's default handler). */
const TEST_PSK = `dhrx-${Math.random().toString(36).slice(2, 12)}`;

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  let state = globalThis[KEY];
  if (state === undefined) {
    state = { refs: 0, servers: startAll() };
    globalThis[KEY] = state;
  }
  state.refs++;
  const servers = await state.servers;
  project.provide('dhUrl', servers.main.url);
  project.provide('dhUrlHttp1', servers.http1.url);
  project.provide('dhUrlTls', servers.tls.url);
  project.provide('tlsCert', servers.cert);
  project.provide('dhPsk', servers.main.psk ?? '');
  return async () => {
    state.refs--;
    if (state.refs === 0) {
      globalThis[KEY] = undefined;
      await Promise.all([servers.main.stop?.(), servers.http1.stop(), servers.tls.stop()]);
    }
  };
}

async function startAll() {
  const started = Date.now();
  const log = (line) => console.log(`[deephaven-rx] ${line}`);
  const cert = await selfSignedCertificate();
  const main = process.env.DH_URL
    ? { url: process.env.DH_URL.replace(/\/+$/, ''), psk: process.env.DH_PSK }
    : startServer({ testPlugins: true, auth: { anonymous: true, psk: TEST_PSK }, log });
  // Start one first so that a first-run install happens once, then the others alongside.
  const mainServer = await main;
  // For quick runs of single files during development: DH_ONLY_MAIN=1 skips the HTTP/1.1 and TLS servers.
  if (process.env.DH_ONLY_MAIN === '1')
    return { main: mainServer, http1: { url: '', stop: async () => {} }, tls: { url: '', stop: async () => {} }, cert: cert.cert };
  const [http1, tls] = await Promise.allSettled([
    startServer({ testPlugins: true, jvmArgs: ['-Dhttp.requireHttp2=false', '-Dhttp.session.durationMs=10000'] }),
    startServer({ testPlugins: true, tls: { certPath: cert.certPath, keyPath: cert.keyPath } }),
  ]);
  const failed = [http1, tls].find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all([mainServer.stop?.(), ...[http1, tls].filter((r) => r.status === 'fulfilled').map((r) => r.value.stop())]);
    throw failed.reason;
  }
  const servers = { main: mainServer, http1: http1.value, tls: tls.value, cert: cert.cert };
  log(
    `servers up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${mainServer.url}${process.env.DH_URL ? ' (DH_URL)' : ''}, ` +
      `${servers.http1.url} (HTTP/1.1 gRPC allowed, 10 s sessions), ${servers.tls.url} (TLS)`,
  );
  return servers;
}
