// Throwaway certificates for a mutual-TLS test server, made with openssl in a fresh temporary folder: a certificate
// authority, a server certificate for 127.0.0.1 / localhost and a client certificate, both signed by that authority.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes the certificates (EC P-256, valid for a day).
 * @returns {Promise<import('./mtls.d.mts').MutualTlsFiles>}
 */
export async function mutualTlsCertificates() {
  const dir = mkdtempSync(join(tmpdir(), 'dhrx-mtls-'));
  const p = (name) => join(dir, name);
  const ssl = async (args) => {
    try {
      await run('openssl', args);
    } catch (err) {
      const e = /** @type {{ code?: string, stderr?: string, message: string }} */ (err);
      rmSync(dir, { recursive: true, force: true });
      throw new Error(e.code === 'ENOENT' ? 'the mutual TLS tests need openssl' : `openssl failed: ${e.stderr ?? e.message}`, {
        cause: err,
      });
    }
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await ssl(['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.crt'), '-days', '1', '-subj', '/CN=deephaven-rx test CA']);
  writeFileSync(p('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  writeFileSync(p('client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, subject] of [
    ['server', '/CN=127.0.0.1'],
    ['client', '/CN=deephaven-rx test client'],
  ]) {
    await ssl(['req', ...ec, '-keyout', p(`${name}.key`), '-out', p(`${name}.csr`), '-subj', subject]);
    await ssl([
      'x509',
      '-req',
      '-in',
      p(`${name}.csr`),
      '-CA',
      p('ca.crt'),
      '-CAkey',
      p('ca.key'),
      '-CAcreateserial',
      '-out',
      p(`${name}.crt`),
      '-days',
      '1',
      '-extfile',
      p(`${name}.ext`),
    ]);
  }
  const text = (name) => readFileSync(p(name), 'utf8');
  return {
    dir,
    caPath: p('ca.crt'),
    serverCertPath: p('server.crt'),
    serverKeyPath: p('server.key'),
    ca: text('ca.crt'),
    clientCertPath: p('client.crt'),
    clientKeyPath: p('client.key'),
    clientCert: text('client.crt'),
    clientKey: text('client.key'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
