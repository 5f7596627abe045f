import { firstValueFrom, filter, take, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session, agg, type RollupTable, type Table } from '../../src/index.js';

const url = inject('dhUrl');
let session: Session;
let trades: Table;

beforeAll(async () => {
  session = await Session.connect(url);
  trades = await session.emptyTable(100).then((t) => t.update(['Sym = i % 3 == 0 ? `AAPL` : i % 3 == 1 ? `MSFT` : `GOOG`', 'Exchange = i % 2 == 0 ? `NYSE` : `ARCA`', 'Size = (int) i', 'Price = i * 1.5']));
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('smoke', () => {
  it('rollup', async () => {
    const r = await trades.rollup([agg.sum('Size'), agg.avg('Price')], ['Sym', 'Exchange']);
    console.log(String(r), r.schema.fields.map((f) => `${f.name}:${String(f.type)}`));
    const v = await firstValueFrom(r.viewport({ first: 0, last: 20 }));
    console.log(v.totalSize, v.first, v.isSnapshot, v.rows, v.table.toArray().map((x) => x.toJSON()));
    const updates = r.viewport({ first: 0, last: 20 }).pipe(take(2), toArray());
    const p = firstValueFrom(updates);
    await r.expand(['AAPL']);
    const [a, b] = await p;
    console.log(a?.totalSize, b?.totalSize, b?.rows);
    await r.close();
  });
});
