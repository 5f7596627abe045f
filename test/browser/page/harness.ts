// Loaded by the browser test layer: exposes the SDK, imported from source through Vite's dev server exactly as a
// dashboard would import it, on `window.dhrx`, and the shared conformance scenarios on `window.conformance`, so
// tests can drive them with `page.evaluate`.
import * as dhrx from 'deephaven-rx';
import * as conformance from '../../conformance/scenarios.js';

declare global {
  interface Window {
    dhrx: typeof dhrx;
    conformance: typeof conformance;
  }
}

window.dhrx = dhrx;
window.conformance = conformance;
const status = document.getElementById('status');
if (status !== null) status.textContent = 'ready';
