import { describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/surface.js';

const targets: [string, sc.Target][] = [
  ['websocket-multiplex', { url: inject('dhUrl'), transport: 'websocket-multiplex' }],
  ['node-http2 (h2c)', { url: inject('dhUrl'), transport: 'node-http2' }],
  ['node-http2 (h2, TLS)', { url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } }],
];

describe.each(targets)('plugin clients in Node over %s', (name, t) => {
  it('10,000 messages round-trip in order through the echo plugin; writes before the first answer are queued', {
    timeout: 60_000,
  }, async () => {
    if (t.url === '') return;
    const r = await sc.pluginEcho(t, 10_000);
    expect(r).toMatchObject({ first: 'ready', count: 10_000, inOrder: true, late: { codeName: 'FailedPrecondition' } });
    console.log(`[plugins] ${name}: 10,000 echoes in ${String(r['ms'])} ms (${String(r['perSecond'])}/s)`);
  });

  it('references sent to the plugin come back as Fetchables that resolve', async () => {
    if (t.url === '') return;
    expect(await sc.pluginReferences(t)).toEqual({
      payload: 'with refs',
      refTypes: ['Table'],
      refTicketNegative: true,
      values: [100, 101, 102, 103],
      held: 2, // the two tables made for the message; the echo client's export and the reference were released
    });
  });

  it('50 plugin clients open at once on one session', async () => {
    if (t.url === '') return;
    expect(await sc.manyPluginClients(t, 50)).toEqual({ ok: 50 });
  });

  it('unsubscribing keeps the stream (late subscribers see every message); close(), the server and session.close() end it; a failing plugin errors the stream; no export left', {
    timeout: 60_000,
  }, async () => {
    if (t.url === '') return;
    const r = await sc.pluginClosing(t);
    expect(r).toMatchObject({
      unsubscribed: true,
      keptAfterUnsubscribe: ['ready', 'after'],
      writeAfterUnsubscribe: { codeName: 'FailedPrecondition' },
      closed: true,
      serverClosedMessages: 1,
      pluginFailure: { name: 'DeephavenError' },
      endedAs: 'completed',
      sessionCloseSeen: true,
    });
    expect(r['exportsAfter']).toBe(r['exportsBefore']);
  });
});
