import { Code, DeephavenError } from '../errors.js';

/** @internal A frame the server sent on a `grpc-websockets-multiplex` socket. */
export type ServerFrame =
  /** The server drains the socket: no new streams on it. */
  | { readonly kind: 'go-away' }
  /** A chunk of stream `id`'s response (a view into the frame); `last` when the server ends the stream with it. */
  | { readonly kind: 'data'; readonly id: number; readonly last: boolean; readonly payload: Uint8Array };

/** The stream id that, alone in a frame, is the server's GO_AWAY. */
export const GO_AWAY = 0x7fffffff;

/**
 * @internal Reads one websocket message of the multiplex protocol: a 4-byte big-endian stream id whose top bit marks
 * the stream's last frame, then the chunk. Throws a {@link DeephavenError} (INTERNAL) for a message that is not
 * binary or is shorter than its stream id.
 */
export function readServerFrame(data: unknown): ServerFrame {
  if (!(data instanceof ArrayBuffer))
    throw new DeephavenError(
      Code.Internal,
      `the server sent a ${typeof data === 'string' ? 'text' : typeof data} websocket message where the multiplex protocol has binary ones`,
    );
  if (data.byteLength < 4)
    throw new DeephavenError(Code.Internal, `the server sent a ${data.byteLength}-byte websocket message, shorter than a stream id`);
  const raw = new DataView(data).getUint32(0);
  const id = raw & 0x7fffffff;
  if (id === GO_AWAY && data.byteLength === 4) return { kind: 'go-away' };
  return { kind: 'data', id, last: (raw & 0x80000000) !== 0, payload: new Uint8Array(data, 4) };
}
