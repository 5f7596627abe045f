import type { WebSocketConstructor } from './platform.js';

/**
 * @internal Node only: the `ws` package's WebSocket without permessage-deflate, which costs more than it saves on
 * Arrow data over loopback and LANs (a 16 MB table: 1.1 s with it, 0.1 s without). Loaded on first use.
 */
export async function loadNodeWebSocket(): Promise<WebSocketConstructor> {
  const mod = (await import('ws')) as unknown as { WebSocket?: unknown; default?: unknown };
  const ctor = (mod.WebSocket ?? mod.default) as
    | (new (
        url: string,
        protocols: string[] | string | undefined,
        options: object,
      ) => WebSocket)
    | undefined;
  if (ctor === undefined) throw new Error('the ws package has no WebSocket export');
  return function (url: string, protocols?: string | string[]): WebSocket {
    return new ctor(url, protocols, { perMessageDeflate: false });
  } as unknown as WebSocketConstructor;
}
