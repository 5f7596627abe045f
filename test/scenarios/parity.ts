// Scenarios of issue 24 (the rest of pydeephaven's and the JS API's surface): multi-table joins, reverse and
// absolute sorts, preview columns, uncoalesced tables, storage and server information. The same code runs in Node
// (integration layer) and in Chromium (the harness page loads this module and puts it on `window.parity`); each
// returns plain JSON.
import { DeephavenError, type Table } from '../../src/index.js';
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
    const previewRows = (await preview.toArrow()).toArray().map((r: { Arr: unknown; Long: unknown }) => ({ Arr: String(r.Arr), longLength: String(r.Long).length }));
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
