import { platformTransports, type WebSocketConstructor } from './platform.js';

export type { WebSocketConstructor } from './platform.js';

let cached: Promise<WebSocketConstructor> | undefined;

/**
 * @internal The WebSocket constructor to use: the platform's own in browsers; in Node the `ws` package (without
 * permessage-deflate) when the Node entry registered it, else Node's own.
 */
export function resolveWebSocket(): Promise<WebSocketConstructor> {
  cached ??= load();
  return cached;
}

async function load(): Promise<WebSocketConstructor> {
  const native = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  // The Node entry registers the `ws` package, preferred there over Node's own WebSocket (see node-websocket.ts).
  const preferred = platformTransports().webSocket;
  if (preferred !== undefined) {
    try {
      return await preferred();
    } catch (cause) {
      if (native !== undefined) return native;
      cached = undefined;
      throw new Error('This platform has no WebSocket and the "ws" package could not be loaded; install "ws"', { cause });
    }
  }
  if (native !== undefined) return native;
  cached = undefined;
  throw new Error(
    "This platform has no WebSocket: in Node.js before 22, import 'deephaven-rx' under Node's export condition " +
      '(or \'deephaven-rx/node\'), which brings the "ws" package',
  );
}
