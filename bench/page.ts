// Loaded into the test harness page by the benchmark suites (`openHarness({ modules })`): the benchmark clients
// (deephaven-rx and the official JS API, snapshot and live) on `window.bench` and `window.liveBench`, driven with
// `page.evaluate`. The harness page itself knows nothing of the benchmarks.
import { JsApiBench } from './jsapi.js';
import { LongTasks } from './longtask.js';
import { LiveJsApiBench } from './live/jsapi-live.js';
import { LiveRxBench } from './live/rx-live.js';
import { RxBench } from './rx.js';

window.bench = { RxBench, JsApiBench, clients: {}, longTasks: new LongTasks() };
window.liveBench = { LiveRxBench, LiveJsApiBench, clients: {} };
