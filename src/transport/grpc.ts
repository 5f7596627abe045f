import * as grpcWebModule from '@improbable-eng/grpc-web';
import type { grpc as GrpcNamespace } from '@improbable-eng/grpc-web';

/**
 * improbable-eng's `grpc` namespace, whichever way the platform exposes the CommonJS package to ESM (named export
 * in bundlers, `default` in Node).
 * @internal
 */
export const grpc: typeof GrpcNamespace = (() => {
  const ns = grpcWebModule as unknown as { grpc?: typeof GrpcNamespace; default?: { grpc?: typeof GrpcNamespace } };
  const found = ns.grpc ?? ns.default?.grpc;
  if (found === undefined) throw new Error('@improbable-eng/grpc-web did not load');
  return found;
})();

/** @internal */
export type Metadata = GrpcNamespace.Metadata;
/** @internal */
export type Client<Req extends ProtobufMessage, Res extends ProtobufMessage> = GrpcNamespace.Client<Req, Res>;
/** @internal */
export type TransportFactory = GrpcNamespace.TransportFactory;
/** @internal */
export type TransportOptions = GrpcNamespace.TransportOptions;
/** @internal */
export type Transport = GrpcNamespace.Transport;
/** @internal */
export type ProtobufMessage = GrpcNamespace.ProtobufMessage;
/** @internal */
export type MethodDefinition<Req extends ProtobufMessage, Res extends ProtobufMessage> = GrpcNamespace.MethodDefinition<
  Req,
  Res
>;
