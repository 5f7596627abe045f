// Issue 20 in Chromium: the formats, layout hints and input-table columns the SDK decodes equal what the server's
// own JS API reports in the same page; script-made input tables written from the page and read back by pydeephaven;
// formatValue equal to the server's Java rendering with the browser's Intl.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as dash from '../scenarios/dashboard.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let peer: PythonPeer;
let sources: dash.Sources;
const url = inject('dhUrl');
const target: dash.Target = { url, transport: 'auto' };

beforeAll(async () => {
  [{ browser, page, pageErrors }, peer, sources] = await Promise.all([
    openHarness({ modules: [fileURLToPath(new URL('./page/dashboard-page.ts', import.meta.url))] }),
    PythonPeer.connect(url, inject('dhPsk') || undefined),
    dash.setupSources({ url, transport: 'websocket-multiplex' }),
  ]);
}, 120_000);

afterAll(async () => {
  if (sources !== undefined) await dash.dropSources({ url, transport: 'websocket-multiplex' }, sources).catch(() => undefined);
  await browser?.close();
  await peer?.close();
});

function run<K extends keyof typeof dash>(name: K, ...args: unknown[]): Promise<never> {
  return page.evaluate(([n, a]) => (window.dashboard[n] as (...x: unknown[]) => Promise<never>)(...a), [name, args] as const);
}

describe('issue 20 in Chromium', () => {
  it("formats and layout hints equal the server's JS API; input table columns too", { timeout: 60_000 }, async () => {
    const ours = (await run('readFormats', target, sources)) as Record<string, unknown>;
    const hints = (await run('readHints', target, sources)) as Record<string, unknown>;
    const theirs = (await run('jsapiView', url, sources)) as Record<string, unknown>;
    const cells = (ours['view'] as Record<string, unknown>[]).map(({ row: _row, ...rest }) => rest);
    expect(cells).toEqual(theirs['cells']);
    expect(hints['hints']).toEqual(theirs['hints']);
    expect(theirs['keyed']).toEqual({ keyColumns: ['Sym'], valueColumns: ['Px', 'N'] });
  });

  it('script-made keyed and append-only input tables are written from the page and read back by pydeephaven', {
    timeout: 60_000,
  }, async () => {
    const tag = `c${Math.random().toString(36).slice(2, 6)}`;
    const r = (await run('writeInputTables', target, sources, tag)) as Record<string, unknown>;
    expect(r['keyed']).toMatchObject({ keyColumns: ['Sym'], valueColumns: ['Px', 'N'], isKeyed: true, same: true });
    expect(r['plain']).toBe(true);
    const read = async (code: string): Promise<{ rows: number; head: Record<string, string[]> }> => {
      await peer.call('run', { code: `${tag}_read = ${code}` });
      const { ticket } = await peer.call<{ ticket: string }>('publish_table', { name: `${tag}_read` });
      return peer.tableDigest(ticket);
    };
    const keyed = await read(`${sources.keyed}.where("Sym.startsWith(\`${tag}\`)").sort("Sym")`);
    expect([keyed.rows, keyed.head['Sym'], keyed.head['N']]).toEqual([2, [`"${tag}A"`, `"${tag}B"`], ['1', '20']]);
    const append = await read(`${sources.append}.where("Sym.startsWith(\`${tag}\`)")`);
    expect([append.rows, append.head['N']]).toEqual([2, ['7', '8']]);
    await peer.call('run', { code: `del ${tag}_read` });
  });

  it("formatValue with the browser's Intl equals the server's Java rendering", { timeout: 60_000 }, async () => {
    const r = (await run('renderComparison', target)) as { rows: number; mismatches: string[] };
    expect(r.rows).toBeGreaterThan(300);
    expect(r.mismatches).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
