// Fuzzed Flight data → Arrow: mutated headers (the Message flatbuffer: lengths, offsets, vector sizes) and bodies
// of real Arrow IPC messages give record batches or a DeephavenError, and what is read is only ever a view of the
// body (apache-arrow's loader allocates nothing a header's lengths decide once the SDK's checks pass).
import {
  Bool,
  Dictionary,
  Field,
  Int32,
  List,
  Table,
  TimestampNanosecond,
  Utf8,
  makeVector,
  vectorFromArray,
  type RecordBatch,
} from 'apache-arrow';
import fc from 'fast-check';
import { from, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../src/arrow/checked-message.js';
import type { FlightMessage } from '../../../src/arrow/ipc-message.js';
import { readRecordBatchesFully } from '../../../src/arrow/ipc-reader.js';
import { readRecordBatches } from '../../../src/arrow/read.js';
import { Code, DeephavenError } from '../../../src/errors.js';
import { ipcMessagesOf } from '../support/bytes.js';
import { RUNS, check, mutated, params, tolerant } from './fuzz-support.js';

const plain = new Table({
  i: makeVector(Int32Array.of(1, -2, 3, 4, 5)),
  f: makeVector(Float64Array.of(0.5, 1.5, -2, 3, 1e9)),
  s: vectorFromArray(['a', null, 'ccc', '', 'dd'], new Utf8()),
  b: vectorFromArray([true, false, null, true, true], new Bool()),
  t: vectorFromArray([1, 2, null, 4, 5], new TimestampNanosecond()),
  l: vectorFromArray([[1, 2], [], null, [3], [4, 5, 6]], new List(new Field('item', new Int32(), true))),
});
const plainMessages = ipcMessagesOf(plain);
const dictionary = new Table({
  d: makeVector({
    data: Int32Array.of(0, 1, 0, 1),
    dictionary: vectorFromArray(['x', 'y'], new Utf8()),
    type: new Dictionary(new Utf8(), new Int32()),
  }),
});
const dictionaryMessages = ipcMessagesOf(dictionary);
const headers = [...plainMessages, ...dictionaryMessages].map((m) => m.header);
const bodies = [...plainMessages, ...dictionaryMessages].map((m) => m.body).filter((b) => b.length > 0);
const [plainSchema, plainBatch] = plainMessages as [FlightMessage, FlightMessage];
if (plainMessages.length !== 2) throw new Error('the plain table is one schema and one record batch');

/** Reads everything of a batch a user would touch first: its rows' values (a few), its columns' null counts. */
function touch(batch: RecordBatch): void {
  for (let i = 0; i < Math.min(batch.numRows, 4); i++) batch.get(i)?.toJSON();
  for (const child of batch.data.children) void child.nullCount;
}

/** Subscribes; the verdict is synchronous on the fast path, a Promise when the complete reader takes over. */
function outcome(batches$: Observable<RecordBatch>): Promise<void> | undefined {
  let settled: unknown = 'pending';
  let resolve: () => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const later = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  batches$.subscribe({
    next: touch,
    error: (e: unknown) => {
      settled = e;
      if (e instanceof DeephavenError) resolve();
      else reject(e);
    },
    complete: () => {
      settled = undefined;
      resolve();
    },
  });
  if (settled === 'pending') return later;
  if (settled !== undefined && !(settled instanceof DeephavenError)) throw settled as Error;
  return undefined;
}

describe('fuzzed Flight data → Arrow', () => {
  it('the message decoder takes any header bytes', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutated(headers, 200), (header) => {
        const m = tolerant(() => decodeMessage(header));
        if (m instanceof DeephavenError) check(m.code === Code.DataLoss || m.code === Code.Unimplemented, m.message);
      }),
      params(),
    );
  });

  it('DoGet decoding (schema, then a batch with a mutated header and body) gives batches or a DeephavenError', {
    timeout: 120_000,
  }, async () => {
    const pending: Promise<void>[] = [];
    fc.assert(
      fc.property(mutated([plainBatch.header], 64), mutated([plainBatch.body], 64), (header, body) => {
        const messages: FlightMessage[] = [plainSchema, { header, body }];
        const later = outcome(readRecordBatches(from(messages), 'test/DoGet'));
        if (later !== undefined && pending.length < 2_000) pending.push(later);
      }),
      params(),
    );
    await Promise.all(pending);
  });

  it('the complete reader (dictionaries) takes mutated headers and bodies', { timeout: 120_000 }, async () => {
    const [schema, ...rest] = dictionaryMessages as [FlightMessage, ...FlightMessage[]];
    await fc.assert(
      fc.asyncProperty(fc.nat(rest.length - 1), mutated(headers, 64), mutated(bodies, 64), async (which, header, body) => {
        const messages = rest.map((m, i) => (i === which ? { header, body } : m));
        await outcome(readRecordBatchesFully(from([schema, ...messages]), 'test/DoGet'));
      }),
      params(Math.min(3_000, RUNS)),
    );
  });

  it('refuses lengths the body or the message does not hold, before apache-arrow reads them', async () => {
    const header = plainBatch.header;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    const readOne = (h: Uint8Array): Promise<unknown> =>
      new Promise((resolve) =>
        readRecordBatches(from([plainSchema, { header: h, body: plainBatch.body }]), 'test').subscribe({
          error: resolve,
          complete: () => resolve(undefined),
        }),
      );
    // The row count and every node length are 5: each set to 2^40 (and to 2^31, past the most a node may hold).
    const fives = [...Array(header.length - 7).keys()].filter((i) => view.getBigInt64(i, true) === 5n);
    expect(fives.length).toBeGreaterThan(3);
    for (const at of fives)
      for (const huge of [2n ** 40n, 2n ** 31n]) {
        const h = header.slice();
        new DataView(h.buffer).setBigInt64(at, huge, true);
        const e = await readOne(h);
        expect(e, `int64 at ${at} := ${huge}`).toBeInstanceOf(DeephavenError);
        expect((e as DeephavenError).code).toBe(Code.DataLoss);
      }
    // The nodes vector (6 columns, 7 nodes with the list's values) claiming 2^32-1 elements in a small message.
    const nodesLength = [...Array(header.length - 3).keys()].filter((i) => view.getUint32(i, true) === 7);
    expect(nodesLength.length).toBeGreaterThan(0);
    for (const at of nodesLength) {
      const h = header.slice();
      new DataView(h.buffer).setUint32(at, 0xffffffff, true);
      expect(() => decodeMessage(h)).toThrow(DeephavenError);
    }
  });
});
