// The API reference: TypeDoc over the public entry points (docs/typedoc.json) reports every export without a doc
// comment as an error, so this fails when one is missing. Nothing is written (`--emit none`).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const typedoc = join(repo, 'node_modules', 'typedoc', 'bin', 'typedoc');
const scratch = mkdtempSync(join(tmpdir(), 'dhrx-docs-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function typedocOn(options: string): Promise<{ ok: boolean; output: string }> {
  return run(process.execPath, [typedoc, '--options', options, '--emit', 'none'], { cwd: repo }).then(
    ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
    (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
}

describe.concurrent('API reference', () => {
  it('documents every public export of deephaven-rx and deephaven-rx/testing', { timeout: 60_000 }, async () => {
    const result = await typedocOn(join(repo, 'docs', 'typedoc.json'));
    expect(stripVTControlCharacters(result.output)).not.toMatch(/warning|error/i);
    expect(result.ok).toBe(true);
  });

  it('fails on an export without a doc comment', { timeout: 60_000 }, async () => {
    writeFileSync(
      join(scratch, 'index.ts'),
      '/** Documented. */\nexport const a = 1;\nexport function undocumented(): number {\n  return 2;\n}\n',
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler' },
        include: ['index.ts'],
      }),
    );
    // The project's settings, on one file with an undocumented export.
    const settings = JSON.parse(readFileSync(join(repo, 'docs', 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    const options = join(scratch, 'typedoc.json');
    writeFileSync(
      options,
      JSON.stringify({ ...settings, entryPoints: ['./index.ts'], tsconfig: './tsconfig.json', readme: 'none', out: './api' }),
    );
    const result = await typedocOn(options);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/undocumented.*does not have any documentation/);
  });
});
