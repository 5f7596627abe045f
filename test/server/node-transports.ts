// Vitest set-up file of the Node test projects: tests import the SDK from `src/index.ts` (the browser build's
// entry), so the Node transports that `src/node.ts` registers for the Node build are registered here.
import { registerNodeTransports } from '../../src/transport/node-platform.js';

registerNodeTransports();
