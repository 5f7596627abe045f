import {
  Dictionary,
  Int32,
  Table,
  type RecordBatch,
  Utf8,
  makeVector,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import { firstValueFrom, from, lastValueFrom, toArray, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { FlightMessage } from '../../../src/arrow/ipc-message.js';
import { readRecordBatches, readSchema } from '../../../src/arrow/read.js';
import { Code, DeephavenError } from '../../../src/errors.js';
import { ipcMessagesOf } from '../support/bytes.js';

const read = (messages: FlightMessage[]): Observable<RecordBatch> => readRecordBatches(from(messages), 'test/Method');
const rows = (t: Table): unknown[] => t.toArray().map((r) => ({ ...r.toJSON() }));

const plain = tableFromArrays({
  i: Int32Array.from({ length: 1000 }, (_, k) => k),
  f: Float64Array.from({ length: 1000 }, (_, k) => k / 3),
  s: Array.from({ length: 1000 }, (_, k) => (k % 7 === 0 ? null : `s${k}`)),
});

describe('readRecordBatches (our decoder, apache-arrow full reader as fallback)', () => {
  it('decodes plain batches as apache-arrow reads them, aligned or not', async () => {
    const batched = new Table([...plain.slice(0, 300).batches, ...plain.slice(300).batches]);
    for (const offset of [0, 3]) {
      const batches = await lastValueFrom(read(ipcMessagesOf(batched, offset)).pipe(toArray()));
      expect(batches).toHaveLength(2);
      const table = new Table(batches);
      const reference = tableFromIPC(tableToIPC(batched, 'stream'));
      expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual(
        reference.schema.fields.map((f) => `${f.name}:${String(f.type)}`),
      );
      expect(rows(table)).toEqual(rows(reference));
    }
  });

  it('emits one empty batch with the schema for a stream without batches', async () => {
    const empty = plain.slice(0, 0);
    const batches = await lastValueFrom(read(ipcMessagesOf(empty).slice(0, 1)).pipe(toArray()));
    expect(batches).toHaveLength(1);
    expect(batches[0]?.numRows).toBe(0);
    expect(batches[0]?.schema.fields.map((f) => f.name)).toEqual(['i', 'f', 's']);
  });

  it('hands dictionary-encoded columns to the full reader', async () => {
    const dictionary = vectorFromArray(['a', 'b', 'c'], new Utf8());
    const codes = makeVector(Int32Array.from([0, 1, 2, 1, 0]));
    const column = makeVector({
      type: new Dictionary(new Utf8(), new Int32()),
      data: codes.data[0]?.values,
      length: 5,
      dictionary,
    } as never);
    const table = new Table({ d: column });
    expect(table.schema.dictionaries.size).toBe(1);
    const batches = await lastValueFrom(read(ipcMessagesOf(table)).pipe(toArray()));
    expect(new Table(batches).getChild('d')?.toArray()).toEqual(['a', 'b', 'c', 'b', 'a']);
  });

  it('fails with DATA_LOSS on bytes that are not an Arrow message, naming the method', async () => {
    const err = await firstValueFrom(read([{ header: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), body: new Uint8Array(0) }])).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeephavenError);
    expect(err).toMatchObject({ code: Code.DataLoss });
  });

  it('reads the schema of a schema message', () => {
    const [schemaMessage] = ipcMessagesOf(plain);
    expect(readSchema((schemaMessage as FlightMessage).header).fields.map((f) => f.name)).toEqual(['i', 'f', 's']);
  });
});
