import { nodeHttp2Transport } from './node-http2-transport.js';
import { loadNodeWebSocket } from './node-websocket.js';
import { registerPlatformTransports } from './platform.js';
import { certificateFailure } from './tls-error.js';

/**
 * @internal Registers the Node-only transports: gRPC-Web over `node:http2`, and the `ws` package's WebSocket (with
 * the words for a refused server certificate).
 */
export function registerNodeTransports(): void {
  registerPlatformTransports({ nodeHttp2: nodeHttp2Transport, webSocket: loadNodeWebSocket, certificateFailure });
}
