import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureChromium } from '../server/chromium.mjs';
import { findJava } from '../server/env.mjs';
import { startServer } from '../server/server.mjs';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address !== null ? address.port : 0 });
    });
  });
}

describe('bad set-up gives clear messages', () => {
  it('a taken port', async () => {
    const { server, port } = await listen();
    try {
      await expect(startServer({ port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      server.close();
    }
  });

  it('no Java 17+', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dhrx-nojava-'));
    process.env['JAVA_HOME'] = empty;
    process.env['PATH'] = empty;
    process.env['DH_JVM_DIRS'] = empty;
    await expect(findJava()).rejects.toThrow(
      /needs Java 17 or newer and none was found.*apt-get install openjdk-17-jre-headless.*JAVA_HOME/s,
    );
  });

  it('no Chromium', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    await expect(ensureChromium()).rejects.toThrow(/need Chromium.*does not exist.*apt-get install -y chromium.*CHROMIUM_PATH/s);
  });

  it('a server that fails to start: the error shows the tail of its log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhrx-badserver-'));
    const launcher = join(dir, 'launcher.py');
    writeFileSync(
      launcher,
      'import sys\nprint("starting the JVM")\nprint("Error: could not reserve enough space for object heap", file=sys.stderr)\nsys.exit(3)\n',
    );
    const err = await startServer({ launcher, python: 'python3', logFile: join(dir, 'server.log') }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/did not start: the process exited \(code 3\)/);
    expect(err?.message).toContain(join(dir, 'server.log'));
    expect(err?.message).toContain('could not reserve enough space for object heap');
  });
});
