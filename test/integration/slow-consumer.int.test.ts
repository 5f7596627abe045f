// Slow consumers of fast tables, against a real server whose update graph cycles every 50 ms (a server of its own,
// started here: the default cycle is 1000 ms). Tables tick 20 times a second for 8 s, then stop; consumers take
// 200 ms per update, four times longer than the table takes to tick:
// - coalesced (`updates({ coalesce: true })`, a consumer that blocks; `coalesceMap`, one that awaits; a coalesced
//   viewport): each gets merged updates, every one consistent with the state before it (applied to a model of the
//   previous state it gives the new one), the data it is given never older than a few deliveries' work (memory held:
//   one merged update), and it ends on the table's snapshot (`toArrow()`);
// - the lossless stream under `concatMap` (the control): its queue, and the age of what it works on, grow with time.
// The figures (deliveries, ages, queue, heap after a collection) are printed as `[slow-consumer] {...}`.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { concatMap, tap, type Subscription } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalesceMap, type Session, type TableUpdate, type ViewportUpdate } from '../../src/index.js';
import { connect } from '../conformance/scenarios.js';
import { Follower, rowsOf } from '../scenarios/live.js';
import { startServer, type RunningServer } from '../server/server.mjs';

const CYCLE_MS = 50;
const TICKS = 160; // 8 s at 20 per second: long enough for the control's queue and age to pass the checks below
const WORK_MS = 200;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const block = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // a consumer doing synchronous work
  }
};
/** The largest value of a column (I: the newest tick; Timestamp: its time, in ms). */
const maxOf = (u: { table: TableUpdate['table'] }, name: string): number => {
  const column = u.table.getChild(name);
  let max = -1;
  for (let i = 0; i < (column?.length ?? 0); i++) max = Math.max(max, Number(column?.get(i)));
  return max;
};

let server: RunningServer;
let session: Session;

beforeAll(async () => {
  server = await startServer({ jvmArgs: [`-DPeriodicUpdateGraph.targetCycleDurationMillis=${CYCLE_MS}`] });
  session = await connect({ url: server.url, transport: 'websocket-multiplex' });
}, 240_000);

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('slow consumers of a table ticking 20 times a second', () => {
  it('coalesced consumers stay bounded and end on the snapshot; a concatMap queue grows', { timeout: 120_000 }, async () => {
    // Making the tables compiles their formulas, which takes seconds on a loaded machine: the same script first, for
    // tables that never tick, so that the real one is quick and all subscriptions are open before its first tick.
    const script = (name: string, startInSeconds: number): string => `
from deephaven import time_table
from deephaven.time import dh_now
${name} = time_table("PT${CYCLE_MS / 1000}S", start_time=dh_now().plusSeconds(${startInSeconds})).update(["I = ii"]).head(${TICKS})
${name}_window = ${name}.update(["S = \`s\` + I"]).tail(40)
${name}_mixed = ${name}.update(["K = I % 37", "V = I * 10"]).last_by("K").where("I % 3 != 0").sort_descending("V")
`;
    await session.runScript(script('warm', 3600));
    await session.runScript(script('fast', 5));
    const window = await session.openTable('fast_window');
    const mixed = await session.openTable('fast_mixed');
    const subs: Subscription[] = [];
    const interval = { updateIntervalMs: CYCLE_MS };
    try {
      // The table's newest tick, as a fast consumer sees it.
      let newest = -1;
      let serverUpdates = 0;
      subs.push(window.updates(interval).subscribe((u) => ((newest = Math.max(newest, maxOf(u, 'I'))), serverUpdates++)));

      // A blocking consumer of the window, coalesced by the SDK.
      // Its age: how old the newest row it is given is, when it is given it.
      const blocking = new Follower();
      const blockingAge: number[] = [];
      subs.push(
        window.updates({ ...interval, coalesce: true }).subscribe((u) => {
          blocking.check(u);
          if (u.size > 0) blockingAge.push(Date.now() - maxOf(u, 'Timestamp'));
          block(WORK_MS);
        }),
      );

      // An awaiting consumer of the mixed table (adds, removes, modifications, moves), through coalesceMap.
      const awaiting = new Follower();
      subs.push(
        mixed
          .updates(interval)
          .pipe(coalesceMap(async (u) => (awaiting.check(u), await sleep(WORK_MS))))
          .subscribe(),
      );

      // A coalesced viewport of the mixed table's first ten rows, checked against a model of the rows in view.
      const view = { updates: 0, errors: [] as string[], rows: [] as string[], last: undefined as ViewportUpdate | undefined };
      subs.push(
        mixed.viewport({ first: 0, last: 9 }, { ...interval, coalesce: true }).subscribe((v) => {
          view.updates++;
          const now = rowsOf(v.table);
          if (!v.isSnapshot) {
            const model = [...view.rows];
            for (const p of [...v.removed].reverse()) model.splice(p, 1);
            for (const p of v.added) model.splice(p, 0, now[p] as string);
            for (const p of v.modified) model[p] = now[p] as string;
            if (JSON.stringify(model) !== JSON.stringify(now) && view.errors.length < 5)
              view.errors.push(`update ${view.updates}: the model differs`);
          }
          view.rows = now;
          view.last = v;
          block(WORK_MS / 2);
        }),
      );

      // The control: every update kept, the work queued by concatMap.
      let received = 0;
      let processed = 0;
      let maxQueue = 0;
      let controlAge = 0;
      subs.push(
        mixed
          .updates(interval)
          .pipe(
            tap(() => {
              received++;
              maxQueue = Math.max(maxQueue, received - processed);
            }),
            concatMap(async (u) => {
              if (u.size > 0) controlAge = Date.now() - maxOf(u, 'Timestamp');
              await sleep(WORK_MS);
              processed++;
            }),
          )
          .subscribe(),
      );

      // Every subscription is open before the first tick (the table starts ticking 5 s after the script; a viewport
      // of an empty table emits once it has rows).
      await expect
        .poll(() => [serverUpdates, blocking.updates, awaiting.updates, received].every((n) => n > 0), { timeout: 15_000 })
        .toBe(true);
      expect(newest, 'the table ticked before the subscriptions were open (a very loaded machine?)').toBe(-1);
      // Wait for the ticking to start, then sample the heap while it ticks.
      await expect.poll(() => newest, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(0);
      await sleep(2000);
      const heapEarly = heapMb();
      await expect.poll(() => newest, { timeout: 30_000, interval: 200 }).toBe(TICKS - 1);
      const heapLate = heapMb();
      const queueAtEnd = received - processed;
      subs.pop()?.unsubscribe(); // the control would need another ~40 s to drain

      // Ticking has stopped: the coalesced consumers catch up and end on the table's state.
      const windowSnapshot = rowsOf(await window.toArrow());
      const mixedSnapshot = rowsOf(await mixed.toArrow());
      await expect.poll(() => JSON.stringify(blocking.model), { timeout: 20_000 }).toBe(JSON.stringify(windowSnapshot));
      await expect.poll(() => JSON.stringify(awaiting.model), { timeout: 20_000 }).toBe(JSON.stringify(mixedSnapshot));
      await expect.poll(() => JSON.stringify(view.rows), { timeout: 20_000 }).toBe(JSON.stringify(mixedSnapshot.slice(0, 10)));

      const figures = {
        serverUpdates,
        blocking: { deliveries: blocking.updates, maxAgeMs: Math.round(Math.max(...blockingAge)) },
        awaiting: { deliveries: awaiting.updates },
        viewport: { deliveries: view.updates },
        control: { received, processed, maxQueue, queueAtEnd, ageAtEndMs: Math.round(controlAge) },
        heapMb: { early: Number(heapEarly.toFixed(1)), late: Number(heapLate.toFixed(1)) },
      };
      console.log(`[slow-consumer] ${JSON.stringify(figures)}`);

      expect(blocking.summary()).toMatchObject({ errors: [], failure: null, snapshots: 1 });
      expect(awaiting.summary()).toMatchObject({ errors: [], failure: null, snapshots: 1 });
      expect(view.errors).toEqual([]);
      expect(serverUpdates).toBeGreaterThan(40);
      // 200 ms of work per delivery: about five deliveries a second, whatever the table does.
      expect(blocking.updates).toBeLessThan(serverUpdates / 2);
      expect(awaiting.updates).toBeLessThan(serverUpdates / 2);
      // Bounded: a coalesced consumer is never given data older than a few deliveries' worth of work (one is 200 ms;
      // allow for a loaded machine), while the control's queue and the age of what it works on grew with time.
      expect(figures.blocking.maxAgeMs).toBeLessThan(2000);
      expect(maxQueue).toBeGreaterThan(30);
      expect(controlAge).toBeGreaterThan(5000);
    } finally {
      for (const s of subs) s.unsubscribe();
      await Promise.all([window.close(), mixed.close()]);
    }
  });
});
