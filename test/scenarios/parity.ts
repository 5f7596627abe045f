// Scenarios of issue 24 (the rest of pydeephaven's and the JS API's surface): multi-table joins, reverse and
// absolute sorts, preview columns, uncoalesced tables, storage and server information. The same code runs in Node
// (integration layer) and in Chromium (the harness page loads this module and puts it on `window.parity`); each
// returns plain JSON.
import { DeephavenError, Session, isPartitioning, type RequestEvent, type Table } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { digest, type TableDigest } from './digest.js';

export type { Target };

interface Failure {
  readonly name: string;
  readonly code: number;
  readonly message: string;
}

async function failure(call: () => Promise<unknown>): Promise<Failure | null> {
  try {
    await call();
    return null;
  } catch (e) {
    const err = DeephavenError.from(e);
    return { name: err.name, code: err.code, message: err.message };
  }
}

const suffix = (): string => Math.random().toString(36).slice(2, 8);

/** The Python that makes the multi-join sources `${p}_a`, `${p}_b`, `${p}_c` (keys overlap partly). */
export function joinSourcesScript(p: string): string {
  return `from deephaven import empty_table
${p}_a = empty_table(6).update(["K = i % 4", "Sym = \`s\` + (i % 3)", "A = i * 10"]).first_by(["K"])
${p}_b = empty_table(5).update(["Key = i + 2", "B = i * 1.5", "Extra = \`e\` + i"])
${p}_c = empty_table(3).update(["K = i * 2", "C = i == 1 ? null : \`c\` + i"])
`;
}

/** The Python that removes what {@link tableExtras} left in the server's scope (after pydeephaven has read it). */
export function dropScript(names: Readonly<Record<string, string>>): string {
  return `del ${Object.values(names).join(', ')}`;
}

/**
 * multiJoin both ways (Tables with `on`; MultiJoinInputs with renames and chosen columns), reverse, absolute
 * sorts, preview columns and bad input, on one session: digests to compare with pydeephaven's, and facts.
 */
export async function tableExtras(target: Target) {
  const s = await connect(target);
  const p = `mj_${suffix()}`;
  try {
    await s.runScript(`${joinSourcesScript(p)}
${p}_v = empty_table(7).update(["V = i - 3", "D = (i - 3) * -1.5", "Arr = new int[]{i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6}", "Long = String.join(\\"\\", java.util.Collections.nCopies(i * 500, \\"x\\"))"])
`);
    const [a, b, c, v] = await Promise.all(['a', 'b', 'c', 'v'].map((n) => s.openTable(`${p}_${n}`)));
    if (a === undefined || b === undefined || c === undefined || v === undefined) throw new Error('sources missing');
    const byTables = await s.multiJoin([a, c], 'K');
    const byInputs = await s.multiJoin([
      { table: a, on: 'K', joins: ['A', 'Sym'] },
      { table: b, on: 'K = Key', joins: 'B' },
      { table: c, on: 'K' },
    ]);
    const dig = async (t: Table): Promise<TableDigest> => digest(await t.toArrow());
    const reversed = await v.reverse();
    const absDesc = await v.sort([{ column: 'V', descending: true, absolute: true }, { column: 'D' }]);
    const mixed = await v.sort(['D', { column: 'V', absolute: true }], ['desc', 'asc']);
    const preview = await v.applyPreviewColumns();
    const previewRows = (await preview.toArrow())
      .toArray()
      .map((r: { Arr: unknown; Long: unknown }) => ({ Arr: String(r.Arr), longLength: String(r.Long).length }));
    const queried = await s.query(v).reverse().applyPreviewColumns().exec();
    const before = s.internals.exports.size;
    const bad: Record<string, Failure | null> = {
      noOn: await failure(() => s.multiJoin([a, c])),
      onWithInputs: await failure(() => s.multiJoin([{ table: a, on: 'K' }], 'K')),
      empty: await failure(() => s.multiJoin([])),
      mixed: await failure(() => s.multiJoin([a, { table: c, on: 'K' }] as never)),
      unknownKey: await failure(() => s.multiJoin([a, c], 'Nope')),
      badSortItem: await failure(() => v.sort([{ column: '' }])),
      badAbsolute: await failure(() => v.sort({ column: 'V', absolute: 'yes' as never })),
      absOnString: await failure(() => a.sort({ column: 'Sym', absolute: true })),
    };
    const aborted = await s.multiJoin([a, c], 'K', { signal: AbortSignal.abort() }).then(
      () => 'resolved',
      (e: unknown) => (e as Error).name,
    );
    const after = s.internals.exports.size;
    return {
      names: { a: `${p}_a`, b: `${p}_b`, c: `${p}_c`, v: `${p}_v` },
      byTables: await dig(byTables),
      byInputs: await dig(byInputs),
      reversed: Array.from((await reversed.toArrow()).getChild('V')?.toArray() ?? []),
      absDesc: Array.from((await absDesc.toArrow()).getChild('V')?.toArray() ?? []),
      mixed: Array.from((await mixed.toArrow()).getChild('V')?.toArray() ?? []),
      previewTypes: Object.fromEntries(preview.schema.fields.map((f) => [f.name, f.metadata.get('deephaven:type')])),
      previewRows,
      queried: { columns: queried.columns, first: String((await queried.toArrow()).get(0)?.['Arr']) },
      bad,
      abortedName: aborted,
      held: [before, after] as const,
    };
  } finally {
    await s.close();
  }
}

/**
 * An uncoalesced table from a partitioned Parquet layout (`Part=p0/…`, `Part=p1/…`) that the server writes to a
 * temporary folder: its flags, then a filter on the partitioning column (an ordinary table), then clean-up.
 */
export async function uncoalesced(target: Target) {
  const s = await connect(target);
  const p = `uc_${suffix()}`;
  try {
    await s.runScript(`import tempfile
from deephaven import empty_table, parquet
${p}_dir = tempfile.mkdtemp(prefix="dhrx-parquet-")
parquet.write_partitioned(empty_table(20).update(["Part = i % 2 == 0 ? \`p0\` : \`p1\`", "X = i"]).partition_by("Part"), ${p}_dir)
${p} = parquet.read(${p}_dir, file_layout=parquet.ParquetFileLayout.KV_PARTITIONED)
`);
    const t = await s.openTable(p);
    const filtered = await t.where('Part = `p1`');
    const rows = Array.from((await filtered.toArrow()).getChild('X')?.toArray() ?? []);
    const plain = await s.emptyTable(1);
    return {
      isUncoalesced: t.isUncoalesced,
      partitionColumns: t.partitionColumns,
      partitioning: t.schema.fields.map((f) => [f.name, isPartitioning(f)]),
      filtered: { isUncoalesced: filtered.isUncoalesced, size: filtered.size, rows },
      plain: { isUncoalesced: plain.isUncoalesced, partitionColumns: plain.partitionColumns },
    };
  } finally {
    await s.runScript(`import shutil\nshutil.rmtree(${p}_dir, ignore_errors=True)\ndel ${p}, ${p}_dir`).catch(() => undefined);
    await s.close();
  }
}

/** Every storage call in a folder of its own under the storage root, which it deletes again. */
export async function storage(target: Target) {
  const s = await connect(target);
  const dir = `/dhrx-test-${suffix()}`;
  const st = s.storage;
  try {
    await st.createDirectory(dir);
    const etag = await st.saveFile(`${dir}/a.py`, 'print("é")');
    await st.saveFile(`${dir}/b.txt`, Uint8Array.of(1, 2, 3));
    await st.createDirectory(`${dir}/sub`);
    const all = await st.listItems(dir);
    const py = await st.listItems(dir, '*.py');
    const loaded = await st.loadFile(`${dir}/a.py`);
    const refused = await failure(() => st.saveFile(`${dir}/a.py`, 'x'));
    const overwritten = await st.saveFile(`${dir}/a.py`, 'print(2)', { allowOverwrite: true });
    await st.moveItem(`${dir}/a.py`, `${dir}/sub/c.py`);
    const afterMove = (await st.listItems(`${dir}/sub`)).map((i) => i.name);
    const moved = (await st.loadFile(`${dir}/sub/c.py`)).text();
    const bad = {
      relative: await failure(() => st.listItems('notebooks')),
      missing: await failure(() => st.loadFile(`${dir}/nope.py`)),
      notEmpty: await failure(() => st.deleteItem(dir)),
      badContents: await failure(() => st.saveFile(`${dir}/x`, 42 as never)),
    };
    const aborted = await st.listItems('/', undefined, { signal: AbortSignal.abort() }).then(
      () => 'resolved',
      (e: unknown) => (e as Error).name,
    );
    return {
      etag,
      all: all.map((i) => ({ name: i.name, type: i.type, size: i.size })).sort((x, y) => x.name.localeCompare(y.name)),
      py: py.map((i) => i.path),
      loaded: { text: loaded.text(), etag: loaded.etag, bytes: loaded.contents.length },
      refused,
      overwritten,
      afterMove,
      moved,
      bad,
      aborted,
    };
  } finally {
    for (const path of [`${dir}/sub/c.py`, `${dir}/a.py`, `${dir}/b.txt`, `${dir}/sub`, dir])
      await st.deleteItem(path).catch(() => undefined);
    const left = (await st.listItems('/')).some((i) => i.path === dir);
    await s.close();
    // eslint-disable-next-line no-unsafe-finally -- a leftover in the server's storage fails the run even when the checks passed
    if (left) throw new Error(`${dir} was left in storage`);
  }
}

/**
 * Server information: auth handlers before any session and on one, console types, heap info, and the request
 * events of a session that authenticated with `auth` (a pre-shared key): which kinds, and whether any credential
 * or token shows in them.
 */
export async function serverInfo(target: Target, secret?: string) {
  const before = await Session.authHandlers(target.url, { transport: target.transport, ...(target.tls ? { tls: target.tls } : {}) });
  const unreachable = await failure(() => Session.authHandlers('http://127.0.0.1:1', { transport: target.transport }));
  const s = await connect(target);
  const events: RequestEvent[] = [];
  let completed = false;
  s.requests$.subscribe({ next: (e) => events.push(e), complete: () => (completed = true) });
  try {
    const handlers = await s.authHandlers();
    const consoleTypes = await s.consoleTypes();
    const heap = await s.heapInfo();
    const t = await s.emptyTable(3);
    await failure(() => t.update('X = nope_not_a_thing'));
    const controller = new AbortController();
    const slow = t.update('Y = i', { signal: controller.signal }).catch(() => undefined);
    controller.abort();
    await slow;
    const ticking = await s.timeTable('PT0.1s');
    await new Promise<void>((resolve) => {
      const sub = ticking.updates().subscribe(() => {
        sub.unsubscribe();
        resolve();
      });
    });
    const token = s.internals.currentToken ?? '';
    await s.close();
    const text = JSON.stringify(events);
    const leaked = [secret, token, 'authorization', 'Bearer', 'PskAuthenticationHandler'].filter(
      (x) => x !== undefined && x !== '' && text.includes(x),
    );
    const ended = events.filter((e) => e.kind !== 'started');
    return {
      before: { handlers: before.handlers, constants: [...before.constants.keys()] },
      unreachable,
      handlers: handlers.handlers,
      consoleTypes,
      heap,
      kinds: [...new Set(events.map((e) => e.kind))].sort(),
      methods: [...new Set(events.map((e) => e.method.split('/')[1]))].sort(),
      everyStartEnded: events.filter((e) => e.kind === 'started').every((e) => ended.some((x) => x.id === e.id)),
      failedCodes: [...new Set(ended.filter((e) => e.kind === 'failed').map((e) => ('codeName' in e ? e.codeName : '')))],
      durationsOk: ended.every((e) => 'durationMs' in e && e.durationMs >= 0),
      leaked,
      completed,
    };
  } finally {
    await s.close();
  }
}
