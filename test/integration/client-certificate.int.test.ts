// Mutual TLS from Node: a server started for this file serves https with a certificate from a throwaway CA and
// requires client certificates from the same CA (Deephaven's ssl.trust.* and ssl.clientAuthentication properties).
// It also marks systemic objects (-DSystemicObjectTracker.enabled=true), so that runScript's `systemic` flag can be
// seen from a script. Starting it costs 35-45 s of this file's time on a loaded machine; the tests a few seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code, DeephavenError, Session } from '../../src/index.js';
import { mutualTlsCertificates, type MutualTlsFiles } from '../server/mtls.mjs';
import { startServer, type RunningServer } from '../server/server.mjs';
import { selfSignedCertificate } from '../server/tls.mjs';

let certs: MutualTlsFiles;
let server: RunningServer;

beforeAll(async () => {
  certs = await mutualTlsCertificates();
  server = await startServer({
    tls: {
      certPath: certs.serverCertPath,
      keyPath: certs.serverKeyPath,
      clientAuth: { caPath: certs.caPath, certPath: certs.clientCertPath, keyPath: certs.clientKeyPath },
    },
    jvmArgs: ['-DSystemicObjectTracker.enabled=true'],
  });
});

afterAll(async () => {
  await server?.stop();
  certs?.remove();
});

describe('client certificates (node-http2 over https)', () => {
  it('with the client certificate the session connects and runs operations', async () => {
    const session = await Session.connect(server.url, { tls: { ca: certs.ca, cert: certs.clientCert, key: certs.clientKey } });
    try {
      expect(session.transport).toBe('node-http2');
      // No formulas: a fresh server's first formula compiles for ~20 s on a loaded machine.
      const t = await session.emptyTable(3).then((e) => e.head(2));
      expect((await t.toArrow()).numRows).toBe(2);
      await t.close();
    } finally {
      await session.close();
    }
  });

  it('without it, or with one from another CA, the connect fails with a DeephavenError naming the cause', async () => {
    const stranger = await selfSignedCertificate();
    const { readFile } = await import('node:fs/promises');
    const strangerKey = await readFile(stranger.keyPath, 'utf8');
    for (const tls of [{ ca: certs.ca }, { ca: certs.ca, cert: stranger.cert, key: strangerKey }]) {
      const err = await Session.connect(server.url, { tls, connectTimeoutMs: 10_000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeephavenError);
      expect((err as DeephavenError).code).toBe(Code.Unavailable);
      expect((err as DeephavenError).message).toMatch(/refused the TLS handshake: it requires a client certificate/);
      expect((err as DeephavenError).message).toContain(server.url);
    }
  });
});

describe('runScript systemic (on this server, which marks systemic objects)', () => {
  it('runs the script on a systemic thread with systemic: true, and not with false', async () => {
    const session = await Session.connect(server.url, { tls: { ca: certs.ca, cert: certs.clientCert, key: certs.clientKey } });
    try {
      const seen: Record<string, unknown> = {};
      for (const [name, options] of [
        ['yes', { systemic: true }],
        ['no', { systemic: false }],
      ] as const) {
        await session.runScript(
          'import jpy\nfrom deephaven import empty_table\n' +
            '_tracker = jpy.get_type("io.deephaven.engine.util.systemicmarking.SystemicObjectTracker")\n' +
            // The answer as a table's size (1 row: systemic), which needs no formula compiled.
            `sys_${name} = empty_table(1 if _tracker.isSystemicThread() else 0)`,
          options,
        );
        const t = await session.openTable(`sys_${name}`);
        seen[name] = t.size === 1;
        await t.close();
      }
      expect(seen).toEqual({ yes: true, no: false });
    } finally {
      await session.close();
    }
  });
});
