// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/inputtable.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class AddTableRequest extends jspb.Message {
  hasInputTable(): boolean;
  clearInputTable(): void;
  getInputTable(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setInputTable(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasTableToAdd(): boolean;
  clearTableToAdd(): void;
  getTableToAdd(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTableToAdd(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AddTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AddTableRequest): AddTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AddTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AddTableRequest;
  static deserializeBinaryFromReader(message: AddTableRequest, reader: jspb.BinaryReader): AddTableRequest;
}

export namespace AddTableRequest {
  export type AsObject = {
    inputTable?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    tableToAdd?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class AddTableResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AddTableResponse.AsObject;
  static toObject(includeInstance: boolean, msg: AddTableResponse): AddTableResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AddTableResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AddTableResponse;
  static deserializeBinaryFromReader(message: AddTableResponse, reader: jspb.BinaryReader): AddTableResponse;
}

export namespace AddTableResponse {
  export type AsObject = {
  }
}

export class DeleteTableRequest extends jspb.Message {
  hasInputTable(): boolean;
  clearInputTable(): void;
  getInputTable(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setInputTable(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasTableToRemove(): boolean;
  clearTableToRemove(): void;
  getTableToRemove(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTableToRemove(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DeleteTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: DeleteTableRequest): DeleteTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DeleteTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DeleteTableRequest;
  static deserializeBinaryFromReader(message: DeleteTableRequest, reader: jspb.BinaryReader): DeleteTableRequest;
}

export namespace DeleteTableRequest {
  export type AsObject = {
    inputTable?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    tableToRemove?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class DeleteTableResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DeleteTableResponse.AsObject;
  static toObject(includeInstance: boolean, msg: DeleteTableResponse): DeleteTableResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DeleteTableResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DeleteTableResponse;
  static deserializeBinaryFromReader(message: DeleteTableResponse, reader: jspb.BinaryReader): DeleteTableResponse;
}

export namespace DeleteTableResponse {
  export type AsObject = {
  }
}

