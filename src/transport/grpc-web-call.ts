import { DeephavenError } from '../errors.js';
import { grpc, type Metadata, type MethodDefinition, type ProtobufMessage, type Transport, type TransportFactory } from './grpc.js';
import { parseTrailers, readFrames, type GrpcWebFrame } from './grpc-web-frames.js';

/** @internal How a call ended: a gRPC status code, its message, and the trailers (or headers) it came with. */
export type CallEnd = (code: number, message: string, trailers: Metadata) => void;

/** @internal The callbacks of one {@link GrpcWebCall}. */
export interface CallHandlers<Res> {
  onHeaders(headers: Metadata): void;
  onMessage(message: Res): void;
  onEnd: CallEnd;
}

/**
 * @internal One gRPC-Web call over a wire transport, parsed by the SDK's own code: the transports hand on chunks
 * of whole frames (see `FrameAssembler`), and each message is decoded from a view into its chunk, with no copy
 * (improbable's client copied every message out of its buffer first). Status rules as gRPC-Web's: the status is in
 * the trailers frame, or in the headers of a trailers-only response, else the HTTP status decides.
 */
export class GrpcWebCall<Req extends ProtobufMessage, Res extends ProtobufMessage> {
  private readonly transport: Transport;
  private headers: Metadata | undefined;
  private trailers: Metadata | undefined;
  private done = false;
  private closed = false;

  constructor(
    private readonly def: MethodDefinition<Req, Res>,
    host: string,
    factory: TransportFactory,
    private readonly handlers: CallHandlers<Res>,
  ) {
    this.transport = factory({
      methodDefinition: def,
      debug: false,
      url: `${host}/${def.service.serviceName}/${def.methodName}`,
      onHeaders: (headers, status) => this.onHeaders(headers, status),
      onChunk: (chunk) => this.onChunk(chunk),
      onEnd: () => this.onEnd(),
    });
  }

  start(headers: Record<string, string>): void {
    this.transport.start(new grpc.Metadata({ ...headers, 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' }));
  }

  send(message: Req): void {
    const bytes = message.serializeBinary();
    const framed = new Uint8Array(5 + bytes.length);
    new DataView(framed.buffer).setUint32(1, bytes.length, false);
    framed.set(bytes, 5);
    this.transport.sendMessage(framed);
  }

  finishSend(): void {
    this.transport.finishSend();
  }

  /** Cancels the call; no callback runs after this. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.transport.cancel();
  }

  private onHeaders(headers: Metadata, status: number): void {
    if (this.closed || this.done || status === 0) return;
    this.headers = headers;
    const code = statusOf(headers) ?? httpStatusToCode(status);
    this.handlers.onHeaders(headers);
    if (code !== grpc.Code.OK) this.finish(code, messageOf(headers), headers);
  }

  private onChunk(chunk: Uint8Array): void {
    if (this.closed || this.done) return;
    let frames: GrpcWebFrame[];
    try {
      frames = readFrames(chunk);
    } catch (err) {
      return this.finish(grpc.Code.Internal, err instanceof DeephavenError ? err.rawMessage : String(err), this.headers ?? new grpc.Metadata());
    }
    for (const frame of frames) {
      if (frame.trailers) {
        const trailers = new grpc.Metadata(parseTrailers(frame.payload));
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
        return this.finish(grpc.Code.Internal, `the response could not be decoded: ${String(err)}`, this.headers ?? new grpc.Metadata());
      }
      this.handlers.onMessage(message);
      if (this.closed || this.done) return;
    }
  }

  private onEnd(): void {
    if (this.closed || this.done) return;
    if (this.trailers !== undefined) {
      const code = statusOf(this.trailers);
      if (code === null) return this.finish(grpc.Code.Internal, 'Response closed without grpc-status (Trailers provided)', this.trailers);
      return this.finish(code, messageOf(this.trailers), this.trailers);
    }
    if (this.headers === undefined) return this.finish(grpc.Code.Unknown, 'Response closed without headers', new grpc.Metadata());
    const code = statusOf(this.headers);
    if (code === null) return this.finish(grpc.Code.Unknown, 'Response closed without grpc-status (Headers only)', this.headers);
    this.finish(code, messageOf(this.headers), this.headers);
  }

  private finish(code: number, message: string, metadata: Metadata): void {
    if (this.done) return;
    this.done = true;
    this.handlers.onEnd(code, message, metadata);
  }
}

function statusOf(md: Metadata): number | null {
  const raw = md.get('grpc-status')[0];
  if (raw === undefined) return null;
  const n = Number.parseInt(raw, 10);
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

/** The gRPC code of an HTTP status, for responses without `grpc-status` (as the gRPC-Web protocol maps them). */
function httpStatusToCode(status: number): number {
  switch (status) {
    case 0:
      return grpc.Code.Internal;
    case 200:
      return grpc.Code.OK;
    case 400:
      return grpc.Code.InvalidArgument;
    case 401:
      return grpc.Code.Unauthenticated;
    case 403:
      return grpc.Code.PermissionDenied;
    case 404:
      return grpc.Code.NotFound;
    case 409:
      return grpc.Code.Aborted;
    case 412:
      return grpc.Code.FailedPrecondition;
    case 429:
      return grpc.Code.ResourceExhausted;
    case 499:
      return grpc.Code.Canceled;
    case 500:
      return grpc.Code.Unknown;
    case 501:
      return grpc.Code.Unimplemented;
    case 503:
      return grpc.Code.Unavailable;
    case 504:
      return grpc.Code.DeadlineExceeded;
    default:
      return grpc.Code.Unknown;
  }
}
