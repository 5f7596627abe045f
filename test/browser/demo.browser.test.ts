// The demo page (`npm run demo`) in Chromium against the real server, one demo server and one Chromium for all its
// suites (starting the demo's page server is the slow part): the basics, rollups and trees, issue 24's pieces,
// partitioned tables with search and statistics, formats, layout hints and input tables, the console view and charts
// (downsampled, zoomed, plotly-express), and hostile content
// (test/browser/demo/*.ts, each with its own pages and its own server objects, run in this order).
import { afterAll, beforeAll, inject } from 'vitest';
import { basics } from './demo/basics.js';
import { consoleAndCharts } from './demo/console-charts.js';
import { dashboard } from './demo/dashboard.js';
import { hierarchical } from './demo/hierarchical.js';
import { hostile } from './demo/hostile.js';
import { parity } from './demo/parity.js';
import { partitioned } from './demo/partitioned.js';
import { startDemo, type DemoContext } from './demo-page.js';
import { launchChromium } from './harness-page.js';

let context: DemoContext | undefined;
const ctx = (): DemoContext => {
  if (context === undefined) throw new Error('the demo did not start');
  return context;
};

beforeAll(async () => {
  const [demo, browser] = await Promise.all([startDemo(inject('dhUrl')), launchChromium()]);
  context = { demo, browser };
}, 90_000);

afterAll(async () => {
  await context?.browser.close();
  context?.demo.stop();
});

basics(ctx);
hierarchical(ctx);
parity(ctx);
partitioned(ctx);
dashboard(ctx);
consoleAndCharts(ctx);
hostile(ctx);
