// Credentials never leak in Chromium: sessions with known secrets (the right and a wrong pre-shared key, a Basic
// password, a handler's token) on the browser transports go through success and failure paths (failing calls, a
// cancelled call, calls after close), and every error text (message, stack, cause chain, metadata, JSON), the
// session's String and JSON forms, the page's console, and every request URL are searched for them; credentials go
// to the session's origin only.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openHarness } from './harness-page.js';

let browser: Browser;
let page: Page;
const consoleLines: string[] = [];
const requests: { url: string; authorization: string | undefined }[] = [];

beforeAll(async () => {
  ({ browser, page } = await openHarness());
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers()['authorization'] }));
});

afterAll(async () => {
  await browser?.close();
});

const nonce = Math.random().toString(36).slice(2, 10);
const secrets: Record<string, string> = {
  wrongKey: `wrong-key-${nonce}`,
  password: `pass-word-${nonce}`,
  token: `handler-token-${nonce}`,
  basic: Buffer.from(`ana:pass-word-${nonce}`).toString('base64'),
};
const psk = inject('dhPsk');
if (psk !== '') secrets['psk'] = psk;

type Auth = { type: string; key?: string; username?: string; password?: string; token?: string };

/** In the page: connects with `auth`, and on success fails calls, cancels one, closes, calls after close. */
function exercise(url: string, auth: Auth, nonce: string): Promise<{ connected: boolean; texts: string[] }> {
  return page.evaluate(
    async ([url, auth, nonce]) => {
      const { Session, DeephavenError } = window.dhrx;
      const texts: string[] = [];
      const describe = (v: unknown, depth = 0): void => {
        if (depth > 5 || v === undefined) return;
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the check is that no printing of it shows the key
        texts.push(String(v));
        try {
          texts.push(JSON.stringify(v) ?? '');
        } catch {
          // a cycle
        }
        if (v instanceof Error) {
          texts.push(v.message, v.stack ?? '');
          if (v instanceof DeephavenError) texts.push(JSON.stringify(v.metadata));
          describe(v.cause, depth + 1);
        }
      };
      const fails = async (f: () => Promise<unknown>): Promise<void> => {
        await f().then(
          () => texts.push('unexpectedly succeeded'),
          (e: unknown) => describe(e),
        );
      };
      let session;
      try {
        session = await Session.connect(url, { auth: auth as never });
      } catch (e) {
        describe(e);
        return { connected: false, texts };
      }
      await fails(() => session.openTable(`no_such_${nonce}`));
      await fails(() => session.runScript('raise Exception("boom")'));
      const controller = new AbortController();
      const slow = fails(() => session.runScript('import time\ntime.sleep(3)', { signal: controller.signal }));
      setTimeout(() => controller.abort(), 200);
      await slow;
      describe(session);
      await session.close();
      describe(session);
      await fails(() => session.openTable('x'));
      await fails(() => session.runScript('y = 2'));
      return { connected: true, texts };
    },
    [url, auth, nonce] as const,
  );
}

const targets = [
  ['websocket-multiplex (http://)', inject('dhUrl')],
  ['grpc-web-fetch over HTTP/2 (https://)', inject('dhUrlTls')],
] as const;

describe('credentials in Chromium', () => {
  const texts: { where: string; text: string }[] = [];

  afterAll(() => {
    const leaks: string[] = [];
    const all = [
      ...texts,
      ...consoleLines.map((text) => ({ where: 'console', text })),
      ...requests.map((r) => ({ where: 'request URL', text: r.url })),
    ];
    for (const { where, text } of all) {
      for (const [name, secret] of Object.entries(secrets))
        if (text.includes(secret)) leaks.push(`${name} in ${where}: ${text.slice(0, 300)}`);
      if (where !== 'request URL' && /Bearer [\w-]/.test(text)) leaks.push(`a Bearer token in ${where}: ${text.slice(0, 300)}`);
    }
    expect(leaks).toEqual([]);
    // Credentials travel only to the servers' origins (the page's own origin gets none).
    const servers = new Set(targets.filter(([, u]) => u !== '').map(([, u]) => new URL(u).origin));
    for (const r of requests) if (r.authorization !== undefined) expect(servers).toContain(new URL(r.url).origin);
    expect(texts.length).toBeGreaterThan(20);
  });

  it.each(targets)(
    '%s: right and wrong credentials, failing and cancelled calls, calls after close',
    { timeout: 120_000 },
    async (name, url) => {
      if (url === '') return; // DH_ONLY_MAIN: no TLS server in this run
      // The default server takes the pre-shared key; the TLS one is anonymous only, so the key is refused there.
      const main = url === inject('dhUrl');
      const auths: [Auth, boolean][] = [
        ...(psk === '' ? [] : [[{ type: 'psk', key: psk }, main] as [Auth, boolean]]),
        ...(main ? [] : [[{ type: 'anonymous' }, true] as [Auth, boolean]]),
        [{ type: 'psk', key: secrets['wrongKey'] as string }, false],
        [{ type: 'basic', username: 'ana', password: secrets['password'] as string }, false],
        [{ type: 'io.example.NoSuchHandler', token: secrets['token'] as string }, false],
      ];
      for (const [auth, accepted] of auths) {
        const r = await exercise(url, auth, nonce);
        expect(r.connected, `${name} ${auth.type}`).toBe(accepted);
        for (const text of r.texts) texts.push({ where: `${name} ${auth.type}`, text });
      }
    },
  );
});
