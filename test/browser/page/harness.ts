// Loaded by the browser test layer: exposes the SDK, imported from source through Vite's dev server exactly as a
// dashboard would import it, on `window.dhrx`; the shared transport conformance scenarios on `window.conformance`,
// the session-surface ones on `window.surface`, and the benchmark clients (deephaven-rx and the official JS API) on
// `window.bench`, so tests and `npm run bench` can drive them with `page.evaluate`.
import * as dhrx from 'deephaven-rx';
import { JsApiBench } from '../../../bench/jsapi.js';
import { RxBench } from '../../../bench/rx.js';
import { LiveJsApiBench } from '../../../bench/live/jsapi-live.js';
import { LiveRxBench } from '../../../bench/live/rx-live.js';
import * as conformance from '../../conformance/scenarios.js';
import * as surface from '../../scenarios/surface.js';
import * as live from '../../scenarios/live.js';

declare global {
  interface Window {
    dhrx: typeof dhrx;
    conformance: typeof conformance;
    surface: typeof surface;
    live: typeof live;
  }
}

window.dhrx = dhrx;
window.conformance = conformance;
window.surface = surface;
window.live = live;
window.bench = { RxBench, JsApiBench, clients: {} };
window.liveBench = { LiveRxBench, LiveJsApiBench, clients: {} };
const status = document.getElementById('status');
if (status !== null) status.textContent = 'ready';
