// Live tables whose row keys pass 2^53. A partitioned Parquet source gives each partition (file) a region of 2^43
// row keys; with more than 1,024 partitions the keys pass 2^53, which a JavaScript number cannot hold. The server's
// own parquet module writes one small file, copies it into 1,100 key=value partition directories and reads them back
// as one table (once per server); tables derived from it tick (rows of far partitions entering and leaving, every row modified by a
// join, rows appended past the merged key space). Each subscription's settled state must equal a snapshot. The same
// code runs in Node and in Chromium.
import type { Table as ArrowTable } from 'apache-arrow';
import { filter, firstValueFrom } from 'rxjs';
import { DeephavenError, type Table, type ViewportUpdate } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { digest } from './digest.js';
import { Follower, rowsOf, sameRows, until } from './live.js';

const PARTITIONS = 1_100;
const NAMES = ['big', 'entering', 'leaving', 'joined', 'merged'] as const;

/**
 * The partitioned source, made once per server (Node's and Chromium's runs share it: reading 1,100 partitions takes
 * the server several seconds) in a temporary folder removed when the server exits.
 */
const SOURCE = `
import atexit, os, shutil, tempfile, threading
from deephaven import empty_table, parquet
with globals().setdefault("bigkeys_lock", threading.Lock()):
    if "bigkeys_source" not in globals():
        bigkeys_dir = tempfile.mkdtemp(prefix="bigkeys-")
        atexit.register(shutil.rmtree, bigkeys_dir, True)
        parquet.write(empty_table(2).update(["X = (long) i", "S = \`s\` + i"]), os.path.join(bigkeys_dir, "one.parquet"))
        for p in range(${PARTITIONS}):
            os.makedirs(os.path.join(bigkeys_dir, "data", f"P={p}"))
            shutil.copyfile(os.path.join(bigkeys_dir, "one.parquet"), os.path.join(bigkeys_dir, "data", f"P={p}", "part.parquet"))
        bigkeys_source = parquet.read(os.path.join(bigkeys_dir, "data"), file_layout=parquet.ParquetFileLayout.KV_PARTITIONED).update_view(["P = (int) P"])
`;

const SETUP = (base: string, rows: number, period: number): string => `
import threading, time
from deephaven import DynamicTableWriter, empty_table, merge
import deephaven.dtypes as dht
${base}_big = bigkeys_source
${base}_writer = DynamicTableWriter({"I": dht.int32})
${base}_src = ${base}_writer.table
${base}_go = threading.Event()
def ${base}_feed():
    if ${base}_go.wait(120):
        for i in range(${rows}):
            ${base}_writer.write_row(i)
            time.sleep(${period})
threading.Thread(target=${base}_feed, daemon=True).start()
${base}_far = ${base}_src.view(["P = (int) (${PARTITIONS - 1} - I)"])
${base}_entering = ${base}_big.where_in(${base}_far, "P")
${base}_leaving = ${base}_big.where_not_in(${base}_far, "P")
${base}_joined = ${base}_big.natural_join(${base}_src.last_by(), on=[], joins=["L = I"])
${base}_merged = merge([${base}_big.view(["P", "X"]), ${base}_src.view(["P = I", "X = (long) I"])])
`;

/** The last row key of each table, read on the server (as text: they pass 2^53). */
const FACTS = (base: string): string => `
${base}_facts = empty_table(1).update([${NAMES.map((n) => `f"${n} = \`{${base}_${n}.j_table.getRowSet().lastRowKey()}\`"`).join(', ')}])
`;

/**
 * Full subscriptions and a viewport of tables keyed past 2^53, while they tick and once they settle; `rows` rows
 * tick, one every `period` seconds.
 */
export async function liveBigKeys(t: Target, rows = 10, period = 0.2): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const base = `bk_${Math.random().toString(36).slice(2, 9)}`;
  const started = Date.now();
  const ms: Record<string, number> = {};
  const mark = (what: string): void => void (ms[what] = Date.now() - started);
  try {
    await session.runScript(SOURCE);
    mark('source');
    await session.runScript(SETUP(base, rows, period));
    mark('setup');
    const tables = await Promise.all(NAMES.map((n) => session.openTable(`${base}_${n}`)));
    const merged = tables[NAMES.indexOf('merged')] as Table;
    const followers = NAMES.map(() => new Follower());
    const subs = tables.map((table, i) => (followers[i] as Follower).follow(table, { updateIntervalMs: 100 }));
    // A viewport across the end of the partitioned rows and the appended ones.
    const want = { first: PARTITIONS * 2 - 4, last: PARTITIONS * 2 + rows - 1 };
    const views: ViewportUpdate[] = [];
    const viewErrors: string[] = [];
    const vsub = merged.viewport(want, { updateIntervalMs: 100 }).subscribe({
      next: (v) => views.push(v),
      error: (e: unknown) => viewErrors.push(DeephavenError.from(e).message),
    });
    await until(
      () => followers.every((f) => f.snapshots > 0 || f.failure !== undefined) && (views.length > 0 || viewErrors.length > 0),
      30_000,
    );
    mark('subscribed');
    await session.runScript(`${base}_go.set()`);
    const source = await session.openTable(`${base}_src`);
    await firstValueFrom(source.updates({ updateIntervalMs: 100 }).pipe(filter((u) => u.size >= rows)));
    const snapshots = (): Promise<ArrowTable[]> => Promise.all(tables.map((table) => table.toArrow()));
    const viewRows = (all: ArrowTable[]): string[] => rowsOf((all[NAMES.indexOf('merged')] as ArrowTable).slice(want.first, want.last + 1));
    await until(async () => {
      const all = await snapshots();
      const lastView = views.at(-1);
      return (
        all.every((s, i) => sameRows(followers[i]?.last, s)) &&
        lastView !== undefined &&
        JSON.stringify(rowsOf(lastView.table)) === JSON.stringify(viewRows(all))
      );
    });
    mark('settled');
    const all = await snapshots();
    await session.runScript(FACTS(base));
    const facts = (await (await session.openTable(`${base}_facts`)).toArrow()).get(0)?.toJSON() as Record<string, string>;
    subs.forEach((s) => s.unsubscribe());
    vsub.unsubscribe();
    const results: Record<string, unknown> = {};
    for (const [i, name] of NAMES.entries()) {
      const f = followers[i] as Follower;
      const snapshot = all[i] as ArrowTable;
      const final = f.last?.table;
      results[name] = {
        ...f.summary(),
        lastKey: facts[name],
        finalEqual:
          final !== undefined &&
          final.numRows === snapshot.numRows &&
          JSON.stringify(digest(final).hashes) === JSON.stringify(digest(snapshot).hashes),
        snapshotRows: snapshot.numRows,
      };
    }
    const lastView = views.at(-1);
    results['viewport'] = {
      errors: viewErrors,
      emissions: views.length,
      first: lastView?.first ?? -1,
      totalSize: lastView?.totalSize ?? -1,
      finalEqual: lastView !== undefined && JSON.stringify(rowsOf(lastView.table)) === JSON.stringify(viewRows(all)),
    };
    mark('done');
    results['ms'] = ms;
    return results;
  } finally {
    await session.close();
  }
}
