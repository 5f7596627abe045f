// Issue 20's console surface in Node against the real server, over every Node transport (the Open/Next emulation
// of the autocomplete stream runs in Chromium over fetch: Node's fetch speaks HTTP/1.1, which carries no credentials).
import { describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/console.js';

const targets: [string, sc.Target][] = [
  ['websocket-multiplex', { url: inject('dhUrl'), transport: 'websocket-multiplex' }],
  ['node-http2 (h2c)', { url: inject('dhUrl'), transport: 'node-http2' }],
  ['node-http2 (h2, TLS)', { url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } }],
];

describe.each(targets)('console logs and completions in Node over %s', (_name, t) => {
  it('print from runScript arrives on logs$ (STDOUT), and a later subscriber gets it from the replay', async () => {
    if (t.url === '') return;
    expect(await sc.logsPrint(t)).toMatchObject({ level: 'STDOUT', timeIsDate: true, replayed: true });
  });

  it('completes half-typed names an earlier script made, on one stream; rejects a position outside the code', async () => {
    if (t.url === '') return;
    const r = await sc.completions(t);
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

describe('downsampling in Node', () => {
  const t = targets[0]![1];
  it('a 1,000,000-row table downsampled to 1,000 pixels stays within the bound; a zoom keeps its range; bad columns fail first', {
    timeout: 120_000,
  }, async () => {
    const r = await sc.downsampleBig(t, 1_000_000, 1000);
    expect(r).toMatchObject({ sourceRows: 1_000_000, isRefreshing: false, columns: ['Timestamp', 'Y', 'Z'], bad: 'InvalidArgument' });
    // At most the first, last, lowest and highest row of each y column in each pixel's bucket.
    expect(r['rows'] as number).toBeLessThanOrEqual(1000 * 4 * 2);
    expect(r['rows'] as number).toBeGreaterThan(1000);
    // Three days of a 11.5-day table: fewer rows, nearly all inside the range (the server keeps a few neighbours).
    expect(r['zoomRows'] as number).toBeLessThan(r['rows'] as number);
    expect(r['zoomOutside'] as number).toBeLessThan((r['zoomRows'] as number) / 20);
  });

  it('the downsample of a ticking 10,000,000-row table follows it, within the bound', { timeout: 120_000 }, async () => {
    const r = await sc.downsampleTicking(t, 100, 10_000_000);
    expect(r).toMatchObject({ isRefreshing: true, advanced: true });
    expect(r['sourceRows'] as number).toBeGreaterThanOrEqual(10_000_000);
    // A few rows per pixel, not the source's 100,000 a pixel: the server kept about 12 a pixel here (a merge of the
    // static history and the ticking table; 4 a pixel on a small ticking table), so the bound is 16.
    expect(r['maxRows'] as number).toBeLessThanOrEqual(100 * 16);
  });
});

/** The rows of the source where `keep` holds, of one column. */
const where = (src: Record<string, unknown[]>, column: string, keep: (i: number) => boolean): unknown[] =>
  (src[column] ?? []).filter((_, i) => keep(i));

describe('plotly-express figures in Node', () => {
  const t = targets[0]![1];
  it('line, scatter (by=Sym: one trace per partition) and bar figures decoded, each trace filled with its table columns', {
    timeout: 120_000,
  }, async () => {
    const r = await sc.plotlyExpressFigures(t);
    const src = r['src'] as Record<string, unknown[]>;
    const all = (): boolean => true;
    const isA = (i: number): boolean => src['Sym']?.[i] === 'A';
    expect(src['X']).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(r['line']).toMatchObject({
      type: 'deephaven.plot.express.DeephavenFigure',
      hasLayout: true,
      traces: [{ x: src['X'], y: src['Y'] }],
    });
    expect(r['scatter']).toMatchObject({
      traces: [
        { name: 'A', x: where(src, 'X', isA), y: where(src, 'Y', isA) },
        { name: 'B', x: where(src, 'X', (i) => !isA(i)), y: where(src, 'Y', (i) => !isA(i)) },
      ],
    });
    expect(r['bar']).toMatchObject({ traces: [{ type: 'bar', x: where(src, 'Cat', all), y: src['Y'] }] });
  });

  it('a figure of a ticking table is emitted again as the table ticks', { timeout: 120_000 }, async () => {
    expect(await sc.plotlyExpressTicking(t)).toEqual({ count: 3, growing: true, xIsDate: true });
  });

  it('a ticking table that starts small is served whole, then downsampled once it grows past downsampleAbove', {
    timeout: 120_000,
  }, async () => {
    const r = await sc.plotlyExpressGrowing(t, 40);
    // 3 rows whole; 43 rows whole, then from the downsample (the switch); 53 rows from the downsample
    expect(r).toMatchObject({ points: [3, 43, 43, 53], downsampled: [[], [], [0], [0]], xIsDate: true });
    // one table held at a time (the figure's, then its downsample); none once unsubscribed
    expect(r).toMatchObject({ exportsWhole: [1], exportsSmall: [1], left: 0 });
  });
});
