// Fuzzed ticket input: wire bytes, the shared ticket's text form, and the constructors' arguments give a ticket
// that round-trips or an INVALID_ARGUMENT DeephavenError.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { ApplicationTicket, ExportTicket, ScopeTicket, SharedTicket, ticketFromBytes, type Ticket } from '../../../src/ticket/ticket.js';
import { RUNS, check, mutated, params, tolerant } from './fuzz-support.js';

const utf8 = new TextEncoder();
const samples = [
  ExportTicket.fromId(42).bytes,
  ExportTicket.fromId(-7).bytes,
  utf8.encode('s/prices'),
  utf8.encode('a/my_app/f/field/with/slashes'),
  SharedTicket.randomTicket().bytes,
  utf8.encode('h/from-js-api'),
];

function invalid(e: DeephavenError): void {
  check(e.code === Code.InvalidArgument, e.message);
}

describe('fuzzed tickets', () => {
  it('ticketFromBytes classifies any bytes or says why not; what it makes round-trips', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutated(samples, 40), (bytes) => {
        const t = tolerant(() => ticketFromBytes(bytes));
        if (t instanceof DeephavenError) return invalid(t);
        const again = ticketFromBytes(t.bytes);
        check(again.equals(t) && again.kind === t.kind, `${String(t)} round-trips`);
      }),
      params(),
    );
  });

  it('SharedTicket.parse takes any text (and non-text) and round-trips what it accepts', { timeout: 120_000 }, () => {
    const texts: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
      {
        weight: 4,
        arbitrary: fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFgh \n'), maxLength: 40 })).map(([s]) => `h${s}`),
      },
      {
        weight: 2,
        arbitrary: mutated(
          samples.map((b) => utf8.encode(SharedTicket.fromBytes(b[0] === 0x68 ? b : Uint8Array.of(0x68, ...b)).toString())),
          40,
        ).map((b) => new TextDecoder().decode(b)),
      },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined, 7, {}, ['h00'], new Uint8Array(3)) },
    );
    fc.assert(
      fc.property(texts, (text) => {
        const t = tolerant(() => SharedTicket.parse(text as string));
        if (t instanceof DeephavenError) return invalid(t);
        check(SharedTicket.parse(t.toString()).equals(t), `${String(t)} round-trips`);
      }),
      params(),
    );
  });

  // Four constructors a run: RUNS calls (100,000 in `npm run fuzz`).
  it('the constructors take any arguments', { timeout: 120_000 }, () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.constantFrom(null, undefined, '', '/', 'a/b', 0, -0, 2 ** 31, -(2 ** 31)),
    );
    fc.assert(
      fc.property(anything, anything, fc.uint8Array({ maxLength: 12 }), (a, b, bytes) => {
        const makers: (() => Ticket)[] = [
          () => ExportTicket.fromId(a as number),
          () => ScopeTicket.scopeTicket(a as string),
          () => ApplicationTicket.appTicket(a as string, b as string),
          () => SharedTicket.fromBytes(bytes),
        ];
        for (const make of makers) {
          const t = tolerant(make);
          if (t instanceof DeephavenError) invalid(t);
          else check(ticketFromBytes(t.bytes).equals(t), `${String(t)} round-trips`);
        }
      }),
      params(Math.ceil(RUNS / 4)),
    );
  });
});
