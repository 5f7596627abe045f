// Loaded by the browser test layer: exposes the SDK, imported from source through Vite's dev server exactly as a
// dashboard would import it, on `window.dhrx`; the shared transport conformance scenarios on `window.conformance`,
// the session-surface, table-operation and live-table ones on `window.surface`, `window.tableOps`, `window.live` and
// `window.bigKeys`, so tests can drive them with `page.evaluate`. (The benchmarks load their own clients into this page through
// `openHarness({ modules })`; nothing here imports them.)
import * as dhrx from 'deephaven-rx';
import * as conformance from '../../conformance/scenarios.js';
import * as surface from '../../scenarios/surface.js';
import * as tableOps from '../../scenarios/table-ops.js';
import * as live from '../../scenarios/live.js';
import * as bigKeys from '../../scenarios/big-keys.js';

declare global {
  interface Window {
    dhrx: typeof dhrx;
    conformance: typeof conformance;
    surface: typeof surface;
    tableOps: typeof tableOps;
    live: typeof live;
    bigKeys: typeof bigKeys;
  }
}

window.dhrx = dhrx;
window.conformance = conformance;
window.surface = surface;
window.tableOps = tableOps;
window.live = live;
window.bigKeys = bigKeys;
const status = document.getElementById('status');
if (status !== null) status.textContent = 'ready';
