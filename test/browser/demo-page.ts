// Shared by the demo's browser tests: runs `npm run demo`'s script against the test server, and watches a page for
// what must never happen on it (Content-Security-Policy violations, dialogs).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A running demo server: its page URL (with `?server=`) and how to stop it. */
export interface Demo {
  readonly url: string;
  stop(): void;
}

/**
 * What the demo's suites (`test/browser/demo/*.ts`) share, made once by `test/browser/demo.browser.test.ts`: one demo
 * server and one Chromium; each suite opens its own pages.
 */
export interface DemoContext {
  readonly demo: Demo;
  readonly browser: Browser;
}

/** Starts demo/serve.mjs against the Deephaven server at `dhUrl` and waits for the page URL it prints. */
export function startDemo(dhUrl: string): Promise<Demo> {
  const child: ChildProcess = spawn(process.execPath, ['demo/serve.mjs', '--page-port', '0'], {
    cwd: repo,
    env: { ...process.env, DH_URL: dhUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = (): void => void child.kill('SIGTERM');
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`demo did not print its URL:\n${out}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /Demo page:\s+(\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: m[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`demo exited (${code}):\n${out}`)));
  });
}

/** What a watched page reported: CSP violations (event and console) and dialogs (dismissed). */
export interface PageWatch {
  readonly violations: string[];
  readonly dialogs: string[];
  /** Violations the page's `securitypolicyviolation` listener saw, read from the page. */
  pageViolations(): Promise<string[]>;
}

/**
 * Watches `page` from its next navigation: every `securitypolicyviolation` event (listened for by a script run before
 * the page's own), every console message about the Content Security Policy, and every dialog (`alert` and co).
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const violations: string[] = [];
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return {
    violations,
    dialogs,
    pageViolations: () => page.evaluate(() => [...((globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
  };
}
