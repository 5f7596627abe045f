// Package hygiene, checked on the packed tarball: what it holds, its licence, publint and arethetypeswrong (both
// run offline on local files).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { packAndInstall, repo, type Packed } from './pack.js';

const run = promisify(execFile);
let packed: Packed;

beforeAll(async () => {
  packed = await packAndInstall();
}, 240_000);

describe('the published package', () => {
  it('holds only the build, README, LICENSE and CHANGELOG', () => {
    const outside = packed.files.filter((f) => !f.startsWith('dist/'));
    expect(outside).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    expect(packed.files).toContain('dist/index.js');
    expect(packed.files).toContain('dist/node.js');
    expect(packed.files.filter((f) => /\.test\.|\/test\/|\.tsbuildinfo$/.test(f))).toEqual([]);
  });

  it('has a LICENSE that matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(packed.installed, 'package.json'), 'utf8')) as { license: string };
    const text = readFileSync(join(packed.installed, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('Apache-2.0');
    expect(text).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
  });

  it('keeps test-only packages out of its dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@improbable-eng/grpc-web',
      'apache-arrow',
      'flatbuffers',
      'google-protobuf',
      'rxjs',
      'ws',
    ]);
  });

  it('passes publint with no message at any level', async () => {
    const { messages, pkg } = await publint({ pkgDir: packed.installed, level: 'suggestion', pack: false, strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  // ESM only, by design: `require('deephaven-rx')` loads the ES modules (Node 20.19+, tested by the Node consumers),
  // and TypeScript resolves types for `import` and bundlers. attw's `esm-only` profile leaves out exactly the two
  // CommonJS-only resolutions (node10, node16 from CommonJS).
  it('passes arethetypeswrong (esm-only profile)', async () => {
    const attw = join(repo, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const result = await run(process.execPath, [
      attw,
      packed.tarball,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      '--no-color',
    ]).then(
      ({ stdout }) => ({ ok: true, stdout }),
      (e: Error & { stdout?: string }) => ({ ok: false, stdout: e.stdout ?? e.message }),
    );
    console.log(`[attw]\n${result.stdout}`);
    expect(result).toMatchObject({ ok: true });
  });
});
