// Nothing left behind on the server: calls that fail after the SDK claimed an export ticket (a fetch of a missing
// name, openTable or fetchTable of one, calls aborted mid-way) leave no export. Counted with the server's own
// SessionState.numExports() (test/soak/server-stats.ts), before and after. A failed table operation is the one
// exception: the server (42.7) keeps a failed export until the session ends and ignores its release.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Code, ScopeTicket, Session, SharedTicket, type Table } from '../../src/index.js';
import { probeSession } from '../../src/testing/index.js';
import { readServerStats, settleServerStats } from '../soak/server-stats.js';

/**
 * Failures of each kind: 30 in `npm test` (seconds); `npm run test:leftovers` runs the 1,000 of each
 * (`DH_LEFTOVERS_EACH`), minutes on a busy machine.
 */
const EACH = Number(process.env['DH_LEFTOVERS_EACH'] ?? '30');
/** Calls of one kind under way at once. */
const AT_ONCE = 50;
/** Time for one kind: the server finishes aborted calls (then the SDK releases their exports) at its own pace. */
const KIND_TIMEOUT_MS = Math.max(60_000, EACH * 200);
const SETTLE_MS = Math.max(30_000, EACH * 100);

let session: Session;
let monitor: Session;
let source: Table;

beforeAll(async () => {
  [session, monitor] = await Promise.all([Session.connect(inject('dhUrl')), Session.connect(inject('dhUrl'))]);
  source = await session.emptyTable(10);
  await session.runScript('from deephaven import empty_table\ndhrx_present = empty_table(5)\ndhrx_not_a_table = 42');
  // The formulas of the aborted calls, compiled once up front (the server caches them), so that those calls finish soon.
  await (await session.query(source).update(['Y = i * 2']).where(['Y > 2']).exec()).close();
});
afterAll(async () => {
  await Promise.all([session?.close(), monitor?.close()]);
});

/** Runs `fail` `EACH` times, `AT_ONCE` at a time; each must reject. */
async function failMany(fail: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  let fulfilled = 0;
  const lane = async (): Promise<void> => {
    while (next < EACH) {
      const i = next++;
      await fail(i).then(
        () => fulfilled++,
        () => undefined,
      );
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, lane));
  expect(fulfilled, 'calls that were meant to fail succeeded').toBe(0);
}

/** Aborts a call once it is under way (its export ticket claimed), so that the server may or may not have made it. */
async function aborted(call: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
  const controller = new AbortController();
  const pending = call(controller.signal);
  await Promise.resolve();
  controller.abort();
  return pending;
}

describe('failed and aborted calls leave no export on the server', () => {
  it.each([
    ['fetch of a missing scope name', (i: number) => session.fetch(ScopeTicket.scopeTicket(`dhrx_missing_${i}`))],
    ['fetch of a missing shared ticket', () => session.fetch(SharedTicket.randomTicket())],
    ['openTable of a missing name', (i: number) => session.openTable(`dhrx_missing_${i}`)],
    ['fetchTable of a missing name', (i: number) => session.fetchTable(ScopeTicket.scopeTicket(`dhrx_missing_${i}`))],
    ['fetchTable of an object that is not a table', () => session.fetchTable(ScopeTicket.scopeTicket('dhrx_not_a_table'))],
    ['an aborted update', () => aborted((signal) => source.update(['Y = i * 2'], { signal }))],
    ['an aborted batch', () => aborted((signal) => session.query(source).update(['Y = i * 2']).where(['Y > 2']).exec({ signal }))],
    ['an aborted fetch', () => aborted((signal) => session.fetch(source, { signal }))],
    ['an aborted openTable', () => aborted((signal) => session.openTable('dhrx_present', { signal }))],
    ['an aborted openTable of a missing name', (i: number) => aborted((signal) => session.openTable(`dhrx_missing_${i}`, { signal }))],
  ] as const)('%s', { timeout: KIND_TIMEOUT_MS }, async (_what, fail) => {
    const before = await readServerStats(monitor);
    await failMany(fail);
    // An aborted call's export is released once its call has finished on the server.
    await vi.waitFor(() => expect(probeSession(session).heldExports).toBe(1), { timeout: SETTLE_MS }); // the source table
    const after = await settleServerStats(monitor, before, 10_000);
    expect(after.exports).toBe(before.exports);
  });

  it('a failed operation: the SDK holds nothing; the server keeps its failed export (42.7 releases only made exports)', {
    timeout: 2 * KIND_TIMEOUT_MS,
  }, async () => {
    const before = await readServerStats(monitor);
    await failMany((i) => source.update([`Y = no_such_column_${i} + 1`]));
    await failMany((i) =>
      session
        .query(source)
        .update(['Y = i'])
        .where([`no_such_${i} > 0`])
        .exec(),
    );
    expect(probeSession(session).heldExports).toBe(1);
    const after = await readServerStats(monitor);
    expect(after.exports).toBeLessThanOrEqual(before.exports + 2 * EACH);
  });

  it('the failures say what was missing', async () => {
    await expect(session.openTable('dhrx_missing')).rejects.toMatchObject({
      name: 'DeephavenError',
      code: Code.NotFound,
      message: /dhrx_missing/,
    });
    await expect(session.fetchTable(ScopeTicket.scopeTicket('dhrx_not_a_table'))).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message: /not a table/,
    });
    await expect(aborted((signal) => session.openTable('dhrx_present', { signal }))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
