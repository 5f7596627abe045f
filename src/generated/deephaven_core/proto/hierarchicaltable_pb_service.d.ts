// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/hierarchicaltable.proto

import * as deephaven_core_proto_hierarchicaltable_pb from "../../deephaven_core/proto/hierarchicaltable_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type HierarchicalTableServiceRollup = {
  readonly methodName: string;
  readonly service: typeof HierarchicalTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_hierarchicaltable_pb.RollupRequest;
  readonly responseType: typeof deephaven_core_proto_hierarchicaltable_pb.RollupResponse;
};

type HierarchicalTableServiceTree = {
  readonly methodName: string;
  readonly service: typeof HierarchicalTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_hierarchicaltable_pb.TreeRequest;
  readonly responseType: typeof deephaven_core_proto_hierarchicaltable_pb.TreeResponse;
};

type HierarchicalTableServiceApply = {
  readonly methodName: string;
  readonly service: typeof HierarchicalTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_hierarchicaltable_pb.HierarchicalTableApplyRequest;
  readonly responseType: typeof deephaven_core_proto_hierarchicaltable_pb.HierarchicalTableApplyResponse;
};

type HierarchicalTableServiceView = {
  readonly methodName: string;
  readonly service: typeof HierarchicalTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_hierarchicaltable_pb.HierarchicalTableViewRequest;
  readonly responseType: typeof deephaven_core_proto_hierarchicaltable_pb.HierarchicalTableViewResponse;
};

type HierarchicalTableServiceExportSource = {
  readonly methodName: string;
  readonly service: typeof HierarchicalTableService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_hierarchicaltable_pb.HierarchicalTableSourceExportRequest;
  readonly responseType: typeof deephaven_core_proto_table_core_pb.ExportedTableCreationResponse;
};

export class HierarchicalTableService {
  static readonly serviceName: string;
  static readonly Rollup: HierarchicalTableServiceRollup;
  static readonly Tree: HierarchicalTableServiceTree;
  static readonly Apply: HierarchicalTableServiceApply;
  static readonly View: HierarchicalTableServiceView;
  static readonly ExportSource: HierarchicalTableServiceExportSource;
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


