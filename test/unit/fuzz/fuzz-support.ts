// Shared pieces of the fuzz tests (property-based, fast-check): the mutations of valid inputs, the rule every
// parser must keep (a value or a DeephavenError), and the run parameters.
//
// `npm test` feeds each property a few thousand inputs; `npm run fuzz` feeds the full 100,000 (FUZZ_RUNS sets any
// count). A failure prints fast-check's seed and path; replay it with
//   DH_FUZZ_SEED=<seed> DH_FUZZ_PATH=<path> FUZZ_RUNS=<count> npx vitest run --project unit <file>
import fc from 'fast-check';
import { DeephavenError } from '../../../src/errors.js';

/**
 * Inputs each parser is fed in this run: `FUZZ_RUNS` from the environment (`npm run fuzz` sets the floor,
 * 100,000), else 5,000 (quick enough for `npm test`).
 */
export const RUNS = runs(process.env['FUZZ_RUNS']);

function runs(value: string | undefined): number {
  if (value === undefined || value === '') return 5_000;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`FUZZ_RUNS must be a positive whole number, not ${JSON.stringify(value)}`);
  return n;
}

/** fast-check parameters: `numRuns`, and the seed and path of a failure to replay from the environment. */
export function params(numRuns = RUNS): fc.Parameters<unknown> {
  const seed = process.env['DH_FUZZ_SEED'];
  const path = process.env['DH_FUZZ_PATH'];
  return { numRuns, ...(seed === undefined ? {} : { seed: Number(seed) }), ...(path === undefined ? {} : { path }), endOnFailure: true };
}

/** Throws when `condition` is false (cheaper than `expect` in a loop run 100,000 times). */
export function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

/** Runs `f`; anything it throws must be a DeephavenError (with a message naming what was wrong). */
export function tolerant<T>(f: () => T): T | DeephavenError {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof DeephavenError)) throw e;
    if (e.rawMessage.length < 8) throw new Error(`a DeephavenError without a useful message: ${e.message}`, { cause: e });
    return e;
  }
}

type Edit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'huge'; at: number; value: number; littleEndian: boolean; wide: boolean }
  | { kind: 'cut'; at: number }
  | { kind: 'grow'; extra: Uint8Array };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  // A length or offset field set huge (or negative, or just past the end).
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(0xffffffff, 0x7fffffff, 0x80000000, 0x10000, 0x100), fc.nat()),
    littleEndian: fc.boolean(),
    wide: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('grow' as const), extra: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
);

function apply(base: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let out = Uint8Array.from(base);
  for (const e of edits) {
    if (e.kind === 'grow') {
      const grown = new Uint8Array(out.length + e.extra.length);
      grown.set(out);
      grown.set(e.extra, out.length);
      out = grown;
      continue;
    }
    if (out.length === 0) continue;
    const at = e.at % out.length;
    if (e.kind === 'flip') out[at] = (out[at] as number) ^ (1 << e.bit);
    else if (e.kind === 'set') out[at] = e.value;
    else if (e.kind === 'cut') out = out.slice(0, at);
    else {
      const width = e.wide ? 8 : 4;
      if (out.length < width) continue;
      const view = new DataView(out.buffer);
      const pos = Math.min(at, out.length - width);
      if (e.wide) view.setBigUint64(pos, BigInt(e.value) * (e.value > 0xffff ? 0x100000000n : 1n), e.littleEndian);
      else view.setUint32(pos, e.value, e.littleEndian);
    }
  }
  return out;
}

/**
 * Byte arrays from valid samples: mostly the samples with a few mutations (bit flips, bytes set, length fields set
 * huge, truncation, random bytes appended), some untouched, some random bytes (up to `randomMax` long).
 */
export function mutated(samples: readonly Uint8Array[], randomMax = 256): fc.Arbitrary<Uint8Array> {
  if (samples.length === 0) throw new Error('no samples to mutate');
  const edited = fc.tuple(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([b, e]) => apply(b, e));
  return fc.oneof(
    { weight: 6, arbitrary: edited },
    { weight: 1, arbitrary: fc.constantFrom(...samples).map((b) => Uint8Array.from(b)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: randomMax }) },
  );
}
