// The transport conformance scenarios: the same code runs in Node (integration layer) and in Chromium (browser
// layer, through the harness page), once per transport, against real servers. Each returns plain JSON for the
// test to assert on. They make raw calls through the testing entry's session probe where the public API does not
// reach.
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { Session, type Auth, type NodeTlsOptions, type TransportChoice, DeephavenError, ScopeTicket } from '../../src/index.js';
import { typedTicketPb } from '../../src/services/tickets.js';
import { probeSession } from '../../src/testing/index.js';
import type { BidiStream } from '../../src/transport/calls.js';
import {
  ApplicationService,
  ClientData,
  ConfigService,
  ConfigurationConstantsRequest,
  ConnectRequest,
  ListFieldsRequest,
  ObjectService,
  StreamRequest,
  StreamResponse,
} from '../../src/transport/services.js';

/** Where and how a scenario connects. */
export interface Target {
  readonly url: string;
  readonly transport: TransportChoice;
  readonly auth?: Auth;
  readonly tls?: NodeTlsOptions;
}

/** Connects a session as the target says. */
export function connect(t: Target, auth?: Auth): Promise<Session> {
  return Session.connect(t.url, {
    transport: t.transport,
    ...((auth ?? t.auth) ? { auth: (auth ?? t.auth) as Auth } : {}),
    ...(t.tls ? { tls: t.tls } : {}),
  });
}

function failure(e: unknown): { name: string; code: number; message: string } {
  const err = DeephavenError.from(e);
  return { name: err.name, code: err.code, message: err.message };
}

/** Connects, reads the version, closes. */
export async function connectInfo(t: Target): Promise<{ version: string | undefined; transport: string }> {
  const s = await connect(t);
  try {
    return { version: s.serverVersion, transport: s.transport };
  } finally {
    await s.close();
  }
}

/** Connects with the given auth; the error as plain data if it fails. */
export async function tryAuth(t: Target, auth: Auth): Promise<{ ok: true } | { ok: false; name: string; code: number; message: string }> {
  try {
    const s = await connect(t, auth);
    await s.close();
    return { ok: true };
  } catch (e) {
    return { ok: false, ...failure(e) };
  }
}

/** `n` unary calls at once on one session. */
export async function concurrentCalls(t: Target, n: number): Promise<{ ok: number; distinctTokens: number }> {
  const s = await connect(t);
  try {
    const rpc = probeSession(s).rpc;
    const results = await Promise.all(
      Array.from({ length: n }, () => rpc.unary(ConfigService.GetConfigurationConstants, new ConfigurationConstantsRequest())),
    );
    return { ok: results.filter((r) => r.getConfigValuesMap().getLength() > 0).length, distinctTokens: 1 };
  } finally {
    await s.close();
  }
}

/** Opens ListFields (a stream that never ends by itself), takes the first message, cancels; the session goes on. */
export async function cancelServerStream(t: Target): Promise<{ fields: number; healthyAfter: boolean; elapsedMs: number }> {
  const s = await connect(t);
  try {
    await s.runScript('from deephaven import empty_table\nconf_cancel_t = empty_table(1)');
    const started = Date.now();
    const first = await firstValueFrom(probeSession(s).rpc.serverStream(ApplicationService.ListFields, new ListFieldsRequest()));
    const elapsedMs = Date.now() - started;
    const after = await s.runScript('conf_cancel_t2 = conf_cancel_t');
    return { fields: first.getCreatedList().length, healthyAfter: after.created.length === 1, elapsedMs };
  } finally {
    await s.close();
  }
}

function echoRequest(payload: string): StreamRequest {
  const data = new ClientData();
  data.setPayload(new TextEncoder().encode(payload));
  const req = new StreamRequest();
  req.setData(data);
  return req;
}

/** A bidirectional stream to the fixture Echo plugin: `n` messages out, `n` echoes back in order, half-close. */
export async function bidiEcho(
  t: Target,
  n: number,
): Promise<{ first: string; echoed: number; inOrder: boolean; completed: boolean; closedOnServer: boolean }> {
  const s = await connect(t);
  try {
    const name = `conf_echo_${Math.random().toString(36).slice(2, 8)}`;
    await s.runScript(`from dhrx_echo import Echo\n${name} = Echo()`);
    const before = await echoStats(s, name);
    const stream = openEcho(s, name);
    const decoder = new TextDecoder();
    const received: string[] = [];
    let completed = false;
    const all = new Promise<void>((resolve, reject) => {
      stream.responses$.subscribe({
        next: (r: StreamResponse) => {
          received.push(decoder.decode(r.getData()?.getPayload_asU8() ?? new Uint8Array()));
          if (received.length === 1) {
            for (let i = 0; i < n; i++) stream.send(echoRequest(`m${i}`));
            stream.end();
          }
        },
        error: reject,
        complete: () => {
          completed = true;
          resolve();
        },
      });
    });
    await all;
    const echoes = received.slice(1);
    const inOrder = echoes.length === n && echoes.every((m, i) => m === `m${i}`);
    const after = await waitFor(
      () => echoStats(s, name),
      (st) => st.closed > before.closed,
      10_000,
    );
    return { first: received[0] ?? '', echoed: echoes.length, inOrder, completed, closedOnServer: after.closed > before.closed };
  } finally {
    await s.close();
  }
}

/** A raw MessageStream to the Echo object `name`, its ConnectRequest sent (on any transport). */
function openEcho(s: Session, name: string): BidiStream<StreamRequest, StreamResponse> {
  const stream = probeSession(s).rpc.bidi(ObjectService.MessageStream, {
    open: ObjectService.OpenMessageStream,
    next: ObjectService.NextMessageStream,
    empty: () => new StreamRequest(),
  });
  const connectReq = new StreamRequest();
  const c = new ConnectRequest();
  c.setSourceId(typedTicketPb('deephaven-rx.Echo', ScopeTicket.scopeTicket(name)));
  connectReq.setConnect(c);
  stream.send(connectReq);
  return stream;
}

/** The Echo plugin's connection counts, asked over a fresh stream (which itself opens and closes once). */
async function echoStats(s: Session, name: string): Promise<{ open: number; closed: number }> {
  const stream = openEcho(s, name);
  stream.send(echoRequest('stats'));
  stream.end();
  const replies = await lastValueFrom(stream.responses$.pipe(toArray()));
  const text = new TextDecoder().decode(replies[1]?.getData()?.getPayload_asU8() ?? new Uint8Array());
  const counts = JSON.parse(text) as { open: number; closed: number };
  // This stats stream itself is counted as open while it answers; report the others.
  return { open: counts.open - 1, closed: counts.closed };
}

async function waitFor<T>(get: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  let v = await get();
  while (!done(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    v = await get();
  }
  return v;
}

/** Closing the session completes its open streams; later calls fail with SessionClosedError. */
export async function closeCompletesStreams(
  t: Target,
): Promise<{ streamCompleted: boolean; after: { name: string; code: number; message: string } | null }> {
  const s = await connect(t);
  const events: string[] = [];
  let answered: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (answered = resolve));
  const done = new Promise<void>((resolve) => {
    probeSession(s)
      .rpc.serverStream(ApplicationService.ListFields, new ListFieldsRequest())
      .subscribe({
        next: () => {
          events.push('next');
          answered();
        },
        error: () => {
          events.push('error');
          resolve();
        },
        complete: () => {
          events.push('complete');
          resolve();
        },
      });
  });
  await opened; // the stream is open (the server sent its first field list)
  await s.close();
  await done;
  const after = await s.runScript('x = 1').then(
    () => null,
    (e: unknown) => failure(e),
  );
  return { streamCompleted: events.at(-1) === 'complete', after };
}

/** A session left idle for `idleMs` (longer than the server's session duration) still works; its token rotated. */
export async function idleThenCall(t: Target, idleMs: number): Promise<{ works: boolean; rotated: boolean; durationMs: number }> {
  const s = await connect(t);
  try {
    const first = probeSession(s).currentToken;
    await new Promise((r) => setTimeout(r, idleMs));
    const changes = await s.runScript('conf_idle = 1');
    return {
      works: Array.isArray(changes.created),
      rotated: probeSession(s).currentToken !== first,
      durationMs: Number(s.configuration.get('http.session.durationMs')),
    };
  } finally {
    await s.close();
  }
}
