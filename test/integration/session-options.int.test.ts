// Session options pydeephaven has, against the real server: extra headers reach the server on every call (seen by a
// recording proxy in front of it: HTTP/2 for node-http2, a websocket reader for websocket-multiplex, whose calls
// carry their headers inside the socket), and the console's script language (sessionType).
import { tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Code, DeephavenError, Session } from '../../src/index.js';
import { HeaderRecordingProxy } from '../support/header-proxy.js';
import { WebSocketTap } from '../support/websocket-tap.js';

const url = inject('dhUrl');

describe('extraHeaders', () => {
  let proxy: HeaderRecordingProxy;

  beforeAll(async () => {
    proxy = new HeaderRecordingProxy(new URL(url), 'h2');
    await proxy.start();
  });

  afterAll(async () => {
    await proxy?.stop();
  });

  it('are sent with every call of a session over node-http2: unary calls, server and client streams, and the goodbye', async () => {
    const extraHeaders = { 'x-dhrx-tenant': 'blue', 'x-dhrx-trace': 'abc-123' };
    const session = await Session.connect(proxy.url, { transport: 'node-http2', extraHeaders });
    const table = await session.emptyTable(5).then((t) => t.update('X = i * 2'));
    const batched = await session.query(table).where('X > 2').head(2).exec();
    expect((await batched.toArrow()).numRows).toBe(2);
    await session.runScript('from deephaven import empty_table\nso_t = empty_table(3)');
    const uploaded = await session.importTable(tableFromArrays({ A: Int32Array.from([1, 2, 3]) }));
    expect(uploaded.size).toBe(3);
    await Promise.all([table.close(), batched.close(), uploaded.close()]);
    await session.close();

    const calls = proxy.grpcCalls();
    const methods = new Set(calls.map((c) => c.path.slice(1)));
    // Unary (configuration, table operations, console), server streams (Batch, DoGet), a client stream (DoPut) and
    // the goodbye (CloseSession).
    for (const m of [
      'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants',
      'io.deephaven.proto.backplane.grpc.TableService/EmptyTable',
      'io.deephaven.proto.backplane.grpc.TableService/Update',
      'io.deephaven.proto.backplane.grpc.TableService/Batch',
      'arrow.flight.protocol.FlightService/DoGet',
      'arrow.flight.protocol.FlightService/DoPut',
      'io.deephaven.proto.backplane.script.grpc.ConsoleService/ExecuteCommand',
      'io.deephaven.proto.backplane.grpc.SessionService/CloseSession',
    ]) {
      expect(methods, m).toContain(m);
    }
    const without = calls.filter((c) => c.headers['x-dhrx-tenant'] !== 'blue' || c.headers['x-dhrx-trace'] !== 'abc-123');
    expect(without.map((c) => c.path)).toEqual([]);
    expect(calls.every((c) => c.httpVersion === '2.0')).toBe(true);
  });

  it('are sent with every call of a session over websocket-multiplex, inside the socket', async () => {
    const tap = new WebSocketTap(new URL(url));
    await tap.start();
    try {
      const session = await Session.connect(tap.url, { transport: 'websocket-multiplex', extraHeaders: { 'x-dhrx-tenant': 'green' } });
      const t = await session.emptyTable(5).then((e) => e.head(3));
      const q = await session.query(t).head(2).exec();
      expect((await q.toArrow()).numRows).toBe(2);
      await session.runScript('from deephaven import empty_table\nso_ws = empty_table(1)');
      await Promise.all([t.close(), q.close()]);
      await session.close();
      const methods = new Set(tap.calls.map((c) => c.path)); // the multiplex protocol's paths have no leading slash
      for (const m of [
        'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants',
        'io.deephaven.proto.backplane.grpc.TableService/EmptyTable',
        'io.deephaven.proto.backplane.grpc.TableService/Batch',
        'arrow.flight.protocol.FlightService/DoGet',
        'io.deephaven.proto.backplane.script.grpc.ConsoleService/ExecuteCommand',
        'io.deephaven.proto.backplane.grpc.SessionService/CloseSession',
      ]) {
        expect(methods, m).toContain(m);
      }
      expect(tap.calls.filter((c) => c.headers['x-dhrx-tenant'] !== 'green').map((c) => c.path)).toEqual([]);
    } finally {
      await tap.stop();
    }
  });

  it('cannot set authorization, and take string values only, without line breaks (no header injection)', async () => {
    for (const extraHeaders of [{ authorization: 'Bearer x' }, { 'x-n': 1 as unknown as string }, { 'x-a': 'v\r\nx-injected: 1' }]) {
      const err = await Session.connect(url, { extraHeaders }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeephavenError);
      expect((err as DeephavenError).code).toBe(Code.InvalidArgument);
    }
  });
});

describe('sessionType', () => {
  // A server started from PyPI (deephaven-server) is a Python server: its console offers only Python. Asking it for a
  // Groovy console (-Ddeephaven.console.type=groovy) makes the embedded server fail at start: the Groovy session's
  // init scripts ask for the default business calendar before the embedded server has loaded any ("No such
  // calendar: UTC"). So Groovy is proven here as what it is on such a server: refused, with the cause named.
  it("'python' runs Python; 'groovy' on a Python-only server fails naming the cause, and the session keeps working", async () => {
    const python = await Session.connect(url, { sessionType: 'python' });
    const groovy = await Session.connect(url, { sessionType: 'groovy' });
    try {
      const changes = await python.runScript('from deephaven import empty_table\nst_py = empty_table(2)');
      expect(changes.created.map((f) => f.name)).toEqual(['st_py']);

      const err = await groovy.runScript('st_groovy = emptyTable(2)').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeephavenError);
      expect((err as DeephavenError).code).toBe(Code.FailedPrecondition);
      expect((err as DeephavenError).message).toMatch(/no groovy console.*offers: python/);
      // Only the console was refused: the session itself still works.
      const t = await groovy.emptyTable(1);
      expect(t.size).toBe(1);
      await t.close();
    } finally {
      await Promise.all([python.close(), groovy.close()]);
    }
  });

  it('takes only python or groovy', async () => {
    const err = await Session.connect(url, { sessionType: 'scala' as 'python' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeephavenError);
    expect((err as DeephavenError).message).toMatch(/sessionType takes 'python' or 'groovy'/);
  });
});
