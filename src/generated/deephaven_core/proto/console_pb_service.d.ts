// package: io.deephaven.proto.backplane.script.grpc
// file: deephaven_core/proto/console.proto

import * as deephaven_core_proto_console_pb from "../../deephaven_core/proto/console_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type ConsoleServiceGetConsoleTypes = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.GetConsoleTypesRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.GetConsoleTypesResponse;
};

type ConsoleServiceStartConsole = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.StartConsoleRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.StartConsoleResponse;
};

type ConsoleServiceGetHeapInfo = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.GetHeapInfoRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.GetHeapInfoResponse;
};

type ConsoleServiceSubscribeToLogs = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_console_pb.LogSubscriptionRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.LogSubscriptionData;
};

type ConsoleServiceExecuteCommand = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.ExecuteCommandRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.ExecuteCommandResponse;
};

type ConsoleServiceCancelCommand = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.CancelCommandRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.CancelCommandResponse;
};

type ConsoleServiceBindTableToVariable = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.BindTableToVariableRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.BindTableToVariableResponse;
};

type ConsoleServiceAutoCompleteStream = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: true;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_console_pb.AutoCompleteRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.AutoCompleteResponse;
};

type ConsoleServiceOpenAutoCompleteStream = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_console_pb.AutoCompleteRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.AutoCompleteResponse;
};

type ConsoleServiceNextAutoCompleteStream = {
  readonly methodName: string;
  readonly service: typeof ConsoleService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_console_pb.AutoCompleteRequest;
  readonly responseType: typeof deephaven_core_proto_console_pb.BrowserNextResponse;
};

export class ConsoleService {
  static readonly serviceName: string;
  static readonly GetConsoleTypes: ConsoleServiceGetConsoleTypes;
  static readonly StartConsole: ConsoleServiceStartConsole;
  static readonly GetHeapInfo: ConsoleServiceGetHeapInfo;
  static readonly SubscribeToLogs: ConsoleServiceSubscribeToLogs;
  static readonly ExecuteCommand: ConsoleServiceExecuteCommand;
  static readonly CancelCommand: ConsoleServiceCancelCommand;
  static readonly BindTableToVariable: ConsoleServiceBindTableToVariable;
  static readonly AutoCompleteStream: ConsoleServiceAutoCompleteStream;
  static readonly OpenAutoCompleteStream: ConsoleServiceOpenAutoCompleteStream;
  static readonly NextAutoCompleteStream: ConsoleServiceNextAutoCompleteStream;
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


