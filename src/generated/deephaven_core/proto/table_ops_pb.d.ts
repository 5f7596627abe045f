// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_ops.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class ApplyPreviewColumnsRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getConvertArrays(): boolean;
  setConvertArrays(value: boolean): void;

  clearUnpreviewedTypesList(): void;
  getUnpreviewedTypesList(): Array<string>;
  setUnpreviewedTypesList(value: Array<string>): void;
  addUnpreviewedTypes(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ApplyPreviewColumnsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ApplyPreviewColumnsRequest): ApplyPreviewColumnsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ApplyPreviewColumnsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ApplyPreviewColumnsRequest;
  static deserializeBinaryFromReader(message: ApplyPreviewColumnsRequest, reader: jspb.BinaryReader): ApplyPreviewColumnsRequest;
}

export namespace ApplyPreviewColumnsRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    convertArrays: boolean,
    unpreviewedTypesList: Array<string>,
  }
}

export class SelectOrUpdateRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnSpecsList: Array<string>,
  }
}

export class Selectable extends jspb.Message {
  hasRaw(): boolean;
  clearRaw(): void;
  getRaw(): string;
  setRaw(value: string): void;

  getTypeCase(): Selectable.TypeCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Selectable.AsObject;
  static toObject(includeInstance: boolean, msg: Selectable): Selectable.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Selectable, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Selectable;
  static deserializeBinaryFromReader(message: Selectable, reader: jspb.BinaryReader): Selectable;
}

export namespace Selectable {
  export type AsObject = {
    raw: string,
  }

  export enum TypeCase {
    TYPE_NOT_SET = 0,
    RAW = 1,
  }
}

export class SelectDistinctRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnNamesList(): void;
  getColumnNamesList(): Array<string>;
  setColumnNamesList(value: Array<string>): void;
  addColumnNames(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SelectDistinctRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SelectDistinctRequest): SelectDistinctRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SelectDistinctRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SelectDistinctRequest;
  static deserializeBinaryFromReader(message: SelectDistinctRequest, reader: jspb.BinaryReader): SelectDistinctRequest;
}

export namespace SelectDistinctRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnNamesList: Array<string>,
  }
}

export class DropColumnsRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnNamesList: Array<string>,
  }
}

export class HeadOrTailRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    numRows: string,
  }
}

export class HeadOrTailByRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getNumRows(): string;
  setNumRows(value: string): void;

  clearGroupByColumnSpecsList(): void;
  getGroupByColumnSpecsList(): Array<string>;
  setGroupByColumnSpecsList(value: Array<string>): void;
  addGroupByColumnSpecs(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HeadOrTailByRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HeadOrTailByRequest): HeadOrTailByRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HeadOrTailByRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HeadOrTailByRequest;
  static deserializeBinaryFromReader(message: HeadOrTailByRequest, reader: jspb.BinaryReader): HeadOrTailByRequest;
}

export namespace HeadOrTailByRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    numRows: string,
    groupByColumnSpecsList: Array<string>,
  }
}

export class UngroupRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getNullFill(): boolean;
  setNullFill(value: boolean): void;

  clearColumnsToUngroupList(): void;
  getColumnsToUngroupList(): Array<string>;
  setColumnsToUngroupList(value: Array<string>): void;
  addColumnsToUngroup(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UngroupRequest.AsObject;
  static toObject(includeInstance: boolean, msg: UngroupRequest): UngroupRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UngroupRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UngroupRequest;
  static deserializeBinaryFromReader(message: UngroupRequest, reader: jspb.BinaryReader): UngroupRequest;
}

export namespace UngroupRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    nullFill: boolean,
    columnsToUngroupList: Array<string>,
  }
}

export class SnapshotTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SnapshotTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SnapshotTableRequest): SnapshotTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SnapshotTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SnapshotTableRequest;
  static deserializeBinaryFromReader(message: SnapshotTableRequest, reader: jspb.BinaryReader): SnapshotTableRequest;
}

export namespace SnapshotTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
  }
}

export class SnapshotWhenTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasBaseId(): boolean;
  clearBaseId(): void;
  getBaseId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setBaseId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasTriggerId(): boolean;
  clearTriggerId(): void;
  getTriggerId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setTriggerId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getInitial(): boolean;
  setInitial(value: boolean): void;

  getIncremental(): boolean;
  setIncremental(value: boolean): void;

  getHistory(): boolean;
  setHistory(value: boolean): void;

  clearStampColumnsList(): void;
  getStampColumnsList(): Array<string>;
  setStampColumnsList(value: Array<string>): void;
  addStampColumns(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SnapshotWhenTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SnapshotWhenTableRequest): SnapshotWhenTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SnapshotWhenTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SnapshotWhenTableRequest;
  static deserializeBinaryFromReader(message: SnapshotWhenTableRequest, reader: jspb.BinaryReader): SnapshotWhenTableRequest;
}

export namespace SnapshotWhenTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    baseId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    triggerId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    initial: boolean,
    incremental: boolean,
    history: boolean,
    stampColumnsList: Array<string>,
  }
}

export class CrossJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  getReserveBits(): number;
  setReserveBits(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CrossJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: CrossJoinTablesRequest): CrossJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CrossJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CrossJoinTablesRequest;
  static deserializeBinaryFromReader(message: CrossJoinTablesRequest, reader: jspb.BinaryReader): CrossJoinTablesRequest;
}

export namespace CrossJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
    reserveBits: number,
  }
}

export class NaturalJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  getJoinType(): NaturalJoinTablesRequest.JoinTypeMap[keyof NaturalJoinTablesRequest.JoinTypeMap];
  setJoinType(value: NaturalJoinTablesRequest.JoinTypeMap[keyof NaturalJoinTablesRequest.JoinTypeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): NaturalJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: NaturalJoinTablesRequest): NaturalJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: NaturalJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): NaturalJoinTablesRequest;
  static deserializeBinaryFromReader(message: NaturalJoinTablesRequest, reader: jspb.BinaryReader): NaturalJoinTablesRequest;
}

export namespace NaturalJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
    joinType: NaturalJoinTablesRequest.JoinTypeMap[keyof NaturalJoinTablesRequest.JoinTypeMap],
  }

  export interface JoinTypeMap {
    JOIN_TYPE_NOT_SPECIFIED: 0;
    ERROR_ON_DUPLICATE: 1;
    FIRST_MATCH: 2;
    LAST_MATCH: 3;
    EXACTLY_ONE_MATCH: 4;
  }

  export const JoinType: JoinTypeMap;
}

export class ExactJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExactJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ExactJoinTablesRequest): ExactJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExactJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExactJoinTablesRequest;
  static deserializeBinaryFromReader(message: ExactJoinTablesRequest, reader: jspb.BinaryReader): ExactJoinTablesRequest;
}

export namespace ExactJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
  }
}

export class LeftJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): LeftJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: LeftJoinTablesRequest): LeftJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: LeftJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): LeftJoinTablesRequest;
  static deserializeBinaryFromReader(message: LeftJoinTablesRequest, reader: jspb.BinaryReader): LeftJoinTablesRequest;
}

export namespace LeftJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
  }
}

export class AsOfJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  getAsOfMatchRule(): AsOfJoinTablesRequest.MatchRuleMap[keyof AsOfJoinTablesRequest.MatchRuleMap];
  setAsOfMatchRule(value: AsOfJoinTablesRequest.MatchRuleMap[keyof AsOfJoinTablesRequest.MatchRuleMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AsOfJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AsOfJoinTablesRequest): AsOfJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AsOfJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AsOfJoinTablesRequest;
  static deserializeBinaryFromReader(message: AsOfJoinTablesRequest, reader: jspb.BinaryReader): AsOfJoinTablesRequest;
}

export namespace AsOfJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
    asOfMatchRule: AsOfJoinTablesRequest.MatchRuleMap[keyof AsOfJoinTablesRequest.MatchRuleMap],
  }

  export interface MatchRuleMap {
    LESS_THAN_EQUAL: 0;
    LESS_THAN: 1;
    GREATER_THAN_EQUAL: 2;
    GREATER_THAN: 3;
  }

  export const MatchRule: MatchRuleMap;
}

export class AjRajTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setLeftId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setRightId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearExactMatchColumnsList(): void;
  getExactMatchColumnsList(): Array<string>;
  setExactMatchColumnsList(value: Array<string>): void;
  addExactMatchColumns(value: string, index?: number): string;

  getAsOfColumn(): string;
  setAsOfColumn(value: string): void;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AjRajTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AjRajTablesRequest): AjRajTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AjRajTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AjRajTablesRequest;
  static deserializeBinaryFromReader(message: AjRajTablesRequest, reader: jspb.BinaryReader): AjRajTablesRequest;
}

export namespace AjRajTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    exactMatchColumnsList: Array<string>,
    asOfColumn: string,
    columnsToAddList: Array<string>,
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
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    sortsList: Array<SortDescriptor.AsObject>,
  }
}

export class FlattenRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FlattenRequest.AsObject;
  static toObject(includeInstance: boolean, msg: FlattenRequest): FlattenRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FlattenRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FlattenRequest;
  static deserializeBinaryFromReader(message: FlattenRequest, reader: jspb.BinaryReader): FlattenRequest;
}

export namespace FlattenRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
  }
}

export class SliceRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getFirstPositionInclusive(): string;
  setFirstPositionInclusive(value: string): void;

  getLastPositionExclusive(): string;
  setLastPositionExclusive(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SliceRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SliceRequest): SliceRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SliceRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SliceRequest;
  static deserializeBinaryFromReader(message: SliceRequest, reader: jspb.BinaryReader): SliceRequest;
}

export namespace SliceRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    firstPositionInclusive: string,
    lastPositionExclusive: string,
  }
}

