// Scenarios of issue 19's partitioned tables, column statistics and seekRow, checked against the server's own flat
// results (a constituent equals `where` on its key, `merge()` equals the source, statistics equal the server's
// aggregations). The same code runs in Node (integration layer) and in Chromium (loaded into the harness page);
// each returns plain JSON.
import { Field, Float64, Int32, Schema, Utf8, tableFromArrays } from 'apache-arrow';
import { firstValueFrom, filter, timeout } from 'rxjs';
import { Code, DeephavenError, ScopeTicket, ServerObject, type Session, type Table, filters, isAbortError } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { digest, type TableDigest } from './digest.js';

export type { Target };

/** The global variables the scenarios read, made once per server by {@link setupPartitioned}. */
export interface PartitionedSources {
  /** 30 rows: `Sym` (A, B, C), `K` (0, 1), `V` (the row number), `D` (V * 1.5), `S` (text with nulls). */
  readonly src: string;
  /** `src.partition_by("Sym")`, made by a script. */
  readonly byScript: string;
}

/** Makes the sources once (a static table and a script-made partitioned table of it). */
export async function setupPartitioned(target: Target): Promise<PartitionedSources> {
  const s = await connect(target);
  try {
    const p = `pt_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(`from deephaven import empty_table
${p}_src = empty_table(30).update(["Sym = i % 3 == 0 ? \`A\` : i % 3 == 1 ? \`B\` : \`C\`", "K = i % 2", "V = i", "D = i * 1.5", "S = i % 7 == 0 ? null : (i % 4 == 0 ? \`Apple\` : \`banana\` + (i % 2))"])
${p}_by = ${p}_src.partition_by(["Sym"])
`);
    return { src: `${p}_src`, byScript: `${p}_by` };
  } finally {
    await s.close();
  }
}

type Failure = { name: string; code: number; message: string } | { abort: true } | null;

async function failure(p: Promise<unknown>): Promise<Failure> {
  try {
    await p;
    return null;
  } catch (e) {
    if (isAbortError(e)) return { abort: true };
    const err = DeephavenError.from(e);
    return { name: err.name, code: err.code, message: err.message };
  }
}

/** The digest of a table (sorted by `V` when asked), closing it. */
async function digestOf(t: Table | null, sortBy?: string): Promise<TableDigest | null> {
  if (t === null) return null;
  try {
    if (sortBy === undefined) return digest(await t.toArrow(), 0);
    const sorted = await t.sort(sortBy);
    try {
      return digest(await sorted.toArrow(), 0);
    } finally {
      await sorted.close();
    }
  } finally {
    await t.close();
  }
}

/** What a session holds, for leak checks. */
const held = (s: Session): number => s.internals.exports.size;

/**
 * An SDK-made partitioned table, by one key and by two: its keys, each constituent beside `where` on its key,
 * `merge()` beside the source, `dropKeys`, a missing key (null), bad keys and bad names (errors before any call),
 * and the exports held before and after.
 */
export async function sdkMade(target: Target, sources: PartitionedSources) {
  const s = await connect(target);
  try {
    const src = await s.openTable(sources.src);
    const before = held(s);
    const bySym = await src.partitionBy('Sym');
    const keys = await bySym.keys();
    const keyRows = (await keys.toArrow()).toArray().map((r) => String(r.Sym));
    await keys.close();
    const constituents: Record<string, { ours: TableDigest | null; where: TableDigest | null }> = {};
    for (const k of keyRows) {
      constituents[k] = {
        ours: await digestOf(await bySym.getConstituent(k)),
        where: await digestOf(await src.where(filters.eq('Sym', k))),
      };
    }
    const merged = { ours: await digestOf(await bySym.merge(), 'V'), source: await digestOf(await src.sort('V')) };
    const missing = await bySym.getConstituent('Z');
    const pair = await src.partitionBy(['Sym', 'K'], { dropKeys: true });
    const b1 = await pair.getConstituent(['B', 1]);
    const pairConstituent = {
      columns: b1?.columns ?? [],
      ours: await digestOf(b1),
      where: await digestOf(await src.where(['Sym = `B`', 'K = 1']).then((t) => t.dropColumns(['Sym', 'K']).finally(() => t.close()))),
    };
    const bigintKey = await pair.getConstituent(['A', 0n]);
    const bigintSize = bigintKey?.size;
    await bigintKey?.close();
    const calls = held(s);
    const bad = {
      arityOne: await failure(bySym.getConstituent(['A', 1])),
      arityTwo: await failure(pair.getConstituent('A')),
      wrongType: await failure(pair.getConstituent([1, 'x'])),
      noColumn: await failure(src.partitionBy('Nope')),
      noName: await failure(src.partitionBy([])),
      dropKeys: await failure(src.partitionBy('Sym', { dropKeys: 'yes' as unknown as boolean })),
    };
    const heldAfterBad = held(s) - calls;
    const shape = {
      keyColumns: pair.keyColumns,
      constituentColumn: pair.constituentColumn,
      constituentSchema: pair.constituentSchema.fields.map((f) => f.name),
      uniqueKeys: pair.uniqueKeys,
    };
    await Promise.all([bySym.close(), pair.close()]);
    await bySym.close();
    const closed = {
      getConstituent: await failure(bySym.getConstituent('A')),
      merge: await failure(bySym.merge()),
      keys: await failure(bySym.keys()),
      keys$: await failure(firstValueFrom(bySym.keys$)),
    };
    return {
      keyRows,
      constituents,
      merged,
      missing,
      pairConstituent,
      bigintSize,
      bad,
      heldAfterBad,
      shape,
      closed,
      leaked: held(s) - before,
    };
  } finally {
    await s.close();
  }
}

/**
 * A script-made partitioned table: its type in the object list, opened by name, by ServerObject and by shared
 * ticket; the wrong type refused (before any call for a typed ServerObject), a missing name, and abort.
 */
export async function scriptMade(target: Target, sources: PartitionedSources) {
  const s = await connect(target);
  try {
    const objects = await s.exportableObjects();
    const type = objects[sources.byScript]?.type;
    const before = held(s);
    const byName = await s.openPartitionedTable(sources.byScript);
    const a = await byName.getConstituent('A');
    const whereA = await s.openTable(sources.src).then(async (t) => {
      const w = await t.where('Sym = `A`');
      await t.close();
      return w;
    });
    const constituentA = { ours: await digestOf(a), where: await digestOf(whereA) };
    const keys = await firstValueFrom(byName.keys$);
    const object = objects[sources.byScript];
    const byObject = object === undefined ? undefined : await s.fetchPartitionedTable(object);
    const objectKeys = byObject?.keyColumns;
    await byObject?.close();
    const wrong = {
      typedObject: await failure(s.fetchPartitionedTable(new ServerObject('Table', ScopeTicket.scopeTicket(sources.src)))),
      aTable: await failure(s.openPartitionedTable(sources.src)),
      missing: await failure(s.openPartitionedTable('no_such_partitioned_table')),
      noName: await failure(s.openPartitionedTable('')),
    };
    const aborted = new AbortController();
    aborted.abort();
    const ac = new AbortController();
    const midway = failure(s.openPartitionedTable(sources.byScript, { signal: ac.signal }));
    ac.abort();
    const mc = new AbortController();
    const getMidway = failure(byName.getConstituent('B', { signal: mc.signal }));
    mc.abort();
    const abort = {
      before: await failure(s.openPartitionedTable(sources.byScript, { signal: aborted.signal })),
      midway: await midway,
      getConstituent: await getMidway,
      merge: await failure(byName.merge({ signal: aborted.signal })),
    };
    await byName.close();
    // What an aborted call made is released when its answer comes.
    const deadline = Date.now() + 5000;
    while (held(s) > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return { type, keyColumns: byName.keyColumns, constituentA, keys, objectKeys, wrong, abort, leaked: held(s) - before };
  } finally {
    await s.close();
  }
}

/**
 * A ticking partitioned table (of a keyed input table): keys appear on `keys$` as rows with new keys are added and
 * disappear when their last row is deleted; the constituent of a new key and the merge follow.
 */
export async function tickingKeys(target: Target) {
  const s = await connect(target);
  try {
    const rows = (ids: number[], syms: string[]) =>
      tableFromArrays({ Id: Int32Array.from(ids), Sym: syms, X: Float64Array.from(ids, (i) => i * 2) });
    const schema = new Schema([
      new Field('Id', new Int32(), true),
      new Field('Sym', new Utf8(), true),
      new Field('X', new Float64(), true),
    ]);
    const input = await s.inputTable({ schema, keyCols: 'Id' });
    await input.add(rows([1, 2, 3], ['A', 'B', 'A']));
    const by = await input.partitionBy('Sym');
    const seen: string[][] = [];
    const sub = by.keys$.subscribe((keys) => seen.push(keys.map(([k]) => String(k)).sort()));
    const until = (want: string) =>
      firstValueFrom(
        by.keys$.pipe(
          filter(
            (keys) =>
              keys
                .map(([k]) => String(k))
                .sort()
                .join(',') === want,
          ),
          timeout(20_000),
        ),
      );
    await until('A,B');
    await input.add(rows([4, 5], ['C', 'D']));
    await until('A,B,C,D');
    const c = await by.getConstituent('C');
    const cRows = c === null ? null : (await c.toArrow()).toArray().map((r) => Number(r.Id));
    await c?.close();
    await input.delete(tableFromArrays({ Id: Int32Array.from([2, 5]) }));
    await until('A,C');
    const merged = await by.merge();
    const mergedIds = (await merged.toArrow())
      .toArray()
      .map((r) => Number(r.Id))
      .sort((x, y) => x - y);
    await merged.close();
    const gone = await by.getConstituent('B');
    sub.unsubscribe();
    await by.close();
    await input.close();
    // Consecutive duplicates would mean an emission without a change of keys.
    const distinct = seen.filter((k, i) => i === 0 || k.join(',') !== seen[i - 1]?.join(','));
    return { seen: distinct, emissions: seen.length, isRefreshing: input.isRefreshing, cRows, mergedIds, gone };
  } finally {
    await s.close();
  }
}

/** Column statistics of numeric, text and time columns beside what the server's aggregations compute. */
export async function statistics(target: Target, sources: PartitionedSources) {
  const s = await connect(target);
  try {
    const src = await s.openTable(sources.src);
    const before = held(s);
    const plain = (m: ReadonlyMap<string, unknown>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
    const v = await src.columnStatistics('V');
    const d = await src.columnStatistics('D');
    const str = await src.columnStatistics('S');
    const sym = await src.columnStatistics('Sym');
    const leaked = held(s) - before;
    // The server's own aggregations over the same columns.
    const p = `st_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(`from deephaven import agg
${p}_num = ${sources.src}.agg_by([agg.count_("COUNT"), agg.sum_(["SUM=V", "DSUM=D"]), agg.min_(["MIN=V", "DMIN=D"]), agg.max_(["MAX=V", "DMAX=D"]), agg.avg(["AVG=V", "DAVG=D"]), agg.std(["STD_DEV=V", "DSTD=D"])])
${p}_s = ${sources.src}.where("!isNull(S)").count_by("N", by=["S"])
${p}_sym = ${sources.src}.count_by("N", by=["Sym"])
`);
    const read = async (name: string) => {
      const t = await s.openTable(name);
      try {
        return (await t.toArrow())
          .toArray()
          .map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, x]) => [k, typeof x === 'bigint' ? Number(x) : x])));
      } finally {
        await t.close();
      }
    };
    const server = { num: (await read(`${p}_num`))[0], s: await read(`${p}_s`), sym: await read(`${p}_sym`) };
    const bad = {
      noColumn: await failure(src.columnStatistics('Nope')),
      aborted: await failure(src.columnStatistics('V', { signal: AbortSignal.abort() })),
    };
    await src.close();
    return {
      v: plain(v.statistics),
      d: plain(d.statistics),
      vUnique: v.uniqueValues.size,
      s: { statistics: plain(str.statistics), unique: Object.fromEntries(str.uniqueValues) },
      sym: { statistics: plain(sym.statistics), unique: Object.fromEntries(sym.uniqueValues) },
      server,
      bad,
      leaked,
    };
  } finally {
    await s.close();
  }
}

/** seekRow forward, backward, case-insensitive, contains, numbers, and -1; bad input before any call. */
export async function seeks(target: Target, sources: PartitionedSources) {
  const s = await connect(target);
  try {
    const src = await s.openTable(sources.src);
    // S: row 0 null, 4 / 8 / 12 / 16 / 20 / 24 Apple (28 is null), the others banana0 / banana1.
    const found = {
      appleFrom1: await src.seekRow('S', 'Apple', { startingRow: 1 }),
      appleBackFrom10: await src.seekRow('S', 'Apple', { startingRow: 10, backward: true }),
      appleLower: await src.seekRow('S', 'apple', { startingRow: 1 }),
      appleInsensitive: await src.seekRow('S', 'apple', { startingRow: 1, insensitive: true }),
      nanContains: await src.seekRow('S', 'NAN', { contains: true, insensitive: true, startingRow: 5 }),
      v17: await src.seekRow('V', 17),
      v17big: await src.seekRow('V', 17n, { startingRow: 2 }),
      d6: await src.seekRow('D', 6),
      d7half: await src.seekRow('D', 7.5),
      none: await src.seekRow('S', 'zzz'),
      noneNumber: await src.seekRow('V', 1000),
    };
    const bad = {
      noColumn: await failure(src.seekRow('Nope', 1)),
      badValue: await failure(src.seekRow('V', {} as unknown as string)),
      badStart: await failure(src.seekRow('V', 1, { startingRow: -1 })),
      wrongType: await failure(src.seekRow('V', 'seventeen')),
      aborted: await failure(src.seekRow('V', 1, { signal: AbortSignal.abort() })),
    };
    await src.close();
    return { found, bad, code: Code.InvalidArgument };
  } finally {
    await s.close();
  }
}
