// Loaded into the harness page by the issue 20 browser test (openHarness's `modules`): puts the dashboard scenarios
// on `window.dashboard`, sharing the page's copy of the SDK.
import * as dashboard from '../../scenarios/dashboard.js';

declare global {
  interface Window {
    dashboard: typeof dashboard;
  }
}

window.dashboard = dashboard;
