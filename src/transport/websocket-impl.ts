/**
 * The WebSocket constructor to use: the platform's own in browsers; in Node the `ws` package (without
 * permessage-deflate), else Node's own.
 * @internal
 */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocket;

let cached: Promise<WebSocketConstructor> | undefined;

/** @internal */
export function resolveWebSocket(): Promise<WebSocketConstructor> {
  cached ??= load();
  return cached;
}

async function load(): Promise<WebSocketConstructor> {
  const native = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  // Browsers: the platform's own. Node: the `ws` package first, because it lets us turn off permessage-deflate,
  // which costs more than it saves on Arrow data over loopback and LANs (a 16 MB table: 1.1 s with it, 0.1 s
  // without); Node's built-in WebSocket as the fallback.
  if (!isNode && native !== undefined) return native;
  try {
    const mod = (await import(/* @vite-ignore */ 'ws')) as unknown as { WebSocket?: unknown; default?: unknown };
    const ctor = (mod.WebSocket ?? mod.default) as (new (url: string, protocols: string[] | string | undefined, options: object) => WebSocket) | undefined;
    if (ctor === undefined) throw new Error('the ws package has no WebSocket export');
    const withoutDeflate = function (url: string, protocols?: string | string[]): WebSocket {
      return new ctor(url, protocols, { perMessageDeflate: false });
    } as unknown as WebSocketConstructor;
    return withoutDeflate;
  } catch (cause) {
    if (native !== undefined) return native;
    cached = undefined;
    throw new Error(
      'This platform has no WebSocket and the "ws" package could not be loaded; install "ws" or pass a transport',
      { cause },
    );
  }
}
