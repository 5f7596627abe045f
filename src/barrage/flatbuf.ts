import { Builder, ByteBuffer } from 'flatbuffers';
import { Code, DeephavenError } from '../errors.js';

/**
 * The Barrage flatbuffer tables the SDK writes and reads, built and read by slot with the `flatbuffers` runtime
 * (the one apache-arrow brings). Slot numbers are the field ids of Barrage's schema (`BarrageMessageWrapper`,
 * `BarrageSubscriptionRequest`, `BarrageSubscriptionOptions`, `BarrageUpdateMetadata`, `BarrageModColumnMetadata`);
 * only the fields the SDK uses are named here.
 * @internal
 */

/** "dphn" read as a little-endian uint32: every Barrage `app_metadata` starts its wrapper with it. */
export const BARRAGE_MAGIC = 0x6e687064;

/** Message types of the wrapper (`BarrageMessageType`). */
export const MessageType = { SubscriptionRequest: 5, UpdateMetadata: 6, SnapshotRequest: 7 } as const;

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
  const ticket = inner.createByteVector(request.ticket);
  const columns = request.columns === undefined ? 0 : inner.createByteVector(request.columns);
  const viewport = request.viewport === undefined ? 0 : inner.createByteVector(request.viewport);
  // BarrageSubscriptionOptions: 1 use_deephaven_nulls (false: Arrow validity bitmaps), 2 min_update_interval_ms,
  // 3 batch_size, 4 max_message_size, 5 columns_as_list (false).
  inner.startObject(7);
  inner.addFieldInt8(1, 0, null);
  inner.addFieldInt32(2, request.minUpdateIntervalMs ?? 0, 0);
  inner.addFieldInt32(3, request.batchSize ?? 0, 0);
  inner.addFieldInt32(4, request.maxMessageSize ?? 0, 0);
  inner.addFieldInt8(5, 0, null);
  const options = inner.endObject();
  // BarrageSubscriptionRequest: 0 ticket, 1 columns, 2 viewport, 3 subscription_options, 4 reverse_viewport.
  inner.startObject(6);
  inner.addFieldOffset(0, ticket, 0);
  if (columns !== 0) inner.addFieldOffset(1, columns, 0);
  if (viewport !== 0) inner.addFieldOffset(2, viewport, 0);
  inner.addFieldOffset(3, options, 0);
  inner.addFieldInt8(4, request.reverseViewport === true ? 1 : 0, 0);
  inner.finish(inner.endObject());
  return wrap(MessageType.SubscriptionRequest, inner.asUint8Array());
}

function wrap(type: number, payload: Uint8Array): Uint8Array {
  const outer = new Builder(payload.length + 64);
  const bytes = outer.createByteVector(payload);
  // BarrageMessageWrapper: 0 magic, 1 msg_type, 2 msg_payload.
  outer.startObject(3);
  outer.addFieldInt32(0, BARRAGE_MAGIC, 0);
  outer.addFieldInt8(1, type, 0);
  outer.addFieldOffset(2, bytes, 0);
  outer.finish(outer.endObject());
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
    const wrapper = FbTable.root(appMetadata);
    if (wrapper.uint32(0) !== BARRAGE_MAGIC || wrapper.uint8(1) !== MessageType.UpdateMetadata) return undefined;
    const payload = wrapper.bytes(2);
    if (payload === undefined) throw new Error('no payload');
    const md = FbTable.root(payload.slice());
    return {
      firstSeq: md.int64(0),
      lastSeq: md.int64(1),
      isSnapshot: md.uint8(2) !== 0,
      effectiveViewport: md.bytes(3),
      effectiveReverseViewport: md.uint8(4) !== 0,
      effectiveColumnSet: md.bytes(5),
      addedRows: md.bytes(6),
      removedRows: md.bytes(7),
      shiftData: md.bytes(8),
      addedRowsIncluded: md.bytes(9),
      modColumnNodes: md.tables(10).map((node) => node.bytes(0)),
      tableSize: md.has(11) ? md.int64(11) : undefined,
    };
  } catch (err) {
    if (err instanceof DeephavenError) throw err;
    throw new DeephavenError(Code.DataLoss, `the server sent malformed Barrage metadata (${String(err)})`, { cause: err });
  }
}

/** A flatbuffer table read by slot (vtable offset 4 + 2·slot), with bounds checked by the runtime's reads. */
class FbTable {
  private constructor(
    private readonly bb: ByteBuffer,
    private readonly pos: number,
  ) {}

  static root(bytes: Uint8Array): FbTable {
    if (bytes.length < 8) throw new Error(`${bytes.length} bytes`);
    const bb = new ByteBuffer(bytes);
    const pos = bb.readInt32(0);
    if (pos < 4 || pos >= bytes.length) throw new Error('root offset out of range');
    return new FbTable(bb, pos);
  }

  has(slot: number): boolean {
    return this.offset(slot) !== 0;
  }

  uint8(slot: number): number {
    const o = this.offset(slot);
    return o === 0 ? 0 : this.bb.readUint8(this.pos + o);
  }

  uint32(slot: number): number {
    const o = this.offset(slot);
    return o === 0 ? 0 : this.bb.readUint32(this.pos + o);
  }

  int64(slot: number): bigint {
    const o = this.offset(slot);
    return o === 0 ? 0n : this.bb.readInt64(this.pos + o);
  }

  bytes(slot: number): Uint8Array | undefined {
    const o = this.offset(slot);
    if (o === 0) return undefined;
    const start = this.bb.__vector(this.pos + o);
    const length = this.bb.__vector_len(this.pos + o);
    if (start < 0 || length < 0 || start + length > this.bb.capacity()) throw new Error('vector out of range');
    return this.bb.bytes().subarray(start, start + length);
  }

  tables(slot: number): FbTable[] {
    const o = this.offset(slot);
    if (o === 0) return [];
    const start = this.bb.__vector(this.pos + o);
    const length = this.bb.__vector_len(this.pos + o);
    if (start < 0 || length < 0 || start + length * 4 > this.bb.capacity()) throw new Error('vector out of range');
    const out: FbTable[] = [];
    for (let i = 0; i < length; i++) out.push(new FbTable(this.bb, this.bb.__indirect(start + i * 4)));
    return out;
  }

  private offset(slot: number): number {
    const vtable = this.pos - this.bb.readInt32(this.pos);
    if (vtable < 0 || vtable + 4 > this.bb.capacity()) throw new Error('vtable out of range');
    const vtableSize = this.bb.readUint16(vtable);
    const at = 4 + 2 * slot;
    return at < vtableSize ? this.bb.readUint16(vtable + at) : 0;
  }
}
