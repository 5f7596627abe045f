/**
 * deephaven-rx for Node.js: the same public API as the browser build (`src/index.ts`), plus the Node-only
 * transports: gRPC-Web over `node:http2` (`transport: 'node-http2'`, and `'auto'` on `https://`) and the `ws`
 * package's WebSocket where Node has none of its own (before Node 22) or a slower one (permessage-deflate).
 *
 * `import { Session } from 'deephaven-rx'` picks this file in Node through the package's `node` export condition;
 * `deephaven-rx/node` names it explicitly (e.g. for a server-side bundle built with browser conditions).
 *
 * @packageDocumentation
 */
import { registerNodeTransports } from './transport/node-platform.js';

registerNodeTransports();

// The whole public API, unchanged: `src/index.ts` is the one curated list of exports, so it is re-exported whole.
export * from './index.js';
