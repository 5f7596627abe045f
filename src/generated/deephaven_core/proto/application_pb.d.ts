// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/application.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class ListFieldsRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ListFieldsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ListFieldsRequest): ListFieldsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ListFieldsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ListFieldsRequest;
  static deserializeBinaryFromReader(message: ListFieldsRequest, reader: jspb.BinaryReader): ListFieldsRequest;
}

export namespace ListFieldsRequest {
  export type AsObject = {
  }
}

export class FieldsChangeUpdate extends jspb.Message {
  clearCreatedList(): void;
  getCreatedList(): Array<FieldInfo>;
  setCreatedList(value: Array<FieldInfo>): void;
  addCreated(value?: FieldInfo, index?: number): FieldInfo;

  clearUpdatedList(): void;
  getUpdatedList(): Array<FieldInfo>;
  setUpdatedList(value: Array<FieldInfo>): void;
  addUpdated(value?: FieldInfo, index?: number): FieldInfo;

  clearRemovedList(): void;
  getRemovedList(): Array<FieldInfo>;
  setRemovedList(value: Array<FieldInfo>): void;
  addRemoved(value?: FieldInfo, index?: number): FieldInfo;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FieldsChangeUpdate.AsObject;
  static toObject(includeInstance: boolean, msg: FieldsChangeUpdate): FieldsChangeUpdate.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FieldsChangeUpdate, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FieldsChangeUpdate;
  static deserializeBinaryFromReader(message: FieldsChangeUpdate, reader: jspb.BinaryReader): FieldsChangeUpdate;
}

export namespace FieldsChangeUpdate {
  export type AsObject = {
    createdList: Array<FieldInfo.AsObject>,
    updatedList: Array<FieldInfo.AsObject>,
    removedList: Array<FieldInfo.AsObject>,
  }
}

export class FieldInfo extends jspb.Message {
  hasTypedTicket(): boolean;
  clearTypedTicket(): void;
  getTypedTicket(): deephaven_core_proto_ticket_pb.TypedTicket | undefined;
  setTypedTicket(value?: deephaven_core_proto_ticket_pb.TypedTicket): void;

  getFieldName(): string;
  setFieldName(value: string): void;

  getFieldDescription(): string;
  setFieldDescription(value: string): void;

  getApplicationName(): string;
  setApplicationName(value: string): void;

  getApplicationId(): string;
  setApplicationId(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FieldInfo.AsObject;
  static toObject(includeInstance: boolean, msg: FieldInfo): FieldInfo.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FieldInfo, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FieldInfo;
  static deserializeBinaryFromReader(message: FieldInfo, reader: jspb.BinaryReader): FieldInfo;
}

export namespace FieldInfo {
  export type AsObject = {
    typedTicket?: deephaven_core_proto_ticket_pb.TypedTicket.AsObject,
    fieldName: string,
    fieldDescription: string,
    applicationName: string,
    applicationId: string,
  }
}

