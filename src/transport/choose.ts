import { Code, DeephavenError } from '../errors.js';
import { fetchTransport } from './fetch-transport.js';
import { multiplexWebsocketTransport } from './multiplex-transport.js';
import { plainAutoTransport } from './plain-auto-transport.js';
import { isNode, platformTransports, type NodeHttp2Options } from './platform.js';
import { secureAutoTransport } from './secure-auto-transport.js';
import type { CustomTransport, TransportKind, WireTransport } from './wire-transport.js';

/** TLS settings for Node's `https://` connections (passed to `node:http2`). */
export interface NodeTlsOptions {
  /** Certificate authorities to trust (PEM), e.g. for a self-signed server certificate. */
  readonly ca?: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Set to `false` only for testing: accept any certificate. @default true */
  readonly rejectUnauthorized?: boolean;
  /** The client certificate chain (PEM) for servers that require client certificates (pydeephaven's `client_cert_chain`). */
  readonly cert?: string | Uint8Array;
  /** The client certificate's private key (PEM) (pydeephaven's `client_private_key`). */
  readonly key?: string | Uint8Array;
}

/** Which transport a session uses: a {@link TransportKind}, or `'auto'` to pick from the URL and platform. */
export type TransportChoice = 'auto' | TransportKind;

/**
 * @internal Picks and creates the wire transport for a server URL. `auto`: on `http://` the multiplexed websocket,
 * which a server started with default settings offers there (in browsers with fetch for bulk reads and uploads where
 * the server also takes gRPC-Web over HTTP/1.1, found out once); on `https://` `node:http2` in Node, and in browsers
 * the secure websocket for unary and bidirectional calls with fetch (HTTP/2) for bulk reads and uploads where the
 * server offers websockets over TLS (`-Dhttp.websockets=true`), else fetch for every call (found out by the first
 * call).
 */
export function createTransport(url: string, choice: TransportChoice | CustomTransport, options: TransportSettings = {}): WireTransport {
  if (typeof choice === 'object') return asWireTransport(choice); // made by the caller (e.g. the fake one for tests)
  const liveness = {
    ...(options.livenessTimeoutMs === undefined ? {} : { livenessTimeoutMs: options.livenessTimeoutMs }),
    probePath: options.probePath,
  };
  switch (choice) {
    case 'auto':
      if (!url.startsWith('https:'))
        return isNode()
          ? multiplexWebsocketTransport(liveness)
          : plainAutoTransport(multiplexWebsocketTransport(liveness), fetchTransport());
      return isNode() ? nodeHttp2(url, options) : secureAutoTransport(multiplexWebsocketTransport(liveness), fetchTransport());
    case 'websocket-multiplex':
      return multiplexWebsocketTransport(liveness);
    case 'node-http2':
      if (!isNode()) throw new DeephavenError(Code.InvalidArgument, 'the node-http2 transport needs Node.js');
      return nodeHttp2(url, options);
    case 'grpc-web-fetch':
      return fetchTransport();
    default:
      throw new DeephavenError(Code.Unimplemented, `the ${String(choice)} transport is not available in this version`);
  }
}

function asWireTransport(t: CustomTransport): WireTransport {
  const w = t as Partial<WireTransport>;
  if (typeof w.open !== 'function' || typeof w.onConnectionEvent !== 'function')
    throw new DeephavenError(
      Code.InvalidArgument,
      'transport takes a transport name or a transport the SDK made (e.g. createFakeTransport())',
    );
  return t as WireTransport;
}

/** @internal What the session passes on to the transport it creates. */
export interface TransportSettings {
  readonly tls?: NodeTlsOptions | undefined;
  /** See `SessionOptions.livenessTimeoutMs`. */
  readonly livenessTimeoutMs?: number | undefined;
  /** See `MultiplexTransportOptions.probePath`. */
  readonly probePath?: string | undefined;
}

/** The `node:http2` transport, which only the Node entry of the package registers (the browser build has none). */
function nodeHttp2(url: string, settings: TransportSettings): WireTransport {
  const create = platformTransports().nodeHttp2;
  if (create === undefined) {
    throw new DeephavenError(
      Code.FailedPrecondition,
      "the node-http2 transport is not loaded: this is the browser build of deephaven-rx; in Node, import 'deephaven-rx' " +
        "(Node's export condition picks the Node build) or 'deephaven-rx/node'",
    );
  }
  const options = tlsFor(settings.tls);
  return create(url, settings.livenessTimeoutMs === undefined ? options : { ...options, livenessTimeoutMs: settings.livenessTimeoutMs });
}

function tlsFor(tls: NodeTlsOptions | undefined): NodeHttp2Options {
  if (tls === undefined) return {};
  const ca =
    tls.ca === undefined
      ? undefined
      : (Array.isArray(tls.ca) ? tls.ca : [tls.ca]).map((c: string | Uint8Array) =>
          typeof c === 'string' ? c : new TextDecoder().decode(c),
        );
  const pem = (v: string | Uint8Array | undefined): Record<string, string> =>
    v === undefined ? {} : { v: typeof v === 'string' ? v : new TextDecoder().decode(v) };
  const cert = pem(tls.cert)['v'];
  const key = pem(tls.key)['v'];
  if ((cert === undefined) !== (key === undefined))
    throw new DeephavenError(Code.InvalidArgument, 'tls takes a client certificate (cert) and its key (key) together');
  return {
    tls: {
      ...(ca === undefined ? {} : { ca }),
      ...(tls.rejectUnauthorized === undefined ? {} : { rejectUnauthorized: tls.rejectUnauthorized }),
      ...(cert === undefined || key === undefined ? {} : { cert, key }),
    },
  };
}
