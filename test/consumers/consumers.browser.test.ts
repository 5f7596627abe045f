// Consumer tests, browsers: the packed package built by esbuild, webpack 5, Rollup and Vite with their default
// browser settings; each build served on its own origin under a strict Content-Security-Policy (no 'unsafe-eval')
// and run in Chromium against the real server, on the page and in a dedicated Web Worker (the seed's example 2).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundlers, nodeBuiltinWarnings, nodeOnlyImports, type BundlerName, type ConsumerBuild } from './bundlers.js';
import { packAndInstall } from './pack.js';
import { serveStatic, type StaticServer } from './serve.js';
import { launchChromium } from '../browser/harness-page.js';

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  await packAndInstall();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

const X = Array.from({ length: 20 }, (_, i) => i);

async function runPage(origin: string, query: string): Promise<{ outcome: Record<string, unknown>; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|unsafe-eval/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  try {
    await page.goto(`${origin}/index.html?${query}`);
    await page.waitForFunction(() => (document.getElementById('result')?.textContent ?? '') !== '', undefined, { timeout: 45_000 });
    const outcome = JSON.parse((await page.textContent('#result')) ?? '{}') as Record<string, unknown>;
    return { outcome, problems };
  } finally {
    await page.close();
  }
}

describe.each(Object.keys(bundlers) as BundlerName[])('a dashboard built with %s', (bundler) => {
  let build: ConsumerBuild;
  let origin: string;

  beforeAll(async () => {
    build = await bundlers[bundler]();
    const server = await serveStatic(build.outDir);
    servers.push(server);
    origin = server.origin;
    const total = [...build.scripts.values()].reduce((n, s) => n + s.gzip, 0);
    const largest = [...build.scripts].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 3);
    console.log(
      `[consumers] ${bundler}: ${build.scripts.size} scripts, ${(total / 1024).toFixed(1)} KiB gzipped in all (largest: ` +
        `${largest.map(([f, s]) => `${f} ${(s.gzip / 1024).toFixed(1)} KiB`).join(', ')})` +
        `${
          build.warnings.length > 0
            ? `; warnings: ${build.warnings
                .map((w) => w.split('\n')[0])
                .join(' | ')
                .slice(0, 300)}`
            : ''
        }`,
    );
  }, 120_000);

  it('builds with no warning about Node built-ins and no Node-only import', () => {
    expect(nodeBuiltinWarnings(build)).toEqual([]);
    expect(nodeOnlyImports(build)).toEqual([]);
  });

  it('fetches a table by scope ticket and reads it on a page with a strict CSP', async () => {
    const { outcome, problems } = await runPage(origin, `server=${encodeURIComponent(inject('dhUrl'))}&name=consumer_${bundler}_page`);
    expect(outcome).toEqual({
      where: 'page',
      violations: [],
      evalBlocked: true,
      transport: 'websocket-multiplex',
      rows: 20,
      columns: ['X'],
      x: X,
    });
    expect(problems).toEqual([]);
  });

  it('does the same inside a dedicated Web Worker', async () => {
    const { outcome, problems } = await runPage(
      origin,
      `worker&server=${encodeURIComponent(inject('dhUrl'))}&name=consumer_${bundler}_worker`,
    );
    expect(outcome).toEqual({
      where: 'worker',
      violations: [],
      evalBlocked: true,
      transport: 'websocket-multiplex',
      rows: 20,
      columns: ['X'],
      x: X,
    });
    expect(problems).toEqual([]);
  });
});
