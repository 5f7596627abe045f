import type { WireTransport } from './wire-transport.js';

/** @internal A WebSocket constructor: the platform's own, or one that makes sockets of a package such as `ws`. */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocket;

/** @internal The TLS settings the session passes to the `node:http2` transport. */
export interface NodeHttp2Options {
  readonly tls?: { readonly ca?: string[]; readonly rejectUnauthorized?: boolean };
  /** See `SessionOptions.livenessTimeoutMs`; 0 turns the watch off. */
  readonly livenessTimeoutMs?: number;
}

/**
 * @internal What the platform adds to the transports every build has (websocket and fetch in browsers): the Node
 * entry (`src/node.ts`) registers the `node:http2` transport and the `ws` package here, so that the browser build
 * holds no Node-only code and the session's transport choice still finds them in Node.
 */
export interface PlatformTransports {
  /** Creates the gRPC-Web over `node:http2` transport for a server URL. */
  readonly nodeHttp2?: (baseUrl: string, options: NodeHttp2Options) => WireTransport;
  /** Loads the WebSocket constructor to prefer over the platform's own (Node: `ws` without permessage-deflate). */
  readonly webSocket?: () => Promise<WebSocketConstructor>;
  /**
   * What to tell the user when a socket's error is a refused server certificate (undefined for any other error).
   * Only Node's sockets say why they failed; a page's WebSocket errors carry no reason, so browsers have none.
   */
  readonly certificateFailure?: (err: unknown) => string | undefined;
}

let registered: PlatformTransports = {};

/** @internal Adds platform transports (later registrations win, field by field). */
export function registerPlatformTransports(transports: PlatformTransports): void {
  registered = { ...registered, ...transports };
}

/** @internal The platform transports registered so far. */
export function platformTransports(): PlatformTransports {
  return registered;
}

/** @internal True in Node.js (not in a browser page, nor in a Web Worker). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' && typeof (globalThis as { window?: unknown }).window === 'undefined';
}
