import { Builder, ByteBuffer } from 'flatbuffers';
import { Code, DeephavenError } from '../errors.js';
import { BarrageMessageType } from '../generated/flatbuffers/io/deephaven/barrage/flatbuf/barrage-message-type.js';
import { BarrageMessageWrapper } from '../generated/flatbuffers/io/deephaven/barrage/flatbuf/barrage-message-wrapper.js';
import { BarrageSubscriptionOptions } from '../generated/flatbuffers/io/deephaven/barrage/flatbuf/barrage-subscription-options.js';
import { BarrageSubscriptionRequest } from '../generated/flatbuffers/io/deephaven/barrage/flatbuf/barrage-subscription-request.js';
import { BarrageUpdateMetadata } from '../generated/flatbuffers/io/deephaven/barrage/flatbuf/barrage-update-metadata.js';

/**
 * The Barrage flatbuffer tables the SDK writes and reads, through the readers and builders generated from our own
 * schema (`proto/flatbuffers/barrage.fbs`) with the `flatbuffers` runtime (the one apache-arrow brings). What comes
 * from the server is untrusted: the generated readers read past the end of the bytes as zeros, so every byte vector
 * is checked to lie inside them and a vector of tables to fit in them before it is walked.
 * @internal
 */

/** "dphn" read as a little-endian uint32: every Barrage `app_metadata` starts its wrapper with it. */
export const BARRAGE_MAGIC = 0x6e687064;

/** @internal What a subscription request says (BARRAGE.md §1.4–1.5). */
export interface SubscriptionRequest {
  /** The raw ticket bytes of the table. */
  readonly ticket: Uint8Array;
  /** Column bitset; undefined subscribes every column. */
  readonly columns?: Uint8Array | undefined;
  /** Encoded RowSet of positions; undefined makes a full-table subscription. */
  readonly viewport?: Uint8Array | undefined;
  readonly reverseViewport?: boolean | undefined;
  /** 0 lets the server choose (1000 ms by default). */
  readonly minUpdateIntervalMs?: number | undefined;
  /** Rows per record batch (0: the server's choice). */
  readonly batchSize?: number | undefined;
  /** Bytes per FlightData (0: the server's 100 MiB). */
  readonly maxMessageSize?: number | undefined;
}

/** @internal The wrapper bytes (`app_metadata`) of a subscription request. */
export function encodeSubscriptionRequest(request: SubscriptionRequest): Uint8Array {
  const inner = new Builder(256);
  const R = BarrageSubscriptionRequest;
  const ticket = R.createTicketVector(inner, request.ticket);
  const columns = request.columns === undefined ? 0 : R.createColumnsVector(inner, request.columns);
  const viewport = request.viewport === undefined ? 0 : R.createViewportVector(inner, request.viewport);
  // Nulls as Arrow validity bitmaps and plain columns (not lists): the defaults, which a builder leaves unwritten.
  const O = BarrageSubscriptionOptions;
  O.startBarrageSubscriptionOptions(inner);
  O.addMinUpdateIntervalMs(inner, request.minUpdateIntervalMs ?? 0);
  O.addBatchSize(inner, request.batchSize ?? 0);
  O.addMaxMessageSize(inner, request.maxMessageSize ?? 0);
  const options = O.endBarrageSubscriptionOptions(inner);
  R.startBarrageSubscriptionRequest(inner);
  R.addTicket(inner, ticket);
  if (columns !== 0) R.addColumns(inner, columns);
  if (viewport !== 0) R.addViewport(inner, viewport);
  R.addSubscriptionOptions(inner, options);
  R.addReverseViewport(inner, request.reverseViewport === true);
  inner.finish(R.endBarrageSubscriptionRequest(inner));
  return wrap(BarrageMessageType.BarrageSubscriptionRequest, inner.asUint8Array());
}

function wrap(type: BarrageMessageType, payload: Uint8Array): Uint8Array {
  const outer = new Builder(payload.length + 64);
  const W = BarrageMessageWrapper;
  const bytes = W.createMsgPayloadVector(outer, payload);
  outer.finish(W.createBarrageMessageWrapper(outer, BARRAGE_MAGIC, type, bytes));
  return outer.asUint8Array();
}

/** @internal `BarrageUpdateMetadata` (BARRAGE.md §1.7); RowSet fields stay encoded; absent stays undefined. */
export interface UpdateMetadata {
  readonly firstSeq: bigint;
  readonly lastSeq: bigint;
  readonly isSnapshot: boolean;
  readonly effectiveViewport: Uint8Array | undefined;
  readonly effectiveReverseViewport: boolean;
  readonly effectiveColumnSet: Uint8Array | undefined;
  readonly addedRows: Uint8Array | undefined;
  readonly removedRows: Uint8Array | undefined;
  readonly shiftData: Uint8Array | undefined;
  readonly addedRowsIncluded: Uint8Array | undefined;
  /** One encoded RowSet of modified rows per schema column. */
  readonly modColumnNodes: readonly (Uint8Array | undefined)[];
  readonly tableSize: bigint | undefined;
}

/**
 * @internal Reads an `app_metadata` as a Barrage update: undefined when it is not one (absent, other magic or type).
 * Throws a {@link DeephavenError} (DATA_LOSS) when the flatbuffer is malformed.
 */
export function decodeUpdateMetadata(appMetadata: Uint8Array): UpdateMetadata | undefined {
  if (appMetadata.length === 0) return undefined;
  try {
    const wrapper = BarrageMessageWrapper.getRootAsBarrageMessageWrapper(root(appMetadata));
    if (wrapper.magic() !== BARRAGE_MAGIC || wrapper.msgType() !== BarrageMessageType.BarrageUpdateMetadata) return undefined;
    const payload = inside(wrapper.msgPayloadArray(), appMetadata);
    if (payload === undefined) throw new Error('no payload');
    // The payload is a flatbuffer of its own, read from a copy: its offsets start at its first byte.
    const bytes = payload.slice();
    const md = BarrageUpdateMetadata.getRootAsBarrageUpdateMetadata(root(bytes));
    const nodes = md.modColumnNodesLength();
    if (nodes < 0 || nodes * 4 > bytes.length) throw new Error(`${nodes} modified column nodes`);
    return {
      firstSeq: md.firstSeq(),
      lastSeq: md.lastSeq(),
      isSnapshot: md.isSnapshot(),
      effectiveViewport: inside(md.effectiveViewportArray(), bytes),
      effectiveReverseViewport: md.effectiveReverseViewport(),
      effectiveColumnSet: inside(md.effectiveColumnSetArray(), bytes),
      addedRows: inside(md.addedRowsArray(), bytes),
      removedRows: inside(md.removedRowsArray(), bytes),
      shiftData: inside(md.shiftDataArray(), bytes),
      addedRowsIncluded: inside(md.addedRowsIncludedArray(), bytes),
      modColumnNodes: Array.from({ length: nodes }, (_, i) => inside(md.modColumnNodes(i)?.modifiedRowsArray() ?? null, bytes)),
      tableSize: md.tableSize() ?? undefined,
    };
  } catch (err) {
    if (err instanceof DeephavenError) throw err;
    throw new DeephavenError(Code.DataLoss, `the server sent malformed Barrage metadata (${String(err)})`, { cause: err });
  }
}

/** A flatbuffer's bytes with a root offset that points inside them. */
function root(bytes: Uint8Array): ByteBuffer {
  if (bytes.length < 8) throw new Error(`${bytes.length} bytes`);
  const bb = new ByteBuffer(bytes);
  const pos = bb.readInt32(0);
  if (pos < 4 || pos >= bytes.length) throw new Error('root offset out of range');
  return bb;
}

/** A byte vector read from `bytes`, undefined when absent; one that does not lie inside `bytes` is malformed. */
function inside(vector: Uint8Array | null, bytes: Uint8Array): Uint8Array | undefined {
  if (vector === null) return undefined;
  const start = vector.byteOffset - bytes.byteOffset;
  if (vector.buffer !== bytes.buffer || start < 0 || start + vector.length > bytes.length) throw new Error('vector out of range');
  return vector;
}
