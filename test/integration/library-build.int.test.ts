import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DH_VERSION } from '../server/env.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(repo, 'dist', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'dhrx-build-'));

beforeAll(async () => {
  await run(process.execPath, [join(repo, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: repo });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the library build (dist/)', () => {
  it('loads in plain Node ESM, stubs included, and connects over both Node transports', async () => {
    const script = join(work, 'consumer.mjs');
    writeFileSync(
      script,
      `import { Session } from ${JSON.stringify(dist)};
const out = [];
for (const transport of ['websocket-multiplex', 'node-http2']) {
  const s = await Session.connect(process.argv[2], { transport });
  out.push(s.serverVersion);
  await s.close();
}
console.log(JSON.stringify(out));`,
    );
    const { stdout } = await run(process.execPath, [script, inject('dhUrl')], { timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual([DH_VERSION, DH_VERSION]);
  });

  it('ships type declarations a strict TypeScript consumer compiles against', async () => {
    const file = join(work, 'consumer.ts');
    writeFileSync(
      file,
      `import { Session, DeephavenError, Code, type SessionOptions } from ${JSON.stringify(join(repo, 'dist', 'index.js'))};
const options: SessionOptions = { auth: { type: 'psk', key: 'k' }, transport: 'auto' };
export async function main(url: string): Promise<string | undefined> {
  try {
    const s = await Session.connect(url, options);
    s.closed$.subscribe((e) => console.log(e.reason));
    return s.serverVersion;
  } catch (e) {
    if (e instanceof DeephavenError && e.code === Code.Unauthenticated) return undefined;
    throw e;
  }
}
`,
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [file, '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom'];
    const result = await run(process.execPath, [tsc, ...args]).then(
      () => '',
      (e: { stdout?: string }) => e.stdout ?? 'tsc failed',
    );
    expect(result).toBe('');
  });
});
