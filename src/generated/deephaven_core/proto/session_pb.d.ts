// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/session.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class HandshakeRequest extends jspb.Message {
  getAuthProtocol(): number;
  setAuthProtocol(value: number): void;

  getPayload(): Uint8Array | string;
  getPayload_asU8(): Uint8Array;
  getPayload_asB64(): string;
  setPayload(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HandshakeRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HandshakeRequest): HandshakeRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HandshakeRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HandshakeRequest;
  static deserializeBinaryFromReader(message: HandshakeRequest, reader: jspb.BinaryReader): HandshakeRequest;
}

export namespace HandshakeRequest {
  export type AsObject = {
    authProtocol: number,
    payload: Uint8Array | string,
  }
}

export class CloseSessionResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CloseSessionResponse.AsObject;
  static toObject(includeInstance: boolean, msg: CloseSessionResponse): CloseSessionResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CloseSessionResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CloseSessionResponse;
  static deserializeBinaryFromReader(message: CloseSessionResponse, reader: jspb.BinaryReader): CloseSessionResponse;
}

export namespace CloseSessionResponse {
  export type AsObject = {
  }
}

export class ReleaseRequest extends jspb.Message {
  hasId(): boolean;
  clearId(): void;
  getId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ReleaseRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ReleaseRequest): ReleaseRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ReleaseRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ReleaseRequest;
  static deserializeBinaryFromReader(message: ReleaseRequest, reader: jspb.BinaryReader): ReleaseRequest;
}

export namespace ReleaseRequest {
  export type AsObject = {
    id?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class ReleaseResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ReleaseResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ReleaseResponse): ReleaseResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ReleaseResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ReleaseResponse;
  static deserializeBinaryFromReader(message: ReleaseResponse, reader: jspb.BinaryReader): ReleaseResponse;
}

export namespace ReleaseResponse {
  export type AsObject = {
  }
}

export class ExportRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setSourceId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ExportRequest): ExportRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportRequest;
  static deserializeBinaryFromReader(message: ExportRequest, reader: jspb.BinaryReader): ExportRequest;
}

export namespace ExportRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class ExportResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ExportResponse): ExportResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportResponse;
  static deserializeBinaryFromReader(message: ExportResponse, reader: jspb.BinaryReader): ExportResponse;
}

export namespace ExportResponse {
  export type AsObject = {
  }
}

export class PublishRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setSourceId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PublishRequest.AsObject;
  static toObject(includeInstance: boolean, msg: PublishRequest): PublishRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PublishRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PublishRequest;
  static deserializeBinaryFromReader(message: PublishRequest, reader: jspb.BinaryReader): PublishRequest;
}

export namespace PublishRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class PublishResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PublishResponse.AsObject;
  static toObject(includeInstance: boolean, msg: PublishResponse): PublishResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PublishResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PublishResponse;
  static deserializeBinaryFromReader(message: PublishResponse, reader: jspb.BinaryReader): PublishResponse;
}

export namespace PublishResponse {
  export type AsObject = {
  }
}

export class ExportNotificationRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportNotificationRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ExportNotificationRequest): ExportNotificationRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportNotificationRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportNotificationRequest;
  static deserializeBinaryFromReader(message: ExportNotificationRequest, reader: jspb.BinaryReader): ExportNotificationRequest;
}

export namespace ExportNotificationRequest {
  export type AsObject = {
  }
}

export class ExportNotification extends jspb.Message {
  hasTicket(): boolean;
  clearTicket(): void;
  getTicket(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTicket(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getExportState(): ExportNotification.StateMap[keyof ExportNotification.StateMap];
  setExportState(value: ExportNotification.StateMap[keyof ExportNotification.StateMap]): void;

  getContext(): string;
  setContext(value: string): void;

  getDependentHandle(): string;
  setDependentHandle(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportNotification.AsObject;
  static toObject(includeInstance: boolean, msg: ExportNotification): ExportNotification.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportNotification, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportNotification;
  static deserializeBinaryFromReader(message: ExportNotification, reader: jspb.BinaryReader): ExportNotification;
}

export namespace ExportNotification {
  export type AsObject = {
    ticket?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    exportState: ExportNotification.StateMap[keyof ExportNotification.StateMap],
    context: string,
    dependentHandle: string,
  }

  export interface StateMap {
    UNKNOWN: 0;
    PENDING: 1;
    PUBLISHING: 2;
    QUEUED: 3;
    RUNNING: 4;
    EXPORTED: 5;
    RELEASED: 6;
    CANCELLED: 7;
    FAILED: 8;
    DEPENDENCY_FAILED: 9;
    DEPENDENCY_NEVER_FOUND: 10;
    DEPENDENCY_CANCELLED: 11;
    DEPENDENCY_RELEASED: 12;
  }

  export const State: StateMap;
}

export class TerminationNotificationRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TerminationNotificationRequest.AsObject;
  static toObject(includeInstance: boolean, msg: TerminationNotificationRequest): TerminationNotificationRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TerminationNotificationRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TerminationNotificationRequest;
  static deserializeBinaryFromReader(message: TerminationNotificationRequest, reader: jspb.BinaryReader): TerminationNotificationRequest;
}

export namespace TerminationNotificationRequest {
  export type AsObject = {
  }
}

export class TerminationNotificationResponse extends jspb.Message {
  getAbnormalTermination(): boolean;
  setAbnormalTermination(value: boolean): void;

  getReason(): string;
  setReason(value: string): void;

  getIsFromUncaughtException(): boolean;
  setIsFromUncaughtException(value: boolean): void;

  clearStackTracesList(): void;
  getStackTracesList(): Array<TerminationNotificationResponse.StackTrace>;
  setStackTracesList(value: Array<TerminationNotificationResponse.StackTrace>): void;
  addStackTraces(value?: TerminationNotificationResponse.StackTrace, index?: number): TerminationNotificationResponse.StackTrace;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TerminationNotificationResponse.AsObject;
  static toObject(includeInstance: boolean, msg: TerminationNotificationResponse): TerminationNotificationResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TerminationNotificationResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TerminationNotificationResponse;
  static deserializeBinaryFromReader(message: TerminationNotificationResponse, reader: jspb.BinaryReader): TerminationNotificationResponse;
}

export namespace TerminationNotificationResponse {
  export type AsObject = {
    abnormalTermination: boolean,
    reason: string,
    isFromUncaughtException: boolean,
    stackTracesList: Array<TerminationNotificationResponse.StackTrace.AsObject>,
  }

  export class StackTrace extends jspb.Message {
    getType(): string;
    setType(value: string): void;

    getMessage(): string;
    setMessage(value: string): void;

    clearElementsList(): void;
    getElementsList(): Array<string>;
    setElementsList(value: Array<string>): void;
    addElements(value: string, index?: number): string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): StackTrace.AsObject;
    static toObject(includeInstance: boolean, msg: StackTrace): StackTrace.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: StackTrace, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): StackTrace;
    static deserializeBinaryFromReader(message: StackTrace, reader: jspb.BinaryReader): StackTrace;
  }

  export namespace StackTrace {
    export type AsObject = {
      type: string,
      message: string,
      elementsList: Array<string>,
    }
  }
}

