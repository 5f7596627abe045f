// Loaded by the browser test layer: exposes the SDK, imported from source through Vite's dev server exactly as a
// dashboard would import it, on `window.dhrx`, so tests can drive it with `page.evaluate`.
import * as dhrx from 'deephaven-rx';

declare global {
  interface Window {
    dhrx: typeof dhrx;
  }
}

window.dhrx = dhrx;
const status = document.getElementById('status');
if (status !== null) status.textContent = 'ready';
