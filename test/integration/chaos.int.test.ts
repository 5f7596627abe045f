// Faults injected between the SDK and a real server (a loopback proxy that cuts, stalls or truncates the TCP
// connections at chosen moments): during connect, a unary call, a million-row DoGet, a large upload, a live
// subscription, a plugin stream and the exportable-objects stream. Every fault must end in a typed DeephavenError
// (or, for live streams, a reconnect) within 2 s, with no unhandled rejection and no timer left once the session is
// closed.
import { createHook } from 'node:async_hooks';
import { tableFromArrays } from 'apache-arrow';
import type { Observable } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  Code,
  DeephavenError,
  ScopeTicket,
  ServerObject,
  Session,
  agg,
  type ConnectionState,
  type HierarchicalViewportUpdate,
  type TableUpdate,
  type TransportKind,
} from '../../src/index.js';
import { CuttableProxy, type Fault } from '../support/cuttable-proxy.js';

/** The liveness timeout the sessions here use: a stalled connection is dropped after 0.8 s of silence. */
const LIVENESS_MS = 800;
/** How soon after a fault the user must hear of it. */
const BOUND_MS = 2000;

const proxy = new CuttableProxy(new URL(inject('dhUrl')));
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

// Every Timeout object alive (unref'd ones too, which process.getActiveResourcesInfo() does not list).
const liveTimers = new Set<number>();
/** Where each live timer was made, for the failure message. */
const madeAt = new Map<number, string>();
const hook = createHook({
  init: (id, type) => {
    if (type !== 'Timeout') return;
    liveTimers.add(id);
    madeAt.set(id, (new Error().stack ?? '').split('\n').slice(5, 16).join('\n'));
  },
  destroy: (id) => {
    liveTimers.delete(id);
    madeAt.delete(id);
  },
});

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  hook.enable();
  await proxy.start();
});
afterAll(async () => {
  hook.disable();
  process.off('unhandledRejection', onUnhandled);
  await proxy.stop();
});
afterEach(() => {
  proxy.accept = 'forward';
  proxy.cut();
  expect(unhandled).toEqual([]);
});

/** How long after each fault the user heard of it, printed at the end (the figures of the report). */
const heard: string[] = [];
function note(what: string, ms: number): void {
  heard.push(`${what}: ${ms} ms`);
}
afterAll(() => {
  console.log(`[chaos] from fault to typed error or 'reconnecting':\n  ${heard.join('\n  ')}`);
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** How a promise settled, and when. */
async function outcome(p: Promise<unknown>): Promise<{ error: unknown; at: number }> {
  try {
    await p;
    return { error: undefined, at: Date.now() };
  } catch (error) {
    return { error, at: Date.now() };
  }
}

/**
 * Connects through the proxy, records the connection states, and checks at the end that no timer is left. A cut is
 * noticed at once whatever the liveness timeout: tests that only cut may keep the default one (`livenessMs`), so that a
 * busy machine's pause is no fault.
 */
async function withSession(
  transport: TransportKind,
  fn: (session: Session, states: ConnectionState[]) => Promise<void>,
  livenessMs: number | undefined = LIVENESS_MS,
): Promise<void> {
  const before = new Set(liveTimers);
  const session = await Session.connect(proxy.url, { transport, ...(livenessMs === undefined ? {} : { livenessTimeoutMs: livenessMs }) });
  const states: ConnectionState[] = [];
  session.connectionState$.subscribe((s) => states.push(s));
  try {
    await fn(session, states);
  } finally {
    await session.close();
  }
  // Timers that fire within a few milliseconds (the SDK's own async steps) get their chance first.
  await sleep(100);
  expect(timersSince(before), 'timers left behind after close').toEqual([]);
}

/** The timers made since `before` that are still alive, by where they were made. */
function timersSince(before: ReadonlySet<number>): string[] {
  return [...liveTimers]
    .filter((id) => !before.has(id))
    .map((id) => madeAt.get(id) ?? String(id))
    .filter((stack) => !/setTimeout \(node:timers[^\n]*\n\s*at [^\n]*chaos\.int\.test\.ts/.test(stack)); // this file's own sleeps
}

function expectUnavailable(error: unknown): void {
  expect(error).toBeInstanceOf(DeephavenError);
  expect((error as DeephavenError).code, String(error)).toBe(Code.Unavailable);
}

const faults: [string, Fault][] = [
  ['cut', { kind: 'cut' }],
  ['stall', { kind: 'stall' }],
  ['truncate', { kind: 'truncate', bytes: 1000 }],
];
const transports: TransportKind[] = ['websocket-multiplex', 'node-http2'];

describe.each(transports)('chaos over %s', (transport) => {
  it('connect: a refused and a truncated connection reject with UNAVAILABLE within 2 s, a stalled one with DEADLINE_EXCEEDED at connectTimeoutMs', async () => {
    const before = new Set(liveTimers);
    proxy.accept = 'cut';
    const started = Date.now();
    const refused = await outcome(Session.connect(proxy.url, { transport, livenessTimeoutMs: LIVENESS_MS }));
    expectUnavailable(refused.error);
    expect(refused.at - started, `cut: ${String(refused.error)}`).toBeLessThan(BOUND_MS);
    note(`${transport} connect, cut`, refused.at - started);
    // Stalled: the liveness watch (800 ms) gives up on each connection, connect tries again until its own deadline.
    proxy.accept = 'stall';
    const stallStarted = Date.now();
    const stalled = await outcome(
      Session.connect(proxy.url, { transport, livenessTimeoutMs: LIVENESS_MS, connectTimeoutMs: 3 * LIVENESS_MS }),
    );
    expect(stalled.error).toBeInstanceOf(DeephavenError);
    expect((stalled.error as DeephavenError).code, String(stalled.error)).toBe(Code.DeadlineExceeded);
    expect(stalled.at - stallStarted, 'not cut short by livenessTimeoutMs').toBeGreaterThanOrEqual(3 * LIVENESS_MS - 50);
    expect(stalled.at - stallStarted).toBeLessThan(3 * LIVENESS_MS + BOUND_MS);
    note(`${transport} connect, stall`, stalled.at - stallStarted);
    proxy.accept = 'forward';
    // The answer to the first call broken off after 100 bytes (inside the websocket handshake or the h2 settings).
    const fired = proxy.after('down', 1, { kind: 'truncate', bytes: 100 });
    const r = await outcome(Session.connect(proxy.url, { transport, livenessTimeoutMs: LIVENESS_MS }));
    expectUnavailable(r.error);
    expect(r.at - (await fired)).toBeLessThan(BOUND_MS);
    note(`${transport} connect, truncate`, r.at - (await fired));
    await sleep(100);
    expect(timersSince(before)).toEqual([]);
  });

  it.each(faults)('a unary call: %s fails it with UNAVAILABLE within 2 s; the session reconnects', async (_name, fault) => {
    await withSession(transport, async (session, states) => {
      const call = outcome(session.runScript('import time\ntime.sleep(1.5)'));
      await sleep(300);
      let faultAt = Date.now();
      // A truncation cuts inside the next request (another call, 10 bytes into it).
      proxy.inject(fault.kind === 'truncate' ? { kind: 'truncate', bytes: 10, direction: 'up' } : fault);
      if (fault.kind === 'truncate') {
        await session.runScript('x = 1').catch(() => undefined);
        faultAt = proxy.lastCutAt;
      }
      const r = await call;
      expectUnavailable(r.error);
      expect(r.at - faultAt, String(r.error)).toBeLessThan(BOUND_MS);
      note(`${transport} unary, ${fault.kind}`, r.at - faultAt);
      await until(() => states.at(-1) === 'connected' && states.length >= 3, 10_000, 'a reconnect');
      expect(states.slice(0, 2)).toEqual(['connected', 'reconnecting']);
      await session.runScript('after_fault = 1');
    });
  });

  it('close() on a stalled connection: resolves within 2 s (the goodbye call fails once the silence is noticed), closed$ says closed', async () => {
    await withSession(transport, async (session) => {
      const ended = new Promise<string>((resolve) => session.closed$.subscribe((e) => resolve(e.reason)));
      proxy.inject({ kind: 'stall' });
      const started = Date.now();
      await session.close();
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      note(`${transport} close() while stalled`, Date.now() - started);
      expect(await ended).toBe('closed');
    });
  });

  it.each(faults)('a DoGet of 1,000,000 rows: %s after 2 MB fails toArrow with UNAVAILABLE within 2 s', async (_name, fault) => {
    await withSession(transport, async (session) => {
      const table = await (await session.emptyTable(1_000_000)).update(['A = i', 'B = (double) i * 0.5']);
      const fired = proxy.after('down', 2_000_000, fault);
      const r = await outcome(table.toArrow());
      expectUnavailable(r.error);
      expect(r.at - (await fired), String(r.error)).toBeLessThan(BOUND_MS);
      note(`${transport} DoGet, ${fault.kind}`, r.at - (await fired));
    });
  });

  it.each(faults)('an upload of 1,000,000 rows: %s after 2 MB fails importTable with UNAVAILABLE within 2 s', async (_name, fault) => {
    await withSession(transport, async (session) => {
      const n = 1_000_000;
      const data = tableFromArrays({
        A: Int32Array.from({ length: n }, (_, i) => i),
        B: Float64Array.from({ length: n }, (_, i) => i / 2),
      });
      const fired = proxy.after('up', 2_000_000, fault.kind === 'truncate' ? { ...fault, direction: 'up' } : fault);
      const r = await outcome(session.importTable(data));
      expectUnavailable(r.error);
      expect(r.at - (await fired), String(r.error)).toBeLessThan(BOUND_MS);
      note(`${transport} upload, ${fault.kind}`, r.at - (await fired));
    });
  });

  it.each(faults)(
    'a live subscription: %s says reconnecting within 2 s, then a fresh snapshot and no gap, no error',
    async (_name, fault) => {
      await withSession(transport, async (session, states) => {
        const name = `chaos_live_${Math.random().toString(36).slice(2, 8)}`;
        await session.runScript(`from deephaven import time_table\n${name} = time_table("PT0.05s").update(["I = ii"]).head(60)`);
        const table = await session.openTable(name);
        const updates: TableUpdate[] = [];
        const errors: unknown[] = [];
        const sub = table
          .updates({ updateIntervalMs: 100 })
          .subscribe({ next: (u) => updates.push(u), error: (e: unknown) => errors.push(e) });
        await until(() => updates.length > 2, 10_000, 'live updates');
        const faultAt = Date.now();
        proxy.inject(fault);
        await until(() => states.includes('reconnecting'), 10_000, "'reconnecting'");
        // A truncation cuts once its bytes have passed: time it from the cut.
        const told = Date.now() - (fault.kind === 'truncate' ? proxy.lastCutAt : faultAt);
        expect(told).toBeLessThan(BOUND_MS);
        note(`${transport} live subscription, ${fault.kind} (reconnecting)`, told);
        await until(() => updates.slice(3).some((u) => u.isSnapshot), 15_000, 'a fresh snapshot');
        await until(() => updates.at(-1)?.size === 60, 15_000, 'the table to fill');
        const snapshot = await table.toArrow();
        expect(errors).toEqual([]);
        expect(states.at(-1)).toBe('connected');
        const last = updates.at(-1);
        expect(Array.from(last?.table.getChild('I')?.toArray() ?? [])).toEqual(Array.from(snapshot.getChild('I')?.toArray() ?? []));
        sub.unsubscribe();
      });
    },
  );

  // Issue 21: a plugin stream survives the fault: it opens again (reopened$) and answers on the same respStream.
  it.each(faults)('a plugin stream: %s reopens it (reopened$) and the echo answers on the same respStream', async (_name, fault) => {
    await withSession(transport, async (session) => {
      const echo = `chaos_echo_${Math.random().toString(36).slice(2, 8)}`;
      await session.runScript(`from dhrx_echo import Echo\n${echo} = Echo()`);
      const client = await session.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(echo)));
      const got: string[] = [];
      let ended: { error: unknown } | undefined;
      let reopened = 0;
      client.reopened$.subscribe(() => reopened++);
      (client.respStream as Observable<readonly [Uint8Array, unknown]>).subscribe({
        next: ([p]) => got.push(new TextDecoder().decode(p)),
        error: (error: unknown) => (ended = { error }),
        complete: () => (ended = { error: undefined }),
      });
      await client.reqStream.write('before');
      await until(() => got.includes('before'), 10_000, 'the echo');
      proxy.inject(fault);
      if (fault.kind === 'truncate') await client.reqStream.write('x'.repeat(4000)).catch(() => undefined);
      await until(() => reopened > 0, 15_000, 'reopened$');
      await client.reqStream.write('after');
      await until(() => got.includes('after'), 15_000, 'the echo after the reopen');
      expect(ended).toBeUndefined();
      await client.close().catch(() => undefined);
    });
  });
});

describe('chaos: a rollup viewport across a dropped connection', () => {
  it.each(transports)('%s: a fresh snapshot of the same expanded view, no error; expansion works after', async (transport) => {
    await withSession(
      transport,
      async (session, states) => {
        const name = `chaos_roll_${Math.random().toString(36).slice(2, 8)}`;
        await session.runScript(
          `from deephaven import time_table\n${name} = time_table("PT0.05s").update(["Sym = ii % 2 == 0 ? \`A\` : \`B\`", "Sub = ii % 3", "V = ii"]).head(40)`,
        );
        const source = await session.openTable(name);
        const rollup = await source.rollup([agg.sum('V'), agg.count('N')], ['Sym', 'Sub']);
        await rollup.expand(['A']);
        const views: HierarchicalViewportUpdate[] = [];
        const errors: unknown[] = [];
        const sub = rollup
          .viewport({ first: 0, last: 49 }, { updateIntervalMs: 100 })
          .subscribe({ next: (v) => views.push(v), error: (e: unknown) => errors.push(e) });
        const count = (v: HierarchicalViewportUpdate | undefined): number => Number(v?.table.get(0)?.toJSON()['N'] ?? -1);
        await until(() => views.length > 1 && count(views.at(-1)) > 0, 10_000, 'rollup updates');
        const seen = views.length;
        expect(proxy.cut()).toBeGreaterThan(0);
        await until(() => states.includes('reconnecting'), BOUND_MS, "'reconnecting'");
        await until(() => views.slice(seen).some((v) => v.isSnapshot), 15_000, 'a fresh snapshot');
        await until(() => count(views.at(-1)) === 40, 15_000, 'the source to fill');
        // The same expanded view as before the cut, its values those of a flat aggBy.
        const last = views.at(-1) as HierarchicalViewportUpdate;
        const rows = last.rows.map((r, i) => ({
          depth: r.depth,
          key: r.key.map(String).join('/'),
          v: String(last.table.get(i)?.toJSON()['V']),
        }));
        const flat = await source.aggBy([agg.sum('V')], ['Sym', 'Sub']);
        const expected = (await flat.toArrow()).toArray().map((r) => `${String(r['Sym'])}/${String(r['Sub'])}=${String(r['V'])}`);
        expect(
          rows
            .filter((r) => r.depth === 3)
            .map((r) => `${r.key}=${r.v}`)
            .sort(),
        ).toEqual(expected.filter((e) => e.startsWith('A/')).sort());
        expect(rows.filter((r) => r.depth === 2).map((r) => r.key)).toEqual(expect.arrayContaining(['A', 'B']));
        // A new view over the new connection: the same stream follows it.
        await rollup.expand(['B']);
        await until(() => views.at(-1)?.rows.some((r) => r.depth === 3 && r.key[0] === 'B') === true, 10_000, 'the children of B');
        expect(errors).toEqual([]);
        expect(states.at(-1)).toBe('connected');
        sub.unsubscribe();
        await Promise.all([rollup.close(), flat.close(), source.close()]);
        await session.runScript(`del ${name}`);
      },
      undefined,
    );
  });
});

describe('chaos: the exportable objects across a dropped connection (websocket-multiplex)', () => {
  it('the live map survives a cut and a stall: reopened, resynchronised, no error', async () => {
    await withSession('websocket-multiplex', async (session, states) => {
      const tag = Math.random().toString(36).slice(2, 8);
      const maps: string[][] = [];
      const errors: unknown[] = [];
      const sub = session.exportableObjects$.subscribe({ next: (m) => maps.push(Object.keys(m)), error: (e: unknown) => errors.push(e) });
      await until(() => maps.length > 0, 10_000, 'the first map');
      for (const [i, fault] of (['cut', 'stall'] as const).entries()) {
        proxy.inject({ kind: fault });
        // (A cut may be repaired before the next look: count the 'reconnecting's rather than read the last state.)
        await until(() => states.filter((st) => st === 'reconnecting').length === i + 1, BOUND_MS, "'reconnecting'");
        await until(() => states.at(-1) === 'connected', 10_000, "'connected'");
        // Made by another client, so that only the server's field stream can tell.
        const other = await Session.connect(inject('dhUrl'));
        await other.runScript(`chaos_obj_${fault}_${tag} = 1\nfrom deephaven import empty_table\nchaos_t_${fault}_${tag} = empty_table(1)`);
        await other.close();
        await until(() => maps.at(-1)?.includes(`chaos_t_${fault}_${tag}`) === true, 10_000, `the new table after a ${fault}`);
      }
      expect(errors).toEqual([]);
      sub.unsubscribe();
    });
  });
});
