import type { Data, DataType } from 'apache-arrow';
import { Type, makeData } from './apache-arrow.js';

/**
 * @internal An empty column of `type` with the buffers apache-arrow's writer expects (offsets `[0]` for variable-width
 * and list types, children likewise), so that an empty table the SDK makes (a DoGet of no rows, a live table with
 * none) can be written again with `tableToIPC`.
 */
export function emptyData(type: DataType): Data {
  switch (type.typeId) {
    case Type.Utf8:
    case Type.Binary:
      return makeData({ type, length: 0, nullCount: 0, valueOffsets: new Int32Array(1), data: new Uint8Array(0) } as never);
    case Type.List:
    case Type.Map:
      return makeData({
        type,
        length: 0,
        nullCount: 0,
        valueOffsets: new Int32Array(1),
        child: emptyData((type.children[0] as { type: DataType }).type),
      } as never);
    case Type.Struct:
    case Type.FixedSizeList:
      return makeData({
        type,
        length: 0,
        nullCount: 0,
        children: type.children.map((c: { type: DataType }) => emptyData(c.type)),
      } as never);
    default:
      return makeData({ type, length: 0, nullCount: 0 } as never);
  }
}
