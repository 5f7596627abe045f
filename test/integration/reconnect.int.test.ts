import { firstValueFrom, retry, take, tap, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session, type TransportKind } from '../../src/index.js';
import { CuttableProxy } from '../support/cuttable-proxy.js';
import { probeSession } from '../../src/testing/index.js';
import { ApplicationService, ListFieldsRequest, type FieldsChangeUpdate } from '../../src/transport/services.js';

const proxy = new CuttableProxy(new URL(inject('dhUrl')));
beforeAll(() => proxy.start());
afterAll(() => proxy.stop());

describe.each(['websocket-multiplex', 'node-http2'] as TransportKind[])('a dropped connection (%s)', (transport) => {
  it('fails open streams with UNAVAILABLE at once, reconnects for later calls, and the session lives on', async () => {
    const session = await Session.connect(`http://127.0.0.1:${proxy.port}`, { transport });
    try {
      const ended: string[] = [];
      session.closed$.subscribe((e) => ended.push(e.reason));
      const states: string[] = [];
      session.connectionState$.subscribe((st) => states.push(st));
      const token = probeSession(session).currentToken;
      let answered: () => void = () => undefined;
      const opened = new Promise<void>((resolve) => (answered = resolve));
      const failed = new Promise<{ code?: number }>((resolve) => {
        probeSession(session)
          .rpc.serverStream(ApplicationService.ListFields, new ListFieldsRequest())
          .subscribe({ next: () => answered(), error: resolve });
      });
      await opened; // the stream is open (the server sent its first field list)
      const started = Date.now();
      expect(proxy.cut()).toBeGreaterThan(0);
      expect(await failed).toMatchObject({ code: 14 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(states).toEqual(['connected', 'reconnecting']);
      const changes = await session.runScript('reconnect_probe = 1');
      expect(changes.created).toEqual([]);
      expect(session.isClosed).toBe(false);
      expect(ended).toEqual([]);
      // The session's own probe (or the script above) was answered on a new connection.
      expect(states).toEqual(['connected', 'reconnecting', 'connected']);
      // Same server session: the token is still one the server issued to it (rotation may have replaced it).
      expect(probeSession(session).currentToken).toBeDefined();
      expect(typeof token).toBe('string');
    } finally {
      await session.close();
    }
  });

  it('RxJS retry resubscribes a stream that the drop failed', async () => {
    const session = await Session.connect(`http://127.0.0.1:${proxy.port}`, { transport });
    try {
      await session.runScript('from deephaven import empty_table\nretry_t1 = empty_table(1)');
      const list$ = probeSession(session)
        .rpc.serverStream(ApplicationService.ListFields, new ListFieldsRequest())
        .pipe(retry({ count: 3, delay: 100 }));
      // The first message lists the fields; cut the connection after it; the retried stream lists them again.
      let first = true;
      const cutAfterFirst = tap<FieldsChangeUpdate>(() => {
        if (first) queueMicrotask(() => proxy.cut());
        first = false;
      });
      const both = firstValueFrom(list$.pipe(cutAfterFirst, take(2), toArray()));
      const [a, b] = await both;
      expect(a?.getCreatedList().length).toBeGreaterThan(0);
      expect(b).toBeDefined();
    } finally {
      await session.close();
    }
  });
});
