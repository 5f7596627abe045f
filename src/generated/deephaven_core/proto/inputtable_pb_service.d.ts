// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/inputtable.proto

import * as deephaven_core_proto_inputtable_pb from "../../deephaven_core/proto/inputtable_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type InputTableServiceAddTableToInputTable = {
  readonly methodName: string;
  readonly service: typeof InputTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_inputtable_pb.AddTableRequest;
  readonly responseType: typeof deephaven_core_proto_inputtable_pb.AddTableResponse;
};

type InputTableServiceDeleteTableFromInputTable = {
  readonly methodName: string;
  readonly service: typeof InputTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_inputtable_pb.DeleteTableRequest;
  readonly responseType: typeof deephaven_core_proto_inputtable_pb.DeleteTableResponse;
};

export class InputTableService {
  static readonly serviceName: string;
  static readonly AddTableToInputTable: InputTableServiceAddTableToInputTable;
  static readonly DeleteTableFromInputTable: InputTableServiceDeleteTableFromInputTable;
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


