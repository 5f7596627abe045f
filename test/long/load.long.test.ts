// Load: 100 sessions from this one process at once, each doing 100 fetch/release cycles while it holds a live
// subscription; all succeed and the server is back to its own counts of sessions and exports afterwards.
import { describe, expect, inject, it } from 'vitest';
import { runLoad } from '../soak/load.js';
import { mb } from '../soak/metrics.js';

describe('load', () => {
  it('100 sessions × 100 fetch/release cycles and a live subscription each, at once; nothing left on the server', {
    timeout: 180_000,
  }, async () => {
    const r = await runLoad({ url: inject('dhUrl'), sessions: 100, cycles: 100 });
    console.log(
      `[load] ${r.succeeded}/${r.sessions} sessions × ${r.cycles} cycles in ${(r.totalMs / 1000).toFixed(1)} s ` +
        `(connect ${(r.connectMs / 1000).toFixed(1)} s, cycles ${(r.cyclesMs / 1000).toFixed(1)} s: ${r.callsPerSecond.toFixed(0)} calls/s); ` +
        `${r.updates} live updates; peak heap ${mb(r.peakHeapBytes)}; server sessions/exports ${r.serverBefore.sessions}/${r.serverBefore.exports} ` +
        `before, ${r.serverDuring.sessions}/${r.serverDuring.exports} at the end of the load, ${r.serverAfter.sessions}/${r.serverAfter.exports} after; ` +
        `failures ${r.failures.length}${r.failures.length > 0 ? `: ${r.failures.slice(0, 3).join('; ')}` : ''}`,
    );
    expect(r.failures).toEqual([]);
    expect(r.succeeded).toBe(100);
    // Sessions other test files left open may expire meanwhile, so the counts may end below the start, never above.
    expect(r.serverAfter.sessions).toBeLessThanOrEqual(r.serverBefore.sessions);
    expect(r.serverAfter.exports).toBeLessThanOrEqual(r.serverBefore.exports);
  });
});
