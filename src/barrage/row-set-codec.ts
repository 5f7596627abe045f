import { Code, DeephavenError } from '../errors.js';
import { RowSet, RowSetBuilder } from './row-set.js';
import { MAX_NARROW, WideRowSet, WideRowSetBuilder, widen, type KeySet } from './wide-row-set.js';

/**
 * Barrage's RowSet byte encoding (BARRAGE.md §3.1): a stream of commands, each `cmd | width`, whose values are
 * deltas from the previous absolute value; a negative delta closes a range. Row keys are 63-bit on the wire: a set
 * whose keys all fit a number decodes to a {@link RowSet} (the fast path); one with a key past 2^53 is decoded again,
 * exactly, into a {@link WideRowSet} of bigints.
 * @internal
 */

const OFFSET = 0x08;
const SHORT_ARRAY = 0x10;
const BYTE_ARRAY = 0x18;
const END = 0x20;
const CMD_MASK = 0x38;
const WIDTH_MASK = 0x07;
const W_SHORT = 1;
const W_INT = 2;
const W_LONG = 3;
const W_BYTE = 4;
/** The most shifts one update may carry (each is read and applied one by one). */
const MAX_SHIFTS = 1 << 24;
/** The largest 63-bit row key. */
const MAX_KEY = (1n << 63n) - 1n;
/** Thrown by the number decoder when a key passes 2^53: the set is decoded again with bigints. */
const WIDE = new Error('a key past 2^53');

function malformed(detail: string): DeephavenError {
  return new DeephavenError(Code.DataLoss, `the server sent a malformed Barrage row set (${detail})`);
}

/**
 * @internal Decodes an encoded set of row keys: numbers when every key fits, else bigints. An absent field is the
 * caller's business; an empty vector is the empty set.
 */
export function decodeKeySet(bytes: Uint8Array): KeySet {
  return decodeNarrow(bytes) ?? decodeWide(bytes);
}

/** @internal Decodes an encoded set of row positions (a viewport): they never pass 2^53. */
export function decodeRowSet(bytes: Uint8Array): RowSet {
  const out = decodeNarrow(bytes);
  if (out === undefined) throw new DeephavenError(Code.DataLoss, 'the server sent a row position beyond 2^53');
  return out;
}

/** The set as numbers, or undefined when a key passes 2^53. */
function decodeNarrow(bytes: Uint8Array): RowSet | undefined {
  if (bytes.length === 0) return RowSet.empty;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new RowSetBuilder();
  let at = 0;
  let last = 0;
  let pending = -1;
  const need = (n: number): void => {
    if (at + n > bytes.length) throw malformed(`truncated at byte ${at}`);
  };
  const read = (width: number): number => {
    switch (width) {
      case W_BYTE:
        need(1);
        return view.getInt8(at++);
      case W_SHORT:
        need(2);
        at += 2;
        return view.getInt16(at - 2, true);
      case W_INT:
        need(4);
        at += 4;
        return view.getInt32(at - 4, true);
      case W_LONG: {
        need(8);
        at += 8;
        const v = view.getBigInt64(at - 8, true);
        if (v > MAX_NARROW || v < -MAX_NARROW) throw WIDE;
        return Number(v);
      }
      default:
        throw malformed(`value width ${width}`);
    }
  };
  const value = (v: number): void => {
    const abs = last + Math.abs(v);
    if (abs > Number.MAX_SAFE_INTEGER) throw WIDE;
    if (v < 0) {
      if (pending < 0) throw malformed('a range end without a start');
      if (abs < pending) throw malformed('a range that ends before it starts');
      out.addRange(pending, abs);
      pending = -1;
    } else {
      if (pending >= 0) out.addRange(pending, pending);
      pending = abs;
    }
    last = abs;
  };
  try {
    for (;;) {
      need(1);
      const command = bytes[at++] as number;
      const cmd = command & CMD_MASK;
      const width = command & WIDTH_MASK;
      if (cmd === END) break;
      if (cmd === OFFSET) value(read(width));
      else if (cmd === SHORT_ARRAY || cmd === BYTE_ARRAY) {
        const count = read(width);
        if (count < 0) throw malformed(`a negative count ${count}`);
        need(count * (cmd === SHORT_ARRAY ? 2 : 1));
        for (let i = 0; i < count; i++) value(read(cmd === SHORT_ARRAY ? W_SHORT : W_BYTE));
      } else throw malformed(`command 0x${command.toString(16)}`);
    }
    if (pending >= 0) out.addRange(pending, pending);
    return out.build();
  } catch (err) {
    if (err === WIDE) return undefined;
    if (err instanceof DeephavenError) throw err;
    throw malformed(String(err)); // e.g. ranges out of order
  }
}

/** The set as bigints (the slow path of sets with a key past 2^53). */
function decodeWide(bytes: Uint8Array): WideRowSet {
  const out = new WideRowSetBuilder();
  let last = 0n;
  let pending = -1n;
  try {
    for (const v of deltas(bytes)) {
      const abs = last + (v < 0n ? -v : v);
      if (abs > MAX_KEY) throw malformed('a row key past 2^63');
      if (v < 0n) {
        if (pending < 0n) throw malformed('a range end without a start');
        if (abs < pending) throw malformed('a range that ends before it starts');
        out.addRange(pending, abs);
        pending = -1n;
      } else {
        if (pending >= 0n) out.addRange(pending, pending);
        pending = abs;
      }
      last = abs;
    }
    if (pending >= 0n) out.addRange(pending, pending);
    return out.build();
  } catch (err) {
    if (err instanceof DeephavenError) throw err;
    throw malformed(String(err));
  }
}

/** The values of an encoded set, as bigints, up to its END. */
function* deltas(bytes: Uint8Array): Generator<bigint> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const read = (width: number): bigint => {
    const size = [0, 2, 4, 8, 1][width];
    if (size === undefined || size === 0) throw malformed(`value width ${width}`);
    if (at + size > bytes.length) throw malformed(`truncated at byte ${at}`);
    at += size;
    if (width === W_LONG) return view.getBigInt64(at - 8, true);
    return BigInt(width === W_BYTE ? view.getInt8(at - 1) : width === W_SHORT ? view.getInt16(at - 2, true) : view.getInt32(at - 4, true));
  };
  for (;;) {
    if (at >= bytes.length) throw malformed(`truncated at byte ${at}`);
    const command = bytes[at++] as number;
    const cmd = command & CMD_MASK;
    const width = command & WIDTH_MASK;
    if (cmd === END) return;
    if (cmd === OFFSET) yield read(width);
    else if (cmd === SHORT_ARRAY || cmd === BYTE_ARRAY) {
      const count = read(width);
      if (count < 0n) throw malformed(`a negative count ${count}`);
      if (BigInt(at) + count * (cmd === SHORT_ARRAY ? 2n : 1n) > BigInt(bytes.length)) throw malformed(`truncated at byte ${at}`);
      for (let i = 0n; i < count; i++) yield read(cmd === SHORT_ARRAY ? W_SHORT : W_BYTE);
    } else throw malformed(`command 0x${command.toString(16)}`);
  }
}

/**
 * @internal Encodes a set of keys or positions the simplest valid way (BARRAGE.md §3.1): one OFFSET value (int8, int32
 * or int64 wide) per element start and range end, then END.
 */
export function encodeRowSet(set: KeySet): Uint8Array {
  const parts: (number | bigint)[] = [];
  if (set instanceof RowSet) {
    let last = 0;
    for (const [first, lastInRange] of set.ranges()) {
      parts.push(first - last);
      if (lastInRange > first) parts.push(-(lastInRange - first));
      last = lastInRange;
    }
  } else {
    let last = 0n;
    for (const [first, lastInRange] of set.ranges()) {
      parts.push(first - last);
      if (lastInRange > first) parts.push(-(lastInRange - first));
      last = lastInRange;
    }
  }
  const out = new Uint8Array(parts.length * 9 + 1);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const v of parts) {
    if (v >= -128 && v <= 127) {
      out[at++] = OFFSET | W_BYTE;
      view.setInt8(at++, Number(v));
    } else if (v >= -0x80000000 && v <= 0x7fffffff) {
      out[at++] = OFFSET | W_INT;
      view.setInt32(at, Number(v), true);
      at += 4;
    } else {
      out[at++] = OFFSET | W_LONG;
      view.setBigInt64(at, BigInt(v), true);
      at += 8;
    }
  }
  out[at++] = END;
  return out.slice(0, at);
}

/** @internal One shift: keys `[first, last]` move by `delta`. */
export interface Shift {
  readonly first: number;
  readonly last: number;
  readonly delta: number;
}

/** @internal One shift of keys past 2^53 (or by more than 2^53). */
export interface WideShift {
  readonly first: bigint;
  readonly last: bigint;
  readonly delta: bigint;
}

/** @internal The shifts of one update: numbers when every key fits, else bigints. */
export type Shifts = readonly Shift[] | readonly WideShift[];

/** @internal True when the shifts are bigints. */
export function isWide(shifts: Shifts): shifts is readonly WideShift[] {
  return shifts.length > 0 && typeof (shifts[0] as Shift | WideShift).first === 'bigint';
}

/** @internal The shifts as bigints. */
export function widenShifts(shifts: Shifts): readonly WideShift[] {
  if (isWide(shifts)) return shifts;
  return shifts.map((s) => ({ first: BigInt(s.first), last: BigInt(s.last), delta: BigInt(s.delta) }));
}

/**
 * @internal Decodes `shift_data`: three RowSets back to back (starts, ends, destinations), read key by key in
 * parallel (BARRAGE.md §3.3).
 */
export function decodeShifts(bytes: Uint8Array | undefined): Shifts {
  if (bytes === undefined || bytes.length === 0) return [];
  const sets: KeySet[] = [];
  let at = 0;
  for (let i = 0; i < 3; i++) {
    const end = endOfRowSet(bytes, at);
    sets.push(decodeKeySet(bytes.subarray(at, end)));
    at = end;
  }
  const [starts, ends, dests] = sets as [KeySet, KeySet, KeySet];
  if (starts.size !== ends.size || starts.size !== dests.size) throw malformed('shift sets of different sizes');
  // Shifts are read one by one: a bound on their number bounds the time and memory a message can cost.
  if (starts.size > MAX_SHIFTS)
    throw new DeephavenError(
      Code.ResourceExhausted,
      `the server sent ${starts.size} shifts in one update (at most ${MAX_SHIFTS} are read)`,
    );
  if (starts instanceof RowSet && ends instanceof RowSet && dests instanceof RowSet) {
    const out: Shift[] = [];
    const e = ends[Symbol.iterator]();
    const d = dests[Symbol.iterator]();
    for (const first of starts) {
      const last = e.next().value as number;
      const dest = d.next().value as number;
      if (last < first) throw malformed('a shift that ends before it starts');
      out.push({ first, last, delta: dest - first });
    }
    return out;
  }
  const out: WideShift[] = [];
  const e = keysOf(widen(ends));
  const d = keysOf(widen(dests));
  for (const first of keysOf(widen(starts))) {
    const last = e.next().value as bigint;
    const dest = d.next().value as bigint;
    if (last < first) throw malformed('a shift that ends before it starts');
    out.push({ first, last, delta: dest - first });
  }
  return out;
}

/** Every key of a wide set, in order. */
function* keysOf(set: WideRowSet): Generator<bigint> {
  for (const [a, b] of set.ranges()) for (let k = a; k <= b; k++) yield k;
}

/** The offset just past the END command of the RowSet starting at `at`. */
function endOfRowSet(bytes: Uint8Array, at: number): number {
  const widthBytes = [0, 2, 4, 8, 1];
  for (;;) {
    if (at >= bytes.length) throw malformed('shift data without END');
    const command = bytes[at++] as number;
    const cmd = command & CMD_MASK;
    const width = widthBytes[command & WIDTH_MASK];
    if (cmd === END) return at;
    if (width === undefined || width === 0) throw malformed(`value width ${command & WIDTH_MASK}`);
    if (cmd === OFFSET) at += width;
    else if (cmd === SHORT_ARRAY || cmd === BYTE_ARRAY) {
      if (at + width > bytes.length) throw malformed('truncated count');
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, width);
      const count =
        width === 1
          ? view.getInt8(0)
          : width === 2
            ? view.getInt16(0, true)
            : width === 4
              ? view.getInt32(0, true)
              : Number(view.getBigInt64(0, true));
      if (count < 0) throw malformed(`a negative count ${count}`);
      at += width + count * (cmd === SHORT_ARRAY ? 2 : 1);
    } else throw malformed(`command 0x${command.toString(16)}`);
  }
}

/** @internal The column bitset (BARRAGE.md §3.2) of the given column indices. */
export function encodeBitset(indices: readonly number[]): Uint8Array {
  const max = indices.reduce((m, i) => Math.max(m, i), -1);
  const out = new Uint8Array((max >> 3) + 1);
  for (const i of indices) out[i >> 3] = (out[i >> 3] as number) | (1 << (i & 7));
  return max < 0 ? new Uint8Array(0) : out;
}

/** @internal The column indices set in a bitset. */
export function decodeBitset(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length * 8; i++) if (((bytes[i >> 3] as number) & (1 << (i & 7))) !== 0) out.push(i);
  return out;
}
