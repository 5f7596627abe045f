import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without typings
import { protocPath } from '../../proto/generate.mjs';
import { ensureEnv, findJava } from '../server/env.mjs';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const protoDir = fileURLToPath(new URL('../../proto/', import.meta.url));
const comparator = join(here, '../wire/compare_descriptors.py');
const dumper = join(here, '../wire/DumpDescriptors.java');
const work = mkdtempSync(join(tmpdir(), 'dhrx-wire-'));
let python: string;
let serverExtra: string;

/** Our .proto files (not the protoc-only google include), relative to `root`. */
function protoFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'google' && e.name !== '.tools') walk(path);
      } else if (e.name.endsWith('.proto')) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

async function compile(root: string, out: string): Promise<string> {
  await run((protocPath as () => string)(), ['-I', root, '--include_imports', `--descriptor_set_out=${out}`, ...protoFiles(root)]);
  return out;
}

async function compare(ours: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(python, [comparator, ours, serverExtra]);
    return { code: 0, output: stdout };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  const env = await ensureEnv();
  python = env.python;
  const jarDir = (
    await run(python, ['-c', 'import deephaven_server, os; print(os.path.join(os.path.dirname(deephaven_server.__file__), "jars"))'])
  ).stdout.trim();
  const wanted = [/^protobuf-java-\d/, /^deephaven-proto-backplane-grpc-\d/, /^flight-core-\d/];
  const classpath = readdirSync(jarDir)
    .filter((j) => wanted.some((w) => w.test(j)))
    .map((j) => join(jarDir, j));
  expect(classpath, `server jars in ${jarDir}`).toHaveLength(3);
  const { javaHome } = await findJava();
  serverExtra = join(work, 'server-extra.pb');
  // Java's single-file source launcher: compiles and runs DumpDescriptors.java in one go.
  const { stdout } = await run(
    join(javaHome, 'bin', 'java'),
    ['-cp', classpath.join(':'), dumper, 'org.apache.arrow.flight.impl.Flight', 'io.deephaven.flightjs.protocol.BrowserFlight'],
    { encoding: 'buffer', maxBuffer: 16 << 20 },
  );
  writeFileSync(serverExtra, stdout);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('wire compatibility of proto/ with the server at the pinned version', () => {
  it('every message, field, enum value, service and method matches the server', async () => {
    const result = await compare(await compile(protoDir, join(work, 'ours.pb')));
    expect(result.output).toMatch(/checked \d+ definitions, 0 mismatches/);
    expect(result.code).toBe(0);
    const checked = Number(/checked (\d+)/.exec(result.output)?.[1]);
    expect(checked).toBeGreaterThan(100);
  });

  it('fails when a field number is wrong (Ticket.ticket = 2)', async () => {
    const copy = join(work, 'mutated');
    cpSync(protoDir, copy, { recursive: true, filter: (src) => !src.includes('.tools') });
    const file = join(copy, 'deephaven_core/proto/ticket.proto');
    writeFileSync(file, readFileSync(file, 'utf8').replace('bytes ticket = 1;', 'bytes ticket = 2;'));
    const result = await compare(await compile(copy, join(work, 'mutated.pb')));
    expect(result.code).toBe(1);
    expect(result.output).toContain('MISMATCH .io.deephaven.proto.backplane.grpc.Ticket.ticket (= 2): no field number 2 on the server');
    expect(result.output).toContain("MISMATCH .io.deephaven.proto.backplane.grpc.Ticket: missing the server's field ticket = 1");
  });

  it('fails when a 64-bit field loses its jstype or changes signedness', async () => {
    const copy = join(work, 'mutated-types');
    cpSync(protoDir, copy, { recursive: true, filter: (src) => !src.includes('.tools') });
    const file = join(copy, 'deephaven_core/proto/table_core.proto');
    const text = readFileSync(file, 'utf8').replace('sint64 size = 2 [jstype = JS_STRING];', 'int64 size = 2;');
    writeFileSync(file, text);
    const result = await compare(await compile(copy, join(work, 'mutated-types.pb')));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/ExportedTableUpdateMessage\.size \(= 2\): type is 'TYPE_INT64', the server's is 'TYPE_SINT64'/);
    expect(result.output).toMatch(/ExportedTableUpdateMessage\.size \(= 2\): jstype is None, the server's is 1/);
  });
});
