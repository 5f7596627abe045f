// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/storage.proto

import * as deephaven_core_proto_storage_pb from "../../deephaven_core/proto/storage_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type StorageServiceListItems = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.ListItemsRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.ListItemsResponse;
};

type StorageServiceFetchFile = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.FetchFileRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.FetchFileResponse;
};

type StorageServiceSaveFile = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.SaveFileRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.SaveFileResponse;
};

type StorageServiceMoveItem = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.MoveItemRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.MoveItemResponse;
};

type StorageServiceCreateDirectory = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.CreateDirectoryRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.CreateDirectoryResponse;
};

type StorageServiceDeleteItem = {
  readonly methodName: string;
  readonly service: typeof StorageService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_storage_pb.DeleteItemRequest;
  readonly responseType: typeof deephaven_core_proto_storage_pb.DeleteItemResponse;
};

export class StorageService {
  static readonly serviceName: string;
  static readonly ListItems: StorageServiceListItems;
  static readonly FetchFile: StorageServiceFetchFile;
  static readonly SaveFile: StorageServiceSaveFile;
  static readonly MoveItem: StorageServiceMoveItem;
  static readonly CreateDirectory: StorageServiceCreateDirectory;
  static readonly DeleteItem: StorageServiceDeleteItem;
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


