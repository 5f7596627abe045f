// Loaded into the harness page by the partitioned-table browser test (`openHarness({ modules })`): issue 19's
// scenarios on `window.partitioned`, sharing the page's copy of the SDK.
import * as partitioned from '../../scenarios/partitioned.js';

declare global {
  interface Window {
    partitioned: typeof partitioned;
  }
}

window.partitioned = partitioned;
