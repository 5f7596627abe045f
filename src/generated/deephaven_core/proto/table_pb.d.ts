// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table.proto

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

export class EmptyTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getSize(): string;
  setSize(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): EmptyTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: EmptyTableRequest): EmptyTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: EmptyTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): EmptyTableRequest;
  static deserializeBinaryFromReader(message: EmptyTableRequest, reader: jspb.BinaryReader): EmptyTableRequest;
}

export namespace EmptyTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    size: string,
  }
}

export class TimeTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasStartTimeNanos(): boolean;
  clearStartTimeNanos(): void;
  getStartTimeNanos(): string;
  setStartTimeNanos(value: string): void;

  hasStartTimeString(): boolean;
  clearStartTimeString(): void;
  getStartTimeString(): string;
  setStartTimeString(value: string): void;

  hasPeriodNanos(): boolean;
  clearPeriodNanos(): void;
  getPeriodNanos(): string;
  setPeriodNanos(value: string): void;

  hasPeriodString(): boolean;
  clearPeriodString(): void;
  getPeriodString(): string;
  setPeriodString(value: string): void;

  getBlinkTable(): boolean;
  setBlinkTable(value: boolean): void;

  getStartTimeCase(): TimeTableRequest.StartTimeCase;
  getPeriodCase(): TimeTableRequest.PeriodCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TimeTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: TimeTableRequest): TimeTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TimeTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TimeTableRequest;
  static deserializeBinaryFromReader(message: TimeTableRequest, reader: jspb.BinaryReader): TimeTableRequest;
}

export namespace TimeTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    startTimeNanos: string,
    startTimeString: string,
    periodNanos: string,
    periodString: string,
    blinkTable: boolean,
  }

  export enum StartTimeCase {
    START_TIME_NOT_SET = 0,
    START_TIME_NANOS = 2,
    START_TIME_STRING = 5,
  }

  export enum PeriodCase {
    PERIOD_NOT_SET = 0,
    PERIOD_NANOS = 3,
    PERIOD_STRING = 6,
  }
}

export class SelectOrUpdateRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearColumnSpecsList(): void;
  getColumnSpecsList(): Array<string>;
  setColumnSpecsList(value: Array<string>): void;
  addColumnSpecs(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SelectOrUpdateRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SelectOrUpdateRequest): SelectOrUpdateRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SelectOrUpdateRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SelectOrUpdateRequest;
  static deserializeBinaryFromReader(message: SelectOrUpdateRequest, reader: jspb.BinaryReader): SelectOrUpdateRequest;
}

export namespace SelectOrUpdateRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    columnSpecsList: Array<string>,
  }
}

export class DropColumnsRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearColumnNamesList(): void;
  getColumnNamesList(): Array<string>;
  setColumnNamesList(value: Array<string>): void;
  addColumnNames(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DropColumnsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: DropColumnsRequest): DropColumnsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DropColumnsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DropColumnsRequest;
  static deserializeBinaryFromReader(message: DropColumnsRequest, reader: jspb.BinaryReader): DropColumnsRequest;
}

export namespace DropColumnsRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    columnNamesList: Array<string>,
  }
}

export class UnstructuredFilterTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearFiltersList(): void;
  getFiltersList(): Array<string>;
  setFiltersList(value: Array<string>): void;
  addFilters(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UnstructuredFilterTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: UnstructuredFilterTableRequest): UnstructuredFilterTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UnstructuredFilterTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UnstructuredFilterTableRequest;
  static deserializeBinaryFromReader(message: UnstructuredFilterTableRequest, reader: jspb.BinaryReader): UnstructuredFilterTableRequest;
}

export namespace UnstructuredFilterTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    filtersList: Array<string>,
  }
}

export class HeadOrTailRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  getNumRows(): string;
  setNumRows(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HeadOrTailRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HeadOrTailRequest): HeadOrTailRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HeadOrTailRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HeadOrTailRequest;
  static deserializeBinaryFromReader(message: HeadOrTailRequest, reader: jspb.BinaryReader): HeadOrTailRequest;
}

export namespace HeadOrTailRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    numRows: string,
  }
}

export class SortDescriptor extends jspb.Message {
  getColumnName(): string;
  setColumnName(value: string): void;

  getIsAbsolute(): boolean;
  setIsAbsolute(value: boolean): void;

  getDirection(): SortDescriptor.SortDirectionMap[keyof SortDescriptor.SortDirectionMap];
  setDirection(value: SortDescriptor.SortDirectionMap[keyof SortDescriptor.SortDirectionMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SortDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: SortDescriptor): SortDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SortDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SortDescriptor;
  static deserializeBinaryFromReader(message: SortDescriptor, reader: jspb.BinaryReader): SortDescriptor;
}

export namespace SortDescriptor {
  export type AsObject = {
    columnName: string,
    isAbsolute: boolean,
    direction: SortDescriptor.SortDirectionMap[keyof SortDescriptor.SortDirectionMap],
  }

  export interface SortDirectionMap {
    UNKNOWN: 0;
    DESCENDING: -1;
    ASCENDING: 1;
    REVERSE: 2;
  }

  export const SortDirection: SortDirectionMap;
}

export class SortTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearSortsList(): void;
  getSortsList(): Array<SortDescriptor>;
  setSortsList(value: Array<SortDescriptor>): void;
  addSorts(value?: SortDescriptor, index?: number): SortDescriptor;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SortTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SortTableRequest): SortTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SortTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SortTableRequest;
  static deserializeBinaryFromReader(message: SortTableRequest, reader: jspb.BinaryReader): SortTableRequest;
}

export namespace SortTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    sortsList: Array<SortDescriptor.AsObject>,
  }
}

