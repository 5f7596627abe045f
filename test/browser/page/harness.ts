// Loaded by the browser test layer: exposes the SDK, imported from source through Vite's dev server exactly as a
// dashboard would import it, on `window.dhrx`; the shared transport conformance scenarios on `window.conformance`
// and the session-surface ones on `window.surface`, so tests can drive them with `page.evaluate`.
import * as dhrx from 'deephaven-rx';
import * as conformance from '../../conformance/scenarios.js';
import * as surface from '../../scenarios/surface.js';

declare global {
  interface Window {
    dhrx: typeof dhrx;
    conformance: typeof conformance;
    surface: typeof surface;
  }
}

window.dhrx = dhrx;
window.conformance = conformance;
window.surface = surface;
const status = document.getElementById('status');
if (status !== null) status.textContent = 'ready';
