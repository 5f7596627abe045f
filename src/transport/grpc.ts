import type { grpc as GrpcNamespace } from '@improbable-eng/grpc-web';

// The generated service descriptors (`*_pb_service`) are the SDK's catalogue of methods: each names its service,
// method, request and response classes in improbable-eng's `MethodDefinition` shape. Only these types are used;
// the calls themselves go through the SDK's own wire transports (see `wire-transport.ts`).

/** @internal */
export type ProtobufMessage = GrpcNamespace.ProtobufMessage;
/** @internal */
export type MethodDefinition<Req extends ProtobufMessage, Res extends ProtobufMessage> = GrpcNamespace.MethodDefinition<Req, Res>;
