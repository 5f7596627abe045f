// Loaded into the harness page by the issue 24 browser test (openHarness's `modules`): puts the parity scenarios on
// `window.parity`, sharing the page's copy of the SDK.
import * as parity from '../../scenarios/parity.js';

declare global {
  interface Window {
    parity: typeof parity;
  }
}

window.parity = parity;
