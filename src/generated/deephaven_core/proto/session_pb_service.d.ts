// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/session.proto

import * as deephaven_core_proto_session_pb from "../../deephaven_core/proto/session_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type SessionServiceCloseSession = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_session_pb.HandshakeRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.CloseSessionResponse;
};

type SessionServiceRelease = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_session_pb.ReleaseRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.ReleaseResponse;
};

type SessionServiceExportFromTicket = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_session_pb.ExportRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.ExportResponse;
};

type SessionServicePublishFromTicket = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_session_pb.PublishRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.PublishResponse;
};

type SessionServiceExportNotifications = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof deephaven_core_proto_session_pb.ExportNotificationRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.ExportNotification;
};

type SessionServiceTerminationNotification = {
  readonly methodName: string;
  readonly service: typeof SessionService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof deephaven_core_proto_session_pb.TerminationNotificationRequest;
  readonly responseType: typeof deephaven_core_proto_session_pb.TerminationNotificationResponse;
};

export class SessionService {
  static readonly serviceName: string;
  static readonly CloseSession: SessionServiceCloseSession;
  static readonly Release: SessionServiceRelease;
  static readonly ExportFromTicket: SessionServiceExportFromTicket;
  static readonly PublishFromTicket: SessionServicePublishFromTicket;
  static readonly ExportNotifications: SessionServiceExportNotifications;
  static readonly TerminationNotification: SessionServiceTerminationNotification;
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


