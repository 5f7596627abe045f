// Issue 13 in Chromium: a representative third of the table operations (one of each family) equal pydeephaven's
// results, uploads (websocket, and gRPC-Web over fetch where DoPut is one call with a streamed request body), input tables,
// batches and bad input, over both transports a browser uses.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as ops from '../scenarios/table-ops.js';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
let peer: PythonPeer;
let pageErrors: string[] = [];
let sources: { static: ops.Sources; ticking: ops.Sources };
let tlsSources: { static: ops.Sources; ticking: ops.Sources };

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openHarness());
  [peer, sources, tlsSources] = await Promise.all([
    PythonPeer.connect(inject('dhUrl'), inject('dhPsk') || undefined),
    ops.setupSources({ url: inject('dhUrl'), transport: 'websocket-multiplex' }),
    // The TLS server is another server: its own sources (pydeephaven reads the main one only).
    ops.setupSources({ url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } }),
  ]);
}, 120_000);

afterAll(async () => {
  await page?.evaluate(() => window.tableOps.closeKept()).catch(() => undefined);
  await browser?.close();
  await peer?.close();
});

function run<K extends keyof typeof ops>(name: K, ...args: unknown[]): Promise<never> {
  return page.evaluate(([n, a]) => (window.tableOps[n] as (...x: unknown[]) => Promise<never>)(...a), [name, args] as const);
}

const ws: ops.Target = { url: inject('dhUrl'), transport: 'auto' };
const h2: ops.Target = { url: inject('dhUrlTls'), transport: 'auto' };

describe('Chromium over websocket-multiplex (http://), pydeephaven on the same server', () => {
  const t = ws;
  it(`a third of the operations (${ops.BROWSER_CASES.length}) equal pydeephaven, static and ticking sources`, {
    timeout: 240_000,
  }, async () => {
    for (const kind of ['static', 'ticking'] as const) {
      const ours = (await run('runCases', t, sources[kind], ops.BROWSER_CASES)) as Awaited<ReturnType<typeof ops.runCases>>;
      for (const name of ops.BROWSER_CASES) {
        const c = ops.CASES.find((x) => x.name === name);
        expect(c, name).toBeDefined();
        expect(ours.results[name]?.error, `${kind} ${name}`).toBeUndefined();
        expect(ours.results[name]?.digest, `${kind} ${name}`).toEqual(await peer.exprDigest(c?.py ?? '', ops.pyTables(sources[kind])));
      }
    }
  });

  it('importTable round trip of every column type with nulls, 1000 rows', { timeout: 120_000 }, async () => {
    const r = (await run('uploadRoundTrip', t, 1000)) as Awaited<ReturnType<typeof ops.uploadRoundTrip>>;
    expect(r.size).toBe(1000);
    expect(r.back).toEqual(r.source);
  });

  it('importTable of month-day-nano intervals, a Null column, dense and sparse unions: read as pydeephaven reads them', async () => {
    const mine = (await run('arrowTypesRoundTrip', t)) as Awaited<ReturnType<typeof ops.arrowTypesRoundTrip>>;
    expect(mine.back.hashes, 'the values read back are the values sent').toEqual(mine.source.hashes);
    const theirs = await peer.importIpc(new Uint8Array(Buffer.from(mine.ipc, 'hex')));
    const pyMine = await peer.tableDigest(mine.ticket);
    expect(await peer.tableDigest(theirs.ticket)).toEqual(pyMine);
    expect(mine.back).toEqual(pyMine);
    expect(await run('readSharedDigest', t, theirs.ticket)).toEqual(pyMine);
  });

  it('input tables: keyed add/overwrite/delete and append-only, seen by pydeephaven', async () => {
    const r = (await run('inputTables', t)) as {
      names: { keyed: string; append: string };
      keyed: { digest: unknown; rows: unknown[] };
      append: { digest: unknown };
    };
    expect(r.keyed.rows).toHaveLength(3);
    expect(await peer.exprDigest('keyed.sort("Sym")', { keyed: r.names.keyed })).toEqual(r.keyed.digest);
    expect(await peer.exprDigest('append', { append: r.names.append })).toEqual(r.append.digest);
  });

  it('bad input: DeephavenErrors with reasons, session usable, nothing leaked', async () => {
    const r = (await run('badOps', t, t === ws ? sources.static : tlsSources.static)) as {
      failures: Record<string, { name: string } | null>;
      held: [number, number];
      usable: number;
    };
    for (const [what, f] of Object.entries(r.failures)) expect(f?.name, what).toBe('DeephavenError');
    expect(r.usable).toBe(2);
    expect(r.held[1]).toBe(r.held[0]);
  });
});

describe('Chromium over grpc-web-fetch over HTTP/2 (https://): DoPut as one call, its request body streamed', () => {
  const t = h2;
  it('importTable round trip of every column type with nulls, 1000 rows', { timeout: 120_000 }, async () => {
    const r = (await run('uploadRoundTrip', t, 1000)) as Awaited<ReturnType<typeof ops.uploadRoundTrip>>;
    expect(r.size).toBe(1000);
    expect(r.back).toEqual(r.source);
  });

  it('input tables: keyed add/overwrite/delete and append-only', async () => {
    const r = (await run('inputTables', t)) as { keyed: { rows: unknown[] }; append: { rows: unknown[] } };
    expect(r.keyed.rows).toEqual([
      { Sym: 'B', Px: 20.5, Qty: 20 },
      { Sym: 'C', Px: 3.5, Qty: 3 },
      { Sym: 'D', Px: 4.5, Qty: 4 },
    ]);
    expect(r.append.rows).toHaveLength(6);
  });

  it('a third of the operations run (results equal those over the websocket on the main server)', { timeout: 240_000 }, async () => {
    const over = (await run('runCases', t, tlsSources.static, ops.BROWSER_CASES)) as Awaited<ReturnType<typeof ops.runCases>>;
    const main = (await run('runCases', ws, sources.static, ops.BROWSER_CASES)) as Awaited<ReturnType<typeof ops.runCases>>;
    for (const name of ops.BROWSER_CASES) {
      expect(over.results[name]?.error, name).toBeUndefined();
      // Same script, same data: only server-chosen values may differ (none in these cases but the time-free ones).
      expect(over.results[name]?.digest?.hashes, name).toEqual(main.results[name]?.digest?.hashes);
    }
  });

  it('bad input: DeephavenErrors with reasons, session usable, nothing leaked', async () => {
    const r = (await run('badOps', t, tlsSources.static)) as {
      failures: Record<string, { name: string } | null>;
      held: [number, number];
      usable: number;
    };
    for (const [what, f] of Object.entries(r.failures)) expect(f?.name, what).toBe('DeephavenError');
    expect(r.usable).toBe(2);
    expect(r.held[1]).toBe(r.held[0]);
  });
});

it('no page errors', () => {
  expect(pageErrors).toEqual([]);
});
