/** OpenSSL's and Node's codes for a server certificate the client does not accept. */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * @internal When `err` (or an error in its `cause` chain) is a refused server certificate, what to tell the user:
 * `certificate verify failed: <why> (<code>)` and what to do about it; undefined for any other error.
 */
export function certificateFailure(err: unknown): string | undefined {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code !== 'string' || !CERTIFICATE_CODES.has(code)) continue;
    const why = typeof message === 'string' ? message : code;
    const fix =
      code === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? 'the certificate is for another host name: connect with a name it lists'
        : "trust the server's certificate authority with the `tls: { ca }` option (Node) or the system's trust store";
    return `certificate verify failed: ${why} (${code}); ${fix}`;
  }
  return undefined;
}
