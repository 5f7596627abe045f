// Issue 20 in Chromium: console logs and completions over both browser transports (websocket; fetch, where the
// autocomplete stream is the Open/Next emulation), and downsampling equal to the server's own JS API's in the
// same page.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as Scenarios from '../scenarios/console.js';
import { openHarness } from './harness-page.js';

type Target = Scenarios.Target;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness({ modules: [fileURLToPath(new URL('./page/console-page.ts', import.meta.url))] }));
  await page.waitForFunction(() => window.consoleScenarios !== undefined);
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

function run<K extends keyof typeof Scenarios>(name: K, ...args: unknown[]): Promise<Record<string, unknown>> {
  // As JSON text (large results cross page.evaluate more cheaply); a failure as its message.
  return page
    .evaluate(
      ([n, a]) =>
        (window.consoleScenarios[n] as (...x: unknown[]) => Promise<Record<string, unknown>>)(...a).then(
          (r) => JSON.stringify(r),
          (e: unknown) => JSON.stringify({ failed: String(e) }),
        ),
      [name, args] as const,
    )
    .then((text) => JSON.parse(text) as Record<string, unknown>);
}

const targets: [string, Target][] = [
  ['websocket-multiplex (http://)', { url: inject('dhUrl'), transport: 'auto' }],
  ['grpc-web-fetch over HTTP/2 (https://, Open/Next emulation)', { url: inject('dhUrlTls'), transport: 'grpc-web-fetch' }],
];

describe.each(targets)('console in Chromium over %s', (_name, t) => {
  it('print from runScript arrives on logs$', async () => {
    expect(await run('logsPrint', t)).toMatchObject({ level: 'STDOUT', timeIsDate: true, replayed: true });
  });

  it('completes half-typed names an earlier script made', async () => {
    const r = await run('completions', t);
    const name = r['name'] as string;
    expect(r).toMatchObject({
      labels: [name, `${name}_other`],
      insertText: name,
      secondLine: [[`x = 1\ny = ${name}`]],
      print: true,
      badPosition: 'InvalidArgument',
      again: true,
    });
  });
});

describe('downsampling in Chromium', () => {
  it('a 10,000,000-row table downsampled to 1,000 pixels: within the bound, equal to the JS API downsample in the same page', {
    timeout: 120_000,
  }, async () => {
    const name = `ds_page_${Math.random().toString(36).slice(2, 8)}`;
    const ours = await run('downsampleBig', targets[0]![1], 10_000_000, 1000, name);
    expect(ours).toMatchObject({ sourceRows: 10_000_000, isRefreshing: false, bad: 'InvalidArgument' });
    expect(ours['rows'] as number).toBeLessThanOrEqual(1000 * 4 * 2);
    // Our session closed; the table stays in the server's scope for the JS API to open.
    const theirs = JSON.parse(
      await page.evaluate(
        ([u, n]) =>
          window.jsapiDownsample(u, n, 1000).then(
            (r) => JSON.stringify(r),
            (e: unknown) => JSON.stringify({ failed: String(e) }),
          ),
        [inject('dhUrl'), name] as const,
      ),
    ) as { rows: number; rowsXY: string[] };
    const asDouble = (ours['rowsXY'] as string[])
      .map((r) => {
        const [x, y] = r.split(':');
        return `${String(Number(x))}:${y ?? ''}`;
      })
      .sort();
    expect(theirs).not.toHaveProperty('failed');
    expect(theirs.rows).toBe(ours['rows']);
    expect(theirs.rowsXY).toEqual(asDouble);
  });

  it('the page saw no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('plotly-express in Chromium', () => {
  it('line, scatter (by=) and bar figures decoded and filled; a ticking figure updates', { timeout: 120_000 }, async () => {
    const r = await run('plotlyExpressFigures', targets[0]![1]);
    const src = r['src'] as Record<string, unknown[]>;
    expect(r['line']).toMatchObject({ traces: [{ x: src['X'], y: src['Y'] }] });
    expect((r['scatter'] as { traces: { name: string }[] }).traces.map((tr) => tr.name)).toEqual(['A', 'B']);
    expect(r['bar']).toMatchObject({ traces: [{ type: 'bar', x: src['Cat'], y: src['Y'] }] });
    expect(await run('plotlyExpressTicking', targets[1]![1])).toEqual({ count: 3, growing: true, xIsDate: true });
  });
});
