import { bidiCall, methodName, type BidiStream, type CallContext } from './calls.js';
import { browserStream, type BrowserStreamMethods, type BrowserStreamOptions } from './browser-stream.js';
import type { MethodDefinition, ProtobufMessage } from './grpc.js';

/**
 * @internal A bidirectional stream on any transport: the real bidi method where the transport streams requests
 * (websockets, HTTP/2 in Node; over fetch a `DoPut`, its requests sent as one body), else the server's Open/Next
 * browser-stream emulation (gRPC-Web over fetch).
 */
export function openBidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
  ctx: CallContext,
  real: MethodDefinition<Req, Res>,
  emulated: BrowserStreamMethods<Req, Res>,
  options: BrowserStreamOptions,
): BidiStream<Req, Res> {
  const streams = ctx.transport.clientStreams?.(methodName(real as MethodDefinition<ProtobufMessage, ProtobufMessage>)) ?? ctx.transport.supportsClientStreaming;
  if (streams) return bidiCall(ctx, real, options);
  return browserStream(ctx, emulated, options);
}
