// Sessions that survive (issue 21): a dedicated server started with a startup script (test/server/fixtures/stick.py,
// run again at each start) is killed with SIGKILL and started again on the same port while sessions hold live
// streams; its sessions expire behind a blocked proxy; a proxy answers 502 for a few seconds. One server for the file,
// restarted in place.
import { fileURLToPath } from 'node:url';
import { tableFromArrays } from 'apache-arrow';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DeephavenError,
  Session,
  agg,
  decodeFigure,
  type HierarchicalViewportUpdate,
  type PluginMessage,
  type SessionEnded,
  type TableUpdate,
  type ViewportUpdate,
} from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { CuttableProxy } from '../support/cuttable-proxy.js';
import { HeaderRecordingProxy } from '../support/header-proxy.js';
import { record, type Recorder } from '../support/recorder.js';
import { freePort, killAndRestart as restartServer, startServer, type RunningServer } from '../server/server.mjs';

const STICK = fileURLToPath(new URL('../server/fixtures/stick.py', import.meta.url));
let server: RunningServer;
let port = 0;
const serverOptions = (): Parameters<typeof startServer>[0] => ({
  port,
  scripts: [STICK],
  testPlugins: true,
  jvmArgs: ['-Dhttp.session.durationMs=10000'],
});

beforeAll(async () => {
  port = await freePort();
  server = await startServer(serverOptions());
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

/** SIGKILL (no goodbye to clients), then the same server again on the same port: the startup script runs again. */
async function killAndRestart(): Promise<void> {
  server = await restartServer(server, serverOptions());
}

/** A fresh `isSnapshot` emission after `mark`, then a tick after it. */
function snapshotThenTick<T extends { isSnapshot: boolean }>(r: Recorder<T>, mark: number): boolean {
  const after = r.since(mark);
  const at = after.findIndex((u) => u.isSnapshot);
  return at >= 0 && after.slice(at + 1).some((u) => !u.isSnapshot);
}

function watch(session: Session): { ended: SessionEnded[]; states: string[] } {
  const seen = { ended: [] as SessionEnded[], states: [] as string[] };
  session.closed$.subscribe((e) => seen.ended.push(e));
  session.connectionState$.subscribe((s) => seen.states.push(s));
  return seen;
}

describe('sessions that survive a restarted server', () => {
  it('SIGKILL and a restart on the same port: the session rebuilds what it held, streams resume, closed$ never fires', {
    timeout: 300_000,
  }, async () => {
    const session = await Session.connect(server.url);
    // Today's behaviour, asked for; and a session that gives up quickly.
    const plain = await Session.connect(server.url, { rebuild: false });
    const impatient = await Session.connect(server.url, { reconnectTimeoutMs: 3000 });
    try {
      const seen = watch(session);
      const plainSeen = watch(plain);
      const impatientSeen = watch(impatient);

      const stick = await session.openTable('stick');
      const view = await stick.where('X % 2 == 0');
      const stat = await session.openTable('stick_static');
      const upload = await session.importTable(tableFromArrays({ A: Int32Array.of(1, 2, 3) }));
      const objects = await session.exportableObjects();
      const figure = await session.pluginClient(objects['stick_fig']!);
      // A name a script made, which the restarted server will not have.
      await session.runScript('from deephaven import time_table\nstick_gone = time_table("PT0.2S")');
      const gone = await session.openTable('stick_gone');
      // Rollups, trees and partitioned tables (issue 21 item 1): made again from what they were made of.
      const grouped = await view.update('G = X % 3');
      const roll = await grouped.rollup(agg.sum('S = X'), 'G');
      await roll.expandAll(); // a view with a key table
      const rollSorted = await roll.sort('G', 'desc');
      const org = await (await session.emptyTable(7)).update(['Id = (long) i', 'Parent = i == 0 ? NULL_LONG : (long) ((i - 1) / 2)']);
      const tree = await org.tree('Id', 'Parent');
      const parts = await grouped.partitionBy('G');
      const [one, merged] = await Promise.all([parts.getConstituent(1), parts.merge()]);
      const goneRoll = await gone.rollup(agg.count('N'));
      const goneParts = await gone.partitionBy('Timestamp');

      const vp = record<ViewportUpdate>(view.viewport({ first: 0, last: 9 }));
      const up = record<TableUpdate>(view.updates());
      const sizes = record<number>(view.size$);
      const figs = record<PluginMessage>(figure.respStream);
      const reopened = record<void>(figure.reopened$);
      // The server ends a Figure's stream once it has sent the figure: read the new one as the stream reopens.
      const refreshed: PluginMessage[] = [];
      figure.reopened$.subscribe(() => figure.respStream.subscribe((m) => refreshed.push(m)));
      const names = record(session.exportableObjects$);
      const goneUpdates = record<TableUpdate>(gone.updates());
      const plainUpdates = record<TableUpdate>((await plain.openTable('stick')).updates());
      const rollVp = record<HierarchicalViewportUpdate>(roll.viewport({ first: 0, last: 9 }));
      const treeVp = record<HierarchicalViewportUpdate>(tree.viewport({ first: 0, last: 9 }));
      const keys = record(parts.keys$);
      const oneUp = record<TableUpdate>(one!.updates());
      const mergedUp = record<TableUpdate>(merged.updates());
      const goneRollVp = record<HierarchicalViewportUpdate>(goneRoll.viewport({ first: 0, last: 9 }));
      const goneKeys = record(goneParts.keys$);

      await vp.until((r) => r.values.length >= 2, 'the viewport');
      await up.until((r) => r.values.length >= 2, 'the updates');
      await sizes.until((r) => (r.values.at(-1) ?? 0) > 0, 'a size');
      await figs.until((r) => r.values.length >= 1, 'the figure');
      await names.until((r) => r.values.length >= 1, 'the objects');
      await goneUpdates.until((r) => r.values.length >= 1, 'the updates of stick_gone');
      await rollVp.until((r) => r.values.length >= 2, 'the rollup');
      await treeVp.until((r) => r.values.length >= 1, 'the tree');
      await keys.until((r) => r.values.length >= 1, 'the keys');
      await oneUp.until((r) => r.values.length >= 2, 'a constituent');
      await mergedUp.until((r) => r.values.length >= 2, 'the merged table');
      await goneRollVp.until((r) => r.values.length >= 1, 'the rollup of stick_gone');
      await goneKeys.until((r) => r.values.length >= 1, 'the keys of stick_gone');
      const mark = {
        vp: vp.values.length,
        up: up.values.length,
        sizes: sizes.values.length,
        figs: figs.values.length,
        names: names.values.length,
        rollVp: rollVp.values.length,
        treeVp: treeVp.values.length,
        keys: keys.values.length,
        oneUp: oneUp.values.length,
        mergedUp: mergedUp.values.length,
      };

      await killAndRestart();
      await reopened.until((r) => r.values.length === 1, 'the figure reopened');
      const lost = session.internals.exports.failure(stick.ticket);
      expect(lost?.message).toBeUndefined();

      await vp.until((r) => snapshotThenTick(r, mark.vp), 'a fresh viewport snapshot and a tick');
      await up.until((r) => snapshotThenTick(r, mark.up), 'a fresh snapshot of updates() and a tick');
      await sizes.until((r) => r.values.length > mark.sizes + 1, 'sizes after the restart');
      await names.until((r) => r.since(mark.names).some((o) => 'stick' in o), 'the objects again');
      // The Figure's stream (which the server ends after sending the figure) opened again: the new figure is kept.
      expect(figs.values.length).toBe(mark.figs);
      expect(refreshed.length).toBe(1);
      expect(decodeFigure(refreshed[0]![0]).charts.length).toBe(1);
      // The same Table objects read, and make new tables.
      expect((await stat.toArrow()).numRows).toBe(5);
      expect([...(await upload.toArrow()).getChild('A')!.toArray()]).toEqual([1, 2, 3]);
      const more = await view.where('X >= 0');
      expect(more.columns).toEqual(['Timestamp', 'X']);
      expect(vp.error).toBeUndefined();
      expect(up.error).toBeUndefined();
      expect(sizes.error).toBeUndefined();
      // What cannot be made again fails alone, naming itself.
      await goneUpdates.until((r) => r.error !== undefined, 'the end of stick_gone');
      expect(goneUpdates.error).toBeInstanceOf(DeephavenError);
      expect(String(goneUpdates.error)).toContain('stick_gone');
      await expect(gone.toArrow()).rejects.toThrow(/stick_gone/);
      // Rollups, trees and partitioned tables: the same objects' streams emit a fresh snapshot (and tick on).
      await rollVp.until((r) => snapshotThenTick(r, mark.rollVp), 'a fresh rollup snapshot and a tick');
      await treeVp.until((r) => r.since(mark.treeVp).some((v) => v.isSnapshot), 'a fresh tree snapshot');
      await keys.until((r) => r.values.length > mark.keys, 'the keys again');
      await oneUp.until((r) => snapshotThenTick(r, mark.oneUp), 'a fresh constituent snapshot and a tick');
      await mergedUp.until((r) => snapshotThenTick(r, mark.mergedUp), 'a fresh merged snapshot and a tick');
      expect(rollVp.values.at(-1)!.rows.some((row) => row.depth === 2)).toBe(true); // still expanded
      expect(treeVp.values.at(-1)!.totalSize).toBe(treeVp.values[0]!.totalSize);
      expect(
        keys.values
          .at(-1)!
          .map(([g]) => String(g))
          .sort(),
      ).toEqual(['0', '1', '2']);
      const sortedVp = await firstValueFrom(rollSorted.viewport({ first: 0, last: 3 }));
      expect(sortedVp.totalSize).toBeGreaterThan(0);
      expect(await firstValueFrom((await parts.keys()).size$)).toBe(3);
      for (const r of [rollVp, treeVp, keys, oneUp, mergedUp]) expect(r.error).toBeUndefined();
      // Made from what cannot be made again: their own streams and calls fail, naming the object and why.
      await goneRollVp.until((r) => r.error !== undefined, 'the end of the rollup of stick_gone');
      expect(goneRollVp.error).toBeInstanceOf(DeephavenError);
      expect(String(goneRollVp.error)).toMatch(/rollup of .*stick_gone/);
      await expect(goneRoll.expandAll()).rejects.toThrow(/rollup of .*stick_gone/);
      await goneKeys.until((r) => r.error !== undefined, 'the end of the keys of stick_gone');
      expect(goneKeys.error).toBeInstanceOf(DeephavenError);
      expect(String(goneKeys.error)).toMatch(/partitioned table/);
      await expect(goneParts.merge()).rejects.toThrow(/partitioned table of .*stick_gone/);
      // Scripts run on a new console.
      expect((await session.runScript('stick_after = 1')).created).toEqual([]);

      expect(probeSession(session).rebuilds).toBe(1);
      expect(seen.ended).toEqual([]);
      expect(seen.states[0]).toBe('connected');
      expect(seen.states).toContain('reconnecting');
      expect(seen.states.at(-1)).toBe('connected');
      // rebuild: false ends as before; a short reconnectTimeoutMs gives up while the server is down.
      expect(plainSeen.ended.map((e) => e.reason)).toEqual(['connection-lost']);
      await plainUpdates.until((r) => r.error !== undefined, 'the end of the plain session’s stream');
      expect(impatientSeen.ended.map((e) => e.reason)).toEqual(['connection-lost']);
      expect(impatientSeen.ended[0]?.error.message).toContain('reconnectTimeoutMs');
      for (const r of [vp, up, sizes, figs, names, goneUpdates, plainUpdates, rollVp, treeVp, keys, oneUp, mergedUp, goneRollVp, goneKeys])
        r.unsubscribe();
      expect(unhandled).toEqual([]);
    } finally {
      await Promise.all([session.close(), plain.close(), impatient.close()]);
    }
  });

  it('a session that expired behind a blocked proxy (no token refresh) logs in again and its streams resume', {
    timeout: 120_000,
  }, async () => {
    const proxy = new CuttableProxy(new URL(server.url));
    await proxy.start();
    const session = await Session.connect(`http://127.0.0.1:${proxy.port}`, { livenessTimeoutMs: 3000 });
    try {
      const seen = watch(session);
      const view = await (await session.openTable('stick')).where('X % 3 == 0');
      const up = record<TableUpdate>(view.updates());
      await up.until((r) => r.values.length >= 2, 'the updates');
      const token = probeSession(session).currentToken;
      const mark = up.values.length;
      // Nothing gets through for longer than a session lives (10 s on this server): the server expires it.
      proxy.accept = 'stall';
      proxy.inject({ kind: 'stall' });
      await new Promise((r) => setTimeout(r, 16_000));
      proxy.accept = 'forward';
      proxy.cut();
      await up.until((r) => snapshotThenTick(r, mark), 'a fresh snapshot and a tick');
      expect(probeSession(session).currentToken).not.toBe(token);
      expect(probeSession(session).rebuilds).toBe(1);
      expect(seen.ended).toEqual([]);
      expect(seen.states.at(-1)).toBe('connected');
      up.unsubscribe();
    } finally {
      await session.close();
      await proxy.stop();
    }
  });

  it('a proxy answering 502 for a few seconds: live streams, size$, plugin streams and the objects come back', {
    timeout: 120_000,
  }, async () => {
    const proxy = new HeaderRecordingProxy(new URL(server.url), 'h2');
    await proxy.start();
    const session = await Session.connect(proxy.url, { transport: 'node-http2' });
    try {
      const seen = watch(session);
      const view = await (await session.openTable('stick')).where('X % 2 == 1');
      const objects = await session.exportableObjects();
      const echo = await session.pluginClient(objects['stick_echo']!);
      const up = record<TableUpdate>(view.updates());
      const sizes = record<number>(view.size$);
      const figs = record<PluginMessage>(echo.respStream);
      const reopened = record<void>(echo.reopened$);
      const names = record(session.exportableObjects$);
      await up.until((r) => r.values.length >= 2, 'the updates');
      await figs.until((r) => r.values.length >= 1, 'the echo is ready');
      await names.until((r) => r.values.length >= 1, 'the objects');
      await sizes.until((r) => r.values.length >= 2, 'sizes');
      const mark = { up: up.values.length, sizes: sizes.values.length, figs: figs.values.length, names: names.values.length };
      proxy.answerStatus = 502;
      proxy.dropClients();
      await new Promise((r) => setTimeout(r, 3000));
      await expect(session.exportableObjects()).rejects.toMatchObject({ code: 14 });
      proxy.answerStatus = undefined;
      await up.until((r) => snapshotThenTick(r, mark.up), 'a fresh snapshot and a tick');
      await sizes.until((r) => r.values.length > mark.sizes + 1, 'sizes again');
      await reopened.until((r) => r.values.length === 1, 'reopened$');
      // The plugin stream is open again: a message gets its answer on the same respStream.
      await echo.reqStream.write('after-502');
      await figs.until((r) => r.values.some(([p]) => new TextDecoder().decode(p) === 'after-502'), 'the echo again');
      await session.runScript('from deephaven import empty_table\nstick_502 = empty_table(1)');
      await names.until((r) => r.since(mark.names).some((o) => 'stick_502' in o), 'the objects again');
      for (const r of [up, sizes, figs, names]) expect(r.error).toBeUndefined();
      expect(probeSession(session).rebuilds).toBe(0); // the session lived on: nothing was made again
      expect(seen.ended).toEqual([]);
      expect(seen.states).toContain('reconnecting');
      expect(seen.states.at(-1)).toBe('connected');
      for (const r of [up, sizes, figs, names]) r.unsubscribe();
    } finally {
      await session.close();
      await proxy.stop();
    }
  });
});
