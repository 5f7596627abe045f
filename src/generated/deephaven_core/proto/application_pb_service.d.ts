// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/application.proto

import * as deephaven_core_proto_application_pb from "../../deephaven_core/proto/application_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type ApplicationServiceListFields = {
  readonly methodName: string;
  readonly service: typeof ApplicationService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_application_pb.ListFieldsRequest;
  readonly responseType: typeof deephaven_core_proto_application_pb.FieldsChangeUpdate;
};

export class ApplicationService {
  static readonly serviceName: string;
  static readonly ListFields: ApplicationServiceListFields;
}

export type ServiceError = { message: string, code: number; metadata: grpc.Metadata }
export type Status = { details: string, code: number; metadata: grpc.Metadata }

interface UnaryResponse {
  cancel(): void;
}
interface ResponseStream<T> {
  cancel(): void;
  on(type: 'data', handler: (message: T) => void): ResponseStream<T>;
  on(type: 'end', handler: (status?: Status) => void): ResponseStream<T>;
  on(type: 'status', handler: (status: Status) => void): ResponseStream<T>;
}
interface RequestStream<T> {
  write(message: T): RequestStream<T>;
  end(): void;
  cancel(): void;
  on(type: 'end', handler: (status?: Status) => void): RequestStream<T>;
  on(type: 'status', handler: (status: Status) => void): RequestStream<T>;
}
interface BidirectionalStream<ReqT, ResT> {
  write(message: ReqT): BidirectionalStream<ReqT, ResT>;
  end(): void;
  cancel(): void;
  on(type: 'data', handler: (message: ResT) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'end', handler: (status?: Status) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'status', handler: (status: Status) => void): BidirectionalStream<ReqT, ResT>;
}


