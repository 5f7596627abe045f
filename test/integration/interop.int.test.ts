// deephaven-rx and pydeephaven (the reference client, same version) on one server: what one publishes, the other
// fetches; tables are compared value by value, through a digest computed the same way on both Arrow tables.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PythonPeer } from '../interop/peer.js';
import * as sc from '../scenarios/surface.js';

const url = inject('dhUrl');
const ws: sc.Target = { url, transport: 'websocket-multiplex' };
let peer: PythonPeer;

beforeAll(async () => {
  peer = await PythonPeer.connect(url, inject('dhPsk') || undefined);
}, 60_000);

afterAll(async () => {
  await peer?.close();
  await sc.closeKept();
});

describe('interop with pydeephaven', () => {
  it.each([0, 1, 1000])('toArrow() equals pydeephaven to_arrow() for every column type with nulls, %i rows', async (rows) => {
    const { ticket } = await sc.publishAllTypes(ws, rows);
    const ours = await sc.fetchSharedDigest(ws, ticket);
    const theirs = await peer.tableDigest(ticket);
    expect(ours.digest).toEqual(theirs);
    expect(ours.size).toBe(rows);
    if (rows > 1) for (const [col, n] of Object.entries(ours.digest.nulls)) expect(n, col).toBeGreaterThan(0);
  });

  // Many DoGet batches (a bigger read is the benchmark's: `npm run bench`).
  it('toArrow() equals pydeephaven to_arrow() for 150,000 rows of every column type', { timeout: 180_000 }, async () => {
    const { ticket } = await sc.publishAllTypes(ws, 150_000);
    const ours = await sc.fetchSharedDigest(ws, ticket);
    const theirs = await peer.tableDigest(ticket);
    expect(ours.digest).toEqual(theirs);
    console.log(`[interop] 150,000 rows × ${ours.digest.fields.length} columns: toArrow() in ${ours.ms} ms`);
  });

  it('a table published by pydeephaven is fetched by deephaven-rx, values equal', async () => {
    const name = `py_pub_${Math.random().toString(36).slice(2, 8)}`;
    await peer.call('run', {
      code: `from deephaven import empty_table\n${name} = empty_table(50).update(['A = i', 'B = i % 3 == 0 ? null : \`b\` + i'])`,
    });
    const { ticket } = await peer.call<{ ticket: string }>('publish_table', { name });
    const ours = await sc.fetchSharedDigest(ws, ticket);
    expect(ours.digest).toEqual(await peer.tableDigest(ticket));
    expect(ours.digest.rows).toBe(50);
  });

  it('a Figure published by pydeephaven (plugin_client, fetch, publish) is read by deephaven-rx', async () => {
    const name = `py_plot_${Math.random().toString(36).slice(2, 8)}`;
    await peer.call('run', {
      code: `from deephaven.plot.figure import Figure\nfrom deephaven import empty_table\n${name}_src = empty_table(20).update(["X = 0.1 * i", "Y = i * 2.0"])\n${name} = Figure().plot_xy(series_name="S", t=${name}_src, x="X", y="Y").show()`,
    });
    const { ticket, type } = await peer.call<{ ticket: string; type: string }>('publish_object', { name });
    expect(type).toBe('Figure');
    const r = await sc.readSharedFigure(ws, ticket);
    expect(r['figure']).toMatchObject({ charts: 1, series: ['S'], refTypes: ['Table'], points: [20] });
  });

  it('a Figure published by deephaven-rx is read by pydeephaven, its table values included', async () => {
    const { ticket } = await sc.publishFigure(ws);
    const r = await peer.call<{ payload: string; refs: { type: string; columns?: Record<string, number[]> }[] }>('read_object', {
      type: 'Figure',
      ticket,
    });
    expect(r.payload.length).toBeGreaterThan(0);
    expect(r.refs.map((x) => x.type)).toEqual(['Table']);
    expect(r.refs[0]?.columns?.['X']).toHaveLength(20);
  });
});
