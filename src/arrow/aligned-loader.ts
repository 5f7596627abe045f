import type { DataType } from 'apache-arrow';
import type { BufferRegion, FieldNode } from 'apache-arrow/ipc/metadata/message';
import type { MetadataVersion } from 'apache-arrow/enum';
import { VectorLoader } from './apache-arrow.js';

/** The width of the typed array apache-arrow makes of a buffer (1 when it keeps bytes). */
type Widths = {
  readonly ArrayType?: { readonly BYTES_PER_ELEMENT?: number };
  readonly OffsetArrayType?: { readonly BYTES_PER_ELEMENT?: number };
};

/**
 * @internal apache-arrow's vector loader, reading each buffer in place as it does, except one whose offset in the
 * body its typed array cannot start at: that one is copied. Arrow asks writers for 8-byte aligned buffers, but a
 * message that lays one out without padding (say, a dense union's 32-bit offsets right after its 8-bit type ids)
 * would otherwise end the read (`start offset of Int32Array should be a multiple of 4`). Validity bitmaps, type ids
 * and byte data are never copied; the body itself is 8-byte aligned (the callers copy it if not).
 */
export class AlignedVectorLoader extends VectorLoader {
  private readonly body: Uint8Array;

  constructor(
    body: Uint8Array,
    nodes: FieldNode[],
    buffers: BufferRegion[],
    metadataVersion: MetadataVersion,
    variadicBufferCounts?: number[],
  ) {
    super(body, nodes, buffers, new Map(), metadataVersion, variadicBufferCounts);
    this.body = body;
  }

  protected override readNullBitmap(_type: DataType, nullCount: number, buffer: BufferRegion = this.nextBufferRange()): Uint8Array {
    return nullCount > 0 ? this.region(buffer, 1) : new Uint8Array(0);
  }

  protected override readOffsets(type: DataType, buffer: BufferRegion = this.nextBufferRange()): Uint8Array {
    return this.region(buffer, (type as Widths).OffsetArrayType?.BYTES_PER_ELEMENT ?? 4);
  }

  protected override readTypeIds(_type: DataType, buffer: BufferRegion = this.nextBufferRange()): Uint8Array {
    return this.region(buffer, 1);
  }

  protected override readData(type: DataType, buffer: BufferRegion = this.nextBufferRange()): Uint8Array {
    return this.region(buffer, (type as Widths | null)?.ArrayType?.BYTES_PER_ELEMENT ?? 1);
  }

  private region({ offset, length }: BufferRegion, width: number): Uint8Array {
    const view = this.body.subarray(offset, offset + length);
    return view.byteOffset % width === 0 ? view : view.slice();
  }
}
