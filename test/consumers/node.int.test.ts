// Consumer tests, Node: the packed package installed and used as a Node application would, from an ES module and
// from CommonJS (`require` of the package's ES modules, Node 20.19 and later), over both Node transports; and a
// strict TypeScript consumer compiled against its type declarations under both module resolutions users have.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DH_VERSION } from '../server/env.mjs';
import { packAndInstall, repo, work } from './pack.js';

const run = promisify(execFile);
const dir = join(work, 'node');
const X = Array.from({ length: 20 }, (_, i) => i);

beforeAll(async () => {
  await packAndInstall();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(new URL('./app/example.js', import.meta.url), join(dir, 'example.mjs'));
}, 240_000);

async function node(file: string, ...args: string[]): Promise<unknown> {
  const { stdout, stderr } = await run(process.execPath, [join(dir, file), ...args], { cwd: dir, timeout: 60_000 });
  expect(stderr).toBe('');
  return JSON.parse(stdout);
}

describe('a Node application', () => {
  it('imports the package (ES module) and runs example 2 over websocket and node:http2', async () => {
    writeFileSync(
      join(dir, 'main.mjs'),
      `import { example2 } from './example.mjs';
const out = [];
for (const transport of ['websocket-multiplex', 'node-http2']) out.push(await example2(process.argv[2], 'consumer_esm_' + transport.replace('-', '_'), { transport }));
console.log(JSON.stringify(out));`,
    );
    expect(await node('main.mjs', inject('dhUrl'))).toEqual(
      ['websocket-multiplex', 'node-http2'].map((transport) => ({ transport, rows: 20, columns: ['X'], x: X })),
    );
  });

  // The package ships its start path as one module that the lazy files import (vite.config.ts): each feature that
  // loads on first use is used once here through the installed package, so a chunk that lost an import shows.
  it('loads the features that load on first use (live tables, uploads, operations, rollups, partitions, console)', async () => {
    writeFileSync(
      join(dir, 'lazy.mjs'),
      `import { Session, agg } from 'deephaven-rx';
import { firstValueFrom } from 'rxjs';
import { tableFromArrays } from 'apache-arrow';
const s = await Session.connect(process.argv[2]);
try {
  const t = await s.emptyTable(6);
  const u = await t.update(['K = i % 2', 'X = i']);
  const out = {};
  out.where = (await (await (await u.where('X > 2')).sort('X')).toArrow()).numRows;
  out.update = (await firstValueFrom(u.updates())).table.numRows;
  out.viewport = (await firstValueFrom(u.viewport({ first: 0, last: 2 }))).table.numRows;
  out.upload = (await (await s.importTable(tableFromArrays({ A: Int32Array.from([1, 2, 3]) }))).toArrow()).numRows;
  const r = await u.rollup([agg.sum('X')], 'K');
  out.rollup = (await firstValueFrom(r.viewport({ first: 0, last: 9 }))).totalSize;
  const p = await u.partitionBy('K');
  out.keys = (await (await p.keys()).toArrow()).numRows;
  await s.runScript('print("lazy")');
  out.completions = Array.isArray(await s.completions('pri', 3));
  console.log(JSON.stringify(out));
} finally {
  await s.close();
}`,
    );
    expect(await node('lazy.mjs', inject('dhUrl'))).toEqual({
      where: 3,
      update: 6,
      viewport: 3,
      upload: 3,
      rollup: 3,
      keys: 2,
      completions: true,
    });
  });

  it('requires the package (CommonJS) and connects over both Node transports', async () => {
    writeFileSync(
      join(dir, 'main.cjs'),
      `const { Session, ScopeTicket } = require('deephaven-rx');
(async () => {
  const out = [];
  for (const transport of ['websocket-multiplex', 'node-http2']) {
    const s = await Session.connect(process.argv[2], { transport });
    const t = await s.emptyTable(3);
    out.push([s.serverVersion, s.transport, (await t.toArrow()).numRows, typeof ScopeTicket.scopeTicket]);
    await s.close();
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });`,
    );
    expect(await node('main.cjs', inject('dhUrl'))).toEqual([
      [DH_VERSION, 'websocket-multiplex', 3, 'function'],
      [DH_VERSION, 'node-http2', 3, 'function'],
    ]);
  });

  it('resolves to the Node build under Node (import, require and the ./node subpath)', async () => {
    writeFileSync(
      join(dir, 'resolve.mjs'),
      `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(JSON.stringify([import.meta.resolve('deephaven-rx'), require.resolve('deephaven-rx'), import.meta.resolve('deephaven-rx/node')].map((p) => p.replace(/^.*node_modules\\/deephaven-rx\\//, ''))));`,
    );
    expect(await node('resolve.mjs')).toEqual(['dist/node.js', 'dist/node.js', 'dist/node.js']);
  });
});

describe('a strict TypeScript consumer', () => {
  const source = `import { Session, DeephavenError, Code, ScopeTicket, type SessionOptions } from 'deephaven-rx';
const options: SessionOptions = { auth: { type: 'psk', key: 'k' }, transport: 'auto' };
export async function main(url: string): Promise<number | undefined> {
  try {
    const s = await Session.connect(url, options);
    s.closed$.subscribe((e) => console.log(e.reason));
    const table = await s.fetchTable(ScopeTicket.scopeTicket('t'));
    const rows: number = (await table.toArrow()).numRows;
    await s.close();
    return rows;
  } catch (e) {
    if (e instanceof DeephavenError && e.code === Code.Unauthenticated) return undefined;
    throw e;
  }
}
`;
  // Both resolutions users have: bundler (what dashboards use) and node16 (ES-module extensions required). The two
  // compilations run side by side.
  it('compiles against the declarations (moduleResolution bundler and node16)', async () => {
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const compile = async (resolution: string, module: string): Promise<string> => {
      const ts = join(dir, `consumer-${resolution}`);
      mkdirSync(ts, { recursive: true });
      writeFileSync(join(ts, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(join(ts, 'consumer.ts'), source);
      const args = [
        'consumer.ts',
        '--noEmit',
        '--strict',
        '--exactOptionalPropertyTypes',
        '--target',
        'es2022',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--lib',
        'es2022,dom',
      ];
      return run(process.execPath, [tsc, ...args], { cwd: ts }).then(
        () => '',
        (e: { stdout?: string }) => e.stdout ?? 'tsc failed',
      );
    };
    expect(await Promise.all([compile('bundler', 'esnext'), compile('node16', 'node16')])).toEqual(['', '']);
  });
});
