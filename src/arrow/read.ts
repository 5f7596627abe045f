import type { DataType, Field, Schema, TypeMap } from 'apache-arrow';
import { Observable, type Observer, type Subscription } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { RecordBatch, Struct, makeData } from './apache-arrow.js';
import { checkBatchRows, decodeMessage } from './checked-message.js';
import { emptyData } from './empty.js';
import type { FlightMessage } from './ipc-message.js';
import { loadColumns } from './load-batch.js';

/** @internal The schema in one `Message` flatbuffer. Throws a {@link DeephavenError} when it holds no schema. */
export function readSchema(header: Uint8Array): Schema {
  const message = decodeMessage(header);
  if (message.type !== 'schema')
    throw new DeephavenError(Code.DataLoss, `the server sent a ${message.type} message where a schema belongs`);
  return message.schema;
}

/**
 * @internal Flight messages in, apache-arrow record batches out, each decoded as soon as its message has arrived,
 * with apache-arrow's own message decoder and vector loader: what its stream reader does for plain batches, without
 * shipping that reader (files, JSON, DOM and Node streams, compression, dictionaries) to every app. A stream that
 * needs more (dictionary-encoded columns, dictionary batches, compressed bodies) is handed, from that message on,
 * to the complete reader, loaded then. A stream without batches emits one empty batch with the schema, as
 * apache-arrow's reader does. Cold: each subscription reads `messages$` once; unsubscribing unsubscribes from it
 * (which cancels the call underneath).
 *
 * Arrow reads a body zero-copy when it is 8-byte aligned; an unaligned body (where protobuf decoding left it) is
 * copied once, and so is a buffer whose offset in the body its typed array cannot start at (`aligned-loader.ts`). Every message is checked before apache-arrow reads it (`checked-message.ts`): a malformed one
 * ends the stream with a DATA_LOSS {@link DeephavenError}, and no length in a header makes the SDK allocate more
 * than the message's own size.
 */
export function readRecordBatches<T extends TypeMap = TypeMap>(
  messages$: Observable<FlightMessage>,
  method: string,
): Observable<RecordBatch<T>> {
  return new Observable<RecordBatch<T>>((subscriber) => {
    let schema: { message: FlightMessage; value: Schema } | undefined;
    let batches = 0;
    /** Set once the complete reader takes over: the messages from then on go to it. */
    let handedOver: Observer<FlightMessage> | undefined;
    let fully: Subscription | undefined;
    const fail = (err: unknown): void =>
      subscriber.error(
        err instanceof DeephavenError
          ? err
          : new DeephavenError(Code.DataLoss, `the table's Arrow data could not be read: ${String(err)}`, { method, cause: err }),
      );
    const handOver = (m: FlightMessage): void => {
      // Until the reader has loaded, messages and the end wait here; then they are replayed to it, in order.
      const waiting: FlightMessage[] = schema !== undefined && schema.message !== m ? [schema.message, m] : [m];
      let end: { error?: unknown } | undefined;
      handedOver = {
        next: (x) => void waiting.push(x),
        error: (error: unknown) => void (end = { error }),
        complete: () => void (end = {}),
      };
      import('./ipc-reader.js').then(
        (reader) => {
          if (subscriber.closed) return;
          const { input, batches$ } = reader.fullReader<T>(waiting, method);
          fully = batches$.subscribe(subscriber);
          handedOver = input;
          if (end !== undefined) {
            if ('error' in end) input.error(end.error);
            else input.complete();
          }
        },
        (err: unknown) => fail(err),
      );
    };
    const source = messages$.subscribe({
      next: (m) => {
        if (handedOver !== undefined) return handedOver.next(m);
        if (m.header.length === 0) return;
        try {
          const message = decodeMessage(m.header);
          if (message.type === 'schema' && schema === undefined) {
            schema = { message: m, value: message.schema };
            if (schema.value.dictionaries.size > 0) handOver(m);
            return;
          }
          if (message.type !== 'batch' || schema === undefined || message.batch.compression != null) return handOver(m);
          const s = schema.value;
          const header = message.batch;
          const length = checkBatchRows(header, m.body, s);
          const children = loadColumns(header, m.body, s);
          batches += 1;
          subscriber.next(new RecordBatch(s, makeData({ type: new Struct(s.fields), length, nullCount: 0, children })) as RecordBatch<T>);
        } catch (err) {
          fail(err);
        }
      },
      error: (err: unknown) => (handedOver !== undefined ? handedOver.error(err) : fail(err)),
      complete: () => {
        if (handedOver !== undefined) return handedOver.complete();
        if (schema === undefined) return fail(new DeephavenError(Code.DataLoss, 'the stream ended without a schema', { method }));
        if (batches === 0) {
          const s = schema.value;
          try {
            const children = s.fields.map((f: Field<DataType>) => emptyData(f.type));
            subscriber.next(
              new RecordBatch(s, makeData({ type: new Struct(s.fields), length: 0, nullCount: 0, children })) as RecordBatch<T>,
            );
          } catch (err) {
            return fail(err);
          }
        }
        subscriber.complete();
      },
    });
    return () => {
      source.unsubscribe();
      fully?.unsubscribe();
    };
  });
}
