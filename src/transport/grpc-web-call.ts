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

  /** Cancels the call; no callback runs after this. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.wire?.cancel();
  }

  private onHeaders(status: number, headers: Metadata): void {
    if (this.closed || this.done || status === 0) return;
    this.headers = headers;
    const code = statusOf(headers) ?? httpStatusToCode(status);
    this.handlers.onHeaders(headers);
    if (code !== Code.Ok) this.finish({ code, message: messageOf(headers), metadata: headers });
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
      return this.finish({ code: Code.Internal, message: err instanceof DeephavenError ? err.rawMessage : String(err), metadata: this.headers ?? new Metadata() });
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
        message = this.def.responseType.deserializeBinary(frame.payload) as Res;
      } catch (err) {
        return this.finish({ code: Code.Internal, message: `the response could not be decoded: ${String(err)}`, metadata: this.headers ?? new Metadata() });
      }
      this.handlers.onMessage(message);
      if (this.closed || this.done) return;
    }
  }

  private onEnd(error: DeephavenError | undefined): void {
    if (this.closed || this.done) return;
    if (error !== undefined) return this.finish({ code: error.code, message: error.rawMessage, metadata: this.headers ?? new Metadata(), error });
    if (this.frames.leftover > 0) return this.finish({ code: Code.Internal, message: 'parsing error: a frame was cut short', metadata: this.headers ?? new Metadata() });
    if (this.trailers !== undefined) {
      const code = statusOf(this.trailers);
      if (code === null) return this.finish({ code: Code.Internal, message: 'Response closed without grpc-status (Trailers provided)', metadata: this.trailers });
      return this.finish({ code, message: messageOf(this.trailers), metadata: this.trailers });
    }
    if (this.headers === undefined) return this.finish({ code: Code.Unknown, message: 'Response closed without headers', metadata: new Metadata() });
    const code = statusOf(this.headers);
    if (code === null) return this.finish({ code: Code.Unknown, message: 'Response closed without grpc-status (Headers only)', metadata: this.headers });
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
  return Number.isNaN(n) ? null : (n as Code);
}

function messageOf(md: Metadata): string {
  const raw = md.get('grpc-message')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The gRPC code of an HTTP status, for responses without `grpc-status` (as the gRPC-Web protocol maps them). */
const HTTP_CODES: Readonly<Record<number, Code>> = {
  200: Code.Ok,
  400: Code.InvalidArgument,
  401: Code.Unauthenticated,
  403: Code.PermissionDenied,
  404: Code.NotFound,
  409: Code.Aborted,
  412: Code.FailedPrecondition,
  429: Code.ResourceExhausted,
  499: Code.Cancelled,
  500: Code.Unknown,
  501: Code.Unimplemented,
  503: Code.Unavailable,
  504: Code.DeadlineExceeded,
};

function httpStatusToCode(status: number): Code {
  return HTTP_CODES[status] ?? Code.Unknown;
}
