// Loaded into the harness page by the live benchmarks (`openHarness({ modules })`): the rollup benchmark clients on
// `window.hierBench`.
import { JsRollupBench, RxRollupBench } from './hierarchical.js';

declare global {
  interface Window {
    hierBench: {
      RxRollupBench: typeof RxRollupBench;
      JsRollupBench: typeof JsRollupBench;
      clients: Record<string, RxRollupBench | JsRollupBench>;
    };
  }
}

window.hierBench = { RxRollupBench, JsRollupBench, clients: {} };
