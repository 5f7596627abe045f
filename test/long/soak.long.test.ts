// The soak for two minutes (the 30-minute run is `npm run soak`): three sessions each hold a live subscription, a
// moving viewport, an echo plugin stream at 20 messages/s and a fetch/publish/release loop against a server of its
// own with 60-second session tokens. SOAK_PORT picks that server's port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../server/server.mjs';
import { formatReport, runSoak } from '../soak/soak.js';
import { startSoakServer } from '../soak/soak-server.mjs';

describe('soak (2 minutes)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startSoakServer(process.env['SOAK_PORT'] ? { port: Number(process.env['SOAK_PORT']) } : {});
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps every sequence whole, the heap flat after 30 s, token refreshes going, and leaves nothing on the server', {
    timeout: 300_000,
  }, async () => {
    const report = await runSoak({ url: server.url, minutes: 2, warmupMinutes: 0.5, reportEveryMs: 30_000 });
    console.log(formatReport(report).join('\n'));
    expect(report.failures).toEqual([]);
    expect(report.totals.updates).toBeGreaterThan(0);
    expect(report.serverAfter).toEqual(report.serverBefore);
  });
});
