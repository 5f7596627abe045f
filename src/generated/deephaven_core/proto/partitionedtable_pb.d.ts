// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/partitionedtable.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class PartitionByRequest extends jspb.Message {
  hasTableId(): boolean;
  clearTableId(): void;
  getTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearKeyColumnNamesList(): void;
  getKeyColumnNamesList(): Array<string>;
  setKeyColumnNamesList(value: Array<string>): void;
  addKeyColumnNames(value: string, index?: number): string;

  getDropKeys(): boolean;
  setDropKeys(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PartitionByRequest.AsObject;
  static toObject(includeInstance: boolean, msg: PartitionByRequest): PartitionByRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PartitionByRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PartitionByRequest;
  static deserializeBinaryFromReader(message: PartitionByRequest, reader: jspb.BinaryReader): PartitionByRequest;
}

export namespace PartitionByRequest {
  export type AsObject = {
    tableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    keyColumnNamesList: Array<string>,
    dropKeys: boolean,
  }
}

export class PartitionByResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PartitionByResponse.AsObject;
  static toObject(includeInstance: boolean, msg: PartitionByResponse): PartitionByResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PartitionByResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PartitionByResponse;
  static deserializeBinaryFromReader(message: PartitionByResponse, reader: jspb.BinaryReader): PartitionByResponse;
}

export namespace PartitionByResponse {
  export type AsObject = {
  }
}

export class MergeRequest extends jspb.Message {
  hasPartitionedTable(): boolean;
  clearPartitionedTable(): void;
  getPartitionedTable(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setPartitionedTable(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MergeRequest.AsObject;
  static toObject(includeInstance: boolean, msg: MergeRequest): MergeRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MergeRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MergeRequest;
  static deserializeBinaryFromReader(message: MergeRequest, reader: jspb.BinaryReader): MergeRequest;
}

export namespace MergeRequest {
  export type AsObject = {
    partitionedTable?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class GetTableRequest extends jspb.Message {
  hasPartitionedTable(): boolean;
  clearPartitionedTable(): void;
  getPartitionedTable(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setPartitionedTable(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasKeyTableTicket(): boolean;
  clearKeyTableTicket(): void;
  getKeyTableTicket(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setKeyTableTicket(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getUniqueBehavior(): GetTableRequest.UniqueBehaviorMap[keyof GetTableRequest.UniqueBehaviorMap];
  setUniqueBehavior(value: GetTableRequest.UniqueBehaviorMap[keyof GetTableRequest.UniqueBehaviorMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetTableRequest): GetTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetTableRequest;
  static deserializeBinaryFromReader(message: GetTableRequest, reader: jspb.BinaryReader): GetTableRequest;
}

export namespace GetTableRequest {
  export type AsObject = {
    partitionedTable?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    keyTableTicket?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    uniqueBehavior: GetTableRequest.UniqueBehaviorMap[keyof GetTableRequest.UniqueBehaviorMap],
  }

  export interface UniqueBehaviorMap {
    NOT_SET_UNIQUE_BEHAVIOR: 0;
    REQUIRE_UNIQUE_RESULTS_STATIC_SINGLE_KEY: 1;
    PERMIT_MULTIPLE_KEYS: 2;
  }

  export const UniqueBehavior: UniqueBehaviorMap;
}

export class PartitionedTableDescriptor extends jspb.Message {
  clearKeyColumnNamesList(): void;
  getKeyColumnNamesList(): Array<string>;
  setKeyColumnNamesList(value: Array<string>): void;
  addKeyColumnNames(value: string, index?: number): string;

  getConstituentColumnName(): string;
  setConstituentColumnName(value: string): void;

  getUniqueKeys(): boolean;
  setUniqueKeys(value: boolean): void;

  getConstituentDefinitionSchema(): Uint8Array | string;
  getConstituentDefinitionSchema_asU8(): Uint8Array;
  getConstituentDefinitionSchema_asB64(): string;
  setConstituentDefinitionSchema(value: Uint8Array | string): void;

  getConstituentChangesPermitted(): boolean;
  setConstituentChangesPermitted(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PartitionedTableDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: PartitionedTableDescriptor): PartitionedTableDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PartitionedTableDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PartitionedTableDescriptor;
  static deserializeBinaryFromReader(message: PartitionedTableDescriptor, reader: jspb.BinaryReader): PartitionedTableDescriptor;
}

export namespace PartitionedTableDescriptor {
  export type AsObject = {
    keyColumnNamesList: Array<string>,
    constituentColumnName: string,
    uniqueKeys: boolean,
    constituentDefinitionSchema: Uint8Array | string,
    constituentChangesPermitted: boolean,
  }
}

