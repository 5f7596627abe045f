import type { RecordBatch, Schema, TypeMap } from 'apache-arrow';
import { RecordBatchReader } from 'apache-arrow/ipc/reader';
import { Observable, ReplaySubject, type Observer } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { toAsyncIterable } from '../rx/async-iterable.js';
import { checkRecordBatch } from './batch-check.js';
import { checkBatchRows, decodeMessage } from './checked-message.js';
import type { FlightMessage } from './ipc-message.js';
import { alignedBody } from './load-batch.js';

const CONTINUATION = 0xffffffff;

/**
 * @internal Flight messages in, record batches out, through apache-arrow's complete stream reader: the path for what
 * `read.ts` leaves to it (dictionary-encoded columns, dictionary batches, compressed bodies). Loaded only then: the
 * reader (with its file, JSON and stream variants) adds about 11 KiB min+gz to an app. Cold: each subscription reads
 * `messages$` once; unsubscribing unsubscribes from it.
 */
export function readRecordBatchesFully<T extends TypeMap = TypeMap>(
  messages$: Observable<FlightMessage>,
  method: string,
): Observable<RecordBatch<T>> {
  return new Observable<RecordBatch<T>>((subscriber) => {
    const input = toAsyncIterable(messages$);
    let stopped = false;
    void (async () => {
      try {
        const reader = await RecordBatchReader.from<T>(ipcChunks(input));
        for await (const batch of reader) {
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the teardown during the await
          if (stopped) break;
          subscriber.next(batch);
        }
        subscriber.complete();
      } catch (err) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the teardown during the await
        if (stopped) return;
        subscriber.error(
          err instanceof DeephavenError
            ? err
            : new DeephavenError(Code.DataLoss, `the table's Arrow data could not be read: ${String(err)}`, { method, cause: err }),
        );
      }
    })();
    return () => {
      stopped = true;
      void input.return?.();
    };
  });
}

/**
 * @internal The complete reader fed by hand: `input` takes the messages (`first`, already received, are read
 * first), `batches$` emits the record batches. Messages pushed before `batches$` is subscribed are kept for it.
 */
export function fullReader<T extends TypeMap = TypeMap>(
  first: readonly FlightMessage[],
  method: string,
): { input: Observer<FlightMessage>; batches$: Observable<RecordBatch<T>> } {
  const input = new ReplaySubject<FlightMessage>();
  for (const m of first) input.next(m);
  return { input, batches$: readRecordBatchesFully<T>(input, method) };
}

/**
 * The bytes of an Arrow IPC stream, as chunks: per message an 8-byte prefix (continuation marker, metadata length),
 * the `Message` flatbuffer and the body, then the end-of-stream marker. Nothing is joined: apache-arrow reads the
 * metadata and the body each as one chunk. Each message is checked first, as `read.ts` checks them (apache-arrow
 * trusts the lengths in a header), and its body is handed on at exactly the length its header states.
 */
async function* ipcChunks(messages: AsyncIterable<FlightMessage>): AsyncGenerator<Uint8Array> {
  let schema: Schema | undefined;
  for await (const m of messages) {
    if (m.header.length === 0) continue;
    const bodyLength = checked(m, schema);
    if (bodyLength < 0) schema = (decodeMessage(m.header) as { schema: Schema }).schema;
    const prefix = new Uint8Array(8);
    const view = new DataView(prefix.buffer);
    view.setUint32(0, CONTINUATION, true);
    view.setInt32(4, m.header.length, true);
    yield prefix;
    yield m.header;
    const body = m.body.subarray(0, Math.max(bodyLength, 0));
    if (body.length > 0) yield alignedBody(body);
  }
  yield new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
}

/**
 * Checks one message for the complete reader: -1 for a schema (the first one only), else the body length its header
 * states (at most the body's). Batches are checked against the schema; dictionary batches against their values' type.
 */
function checked(m: FlightMessage, schema: Schema | undefined): number {
  const message = decodeMessage(m.header);
  if (message.bodyLength > m.body.length)
    throw new DeephavenError(
      Code.DataLoss,
      `the server sent an Arrow message stating a ${message.bodyLength}-byte body with ${m.body.length} bytes`,
    );
  const body = m.body.subarray(0, message.bodyLength);
  if (message.type === 'schema') {
    if (schema !== undefined) throw new DeephavenError(Code.DataLoss, 'the server sent a second schema in one stream');
    return -1;
  }
  if (schema === undefined) throw new DeephavenError(Code.DataLoss, `the server sent a ${message.type} message before the schema`);
  if (message.type === 'batch') checkBatchRows(message.batch, body, schema);
  else {
    const type = schema.dictionaries.get(message.id);
    if (type === undefined)
      throw new DeephavenError(Code.DataLoss, `the server sent dictionary ${message.id}, which the schema does not have`);
    checkRecordBatch(message.batch, body, [type]);
  }
  return message.bodyLength;
}
