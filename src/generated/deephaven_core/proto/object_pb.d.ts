// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/object.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class FetchObjectRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_ticket_pb.TypedTicket | undefined;
  setSourceId(value?: deephaven_core_proto_ticket_pb.TypedTicket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FetchObjectRequest.AsObject;
  static toObject(includeInstance: boolean, msg: FetchObjectRequest): FetchObjectRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FetchObjectRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FetchObjectRequest;
  static deserializeBinaryFromReader(message: FetchObjectRequest, reader: jspb.BinaryReader): FetchObjectRequest;
}

export namespace FetchObjectRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_ticket_pb.TypedTicket.AsObject,
  }
}

export class FetchObjectResponse extends jspb.Message {
  getType(): string;
  setType(value: string): void;

  getData(): Uint8Array | string;
  getData_asU8(): Uint8Array;
  getData_asB64(): string;
  setData(value: Uint8Array | string): void;

  clearTypedExportIdsList(): void;
  getTypedExportIdsList(): Array<deephaven_core_proto_ticket_pb.TypedTicket>;
  setTypedExportIdsList(value: Array<deephaven_core_proto_ticket_pb.TypedTicket>): void;
  addTypedExportIds(value?: deephaven_core_proto_ticket_pb.TypedTicket, index?: number): deephaven_core_proto_ticket_pb.TypedTicket;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FetchObjectResponse.AsObject;
  static toObject(includeInstance: boolean, msg: FetchObjectResponse): FetchObjectResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FetchObjectResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FetchObjectResponse;
  static deserializeBinaryFromReader(message: FetchObjectResponse, reader: jspb.BinaryReader): FetchObjectResponse;
}

export namespace FetchObjectResponse {
  export type AsObject = {
    type: string,
    data: Uint8Array | string,
    typedExportIdsList: Array<deephaven_core_proto_ticket_pb.TypedTicket.AsObject>,
  }
}

export class ConnectRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_ticket_pb.TypedTicket | undefined;
  setSourceId(value?: deephaven_core_proto_ticket_pb.TypedTicket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ConnectRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ConnectRequest): ConnectRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ConnectRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ConnectRequest;
  static deserializeBinaryFromReader(message: ConnectRequest, reader: jspb.BinaryReader): ConnectRequest;
}

export namespace ConnectRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_ticket_pb.TypedTicket.AsObject,
  }
}

export class ClientData extends jspb.Message {
  getPayload(): Uint8Array | string;
  getPayload_asU8(): Uint8Array;
  getPayload_asB64(): string;
  setPayload(value: Uint8Array | string): void;

  clearReferencesList(): void;
  getReferencesList(): Array<deephaven_core_proto_ticket_pb.TypedTicket>;
  setReferencesList(value: Array<deephaven_core_proto_ticket_pb.TypedTicket>): void;
  addReferences(value?: deephaven_core_proto_ticket_pb.TypedTicket, index?: number): deephaven_core_proto_ticket_pb.TypedTicket;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ClientData.AsObject;
  static toObject(includeInstance: boolean, msg: ClientData): ClientData.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ClientData, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ClientData;
  static deserializeBinaryFromReader(message: ClientData, reader: jspb.BinaryReader): ClientData;
}

export namespace ClientData {
  export type AsObject = {
    payload: Uint8Array | string,
    referencesList: Array<deephaven_core_proto_ticket_pb.TypedTicket.AsObject>,
  }
}

export class ServerData extends jspb.Message {
  getPayload(): Uint8Array | string;
  getPayload_asU8(): Uint8Array;
  getPayload_asB64(): string;
  setPayload(value: Uint8Array | string): void;

  clearExportedReferencesList(): void;
  getExportedReferencesList(): Array<deephaven_core_proto_ticket_pb.TypedTicket>;
  setExportedReferencesList(value: Array<deephaven_core_proto_ticket_pb.TypedTicket>): void;
  addExportedReferences(value?: deephaven_core_proto_ticket_pb.TypedTicket, index?: number): deephaven_core_proto_ticket_pb.TypedTicket;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ServerData.AsObject;
  static toObject(includeInstance: boolean, msg: ServerData): ServerData.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ServerData, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ServerData;
  static deserializeBinaryFromReader(message: ServerData, reader: jspb.BinaryReader): ServerData;
}

export namespace ServerData {
  export type AsObject = {
    payload: Uint8Array | string,
    exportedReferencesList: Array<deephaven_core_proto_ticket_pb.TypedTicket.AsObject>,
  }
}

export class StreamRequest extends jspb.Message {
  hasConnect(): boolean;
  clearConnect(): void;
  getConnect(): ConnectRequest | undefined;
  setConnect(value?: ConnectRequest): void;

  hasData(): boolean;
  clearData(): void;
  getData(): ClientData | undefined;
  setData(value?: ClientData): void;

  getMessageCase(): StreamRequest.MessageCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): StreamRequest.AsObject;
  static toObject(includeInstance: boolean, msg: StreamRequest): StreamRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: StreamRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): StreamRequest;
  static deserializeBinaryFromReader(message: StreamRequest, reader: jspb.BinaryReader): StreamRequest;
}

export namespace StreamRequest {
  export type AsObject = {
    connect?: ConnectRequest.AsObject,
    data?: ClientData.AsObject,
  }

  export enum MessageCase {
    MESSAGE_NOT_SET = 0,
    CONNECT = 1,
    DATA = 2,
  }
}

export class StreamResponse extends jspb.Message {
  hasData(): boolean;
  clearData(): void;
  getData(): ServerData | undefined;
  setData(value?: ServerData): void;

  getMessageCase(): StreamResponse.MessageCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): StreamResponse.AsObject;
  static toObject(includeInstance: boolean, msg: StreamResponse): StreamResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: StreamResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): StreamResponse;
  static deserializeBinaryFromReader(message: StreamResponse, reader: jspb.BinaryReader): StreamResponse;
}

export namespace StreamResponse {
  export type AsObject = {
    data?: ServerData.AsObject,
  }

  export enum MessageCase {
    MESSAGE_NOT_SET = 0,
    DATA = 1,
  }
}

export class BrowserNextResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BrowserNextResponse.AsObject;
  static toObject(includeInstance: boolean, msg: BrowserNextResponse): BrowserNextResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BrowserNextResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BrowserNextResponse;
  static deserializeBinaryFromReader(message: BrowserNextResponse, reader: jspb.BinaryReader): BrowserNextResponse;
}

export namespace BrowserNextResponse {
  export type AsObject = {
  }
}

