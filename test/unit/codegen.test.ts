import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without typings
import { generate } from '../../proto/generate.mjs';
import { ensureFlatc } from '../server/flatc.mjs';

const committed = fileURLToPath(new URL('../../src/generated/', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'dhrx-codegen-'));

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

// flatc writes the flatbuffer readers: found, or installed on a fresh machine (as the browser tests' Chromium is).
beforeAll(async () => {
  process.env['FLATC'] = await ensureFlatc();
}, 600_000);
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('generated stubs and flatbuffer readers', () => {
  it('equal a fresh generation from proto/ and proto/flatbuffers/ (run `npm run proto` if not)', { timeout: 120_000 }, () => {
    (generate as (out: string) => void)(fresh);
    const want = files(fresh);
    // Both generators ran: the protobuf stubs and flatc's readers of every table the SDK reads or writes.
    expect(want.filter((f) => f.endsWith('_pb.js')).length).toBeGreaterThan(5);
    const flat = want.filter((f) => f.startsWith('flatbuffers/')).map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(flat).toEqual(
      expect.arrayContaining(['barrage-message-wrapper.ts', 'barrage-subscription-request.ts', 'barrage-update-metadata.ts']),
    );
    const have = files(committed);
    expect(have, 'files in src/generated differ from a fresh generation: run npm run proto').toEqual(want);
    const stale = want.filter((f) => readFileSync(join(fresh, f), 'utf8') !== readFileSync(join(committed, f), 'utf8'));
    expect(stale, 'these generated files are out of date: run npm run proto').toEqual([]);
  });
});
