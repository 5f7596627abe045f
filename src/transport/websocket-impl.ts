/**
 * The WebSocket constructor to use: the platform's own (browsers, Node ≥ 22), else the `ws` package in Node.
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
  if (native !== undefined) return native;
  try {
    // Only reached where the platform has no WebSocket (Node 20 and older); bundlers for browsers never get here.
    const mod = (await import(/* @vite-ignore */ 'ws')) as unknown as { WebSocket?: unknown; default?: unknown };
    const ctor = (mod.WebSocket ?? mod.default) as WebSocketConstructor | undefined;
    if (ctor === undefined) throw new Error('the ws package has no WebSocket export');
    return ctor;
  } catch (cause) {
    cached = undefined;
    throw new Error(
      'This platform has no WebSocket and the "ws" package could not be loaded; install "ws" or pass a transport',
      { cause },
    );
  }
}
