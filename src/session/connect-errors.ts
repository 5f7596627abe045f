// What a failed connect tells the user: the error of the first call, translated into what to fix (wrong
// credentials, credentials over HTTP/1.1, a refused client certificate, nothing at the URL).
import { Code, DeephavenError, abortError } from '../errors.js';
import type { TransportKind } from '../transport/wire-transport.js';

/**
 * @internal The error `Session.connect` rejects with, from the error its first call failed with: the user's
 * abort, the connect deadline, or `err` with a message that names the probable cause.
 */
export function connectError(err: unknown, url: string, timeout: AbortSignal, user: AbortSignal | undefined, kind: TransportKind): unknown {
  if (user?.aborted === true) return abortError(user);
  if (timeout.aborted && timeout.reason instanceof DeephavenError) return timeout.reason;
  const e = DeephavenError.from(err);
  if (e.code === Code.Unauthenticated && kind === 'grpc-web-fetch' && url.startsWith('http:'))
    return new DeephavenError(
      Code.Unauthenticated,
      `the server at ${url} refused the credentials over gRPC-Web on HTTP/1.1 (plain http:// in a browser or Node's fetch). ` +
        'Deephaven servers do not see credentials on HTTP/1.1 gRPC calls even with -Dhttp.requireHttp2=false; ' +
        "use the 'websocket-multiplex' transport on http:// (the default), or serve https:// (HTTP/2)",
      { method: e.method, cause: e },
    );
  if (e.code === Code.Unauthenticated)
    return new DeephavenError(Code.Unauthenticated, `the server at ${url} refused the credentials: ${e.rawMessage}`, {
      method: e.method,
      cause: e,
    });
  if (e.code === Code.Unavailable && CLIENT_CERTIFICATE_REFUSED.test(e.rawMessage))
    return new DeephavenError(
      Code.Unavailable,
      `the server at ${url} refused the TLS handshake: it requires a client certificate, and none was given or it does not ` +
        `trust the one given (set tls.cert and tls.key to a certificate from a CA the server trusts): ${e.rawMessage}`,
      { method: e.method, cause: e },
    );
  if (e.code === Code.Unavailable && !e.rawMessage.includes(url))
    return new DeephavenError(Code.Unavailable, `cannot reach the Deephaven server at ${url}: ${e.rawMessage}`, {
      method: e.method,
      cause: e,
    });
  return e;
}

/** The TLS alerts a server sends when it requires a client certificate and got none, or one it does not trust. */
const CLIENT_CERTIFICATE_REFUSED =
  /alert (bad certificate|certificate unknown|certificate required|unknown ca)|SSL alert number (42|46|48|116)\b/i;
