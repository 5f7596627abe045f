// Issue 20 in Node: formats decoded from the server's format columns, patterns rendered as the server's Java renders
// them, layout hints and attributes as the server reports them, and script-made input tables written by the SDK and
// read back by pydeephaven.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tableFromArrays } from 'apache-arrow';
import { filter, firstValueFrom, map, take, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../src/index.js';
import { ensureEnv, findJava } from '../server/env.mjs';
import { PythonPeer } from '../interop/peer.js';
import * as dash from '../scenarios/dashboard.js';
import * as sc from '../scenarios/surface.js';

const target: dash.Target = { url: inject('dhUrl'), transport: 'websocket-multiplex' };
let sources: dash.Sources;

beforeAll(async () => {
  sources = await dash.setupSources(target);
}, 60_000);

afterAll(async () => {
  if (sources !== undefined) await dash.dropSources(target, sources);
  await sc.closeKept();
});

describe('formats', () => {
  it('format columns stay out of the user columns and decode to CSS colours and patterns, cell over row', async () => {
    const r = await dash.readFormats(target, sources);
    expect(r['schemaColumns']).toContain('Price__TABLE_STYLE_FORMAT');
    for (const k of ['viewColumns', 'fullColumns', 'offColumns']) expect(r[k], k).toEqual(['Price', 'Sym', 'Qty', 'T']);
    expect(r['onlyColumns']).toEqual(['Price', 'Sym']);
    const red = '#ff0000';
    // Price > 100 is RED (a background), rows 2 to 4.
    const price = '$#,##0.00';
    const date = 'yyyy-MM-dd HH:mm';
    // Row 1 is LIGHTBLUE (format_row_where; the server packs a black text colour with it); Qty is blue on yellow.
    const lightBlue = { color: '#000000', backgroundColor: '#add8e6' };
    const expected = [0, 1, 2, 3, 4].map((row) => {
      const rowFmt = row === 1 ? lightBlue : null;
      return {
        row: rowFmt,
        // A colour alone is a background, with the text colour the server picks for it.
        Price: { ...(rowFmt ?? {}), ...(row >= 2 ? { backgroundColor: red, color: '#e0e0e0' } : {}), numberFormat: price },
        Sym: rowFmt,
        Qty: { ...(rowFmt ?? {}), color: '#0000ff', backgroundColor: '#ffff00' },
        T: { ...(rowFmt ?? {}), dateFormat: date },
      };
    });
    expect(r['view']).toEqual(expected);
    expect(r['full']).toEqual(expected);
    expect(r['only']).toEqual(expected.map((e) => ({ row: e.row, Price: e.Price, Sym: e.Sym })));
    expect(r['byIndex']).toEqual({ backgroundColor: red, color: '#e0e0e0', numberFormat: price });
    expect(r['off']).toEqual([0, 1, 2, 3, 4].map(() => ({ row: null, Price: null })));
    expect(r['prices']).toEqual(['-$20.00', '$40.50', '$101.00', '$161.50', '$222.00']);
  });

  it('follow a ticking table: each update decodes the format columns of the rows it changed', { timeout: 30_000 }, async () => {
    const psk = inject('dhPsk');
    const s = await Session.connect(inject('dhUrl'), psk ? { auth: { type: 'psk', key: psk } } : {});
    const name = `fmt_tick_${Math.random().toString(36).slice(2, 8)}`;
    try {
      await s.runScript(
        `from deephaven import time_table\n${name} = time_table("PT0.1S").update(["X = ii"]).tail(3).format_columns(["X = X % 2 == 0 ? bgfg(RED, WHITE) : bgfg(BLUE, WHITE)"])`,
      );
      const t = await s.openTable(name);
      const seen = await firstValueFrom(
        t.updates({ updateIntervalMs: 100 }).pipe(
          filter((u) => u.size === 3),
          take(3),
          map((u) => [0, 1, 2].map((r) => [Number(u.table.getChild('X')?.get(r)) % 2, u.format(r, 'X')?.backgroundColor])),
          toArray(),
        ),
      );
      for (const rows of seen) for (const [parity, bg] of rows) expect(bg).toBe(parity === 0 ? '#ff0000' : '#0000ff');
      await t.close();
    } finally {
      await s.runScript(`del ${name}`).catch(() => undefined);
      await s.close();
    }
  });

  it("formatValue renders every edge value as the server's DecimalFormat and DateTimeFormatter do", { timeout: 60_000 }, async () => {
    const r = await dash.renderComparison(target);
    expect(r.rows).toBeGreaterThan(300);
    expect(r.mismatches).toEqual([]);
  });
});

describe('layout hints and attributes', () => {
  it('decode to what the server itself reports', async () => {
    const r = await dash.readHints(target, sources);
    const server = r['server'] as Record<string, unknown>;
    expect(r['hints']).toEqual({
      frontColumns: server['front'],
      backColumns: server['back'],
      hiddenColumns: server['hide'],
      frozenColumns: server['freeze'],
      columnGroups: [
        { name: 'G1', children: ['Price', 'Qty'], color: '#ff0000' },
        { name: 'G2', children: ['T'] },
      ],
      searchDisplayMode: server['search'],
      savedViews: server['savedViews'],
    });
    expect((r['hints'] as { columnGroups: { name: string }[] }).columnGroups.map((g) => g.name).sort()).toEqual(server['groups']);
    expect(r['noHints']).toBeNull();
    const totals = server['totals'] as Record<string, unknown>;
    const attrs = r['attributes'] as Record<string, unknown>;
    expect(attrs['totalsConfig']).toMatchObject({
      showTotalsByDefault: totals['show'],
      showGrandTotalsByDefault: totals['grand'],
      defaultOperation: totals['default'],
    });
    const ops = (attrs['totalsConfig'] as { operations: Record<string, string[]> }).operations;
    expect([...(ops['Price'] ?? [])].sort()).toEqual(totals['Price']);
    expect([...(ops['Sym'] ?? [])].sort()).toEqual(totals['Sym']);
    expect(attrs['description']).toBe(server['description']);
    expect(attrs['isBlink']).toBe(false);
    expect((r['blink'] as { isBlink: boolean }).isBlink).toBe(server['blink']);
    expect((r['blink'] as { isBlink: boolean }).isBlink).toBe(true);
    expect((r['append'] as { isAddOnly: boolean }).isAddOnly).toBe(true);
    expect(r['descriptions']).toEqual({ Price: 'the price, in dollars', Qty: 'how many' });
    expect(r['noDescriptions']).toEqual({});
  });
});

describe('input tables made by a script', () => {
  let peer: PythonPeer;
  beforeAll(async () => {
    peer = await PythonPeer.connect(inject('dhUrl'), inject('dhPsk') || undefined);
  }, 60_000);
  afterAll(async () => {
    await peer?.close();
  });

  it('are written from Node (keyed: add, overwrite, delete; append-only: add) and read back by pydeephaven', async () => {
    const tag = `n${Math.random().toString(36).slice(2, 6)}`;
    const r = await dash.writeInputTables(target, sources, tag);
    expect(r['keyed']).toMatchObject({ keyColumns: ['Sym'], valueColumns: ['Px', 'N'], isKeyed: true, restrictions: {}, same: true });
    expect(r['append']).toMatchObject({ keyColumns: [], valueColumns: ['Sym', 'Px', 'N'], isKeyed: false });
    expect(r['plain']).toBe(true);
    expect(r['wrongColumns']).toMatch(/add: takes the columns Sym, Px, N of the input table .*, got Nope/);
    expect(r['appendDelete']).toMatch(/is append-only: only keyed input tables delete rows/);
    expect(r['wrongKeys']).toMatch(/delete: takes the columns Sym of the input table .*, got Px/);
    expect(r['closedTogether']).toBe(true);
    const read = async (code: string): Promise<{ rows: number; head: Record<string, string[]> }> => {
      await peer.call('run', { code: `${tag}_read = ${code}` });
      const { ticket } = await peer.call<{ ticket: string }>('publish_table', { name: `${tag}_read` });
      return peer.tableDigest(ticket);
    };
    const keyedRows = await read(`${sources.keyed}.where("Sym.startsWith(\`${tag}\`)").sort("Sym")`);
    expect(keyedRows.rows).toBe(2);
    expect([keyedRows.head['Sym'], keyedRows.head['N']]).toEqual([
      [`"${tag}A"`, `"${tag}B"`],
      ['1', '20'],
    ]);
    const appendRows = await read(`${sources.append}.where("Sym.startsWith(\`${tag}\`)")`);
    expect(appendRows.rows).toBe(2);
    await peer.call('run', { code: `del ${tag}_read` });
    expect([appendRows.head['Sym'], appendRows.head['N']]).toEqual([
      [`"${tag}X"`, `"${tag}X"`],
      ['7', '8'],
    ]);
  });
});

describe('an input table with column restrictions', () => {
  // 42.7's own input tables have no restrictions: a fixture (test/server/fixtures/java) wraps one's updater and
  // answers them, compiled here against the server's jars and loaded into the server's scope by a script.
  const classes = mkdtempSync(join(tmpdir(), 'dhrx-restricted-'));
  afterAll(() => rmSync(classes, { recursive: true, force: true }));

  it('shows the restrictions the server sends, refuses a row that breaks one before any call, writes one that keeps them', {
    timeout: 60_000,
  }, async () => {
    const run = promisify(execFile);
    const { python } = await ensureEnv();
    const jars = (
      await run(python, ['-c', 'import deephaven_server, os; print(os.path.join(os.path.dirname(deephaven_server.__file__), "jars"))'])
    ).stdout.trim();
    const { javaHome } = await findJava();
    const source = fileURLToPath(new URL('../server/fixtures/java/RestrictedInputTable.java', import.meta.url));
    await run(join(javaHome, 'bin', 'javac'), ['-d', classes, '-cp', `${jars}/*`, source]);
    const name = `restricted_${Math.random().toString(36).slice(2, 8)}`;
    const psk = inject('dhPsk');
    const s = await Session.connect(inject('dhUrl'), psk ? { auth: { type: 'psk', key: psk } } : {});
    try {
      await s.runScript(`
import jpy
from deephaven import input_table, dtypes as dht
from deephaven.table import Table as _T
_File = jpy.get_type("java.io.File")
_loader = jpy.get_type("java.net.URLClassLoader")(jpy.array("java.net.URL", [_File(${JSON.stringify(classes)}).toURI().toURL()]), jpy.get_type("java.lang.Thread").currentThread().getContextClassLoader())
_inner = input_table(col_defs={"Sym": dht.string, "Px": dht.double}, key_cols="Sym")
_restricted = _loader.loadClass("RestrictedInputTable").getConstructors()[0].newInstance(jpy.array("java.lang.Object", [_inner.j_table.getAttribute("InputTable")]))
${name} = _T(_inner.j_table.withAttributes(jpy.get_type("java.util.Map").of("InputTable", _restricted)))
`);
      const t = await s.openTable(name);
      const it = t.inputTable;
      expect(it?.keyColumns).toEqual(['Sym']);
      expect(await it?.restrictions()).toEqual({
        Sym: [{ kind: 'stringList', allowedValues: ['A', 'B', 'C'] }, { kind: 'notNull' }],
        Px: [{ kind: 'doubleRange', min: 0, max: 100 }],
      });
      const refused = (rows: Parameters<NonNullable<typeof it>['add']>[0]): Promise<string | null> =>
        (it as NonNullable<typeof it>).add(rows).then(
          () => null,
          (e: unknown) => String(e),
        );
      expect(await refused(tableFromArrays({ Sym: ['A', 'Z'], Px: Float64Array.of(1, 2) }))).toMatch(
        /row 1 of column Sym: "Z" breaks the column restriction: one of A, B, C/,
      );
      expect(await refused(tableFromArrays({ Sym: ['B'], Px: Float64Array.of(100.5) }))).toMatch(
        /row 0 of column Px: "100.5" breaks the column restriction: between 0 and 100/,
      );
      await it?.add(tableFromArrays({ Sym: ['C'], Px: Float64Array.of(99.5) }));
      await expect.poll(async () => (await t.toArrow()).numRows).toBe(1);
      await t.close();
    } finally {
      await s.runScript(`del ${name}`).catch(() => undefined);
      await s.close();
    }
  });
});
