// A throwaway self-signed certificate for the TLS test server (127.0.0.1 and localhost), made with openssl.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DH_DIR } from './env.mjs';

const run = promisify(execFile);

/**
 * Creates (or reuses, while it is valid for another day) a self-signed certificate for 127.0.0.1 / localhost.
 * @returns {Promise<{ certPath: string, keyPath: string, cert: string }>}
 */
export async function selfSignedCertificate() {
  const dir = join(DH_DIR, 'tls');
  const certPath = join(dir, 'server.crt');
  const keyPath = join(dir, 'server.key');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(certPath) || !(await validForADay(certPath))) {
    try {
      await run('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '7',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ]);
    } catch (err) {
      const e = /** @type {{ code?: string, stderr?: string, message: string }} */ (err);
      throw new Error(
        e.code === 'ENOENT'
          ? 'the TLS tests need openssl to make a test certificate; install it (e.g. apt-get install openssl)'
          : `openssl could not make a test certificate: ${e.stderr ?? e.message}`,
        { cause: err },
      );
    }
  }
  return { certPath, keyPath, cert: readFileSync(certPath, 'utf8') };
}

async function validForADay(certPath) {
  try {
    await run('openssl', ['x509', '-checkend', '86400', '-noout', '-in', certPath]);
    return true;
  } catch {
    return false;
  }
}
