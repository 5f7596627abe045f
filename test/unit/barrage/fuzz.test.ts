// Fuzzed input for the Barrage decoders (property-based, fast-check): random and mutated bytes give a value or a
// DeephavenError, never a hang or another exception. fast-check prints the seed and path of a failure; replay it
// with DH_FUZZ_SEED and DH_FUZZ_PATH (test/unit/fuzz/fuzz-support.ts).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFlightData } from '../../../src/barrage/decode.js';
import { decodeUpdateMetadata } from '../../../src/barrage/flatbuf.js';
import { decodeKeySet, decodeRowSet, decodeShifts } from '../../../src/barrage/row-set-codec.js';
import { UpdateAssembler } from '../../../src/barrage/update.js';
import { RUNS, mutated, params, tolerant } from '../fuzz/fuzz-support.js';

const recording = JSON.parse(readFileSync(new URL('./recorded/last-by-sorted.json', import.meta.url), 'utf8')) as {
  messages: { header: string; body: string; appMetadata: string }[];
};
const bytes = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));
const real = recording.messages.map((m) => ({ header: bytes(m.header), body: bytes(m.body), appMetadata: bytes(m.appMetadata) }));
const schema = (() => {
  const first = real[0];
  const d = first === undefined ? undefined : decodeFlightData(first.header, first.body, undefined);
  if (d?.kind !== 'schema') throw new Error('the recording starts with a schema');
  return d.schema;
})();

describe('fuzzed Barrage input', () => {
  it('RowSet and shift decoding', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 96 }), (b) => {
        tolerant(() => decodeRowSet(b));
        tolerant(() => decodeKeySet(b));
        tolerant(() => decodeShifts(b));
      }),
      params(),
    );
  });

  it('update metadata (app_metadata) decoding', { timeout: 120_000 }, () => {
    const samples = real.map((m) => m.appMetadata).filter((m) => m.length > 0);
    fc.assert(
      fc.property(mutated(samples), (b) => void tolerant(() => decodeUpdateMetadata(b))),
      params(),
    );
  });

  // Headers, bodies and Barrage metadata are all mutated: the SDK checks a record batch header (its flatbuffer, then
  // its nodes and buffers against the schema and the body) before apache-arrow's loader reads it.
  it('FlightData (header, body, app_metadata) → Arrow columns, and the update assembler', { timeout: 120_000 }, () => {
    const headers = real.map((m) => m.header).filter((h) => h.length > 0);
    const bodies = real.map((m) => m.body).filter((b) => b.length > 0);
    fc.assert(
      fc.property(mutated(headers), mutated(bodies), mutated(real.map((m) => m.appMetadata)), (h, b, md) => {
        tolerant(() => {
          const d = decodeFlightData(h, b, schema);
          if (d.kind === 'batch') new UpdateAssembler(schema.fields.length).push(decodeUpdateMetadata(md), d.length, d.columns);
        });
      }),
      params(RUNS),
    );
    expect(headers.length).toBeGreaterThan(2);
  });
});
