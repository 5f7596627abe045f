// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/partitionedtable.proto

import * as deephaven_core_proto_partitionedtable_pb from "../../deephaven_core/proto/partitionedtable_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type PartitionedTableServicePartitionBy = {
  readonly methodName: string;
  readonly service: typeof PartitionedTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_partitionedtable_pb.PartitionByRequest;
  readonly responseType: typeof deephaven_core_proto_partitionedtable_pb.PartitionByResponse;
};

type PartitionedTableServiceMerge = {
  readonly methodName: string;
  readonly service: typeof PartitionedTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_partitionedtable_pb.MergeRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

type PartitionedTableServiceGetTable = {
  readonly methodName: string;
  readonly service: typeof PartitionedTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_partitionedtable_pb.GetTableRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

export class PartitionedTableService {
  static readonly serviceName: string;
  static readonly PartitionBy: PartitionedTableServicePartitionBy;
  static readonly Merge: PartitionedTableServiceMerge;
  static readonly GetTable: PartitionedTableServiceGetTable;
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


