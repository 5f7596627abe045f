// Issue 24 in Chromium: the same scenarios as test/integration/parity.int.test.ts, run in the page (the SDK loaded
// as a dashboard loads it), compared with pydeephaven where the issue asks.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as parity from '../scenarios/parity.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let peer: PythonPeer;
let pageErrors: string[] = [];
const ws: parity.Target = { url: inject('dhUrl'), transport: 'auto' };
const MJ = "__import__('pydeephaven.table', fromlist=['multi_join'])";

beforeAll(async () => {
  [{ browser, page, pageErrors }, peer] = await Promise.all([
    openHarness({ modules: [fileURLToPath(new URL('./page/parity-page.ts', import.meta.url))] }),
    PythonPeer.connect(inject('dhUrl'), inject('dhPsk') || undefined),
  ]);
  await page.waitForFunction(() => 'parity' in window);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await peer?.close();
});

function run<K extends keyof typeof parity>(name: K, ...args: unknown[]): Promise<Awaited<ReturnType<(typeof parity)[K]>>> {
  return page.evaluate(([n, a]) => (window.parity[n] as (...x: unknown[]) => Promise<never>)(...a), [name, args] as const);
}

describe('Chromium over websocket-multiplex', () => {
  it('multiJoin equals pydeephaven multi_join; reverse, absolute sorts, preview columns; bad input', { timeout: 60_000 }, async () => {
    const r = await run('tableExtras', ws);
    expect(r.byTables).toEqual(await peer.exprDigest(`${MJ}.multi_join([a, c], on="K").table`, { a: r.names.a, c: r.names.c }));
    expect(r.byInputs).toEqual(
      await peer.exprDigest(
        `${MJ}.multi_join([${MJ}.MultiJoinInput(a, "K", ["A", "Sym"]), ${MJ}.MultiJoinInput(b, "K = Key", "B"), ${MJ}.MultiJoinInput(c, "K")]).table`,
        { a: r.names.a, b: r.names.b, c: r.names.c },
      ),
    );
    await peer.call('run', { code: parity.dropScript(r.names) });
    expect(r.reversed).toEqual([3, 2, 1, 0, -1, -2, -3]);
    expect(r.absDesc).toEqual([3, -3, 2, -2, 1, -1, 0]);
    expect(r.previewRows[0]?.Arr).toMatch(/^\[0, ?1, ?2, ?3, ?4/);
    for (const [what, f] of Object.entries(r.bad)) expect(f?.name, what).toBe('DeephavenError');
    expect(r.abortedName).toBe('AbortError');
    expect(r.held[1]).toBe(r.held[0]);
  });

  it('an uncoalesced table from a partitioned Parquet layout', { timeout: 60_000 }, async () => {
    const r = await run('uncoalesced', ws);
    expect([r.isUncoalesced, r.partitionColumns, r.filtered.isUncoalesced, r.filtered.size]).toEqual([true, ['Part'], false, 10]);
  });

  it('storage round trip, cleaned up', async () => {
    const r = await run('storage', ws);
    expect(r.loaded.text).toBe('print("é")');
    expect(r.afterMove).toEqual(['c.py']);
    expect(r.refused?.code).toBe(9);
    expect(r.bad['relative']?.code).toBe(3);
  });

  it('auth handlers before login, console types, heap info, requests$ without credentials', { timeout: 60_000 }, async () => {
    const psk = inject('dhPsk');
    const r = await run('serverInfo', psk ? { ...ws, auth: { type: 'psk', key: psk } } : ws, psk || undefined);
    expect(r.before.handlers).toContain('anonymous');
    expect(r.unreachable?.code).toBe(14);
    expect(r.consoleTypes).toContain('python');
    expect(r.heap.maxMemory).toBeGreaterThan(0);
    expect(r.kinds).toEqual(['cancelled', 'failed', 'started', 'succeeded']);
    expect(r.everyStartEnded).toBe(true);
    expect(r.leaked).toEqual([]);
    expect(r.completed).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
