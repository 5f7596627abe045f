// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_core.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class TableReference extends jspb.Message {
  hasTicket(): boolean;
  clearTicket(): void;
  getTicket(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTicket(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasBatchOffset(): boolean;
  clearBatchOffset(): void;
  getBatchOffset(): number;
  setBatchOffset(value: number): void;

  getRefCase(): TableReference.RefCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TableReference.AsObject;
  static toObject(includeInstance: boolean, msg: TableReference): TableReference.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TableReference, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TableReference;
  static deserializeBinaryFromReader(message: TableReference, reader: jspb.BinaryReader): TableReference;
}

export namespace TableReference {
  export type AsObject = {
    ticket?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    batchOffset: number,
  }

  export enum RefCase {
    REF_NOT_SET = 0,
    TICKET = 1,
    BATCH_OFFSET = 2,
  }
}

export class ExportedTableCreationResponse extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): TableReference | undefined;
  setResultId(value?: TableReference): void;

  getSuccess(): boolean;
  setSuccess(value: boolean): void;

  getErrorInfo(): string;
  setErrorInfo(value: string): void;

  getSchemaHeader(): Uint8Array | string;
  getSchemaHeader_asU8(): Uint8Array;
  getSchemaHeader_asB64(): string;
  setSchemaHeader(value: Uint8Array | string): void;

  getIsStatic(): boolean;
  setIsStatic(value: boolean): void;

  getSize(): string;
  setSize(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportedTableCreationResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ExportedTableCreationResponse): ExportedTableCreationResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportedTableCreationResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportedTableCreationResponse;
  static deserializeBinaryFromReader(message: ExportedTableCreationResponse, reader: jspb.BinaryReader): ExportedTableCreationResponse;
}

export namespace ExportedTableCreationResponse {
  export type AsObject = {
    resultId?: TableReference.AsObject,
    success: boolean,
    errorInfo: string,
    schemaHeader: Uint8Array | string,
    isStatic: boolean,
    size: string,
  }
}

export class FetchTableRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FetchTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: FetchTableRequest): FetchTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FetchTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FetchTableRequest;
  static deserializeBinaryFromReader(message: FetchTableRequest, reader: jspb.BinaryReader): FetchTableRequest;
}

export namespace FetchTableRequest {
  export type AsObject = {
    sourceId?: TableReference.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class ExportedTableUpdatesRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportedTableUpdatesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ExportedTableUpdatesRequest): ExportedTableUpdatesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportedTableUpdatesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportedTableUpdatesRequest;
  static deserializeBinaryFromReader(message: ExportedTableUpdatesRequest, reader: jspb.BinaryReader): ExportedTableUpdatesRequest;
}

export namespace ExportedTableUpdatesRequest {
  export type AsObject = {
  }
}

export class ExportedTableUpdateMessage extends jspb.Message {
  hasExportId(): boolean;
  clearExportId(): void;
  getExportId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setExportId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getSize(): string;
  setSize(value: string): void;

  getUpdateFailureMessage(): string;
  setUpdateFailureMessage(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExportedTableUpdateMessage.AsObject;
  static toObject(includeInstance: boolean, msg: ExportedTableUpdateMessage): ExportedTableUpdateMessage.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExportedTableUpdateMessage, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExportedTableUpdateMessage;
  static deserializeBinaryFromReader(message: ExportedTableUpdateMessage, reader: jspb.BinaryReader): ExportedTableUpdateMessage;
}

export namespace ExportedTableUpdateMessage {
  export type AsObject = {
    exportId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    size: string,
    updateFailureMessage: string,
  }
}

