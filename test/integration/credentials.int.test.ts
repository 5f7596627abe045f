// Credentials never leak: real sessions with known secrets (a pre-shared key, a Basic password, a handler's token,
// and the session's own Bearer token, found by its form) go through success and failure paths (wrong key, server gone, cancelled call,
// TLS failures, calls after close), and every error (message, stack, cause chain, metadata), console line, inspected
// or serialised session and error, and request URL they produce is searched for the secrets.
import { readFileSync } from 'node:fs';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { Code, DeephavenError, PSK_HANDLER, Session, type SessionOptions, type TransportKind } from '../../src/index.js';
import { freePort } from '../server/server.mjs';
import { selfSignedCertificate } from '../server/tls.mjs';

const url = inject('dhUrl');
const psk = inject('dhPsk');
const tlsUrl = inject('dhUrlTls');
const tlsCert = inject('tlsCert');
const nonce = Math.random().toString(36).slice(2, 10);
const secrets = {
  wrongKey: `wrong-key-${nonce}`,
  password: `pass-word-${nonce}`,
  token: `handler-token-${nonce}`,
  basic: Buffer.from(`ana:pass-word-${nonce}`).toString('base64'),
} as Record<string, string>;
if (psk !== '') secrets['psk'] = psk;

/** Everything the tests produced that a person or a log could see. */
const seen: { where: string; text: string }[] = [];
const consoleLines: string[] = [];
const requestUrls: string[] = [];

function record(where: string, value: unknown): void {
  seen.push({ where, text: String(value) });
  seen.push({ where: `${where} (inspect)`, text: inspect(value, { depth: 8, showHidden: true, getters: true }) });
  try {
    seen.push({ where: `${where} (JSON)`, text: JSON.stringify(value) ?? '' });
  } catch {
    // a cycle: inspect covered it
  }
  if (value instanceof Error) {
    seen.push({ where: `${where} (stack)`, text: value.stack ?? '' });
    if (value instanceof DeephavenError) seen.push({ where: `${where} (metadata)`, text: JSON.stringify(value.metadata) });
    if (value.cause !== undefined) record(`${where} → cause`, value.cause);
  }
}

async function failure(where: string, f: () => Promise<unknown>): Promise<unknown> {
  const e = await f().then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, `${where} fails`).toBeDefined();
  record(where, e);
  return e;
}

const realFetch = globalThis.fetch;
beforeEach(() => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6 }))).join(' '));
      original(...args);
    });
  }
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    requestUrls.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  globalThis.fetch = realFetch;
});

const transports: TransportKind[] = ['websocket-multiplex', 'node-http2', 'grpc-web-fetch'];
/** The origins sessions were opened to: the only ones any request may go to. */
const origins = new Set([new URL(url).origin]);
const connectWith = (transport: TransportKind, options: SessionOptions, to = url): Promise<Session> => {
  origins.add(new URL(to).origin);
  return Session.connect(to, { transport, connectTimeoutMs: 20_000, ...options });
};

describe('credentials never appear in errors, logs, inspected objects or URLs', () => {
  afterAll(() => {
    // The search, over everything every test produced.
    const values = Object.entries(secrets);
    expect(values.length).toBeGreaterThanOrEqual(4);
    const leaks: string[] = [];
    for (const { where, text } of [
      ...seen,
      ...consoleLines.map((text) => ({ where: 'console', text })),
      ...requestUrls.map((text) => ({ where: 'request URL', text })),
    ])
      for (const [name, secret] of values) if (text.includes(secret)) leaks.push(`${name} in ${where}: ${text.slice(0, 300)}`);
    // The session's own token, whatever it is: the server sends it back as `authorization: Bearer <token>`.
    for (const { where, text } of seen) if (/Bearer [\w-]/.test(text)) leaks.push(`a Bearer token in ${where}: ${text.slice(0, 300)}`);
    expect(leaks).toEqual([]);
    expect(seen.length).toBeGreaterThan(40);
    for (const u of requestUrls) expect(origins).toContain(new URL(u).origin);
    expect(requestUrls.length).toBeGreaterThan(0);
  });

  it.each(transports)(
    '%s: a session with the pre-shared key, a failing call, the session inspected, calls after close',
    { timeout: 90_000 },
    async (transport) => {
      if (psk === '') return; // a server without a key (DH_URL without DH_PSK)
      if (transport === 'grpc-web-fetch') {
        // Node's fetch speaks HTTP/1.1, where the server does not see credentials: the failure is the path tested.
        const e = await failure(`${transport} connect`, () => connectWith(transport, { auth: { type: 'psk', key: psk } }));
        expect(e).toBeInstanceOf(DeephavenError);
        return;
      }
      const session = await connectWith(transport, { auth: { type: 'psk', key: psk } });
      await session.runScript(`x_${nonce} = 1`);
      await failure(`${transport} openTable of a missing table`, () => session.openTable(`no_such_${nonce}`));
      await failure(`${transport} a failing script`, () => session.runScript('raise Exception("boom")'));
      const controller = new AbortController();
      const slow = failure(`${transport} a cancelled call`, () =>
        session.runScript('import time\ntime.sleep(3)', { signal: controller.signal }),
      );
      setTimeout(() => controller.abort(), 200);
      await slow;
      record(`${transport} session`, session);
      await session.close();
      record(`${transport} closed session`, session);
      await failure(`${transport} openTable after close`, () => session.openTable(`x_${nonce}`));
      await failure(`${transport} runScript after close`, () => session.runScript('y = 2'));
    },
  );

  it.each(transports)(
    '%s: wrong key, Basic and handler-token credentials are refused without being repeated',
    { timeout: 90_000 },
    async (transport) => {
      const refused: NonNullable<SessionOptions['auth']>[] = [
        { type: 'psk', key: secrets['wrongKey'] as string },
        { type: 'basic', username: 'ana', password: secrets['password'] as string },
        { type: 'io.example.NoSuchHandler', token: secrets['token'] as string },
        { type: 'custom', handler: 'io.example.NoSuchHandler', token: secrets['token'] as string },
      ];
      for (const auth of refused) {
        const e = await failure(`${transport} connect with ${auth.type}`, () => connectWith(transport, { auth }));
        expect(e).toBeInstanceOf(DeephavenError);
      }
    },
  );

  it("a custom handler by name: the pre-shared key through { type: 'custom', handler }; bad auth refused before any request", {
    timeout: 60_000,
  }, async () => {
    for (const bad of [{ type: 'psk' }, { type: 'custom', token: secrets['token'] }, { type: 'pks', key: secrets['wrongKey'] }]) {
      const before = requestUrls.length;
      const e = await failure(`connect with ${JSON.stringify(bad.type)}`, () => connectWith('grpc-web-fetch', { auth: bad as never }));
      expect(e).toMatchObject({ name: 'DeephavenError', code: Code.InvalidArgument });
      expect(requestUrls.length).toBe(before); // grpc-web-fetch's requests all go through fetch: none went out
    }
    if (psk === '') return; // a server without a key (DH_URL without DH_PSK)
    const session = await connectWith('websocket-multiplex', { auth: { type: 'custom', handler: PSK_HANDLER, token: psk } });
    expect(await session.tables()).toBeInstanceOf(Array);
    await session.close();
  });

  it.each(transports)('%s: a server that is gone', { timeout: 60_000 }, async (transport) => {
    const port = await freePort();
    const e = await failure(`${transport} connect to a closed port`, () =>
      connectWith(transport, { auth: { type: 'psk', key: secrets['wrongKey'] as string } }, `http://127.0.0.1:${port}`),
    );
    expect(e).toBeInstanceOf(DeephavenError);
  });

  it('credentials in the URL are refused without being repeated', async () => {
    const e = await failure('a URL with user:password@', () => Session.connect(`http://ana:${secrets['password']}@127.0.0.1:1`));
    expect((e as DeephavenError).rawMessage).toMatch(/must not carry credentials/);
  });

  describe('TLS', () => {
    let wrongName: TlsServer | undefined;
    afterAll(() => wrongName?.close());

    it('a self-signed certificate the client does not trust fails, naming the cause', { timeout: 60_000 }, async () => {
      if (tlsUrl === '') return; // DH_ONLY_MAIN: no TLS server in this run
      const e = await failure('TLS without the CA', () =>
        connectWith('node-http2', { auth: { type: 'psk', key: secrets['wrongKey'] as string } }, tlsUrl),
      );
      expect(e).toBeInstanceOf(DeephavenError);
      expect((e as DeephavenError).message).toMatch(/certificate verify failed: self[- ]signed certificate/);
      // With the CA it connects (so the failure above was the certificate's).
      const session = await connectWith('node-http2', { tls: { ca: tlsCert } }, tlsUrl);
      await session.close();
    });

    it('a certificate for another host name fails, naming the cause', { timeout: 60_000 }, async () => {
      const { certPath, keyPath, cert } = await selfSignedCertificate(); // for 127.0.0.1 and localhost only
      const server = createTlsServer({ key: readFileSync(keyPath), cert: readFileSync(certPath), ALPNProtocols: ['h2'] }, (s) => s.end());
      wrongName = server;
      const listening = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(0, '::1', () => resolve(true));
      });
      if (!listening) return; // no IPv6 loopback on this machine
      const { port } = server.address() as { port: number };
      const e = await failure('TLS with a certificate for another name', () =>
        connectWith(
          'node-http2',
          { auth: { type: 'psk', key: secrets['wrongKey'] as string }, tls: { ca: cert } },
          `https://[::1]:${port}`,
        ),
      );
      expect(e).toBeInstanceOf(DeephavenError);
      expect((e as DeephavenError).message).toMatch(
        /certificate verify failed: Hostname\/IP does not match certificate's altnames.*ERR_TLS_CERT_ALTNAME_INVALID/,
      );
    });
  });
});
