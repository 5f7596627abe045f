// Fuzzed input for the Barrage decoders (property-based, fast-check): random and mutated bytes give a value or a
// DeephavenError, never a hang or another exception. fast-check prints the seed and path of a failure to replay it.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFlightData } from '../../../src/barrage/decode.js';
import { decodeUpdateMetadata } from '../../../src/barrage/flatbuf.js';
import { decodeRowSet, decodeShifts } from '../../../src/barrage/row-set-codec.js';
import { UpdateAssembler } from '../../../src/barrage/update.js';
import { DeephavenError } from '../../../src/errors.js';

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

/** Runs `f`; anything it throws must be a DeephavenError. */
function tolerant(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DeephavenError)) throw e;
  }
}

/** Byte arrays: random ones, and real messages with a few bytes changed, cut or extended. */
function mutated(samples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edit = fc
    .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(), fc.boolean())
    .map(([base, flips, cut, shorten]) => {
      const out = Uint8Array.from(base);
      for (const [at, v] of flips) if (out.length > 0) out[at % out.length] = v;
      return shorten && out.length > 0 ? out.subarray(0, cut % out.length) : out;
    });
  return fc.oneof(fc.uint8Array({ maxLength: 256 }), edit);
}

const RUNS = 100_000;

describe('fuzzed Barrage input', () => {
  it('RowSet and shift decoding', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 96 }), (b) => {
        tolerant(() => decodeRowSet(b));
        tolerant(() => decodeShifts(b));
      }),
      { numRuns: RUNS },
    );
  });

  it('update metadata (app_metadata) decoding', { timeout: 120_000 }, () => {
    const samples = real.map((m) => m.appMetadata).filter((m) => m.length > 0);
    fc.assert(
      fc.property(mutated(samples), (b) => tolerant(() => decodeUpdateMetadata(b))),
      { numRuns: RUNS },
    );
  });

  // Record-batch headers are the server's real ones here: apache-arrow reads a header's vector lengths without
  // checking them against the buffer (a corrupt header can make it allocate without bound), so headers are not
  // mutated until the SDK checks them itself; bodies and Barrage metadata are.
  it('FlightData bodies → Arrow columns, and the update assembler', { timeout: 120_000 }, () => {
    const headers = real.map((m) => m.header).filter((h) => h.length > 0);
    const bodies = real.map((m) => m.body).filter((b) => b.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...headers), mutated(bodies), mutated(real.map((m) => m.appMetadata)), (h, b, md) => {
        tolerant(() => {
          const d = decodeFlightData(h, b, schema);
          if (d.kind === 'batch') new UpdateAssembler(schema.fields.length).push(decodeUpdateMetadata(md), d.length, d.columns);
        });
      }),
      { numRuns: RUNS / 5 },
    );
    expect(headers.length).toBeGreaterThan(2);
  });
});
