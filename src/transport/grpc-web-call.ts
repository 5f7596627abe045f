import { Code, DeephavenError } from '../errors.js';
import { FrameAssembler, placementFor } from './frames.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';
import { parseTrailers, readFrames, type GrpcWebFrame } from './grpc-web-frames.js';
import { Metadata } from './metadata.js';
import type { WireCall, WireTransport } from './wire-transport.js';

/**
 * @internal How a call ended: its gRPC status code and message, the trailers (or headers) they came with, and for
 * a failure below gRPC (reported by the transport) the transport's own error.
 */
export interface CallStatus {
  readonly code: Code;
  readonly message: string;
  readonly metadata: Metadata;
  readonly error?: DeephavenError | undefined;
}

/** @internal The callbacks of one {@link GrpcWebCall}. */
export interface CallHandlers<Res> {
  onHeaders(headers: Metadata): void;
  onMessage(message: Res): void;
  onEnd(status: CallStatus): void;
}

/**
 * @internal One gRPC-Web call over a {@link WireTransport}, parsed by the SDK's own code: the response body is
 * re-chunked into whole frames (see `FrameAssembler`), and each message is decoded from a view into its chunk, with
 * no copy. Status rules as gRPC-Web's: the status is in the trailers frame, or in the headers of a trailers-only
 * response, else the HTTP status decides; a transport failure ends the call with the transport's error.
 */
export class GrpcWebCall<Req extends ProtobufMessage, Res extends ProtobufMessage> {
  private readonly frames = new FrameAssembler();
  private wire: WireCall | undefined;
  private headers: Metadata | undefined;
  private trailers: Metadata | undefined;
  private done = false;
  private closed = false;

  constructor(
    private readonly def: MethodDefinition<Req, Res>,
    private readonly host: string,
    private readonly transport: WireTransport,
    private readonly handlers: CallHandlers<Res>,
  ) {
    this.frames.placement = placementFor(def);
  }

  /** Opens the call on the transport with the request headers, on a connection lane. */
  start(headers: Record<string, string>, lane?: string): void {
    const method = `${this.def.service.serviceName}/${this.def.methodName}`;
    this.wire = this.transport.open(
      {
        url: `${this.host}/${method}`,
        method,
        headers: { ...headers, 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' },
        lane,
      },
      {
        headers: (status, md) => this.onHeaders(status, md),
        chunk: (bytes) => this.onChunk(bytes),
        end: (error) => this.onEnd(error),
      },
    );
  }

  send(message: Req): void {
    const bytes = message.serializeBinary();
    const framed = new Uint8Array(5 + bytes.length);
    new DataView(framed.buffer).setUint32(1, bytes.length, false);
    framed.set(bytes, 5);
    this.wire?.send(framed);
  }

  finishSend(): void {
    this.wire?.finishSend();
  }

  /** Cancels the call unless it has ended (its `onEnd` ran); no callback runs after this. */
  close(): void {
    if (this.closed || this.done) return;
    this.closed = true;
    this.wire?.cancel();
  }

  private onHeaders(status: number, headers: Metadata): void {
    if (this.closed || this.done || status === 0) return;
    this.headers = headers;
    const grpcStatus = statusOf(headers);
    const code = grpcStatus ?? httpStatusToCode(status);
    this.handlers.onHeaders(headers);
    if (code === Code.Ok) return;
    const message =
      messageOf(headers) || (grpcStatus === null ? `the server (or a proxy) answered HTTP ${status} without a gRPC status` : '');
    this.finish({ code, message, metadata: headers });
  }

  private onChunk(bytes: Uint8Array): void {
    for (const chunk of this.frames.push(bytes)) {
      if (this.closed || this.done) return;
      this.onFrames(chunk);
    }
  }

  /** A chunk of whole frames. */
  private onFrames(chunk: Uint8Array): void {
    let frames: GrpcWebFrame[];
    try {
      frames = readFrames(chunk);
    } catch (err) {
      return this.finish({
        code: Code.Internal,
        message: err instanceof DeephavenError ? err.rawMessage : String(err),
        metadata: this.headers ?? new Metadata(),
      });
    }
    for (const frame of frames) {
      if (frame.trailers) {
        const trailers = new Metadata(Object.entries(parseTrailers(frame.payload)));
        if (this.headers === undefined) {
          this.headers = trailers;
          this.handlers.onHeaders(trailers);
        } else this.trailers = trailers;
        return;
      }
      let message: Res;
      try {
        message = this.def.responseType.deserializeBinary(frame.payload);
      } catch (err) {
        return this.finish({
          code: Code.Internal,
          message: `the response could not be decoded: ${String(err)}`,
          metadata: this.headers ?? new Metadata(),
        });
      }
      this.handlers.onMessage(message);
      if (this.closed || this.done) return;
    }
  }

  private onEnd(error: DeephavenError | undefined): void {
    if (this.closed || this.done) return;
    if (error !== undefined)
      return this.finish({ code: error.code, message: error.rawMessage, metadata: this.headers ?? new Metadata(), error });
    if (this.frames.leftover > 0)
      return this.finish({
        code: Code.Internal,
        message: 'parsing error: a frame was cut short',
        metadata: this.headers ?? new Metadata(),
      });
    if (this.trailers !== undefined) {
      const code = statusOf(this.trailers);
      if (code === null)
        return this.finish({
          code: Code.Internal,
          message: 'Response closed without grpc-status (Trailers provided)',
          metadata: this.trailers,
        });
      return this.finish({ code, message: messageOf(this.trailers), metadata: this.trailers });
    }
    if (this.headers === undefined)
      return this.finish({ code: Code.Unknown, message: 'Response closed without headers', metadata: new Metadata() });
    const code = statusOf(this.headers);
    if (code === null)
      return this.finish({ code: Code.Unknown, message: 'Response closed without grpc-status (Headers only)', metadata: this.headers });
    this.finish({ code, message: messageOf(this.headers), metadata: this.headers });
  }

  private finish(status: CallStatus): void {
    if (this.done) return;
    this.done = true;
    this.handlers.onEnd(status);
  }
}

function statusOf(md: Metadata): Code | null {
  const raw = md.get('grpc-status')[0];
  if (raw === undefined) return null;
  const n = Number.parseInt(raw, 10);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- grpc-status carries a gRPC code, and Code's values are gRPC's
  return Number.isNaN(n) ? null : n;
}

function messageOf(md: Metadata): string {
  const raw = md.get('grpc-message')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * @internal The gRPC code of an HTTP status that came without a `grpc-status` (a proxy's or load balancer's own
 * answer), as gRPC defines it (HTTP to gRPC status mapping): 400 INTERNAL, 401 UNAUTHENTICATED, 403
 * PERMISSION_DENIED, 404 UNIMPLEMENTED, 429, 502, 503 and 504 UNAVAILABLE (worth a retry or a reconnect), any other
 * UNKNOWN. 200 is not an error: the status follows in the trailers.
 */
export function httpStatusToCode(status: number): Code {
  switch (status) {
    case 200:
      return Code.Ok;
    case 400:
      return Code.Internal;
    case 401:
      return Code.Unauthenticated;
    case 403:
      return Code.PermissionDenied;
    case 404:
      return Code.Unimplemented;
    case 429:
    case 502:
    case 503:
    case 504:
      return Code.Unavailable;
    default:
      return Code.Unknown;
  }
}
