import { RecordBatchReader, type RecordBatch, type TypeMap } from 'apache-arrow';
import { Observable } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { toAsyncIterable } from '../rx/async-iterable.js';
import type { IpcMessage } from './ipc-message.js';

const CONTINUATION = 0xffffffff;

/**
 * @internal Flight messages in, apache-arrow record batches out, each decoded as soon as its message has arrived
 * (apache-arrow's own stream reader over the messages' bytes, never a whole-table buffer). Cold: each subscription
 * reads `messages$` once; unsubscribing unsubscribes from it (which cancels the call underneath).
 *
 * apache-arrow reads each message body zero-copy when it is one 8-byte-aligned chunk, so an unaligned body (where
 * protobuf decoding left it) is copied once into a fresh buffer; aligned bodies are handed on as they are.
 */
export function readRecordBatches<T extends TypeMap = TypeMap>(messages$: Observable<IpcMessage>, method: string): Observable<RecordBatch<T>> {
  return new Observable<RecordBatch<T>>((subscriber) => {
    const input = toAsyncIterable(messages$);
    let stopped = false;
    void (async () => {
      try {
        const reader = await RecordBatchReader.from<T>(ipcChunks(input));
        for await (const batch of reader) {
          if (stopped) break;
          subscriber.next(batch);
        }
        subscriber.complete();
      } catch (err) {
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
 * The bytes of an Arrow IPC stream, as chunks: per message an 8-byte prefix (continuation marker, metadata length),
 * the `Message` flatbuffer and the body, then the end-of-stream marker. Nothing is joined: apache-arrow reads the
 * metadata and the body each as one chunk.
 */
async function* ipcChunks(messages: AsyncIterable<IpcMessage>): AsyncGenerator<Uint8Array> {
  for await (const m of messages) {
    if (m.header.length === 0) continue;
    const prefix = new Uint8Array(8);
    const view = new DataView(prefix.buffer);
    view.setUint32(0, CONTINUATION, true);
    view.setInt32(4, m.header.length, true);
    yield prefix;
    yield m.header;
    if (m.body.length > 0) yield aligned(m.body);
  }
  yield new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
}

/** The body itself when it starts on an 8-byte boundary, else a copy that does. */
function aligned(body: Uint8Array): Uint8Array {
  return body.byteOffset % 8 === 0 ? body : body.slice();
}
