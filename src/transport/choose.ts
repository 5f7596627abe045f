import { Code, DeephavenError } from '../errors.js';
import { fetchTransport } from './fetch-transport.js';
import { multiplexWebsocketTransport } from './multiplex-transport.js';
import { nodeHttp2Transport } from './node-http2-transport.js';
import type { TransportKind, WireTransport } from './wire-transport.js';

/** Which transport a session uses: a {@link TransportKind}, or `'auto'` to pick from the URL and platform. */
export type TransportChoice = 'auto' | TransportKind;

/**
 * @internal Picks and creates the wire transport for a server URL. `auto`: on `http://` the multiplexed websocket,
 * which a server started with default settings offers there; on `https://` gRPC-Web over fetch in browsers (HTTP/2)
 * and `node:http2` in Node.
 */
export function createTransport(url: string, choice: TransportChoice): WireTransport {
  switch (choice) {
    case 'auto':
      if (!url.startsWith('https:')) return multiplexWebsocketTransport();
      return isNode() ? nodeHttp2Transport(url) : fetchTransport();
    case 'websocket-multiplex':
      return multiplexWebsocketTransport();
    case 'node-http2':
      if (!isNode())
        throw new DeephavenError(Code.InvalidArgument, 'the node-http2 transport needs Node.js');
      return nodeHttp2Transport(url);
    case 'grpc-web-fetch':
      return fetchTransport();
    default:
      throw new DeephavenError(Code.Unimplemented, `the ${choice} transport is not available in this version`);
  }
}

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' && typeof (globalThis as { window?: unknown }).window === 'undefined';
}
