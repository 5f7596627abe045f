// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/inputtable.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";
import * as google_protobuf_any_pb from "google-protobuf/google/protobuf/any_pb.js";

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

export class DeephavenTableMetadata extends jspb.Message {
  hasInputTableMetadata(): boolean;
  clearInputTableMetadata(): void;
  getInputTableMetadata(): InputTableMetadata | undefined;
  setInputTableMetadata(value?: InputTableMetadata): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DeephavenTableMetadata.AsObject;
  static toObject(includeInstance: boolean, msg: DeephavenTableMetadata): DeephavenTableMetadata.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DeephavenTableMetadata, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DeephavenTableMetadata;
  static deserializeBinaryFromReader(message: DeephavenTableMetadata, reader: jspb.BinaryReader): DeephavenTableMetadata;
}

export namespace DeephavenTableMetadata {
  export type AsObject = {
    inputTableMetadata?: InputTableMetadata.AsObject,
  }
}

export class InputTableMetadata extends jspb.Message {
  getColumnInfoMap(): jspb.Map<string, InputTableColumnInfo>;
  clearColumnInfoMap(): void;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): InputTableMetadata.AsObject;
  static toObject(includeInstance: boolean, msg: InputTableMetadata): InputTableMetadata.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: InputTableMetadata, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): InputTableMetadata;
  static deserializeBinaryFromReader(message: InputTableMetadata, reader: jspb.BinaryReader): InputTableMetadata;
}

export namespace InputTableMetadata {
  export type AsObject = {
    columnInfoMap: Array<[string, InputTableColumnInfo.AsObject]>,
  }
}

export class InputTableColumnInfo extends jspb.Message {
  getKind(): InputTableColumnInfo.KindMap[keyof InputTableColumnInfo.KindMap];
  setKind(value: InputTableColumnInfo.KindMap[keyof InputTableColumnInfo.KindMap]): void;

  clearRestrictionsList(): void;
  getRestrictionsList(): Array<google_protobuf_any_pb.Any>;
  setRestrictionsList(value: Array<google_protobuf_any_pb.Any>): void;
  addRestrictions(value?: google_protobuf_any_pb.Any, index?: number): google_protobuf_any_pb.Any;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): InputTableColumnInfo.AsObject;
  static toObject(includeInstance: boolean, msg: InputTableColumnInfo): InputTableColumnInfo.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: InputTableColumnInfo, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): InputTableColumnInfo;
  static deserializeBinaryFromReader(message: InputTableColumnInfo, reader: jspb.BinaryReader): InputTableColumnInfo;
}

export namespace InputTableColumnInfo {
  export type AsObject = {
    kind: InputTableColumnInfo.KindMap[keyof InputTableColumnInfo.KindMap],
    restrictionsList: Array<google_protobuf_any_pb.Any.AsObject>,
  }

  export interface KindMap {
    KIND_UNKNOWN: 0;
    KIND_KEY: 1;
    KIND_VALUE: 2;
  }

  export const Kind: KindMap;
}

export class IntegerRangeRestriction extends jspb.Message {
  hasMinInclusive(): boolean;
  clearMinInclusive(): void;
  getMinInclusive(): number;
  setMinInclusive(value: number): void;

  hasMaxInclusive(): boolean;
  clearMaxInclusive(): void;
  getMaxInclusive(): number;
  setMaxInclusive(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): IntegerRangeRestriction.AsObject;
  static toObject(includeInstance: boolean, msg: IntegerRangeRestriction): IntegerRangeRestriction.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: IntegerRangeRestriction, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): IntegerRangeRestriction;
  static deserializeBinaryFromReader(message: IntegerRangeRestriction, reader: jspb.BinaryReader): IntegerRangeRestriction;
}

export namespace IntegerRangeRestriction {
  export type AsObject = {
    minInclusive: number,
    maxInclusive: number,
  }
}

export class DoubleRangeRestriction extends jspb.Message {
  hasMinInclusive(): boolean;
  clearMinInclusive(): void;
  getMinInclusive(): number;
  setMinInclusive(value: number): void;

  hasMaxInclusive(): boolean;
  clearMaxInclusive(): void;
  getMaxInclusive(): number;
  setMaxInclusive(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DoubleRangeRestriction.AsObject;
  static toObject(includeInstance: boolean, msg: DoubleRangeRestriction): DoubleRangeRestriction.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DoubleRangeRestriction, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DoubleRangeRestriction;
  static deserializeBinaryFromReader(message: DoubleRangeRestriction, reader: jspb.BinaryReader): DoubleRangeRestriction;
}

export namespace DoubleRangeRestriction {
  export type AsObject = {
    minInclusive: number,
    maxInclusive: number,
  }
}

export class NotNullRestriction extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): NotNullRestriction.AsObject;
  static toObject(includeInstance: boolean, msg: NotNullRestriction): NotNullRestriction.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: NotNullRestriction, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): NotNullRestriction;
  static deserializeBinaryFromReader(message: NotNullRestriction, reader: jspb.BinaryReader): NotNullRestriction;
}

export namespace NotNullRestriction {
  export type AsObject = {
  }
}

export class NonEmptyRestriction extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): NonEmptyRestriction.AsObject;
  static toObject(includeInstance: boolean, msg: NonEmptyRestriction): NonEmptyRestriction.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: NonEmptyRestriction, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): NonEmptyRestriction;
  static deserializeBinaryFromReader(message: NonEmptyRestriction, reader: jspb.BinaryReader): NonEmptyRestriction;
}

export namespace NonEmptyRestriction {
  export type AsObject = {
  }
}

export class StringListRestriction extends jspb.Message {
  clearAllowedValuesList(): void;
  getAllowedValuesList(): Array<string>;
  setAllowedValuesList(value: Array<string>): void;
  addAllowedValues(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): StringListRestriction.AsObject;
  static toObject(includeInstance: boolean, msg: StringListRestriction): StringListRestriction.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: StringListRestriction, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): StringListRestriction;
  static deserializeBinaryFromReader(message: StringListRestriction, reader: jspb.BinaryReader): StringListRestriction;
}

export namespace StringListRestriction {
  export type AsObject = {
    allowedValuesList: Array<string>,
  }
}

