import { afterAll, describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/surface.js';

const main = inject('dhUrl');
const ws: sc.Target = { url: main, transport: 'websocket-multiplex' };
const h2c: sc.Target = { url: main, transport: 'node-http2' };

afterAll(async () => {
  await sc.closeKept();
});

describe.each([
  ['websocket-multiplex', ws],
  ['node-http2 (h2c)', h2c],
])('the seed examples in Node over %s', (_n, t) => {
  it('1: Figure from exportableObjects → pluginClient → fetch → publish; another session reads it', async () => {
    const r = await sc.seedFetchAndPublishFigure(t);
    expect(r).toMatchObject({ objType: 'Figure', exportTicketKind: 'export', exportIdPositive: true, sharedBytes: 17 });
    expect(r['figure']).toMatchObject({ charts: 1, series: ['Random numbers'], refTypes: ['Table'], points: [20] });
    expect((r['figure'] as { columns: string[][] }).columns[0]).toEqual(expect.arrayContaining(['X', 'Y']));
  });

  it('2: fetch(ScopeTicket.scopeTicket(name)) gives an ExportTicket usable as the table', async () => {
    expect(await sc.seedGenericFetch(t)).toEqual({ kind: 'export', rows: 20, lastX: 19 });
  });

  it("3: pluginClient(new ServerObject('Figure', sharedTicket)) reads a Figure another session published", async () => {
    const r = await sc.seedSharedPluginObject(t);
    expect(r['figure']).toMatchObject({ charts: 1, refTypes: ['Table'], points: [20] });
  });
});

describe('sessions and tables in Node (websocket-multiplex)', () => {
  it('two sessions share through shared tickets; taken tickets reject with ALREADY_EXISTS; release unpublishes', async () => {
    const r = await sc.crossSession(ws);
    expect(r['values']).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(r['taken']).toMatchObject({ codeName: 'AlreadyExists' });
    expect(r['takenByOther']).toMatchObject({ codeName: 'AlreadyExists' });
    // The server reports the released source's state rather than NOT_FOUND.
    expect(r['afterRelease']).toMatchObject({ codeName: 'FailedPrecondition', message: expect.stringContaining('released') });
    expect(r['afterReleaseFetch']).toMatchObject({ codeName: 'FailedPrecondition', message: expect.stringContaining('released') });
    expect(r['stillThere']).toBe(7);
    expect(r['roundTrip']).toBe(true);
  });

  it('table operations, emptyTable, timeTable, openTable, tables()', async () => {
    const r = await sc.tableOperations(ws);
    expect(r).toMatchObject({
      base: { size: 10, columns: [], refreshing: false },
      t1: { size: 10, columns: ['X', 'Y', 'G'], types: ['int', 'int', 'java.lang.String'] },
      filtered: 6,
      headX: [9, 8, 7],
      tailX: [5, 4],
      view: ['X', 'Z'],
      updateViewW: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81],
      select: ['X', 'Y', 'G'],
      dropped: ['X'],
      multiSort: [8, 6, 4, 2, 0, 9],
      where2: [2, 4, 6, 8],
      timeTable: { refreshing: true, columns: ['Timestamp'], readable: true },
      empty: { size: 0, rows: 0 },
      opened: { size: 3, inTables: true },
      ticketKinds: ['export', 'export'],
    });
  });

  it('bad input: each a DeephavenError with the right code, at once; the session works afterwards', async () => {
    const r = await sc.badInput(ws);
    expect(r['unknownScope']).toMatchObject({ codeName: 'NotFound' });
    expect((r['unknownScope'] as { ms: number }).ms).toBeLessThan(5000);
    expect(r['unknownScopeFetch']).toMatchObject({ codeName: 'NotFound' });
    expect(r['unknownShared']).toMatchObject({ codeName: 'NotFound' });
    expect(r['unknownSharedFetch']).toMatchObject({ codeName: 'NotFound' });
    expect(r['notATable']).toMatchObject({ codeName: 'FailedPrecondition' });
    expect(r['syntaxError']).toMatchObject({ codeName: 'InvalidArgument', message: expect.stringContaining('SyntaxError') });
    expect(r['scriptRaises']).toMatchObject({ codeName: 'InvalidArgument', message: expect.stringContaining('boom') });
    expect(r['badFormula']).toMatchObject({ name: 'DeephavenError' });
    expect(r['malformedTicket']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['malformedShared']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['notATicket']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['publishNonExport']).toMatchObject({ codeName: 'FailedPrecondition' });
    expect(r['publishToNonShared']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['badSize']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['badSort']).toMatchObject({ codeName: 'InvalidArgument' });
    expect(r['noPlugin']).toMatchObject({ codeName: 'NotFound' });
    expect(r['wrongType']).toMatchObject({ codeName: 'FailedPrecondition' });
    expect(r['worksAfter']).toBe(true);
    const after = r['afterClose'] as Record<string, unknown>;
    for (const k of Object.keys(after)) expect(after[k], k).toMatchObject({ name: 'SessionClosedError' });
  });

  it('1,000 fetch/release cycles leave no export on the server and no state in the client', async () => {
    const r = await sc.leakCycles(ws, 1000);
    expect(r).toMatchObject({ held: 0, openCalls: 0 });
    expect(r['after']).toBe(r['before']);
  });

  it.each([
    ['websocket-multiplex', ws],
    ['node-http2 (h2c)', h2c],
  ])('cancellation over %s: every async call rejects with an AbortError DOMException; mid-flight aborts leave no export', async (_n, t) => {
    const r = await sc.cancellation(t);
    const pre = r['preAborted'] as Record<string, string>;
    expect(Object.keys(pre).length).toBeGreaterThanOrEqual(23);
    for (const [k, v] of Object.entries(pre)) expect(v, k).toBe('AbortError (DOMException)');
    expect(r).toMatchObject({
      readAborted: 'AbortError (DOMException)',
      makeAborted: 'AbortError (DOMException)',
      firstBatchRows: true,
      rows: 2_000_000,
    });
    expect(r['exportsAfter']).toBe(r['exportsBefore']);
  });

  it('exportableObjects$ follows variables being created, changed and removed', async () => {
    const r = await sc.liveObjects(ws);
    expect(r['seen']).toHaveLength(3);
    expect(r['gone']).toBe(true);
    expect(r['ownAtOnce']).toBe(true);
    expect(r['ownGoneAtOnce']).toBe(true);
  });
});
