// Scenarios of the pydeephaven-shaped Session surface (tickets, fetch/publish, tables, plugin clients). The same
// code runs in Node (integration layer) and in Chromium (browser layer, through the harness page) against the real
// server; each returns plain JSON. Sessions that must outlive a scenario (publishers a peer fetches from) are kept
// in `kept` until `closeKept()`.
import { filter, firstValueFrom, lastValueFrom, take, takeWhile, timeout, toArray } from 'rxjs';
import {
  Code,
  DeephavenError,
  Fetchable,
  PluginClient,
  ScopeTicket,
  ServerObject,
  Session,
  SharedTicket,
  Table,
  decodeFigure,
  ticketFromBytes,
  type ExportableObjects,
} from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { ExportNotification } from '../../src/transport/services.js';
import { connect, type Target } from '../conformance/scenarios.js';
import { allTypesScript, digest, type TableDigest } from './digest.js';
import { hex, unhex } from './hex.js';

export type { Target };

const kept: Session[] = [];

function unique(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 9)}`;
}

interface Failure {
  name: string;
  code: number;
  codeName: string;
  message: string;
  ms: number;
}

async function failureOf(p: () => Promise<unknown>): Promise<Failure | null> {
  const started = Date.now();
  try {
    await p();
    return null;
  } catch (e) {
    const err = e instanceof DeephavenError ? e : DeephavenError.from(e);
    return { name: err.name, code: err.code, codeName: Code[err.code] ?? '?', message: err.message, ms: Date.now() - started };
  }
}

const FIGURE_SCRIPT = (plot: string, source: string) => `
from deephaven.plot.figure import Figure
from deephaven import empty_table

${source} = empty_table(20).update([
    "X = 0.1 * i",
    "Y = randomDouble(0.0, 5.0)"
])

${plot} = Figure().plot_xy(
    series_name="Random numbers",
    t=${source},
    x="X",
    y="Y"
).show()
`;

/** Closes every session a scenario kept open. */
export async function closeKept(): Promise<number> {
  const n = kept.length;
  await Promise.all(kept.splice(0).map((s) => s.close()));
  return n;
}

/** What a Figure's first message holds: its series and, for each table reference, the plotted columns. */
async function readFigure(
  client: PluginClient,
): Promise<{ charts: number; series: string[]; refTypes: string[]; points: number[]; columns: string[][] }> {
  const [payload, refs] = await firstValueFrom(client.messages$);
  const figure = decodeFigure(payload);
  const series = figure.charts.flatMap((c) => c.series.map((s) => s.name));
  const points: number[] = [];
  const columns: string[][] = [];
  for (const ref of refs) {
    if (ref.kind !== 'table') continue;
    const table = await ref.fetchTable();
    const data = await table.toArrow();
    points.push(data.numRows);
    columns.push(table.columns);
    await table.close();
  }
  return { charts: figure.charts.length, series, refTypes: refs.map((r) => r.type), points, columns };
}

// ---- the seed page's examples, in TypeScript -----------------------------------------------------------------

/**
 * Seed example 1: make a Figure, take it from `exportableObjects`, open a plugin client on it, `fetch` the plugin
 * client into an export and `publish` that to a new shared ticket. A second session then reads the Figure from the
 * shared ticket, to prove the publication.
 */
export async function seedFetchAndPublishFigure(t: Target): Promise<Record<string, unknown>> {
  const session = await connect(t);
  const reader = await connect(t);
  try {
    const plot = unique('plot');
    await session.runScript(FIGURE_SCRIPT(plot, unique('source')));
    const plotObj = (await session.exportableObjects())[plot];
    if (plotObj === undefined) throw new Error(`${plot} is not among the exportable objects`);
    const pluginClient = await session.pluginClient(plotObj);
    const exportTicket = await session.fetch(pluginClient);
    const sharedTicket = SharedTicket.randomTicket();
    await session.publish(exportTicket, sharedTicket);

    const other = await reader.pluginClient(new ServerObject('Figure', sharedTicket));
    const figure = await readFigure(other);
    await other.close();
    await pluginClient.close();
    return {
      objType: plotObj.type,
      objTicket: String(plotObj.ticket),
      exportTicketKind: exportTicket.kind,
      exportIdPositive: exportTicket.id > 0,
      sharedBytes: sharedTicket.bytes.length,
      figure,
    };
  } finally {
    await Promise.all([session.close(), reader.close()]);
  }
}

/** Seed example 2: `fetch(ScopeTicket.scopeTicket('source'))` into an export, then use the export as a table. */
export async function seedGenericFetch(t: Target): Promise<Record<string, unknown>> {
  const session = await connect(t);
  try {
    const source = unique('source');
    await session.runScript(`from deephaven import empty_table\n${source} = empty_table(20).update('X = i')`);
    const exportTicket = await session.fetch(ScopeTicket.scopeTicket(source));
    const table = await session.fetchTable(exportTicket);
    const data = await table.toArrow();
    return { kind: exportTicket.kind, rows: data.numRows, lastX: data.getChild('X')?.get(19) as number };
  } finally {
    await session.close();
  }
}

/**
 * Seed example 3: open `new ServerObject('Figure', sharedTicket)` with a plugin client and read its first message.
 * The shared ticket comes from another client (`sharedHex`), or is published here by a second session.
 */
export async function seedSharedPluginObject(t: Target, sharedHex?: string): Promise<Record<string, unknown>> {
  let publisher: Session | undefined;
  let sharedTicket: SharedTicket;
  if (sharedHex === undefined) {
    publisher = await connect(t);
    const plot = unique('plot');
    await publisher.runScript(FIGURE_SCRIPT(plot, unique('source')));
    const exportTicket = await publisher.fetch(ScopeTicket.scopeTicket(plot));
    sharedTicket = SharedTicket.randomTicket();
    await publisher.publish(exportTicket, sharedTicket);
  } else {
    sharedTicket = SharedTicket.fromBytes(unhex(sharedHex));
  }
  const session = await connect(t);
  try {
    const serverObj = new ServerObject('Figure', sharedTicket);
    const pluginClient = await session.pluginClient(serverObj);
    const figure = await readFigure(pluginClient);
    await pluginClient.close();
    return { figure };
  } finally {
    await Promise.all([session.close(), publisher?.close()]);
  }
}

// ---- interop with another client ------------------------------------------------------------------------------

/** Makes a table of every type in a kept session and publishes it; returns the shared ticket's bytes as hex. */
export async function publishAllTypes(t: Target, rows: number): Promise<{ ticket: string; name: string }> {
  const session = await connect(t);
  kept.push(session);
  const name = unique('all_types');
  await session.runScript(allTypesScript(name, rows));
  const table = await session.openTable(name);
  const shared = SharedTicket.randomTicket();
  await session.publishTable(shared, table);
  return { ticket: hex(shared.bytes), name };
}

/** Publishes a Figure (through a plugin client and fetch, as the seed does) from a kept session. */
export async function publishFigure(t: Target): Promise<{ ticket: string }> {
  const session = await connect(t);
  kept.push(session);
  const plot = unique('plot');
  await session.runScript(FIGURE_SCRIPT(plot, unique('source')));
  const client = await session.pluginClient((await session.exportableObjects())[plot] as ServerObject);
  const exported = await session.fetch(client);
  const shared = SharedTicket.randomTicket();
  await session.publish(exported, shared);
  return { ticket: hex(shared.bytes) };
}

/** Fetches the table behind a shared ticket (hex) and digests its `toArrow()`. */
export async function fetchSharedDigest(t: Target, sharedHex: string): Promise<{ digest: TableDigest; size: number; ms: number }> {
  const session = await connect(t);
  try {
    const table = await session.fetchTable(SharedTicket.fromBytes(unhex(sharedHex)));
    const started = Date.now();
    const data = await table.toArrow();
    const ms = Date.now() - started;
    return { digest: digest(data), size: table.size, ms };
  } finally {
    await session.close();
  }
}

/** Reads a Figure published by another client. */
export async function readSharedFigure(t: Target, sharedHex: string): Promise<Record<string, unknown>> {
  return seedSharedPluginObject(t, sharedHex);
}

// ---- sessions sharing objects ---------------------------------------------------------------------------------

export async function crossSession(t: Target): Promise<Record<string, unknown>> {
  const a = await connect(t);
  const b = await connect(t);
  try {
    const table = await (await a.emptyTable(7)).update(['X = i * 10']);
    const shared = SharedTicket.randomTicket();
    await a.publishTable(shared, table);
    const fetched = await b.fetchTable(SharedTicket.fromBytes(shared.bytes));
    const values: number[] = Array.from((await fetched.toArrow()).getChild('X')?.toArray() ?? []);

    const taken = await failureOf(() => a.publishTable(shared, table));
    const viaFetch = await b.fetch(shared);
    const takenByOther = await failureOf(() => b.publish(viaFetch, shared));

    // Once the publisher releases its export, the shared ticket stops resolving (what was fetched lives on).
    await table.close();
    const afterRelease = await failureOf(() => b.fetchTable(shared));
    const afterReleaseFetch = await failureOf(() => b.fetch(shared));
    const stillThere = (await fetched.toArrow()).numRows;

    // The text form travels between people and pages.
    const roundTrip = SharedTicket.parse(shared.toString()).equals(shared);
    return { values, taken, takenByOther, afterRelease, afterReleaseFetch, stillThere, roundTrip };
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

// ---- tables ---------------------------------------------------------------------------------------------------

export async function tableOperations(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const base = await s.emptyTable(10);
    const t1 = await base.update(['X = i', 'Y = X * 2', 'G = i % 2 == 0 ? `even` : `odd`']);
    const filtered = await t1.where('X > 3');
    const sorted = await filtered.sort('X', 'desc');
    const head = await sorted.head(3);
    const tail = await sorted.tail(2);
    const view = await t1.view(['X', 'Z = Y + 1']);
    const updateView = await t1.updateView('W = X * X');
    const select = await t1.select();
    const dropped = await t1.dropColumns(['Y', 'G']);
    const multiSort = await t1.sort(['G', 'X'], ['asc', 'desc']);
    const where2 = await t1.where(['X >= 2', 'G = `even`']);
    const col = async (tb: Table, c: string): Promise<unknown[]> => Array.from((await tb.toArrow()).getChild(c)?.toArray() ?? []);
    const tt = await s.timeTable('PT0.05S');
    const empty = await s.emptyTable(0);
    const name = unique('opened');
    await s.runScript(`from deephaven import empty_table\n${name} = empty_table(3).update('A = i')`);
    const opened = await s.openTable(name);
    const names = await s.tables();
    return {
      base: { size: base.size, columns: base.columns, refreshing: base.isRefreshing },
      t1: { size: t1.size, columns: t1.columns, types: t1.schema.fields.map((f) => f.metadata.get('deephaven:type')) },
      filtered: filtered.size,
      headX: await col(head, 'X'),
      tailX: await col(tail, 'X'),
      view: view.columns,
      updateViewW: await col(updateView, 'W'),
      select: select.columns,
      dropped: dropped.columns,
      multiSort: (await col(multiSort, 'X')).slice(0, 6),
      where2: await col(where2, 'X'),
      timeTable: { refreshing: tt.isRefreshing, columns: tt.columns, readable: (await tt.toArrow()).numRows >= 0 },
      empty: { size: empty.size, rows: (await empty.toArrow()).numRows },
      opened: { size: opened.size, inTables: names.includes(name) },
      ticketKinds: [base.ticket.kind, opened.ticket.kind],
    };
  } finally {
    await s.close();
  }
}

/** Every kind of bad input: each a DeephavenError with the right code, and the session still works after each. */
export async function badInput(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const works = async (): Promise<boolean> => (await (await s.emptyTable(1)).toArrow()).numRows === 1;
  try {
    const echo = unique('echo');
    await s.runScript(`from dhrx_echo import Echo\n${echo} = Echo()`);
    const out: Record<string, unknown> = {
      unknownScope: await failureOf(() => s.openTable(unique('no_such_table'))),
      unknownScopeFetch: await failureOf(() => s.fetch(ScopeTicket.scopeTicket(unique('nothing')))),
      unknownShared: await failureOf(() => s.fetchTable(SharedTicket.randomTicket())),
      unknownSharedFetch: await failureOf(() => s.fetch(SharedTicket.randomTicket())),
      notATable: await failureOf(() => s.fetchTable(ScopeTicket.scopeTicket(echo))),
      syntaxError: await failureOf(() => s.runScript('def broken(:\n  pass')),
      scriptRaises: await failureOf(() => s.runScript('raise ValueError("boom")')),
      badFormula: await failureOf(async () => (await s.emptyTable(1)).update('X = no_such_thing + 1')),
      malformedTicket: await failureOf(async () => ticketFromBytes(new Uint8Array([0x7a, 1, 2]))),
      malformedShared: await failureOf(async () => SharedTicket.fromBytes(new Uint8Array([0x65, 1]))),
      notATicket: await failureOf(() => s.fetch({} as unknown as ScopeTicket)),
      publishNonExport: await failureOf(() => s.publish(ScopeTicket.scopeTicket(echo), SharedTicket.randomTicket())),
      publishToNonShared: await failureOf(async () =>
        s.publish(await s.fetch(ScopeTicket.scopeTicket(echo)), ScopeTicket.scopeTicket('x') as unknown as SharedTicket),
      ),
      badSize: await failureOf(() => s.emptyTable(-1)),
      badSort: await failureOf(async () => (await s.emptyTable(1)).sort('X', 'sideways' as 'asc')),
      noPlugin: await failureOf(async () => {
        await s.runScript(`${echo}_plain = object()`);
        const c = await s.pluginClient(new ServerObject('NoSuchType', ScopeTicket.scopeTicket(`${echo}_plain`)));
        await firstValueFrom(c.respStream);
      }),
      wrongType: await failureOf(async () => {
        const c = await s.pluginClient(new ServerObject('Figure', ScopeTicket.scopeTicket(echo)));
        await firstValueFrom(c.respStream);
      }),
    };
    out['worksAfter'] = await works();
    await s.close();
    out['afterClose'] = {
      openTable: await failureOf(() => s.openTable('x')),
      fetch: await failureOf(() => s.fetch(ScopeTicket.scopeTicket('x'))),
      runScript: await failureOf(() => s.runScript('x = 1')),
      exportableObjects: await failureOf(() => s.exportableObjects()),
    };
    return out;
  } finally {
    await s.close();
  }
}

/** The session's live exports as the server reports them (ExportNotifications' initial listing). */
async function serverExports(s: Session): Promise<number[]> {
  const notes = await lastValueFrom(
    probeSession(s)
      .exportStates$()
      .pipe(
        // The initial listing ends with a marker for export 0.
        takeWhile((n) => n.exportId !== 0),
        toArray(),
      ),
  );
  const live = new Set<number>();
  for (const n of notes) {
    if (n.exportId === undefined) continue;
    const terminal = n.state >= ExportNotification.State.RELEASED;
    if (terminal) live.delete(n.exportId);
    else live.add(n.exportId);
  }
  return [...live].sort((x, y) => x - y);
}

/** `n` fetch/release cycles (plus tables and plugin clients); then nothing is left on the server or in the client. */
export async function leakCycles(t: Target, n: number): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const name = unique('leak_src');
    const echo = unique('leak_echo');
    await s.runScript(`from deephaven import empty_table\nfrom dhrx_echo import Echo\n${name} = empty_table(3)\n${echo} = Echo()`);
    const before = await serverExports(s);
    const callsBefore = probeSession(s).openCalls;
    const ticket = ScopeTicket.scopeTicket(name);
    const started = Date.now();
    for (let i = 0; i < n; i++) {
      const e = await s.fetch(ticket);
      await s.release(e);
    }
    const cyclesMs = Date.now() - started;
    for (let i = 0; i < 20; i++) {
      const table = await s.openTable(name);
      await (await table.head(1)).close();
      await table.close();
      const client = await s.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(echo)));
      await firstValueFrom(client.respStream);
      await client.close();
    }
    // A failed fetch leaves nothing behind either.
    await failureOf(() => s.fetch(ScopeTicket.scopeTicket(unique('missing'))));
    const after = await waitForExports(s, before.length);
    return {
      before: before.length,
      after: after.length,
      held: probeSession(s).heldExports,
      openCalls: probeSession(s).openCalls - callsBefore,
      perCycleMs: cyclesMs / n,
    };
  } finally {
    await s.close();
  }
}

async function waitForExports(s: Session, target: number): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await serverExports(s);
    if (now.length <= target || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** exportableObjects$ follows a script creating, changing and removing a variable, and another client's. */
export async function liveObjects(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const other = await connect(t);
  try {
    const name = unique('live');
    const seen: string[] = [];
    const when = (pred: (o: ExportableObjects) => boolean): Promise<ExportableObjects> =>
      firstValueFrom(s.exportableObjects$.pipe(filter(pred), timeout(15_000)));
    const snapshot = await firstValueFrom(s.exportableObjects$);
    const created = when((o) => o[name]?.type === 'Table');
    const t0 = Date.now();
    await other.runScript(`from deephaven import empty_table\n${name} = empty_table(1)`);
    await created;
    seen.push(`created in ${Date.now() - t0} ms`);
    const changed = when((o) => o[name]?.type === 'Figure');
    await other.runScript(FIGURE_SCRIPT(name, unique('src')));
    await changed;
    seen.push('changed to Figure');
    const removed = when((o) => !(name in o));
    await s.runScript(`del ${name}`);
    await removed;
    seen.push('removed');
    // This session's own script: the map shows its variable by the time runScript resolves, without waiting for
    // the server's (batched) field updates.
    let latest: ExportableObjects = {};
    const watching = s.exportableObjects$.subscribe((o) => (latest = o));
    const own = unique('own');
    await s.runScript(`from deephaven import empty_table\n${own} = empty_table(1)`);
    const ownAtOnce = latest[own]?.type === 'Table';
    await s.runScript(`del ${own}`);
    const ownGoneAtOnce = !(own in latest);
    watching.unsubscribe();
    const snap = await s.exportableObjects();
    return {
      initialIsObject: typeof snapshot === 'object',
      seen,
      ownAtOnce,
      ownGoneAtOnce,
      gone: !(name in snap),
      types: [...new Set(Object.values(snap).map((o) => o.type))].sort(),
    };
  } finally {
    await Promise.all([s.close(), other.close()]);
  }
}

// ---- plugin clients -------------------------------------------------------------------------------------------

async function echoClient(s: Session, name?: string): Promise<PluginClient> {
  const echo = name ?? unique('echo');
  if (name === undefined) await s.runScript(`from dhrx_echo import Echo\n${echo} = Echo()`);
  return s.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(echo)));
}

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

/** `n` messages to the echo plugin, all written before the first answer arrives; echoes in order. */
export async function pluginEcho(t: Target, n: number, size = 16): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const client = await echoClient(s);
    const pad = 'x'.repeat(Math.max(0, size - 8));
    const all = lastValueFrom(client.messages$.pipe(take(n + 1), toArray()));
    const started = Date.now();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < n; i++) writes.push(client.send(`${String(i).padStart(7, '0')} ${pad}`));
    await Promise.all(writes);
    const messages = await all;
    const ms = Date.now() - started;
    const echoes = messages.slice(1).map(([p]) => text(p));
    await client.close();
    const late = await failureOf(() => client.send('late'));
    return {
      first: text(messages[0]?.[0] ?? new Uint8Array()),
      count: echoes.length,
      inOrder: echoes.every((m, i) => m.startsWith(String(i).padStart(7, '0'))),
      ms,
      perSecond: Math.round((n / ms) * 1000),
      late,
    };
  } finally {
    await s.close();
  }
}

/** References out and back: a table and the echo object itself travel to the plugin and return as Fetchables. */
export async function pluginReferences(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const client = await echoClient(s);
    const table = await (await s.emptyTable(4)).update('V = i + 100');
    // The deprecated names (respStream, reqStream, fetch) still work; readFigure and pluginEcho use the new ones.
    const answers = lastValueFrom(client.respStream.pipe(take(2), toArray()));
    await client.reqStream.write('with refs', [table, ScopeTicket.scopeTicket('nope_never_needed') as never].slice(0, 1));
    const [, [payload, refs]] = (await answers) as [unknown, readonly [Uint8Array, Fetchable[]]];
    const ref = refs[0] as Fetchable;
    const fetched = (await ref.fetch()) as Table;
    const values = Array.from((await fetched.toArrow()).getChild('V')?.toArray() ?? []);
    const refTicketNegative = ref.ticket.id < 0;
    await ref.close();
    await fetched.close();
    await client.close();
    return { payload: text(payload), refTypes: refs.map((r) => r.type), refTicketNegative, values, held: probeSession(s).heldExports };
  } finally {
    await s.close();
  }
}

/** 50 plugin clients open at once on one session, each echoing. */
export async function manyPluginClients(t: Target, n: number): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const echo = unique('echo');
    await s.runScript(`from dhrx_echo import Echo\n${echo} = Echo()`);
    const clients = await Promise.all(Array.from({ length: n }, () => echoClient(s, echo)));
    const results = await Promise.all(
      clients.map(async (c, i) => {
        const got = lastValueFrom(c.respStream.pipe(take(2), toArray()));
        await c.reqStream.write(`client ${i}`);
        return text((await got)[1]?.[0] ?? new Uint8Array());
      }),
    );
    await Promise.all(clients.map((c) => c.close()));
    return { ok: results.filter((r, i) => r === `client ${i}`).length };
  } finally {
    await s.close();
  }
}

/** Each way of ending a plugin client ends it on the server (the plugin sees the close) and leaves no export. */
export async function pluginClosing(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  const stats = async (c: PluginClient): Promise<{ open: number; closed: number }> => {
    const got = lastValueFrom(c.respStream.pipe(take(2), toArray()));
    await c.reqStream.write('stats');
    return JSON.parse(text((await got)[1]?.[0] ?? new Uint8Array())) as { open: number; closed: number };
  };
  try {
    const echo = unique('echo');
    await s.runScript(`from dhrx_echo import Echo\n${echo} = Echo()`);
    const probe = async (): Promise<{ open: number; closed: number }> => {
      const c = await echoClient(s, echo);
      try {
        return await stats(c);
      } finally {
        await c.close();
      }
    };
    const waitClosed = async (before: number): Promise<boolean> => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        if ((await probe()).closed >= before + 2) return true; // the probe's own close counts one
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    const exportsBefore = (await serverExports(s)).length;

    // 1. unsubscribing does not end the stream (a later subscriber sees every message from the first); close() does
    let base = (await probe()).closed;
    const c1 = await echoClient(s, echo);
    await firstValueFrom(c1.respStream);
    const later = lastValueFrom(c1.respStream.pipe(take(2), toArray()));
    await c1.reqStream.write('after');
    const keptAfterUnsubscribe = (await later).map(([p]) => text(p));
    await c1.close();
    const unsubscribed = await waitClosed(base);
    const writeAfterUnsubscribe = await failureOf(() => c1.reqStream.write('after close'));

    // 2. close()
    base = (await probe()).closed;
    const c2 = await echoClient(s, echo);
    const sub = c2.respStream.subscribe();
    await c2.reqStream.write('x');
    await c2.close();
    await c2.close(); // idempotent
    const closed = await waitClosed(base);
    sub.unsubscribe();

    // 3. the server closes it: respStream completes
    const c3 = await echoClient(s, echo);
    const completed = lastValueFrom(c3.respStream.pipe(toArray()));
    await c3.reqStream.write('close');
    const serverClosedMessages = (await completed).length;
    await c3.close();

    // 4. the plugin fails: respStream errors with a DeephavenError
    const c4 = await echoClient(s, echo);
    const failed = failureOf(() => lastValueFrom(c4.respStream));
    await c4.reqStream.write('fail');
    const pluginFailure = await failed;
    await c4.close();

    const exportsAfter = (await waitForExports(s, exportsBefore)).length;

    // 5. session.close() ends an open client on the server
    base = (await probe()).closed;
    const c5 = await echoClient(s, echo);
    const ended = lastValueFrom(c5.respStream.pipe(toArray())).then(
      () => 'completed',
      (e: unknown) => `error ${String(e)}`,
    );
    await firstValueFrom(c5.respStream);
    const watcher = await connect(t);
    try {
      await s.close();
      const endedAs = await ended;
      const deadline = Date.now() + 10_000;
      let sessionCloseSeen = false;
      while (Date.now() < deadline && !sessionCloseSeen) {
        const c = await echoClient(watcher, echo);
        sessionCloseSeen = (await stats(c)).closed >= base + 1;
        await c.close();
      }
      return {
        unsubscribed,
        keptAfterUnsubscribe,
        writeAfterUnsubscribe,
        closed,
        serverClosedMessages,
        pluginFailure,
        exportsBefore,
        exportsAfter,
        endedAs,
        sessionCloseSeen,
      };
    } finally {
      await watcher.close();
    }
  } finally {
    await s.close();
  }
}

// ---- cancellation ---------------------------------------------------------------------------------------------

/** What a call rejected with: `AbortError (DOMException)`, or the error's name and message. */
async function rejection(p: () => Promise<unknown>): Promise<string> {
  try {
    await p();
    return 'resolved';
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return 'AbortError (DOMException)';
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/**
 * Every asynchronous call rejects with a `DOMException` named `AbortError` when its signal has fired or fires
 * during the call; a large read and a table creation cancelled mid-flight leave the session usable and no export
 * behind; `recordBatches()` unsubscribed after its first batch stops the download.
 */
export async function cancellation(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const name = unique('cancel_src');
    const echo = unique('cancel_echo');
    await s.runScript(
      `from deephaven import empty_table\nfrom dhrx_echo import Echo\n${name} = empty_table(2_000_000).update(["A = i", "B = (double) i / 3", "C = i * 7L"])\n${echo} = Echo()`,
    );
    const table = await s.openTable(name);
    const small = await s.emptyTable(3);
    const client = await s.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(echo)));
    const before = (await serverExports(s)).length;
    const scope = ScopeTicket.scopeTicket(name);
    const own = await s.fetch(scope);
    const aborted = AbortSignal.abort();
    const o = { signal: aborted };
    const calls: Record<string, () => Promise<unknown>> = {
      fetch: () => s.fetch(scope, o),
      publish: () => s.publish(own, SharedTicket.randomTicket(), o),
      release: () => s.release(own, o),
      fetchTable: () => s.fetchTable(scope, o),
      openTable: () => s.openTable(name, o),
      emptyTable: () => s.emptyTable(1, o),
      timeTable: () => s.timeTable('PT1s', o),
      pluginClient: () => s.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(echo)), o),
      runScript: () => s.runScript('x = 1', o),
      exportableObjects: () => s.exportableObjects(o),
      tables: () => s.tables(o),
      publishTable: () => s.publishTable(SharedTicket.randomTicket(), small, o),
      update: () => small.update('X = i', o),
      updateView: () => small.updateView('X = i', o),
      view: () => small.view('X = i', o),
      select: () => small.select([], o),
      where: () => small.where('i > 0', o),
      sort: () => small.sort('i', 'asc', o),
      head: () => small.head(1, o),
      tail: () => small.tail(1, o),
      dropColumns: () => small.dropColumns('X', o),
      toArrow: () => table.toArrow(o),
      write: () => client.reqStream.write('x', [], o),
    };
    const preAborted: Record<string, string> = {};
    for (const [k, call] of Object.entries(calls)) preAborted[k] = await rejection(call);

    // Mid-flight: a 2,000,000-row read and a table creation, each aborted while the server works.
    const read = new AbortController();
    const reading = rejection(() => table.toArrow({ signal: read.signal }));
    setTimeout(() => read.abort(), 30);
    const readAborted = await reading;
    const make = new AbortController();
    const making = rejection(() => table.update(['D = A * 2'], { signal: make.signal }));
    make.abort();
    const makeAborted = await making;

    // recordBatches: the first batch, then unsubscribe (the download stops); then a full read still works.
    const first = await firstValueFrom(table.recordBatches());
    const rows = (await table.toArrow()).numRows;

    await s.release(own);
    await client.close();
    const after = (await waitForExports(s, before - 1)).length;
    return {
      preAborted,
      readAborted,
      makeAborted,
      firstBatchRows: first.numRows > 0,
      rows,
      exportsBefore: before - 1,
      exportsAfter: after,
    };
  } finally {
    await s.close();
  }
}
