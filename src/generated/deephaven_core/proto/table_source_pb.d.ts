// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_source.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

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

export class MergeTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearSourceIdsList(): void;
  getSourceIdsList(): Array<deephaven_core_proto_table_core_pb.TableReference>;
  setSourceIdsList(value: Array<deephaven_core_proto_table_core_pb.TableReference>): void;
  addSourceIds(value?: deephaven_core_proto_table_core_pb.TableReference, index?: number): deephaven_core_proto_table_core_pb.TableReference;

  getKeyColumn(): string;
  setKeyColumn(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MergeTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: MergeTablesRequest): MergeTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MergeTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MergeTablesRequest;
  static deserializeBinaryFromReader(message: MergeTablesRequest, reader: jspb.BinaryReader): MergeTablesRequest;
}

export namespace MergeTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceIdsList: Array<deephaven_core_proto_table_core_pb.TableReference.AsObject>,
    keyColumn: string,
  }
}

export class MultiJoinInput extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  clearColumnsToAddList(): void;
  getColumnsToAddList(): Array<string>;
  setColumnsToAddList(value: Array<string>): void;
  addColumnsToAdd(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MultiJoinInput.AsObject;
  static toObject(includeInstance: boolean, msg: MultiJoinInput): MultiJoinInput.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MultiJoinInput, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MultiJoinInput;
  static deserializeBinaryFromReader(message: MultiJoinInput, reader: jspb.BinaryReader): MultiJoinInput;
}

export namespace MultiJoinInput {
  export type AsObject = {
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnsToMatchList: Array<string>,
    columnsToAddList: Array<string>,
  }
}

export class MultiJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearMultiJoinInputsList(): void;
  getMultiJoinInputsList(): Array<MultiJoinInput>;
  setMultiJoinInputsList(value: Array<MultiJoinInput>): void;
  addMultiJoinInputs(value?: MultiJoinInput, index?: number): MultiJoinInput;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MultiJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: MultiJoinTablesRequest): MultiJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MultiJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MultiJoinTablesRequest;
  static deserializeBinaryFromReader(message: MultiJoinTablesRequest, reader: jspb.BinaryReader): MultiJoinTablesRequest;
}

export namespace MultiJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    multiJoinInputsList: Array<MultiJoinInput.AsObject>,
  }
}

export class MetaTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MetaTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: MetaTableRequest): MetaTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MetaTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MetaTableRequest;
  static deserializeBinaryFromReader(message: MetaTableRequest, reader: jspb.BinaryReader): MetaTableRequest;
}

export namespace MetaTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
  }
}

export class RunChartDownsampleRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getPixelCount(): number;
  setPixelCount(value: number): void;

  hasZoomRange(): boolean;
  clearZoomRange(): void;
  getZoomRange(): RunChartDownsampleRequest.ZoomRange | undefined;
  setZoomRange(value?: RunChartDownsampleRequest.ZoomRange): void;

  getXColumnName(): string;
  setXColumnName(value: string): void;

  clearYColumnNamesList(): void;
  getYColumnNamesList(): Array<string>;
  setYColumnNamesList(value: Array<string>): void;
  addYColumnNames(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): RunChartDownsampleRequest.AsObject;
  static toObject(includeInstance: boolean, msg: RunChartDownsampleRequest): RunChartDownsampleRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: RunChartDownsampleRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): RunChartDownsampleRequest;
  static deserializeBinaryFromReader(message: RunChartDownsampleRequest, reader: jspb.BinaryReader): RunChartDownsampleRequest;
}

export namespace RunChartDownsampleRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    pixelCount: number,
    zoomRange?: RunChartDownsampleRequest.ZoomRange.AsObject,
    xColumnName: string,
    yColumnNamesList: Array<string>,
  }

  export class ZoomRange extends jspb.Message {
    hasMinDateNanos(): boolean;
    clearMinDateNanos(): void;
    getMinDateNanos(): string;
    setMinDateNanos(value: string): void;

    hasMaxDateNanos(): boolean;
    clearMaxDateNanos(): void;
    getMaxDateNanos(): string;
    setMaxDateNanos(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): ZoomRange.AsObject;
    static toObject(includeInstance: boolean, msg: ZoomRange): ZoomRange.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: ZoomRange, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): ZoomRange;
    static deserializeBinaryFromReader(message: ZoomRange, reader: jspb.BinaryReader): ZoomRange;
  }

  export namespace ZoomRange {
    export type AsObject = {
      minDateNanos: string,
      maxDateNanos: string,
    }
  }
}

export class CreateInputTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceTableId(): boolean;
  clearSourceTableId(): void;
  getSourceTableId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceTableId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasSchema(): boolean;
  clearSchema(): void;
  getSchema(): Uint8Array | string;
  getSchema_asU8(): Uint8Array;
  getSchema_asB64(): string;
  setSchema(value: Uint8Array | string): void;

  hasKind(): boolean;
  clearKind(): void;
  getKind(): CreateInputTableRequest.InputTableKind | undefined;
  setKind(value?: CreateInputTableRequest.InputTableKind): void;

  getDefinitionCase(): CreateInputTableRequest.DefinitionCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CreateInputTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: CreateInputTableRequest): CreateInputTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CreateInputTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CreateInputTableRequest;
  static deserializeBinaryFromReader(message: CreateInputTableRequest, reader: jspb.BinaryReader): CreateInputTableRequest;
}

export namespace CreateInputTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceTableId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    schema: Uint8Array | string,
    kind?: CreateInputTableRequest.InputTableKind.AsObject,
  }

  export class InputTableKind extends jspb.Message {
    hasInMemoryAppendOnly(): boolean;
    clearInMemoryAppendOnly(): void;
    getInMemoryAppendOnly(): CreateInputTableRequest.InputTableKind.InMemoryAppendOnly | undefined;
    setInMemoryAppendOnly(value?: CreateInputTableRequest.InputTableKind.InMemoryAppendOnly): void;

    hasInMemoryKeyBacked(): boolean;
    clearInMemoryKeyBacked(): void;
    getInMemoryKeyBacked(): CreateInputTableRequest.InputTableKind.InMemoryKeyBacked | undefined;
    setInMemoryKeyBacked(value?: CreateInputTableRequest.InputTableKind.InMemoryKeyBacked): void;

    hasBlink(): boolean;
    clearBlink(): void;
    getBlink(): CreateInputTableRequest.InputTableKind.Blink | undefined;
    setBlink(value?: CreateInputTableRequest.InputTableKind.Blink): void;

    getKindCase(): InputTableKind.KindCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): InputTableKind.AsObject;
    static toObject(includeInstance: boolean, msg: InputTableKind): InputTableKind.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: InputTableKind, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): InputTableKind;
    static deserializeBinaryFromReader(message: InputTableKind, reader: jspb.BinaryReader): InputTableKind;
  }

  export namespace InputTableKind {
    export type AsObject = {
      inMemoryAppendOnly?: CreateInputTableRequest.InputTableKind.InMemoryAppendOnly.AsObject,
      inMemoryKeyBacked?: CreateInputTableRequest.InputTableKind.InMemoryKeyBacked.AsObject,
      blink?: CreateInputTableRequest.InputTableKind.Blink.AsObject,
    }

    export class InMemoryAppendOnly extends jspb.Message {
      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): InMemoryAppendOnly.AsObject;
      static toObject(includeInstance: boolean, msg: InMemoryAppendOnly): InMemoryAppendOnly.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: InMemoryAppendOnly, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): InMemoryAppendOnly;
      static deserializeBinaryFromReader(message: InMemoryAppendOnly, reader: jspb.BinaryReader): InMemoryAppendOnly;
    }

    export namespace InMemoryAppendOnly {
      export type AsObject = {
      }
    }

    export class InMemoryKeyBacked extends jspb.Message {
      clearKeyColumnsList(): void;
      getKeyColumnsList(): Array<string>;
      setKeyColumnsList(value: Array<string>): void;
      addKeyColumns(value: string, index?: number): string;

      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): InMemoryKeyBacked.AsObject;
      static toObject(includeInstance: boolean, msg: InMemoryKeyBacked): InMemoryKeyBacked.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: InMemoryKeyBacked, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): InMemoryKeyBacked;
      static deserializeBinaryFromReader(message: InMemoryKeyBacked, reader: jspb.BinaryReader): InMemoryKeyBacked;
    }

    export namespace InMemoryKeyBacked {
      export type AsObject = {
        keyColumnsList: Array<string>,
      }
    }

    export class Blink extends jspb.Message {
      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): Blink.AsObject;
      static toObject(includeInstance: boolean, msg: Blink): Blink.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: Blink, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): Blink;
      static deserializeBinaryFromReader(message: Blink, reader: jspb.BinaryReader): Blink;
    }

    export namespace Blink {
      export type AsObject = {
      }
    }

    export enum KindCase {
      KIND_NOT_SET = 0,
      IN_MEMORY_APPEND_ONLY = 1,
      IN_MEMORY_KEY_BACKED = 2,
      BLINK = 3,
    }
  }

  export enum DefinitionCase {
    DEFINITION_NOT_SET = 0,
    SOURCE_TABLE_ID = 2,
    SCHEMA = 3,
  }
}

export class ColumnStatisticsRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  getColumnName(): string;
  setColumnName(value: string): void;

  hasUniqueValueLimit(): boolean;
  clearUniqueValueLimit(): void;
  getUniqueValueLimit(): number;
  setUniqueValueLimit(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ColumnStatisticsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ColumnStatisticsRequest): ColumnStatisticsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ColumnStatisticsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ColumnStatisticsRequest;
  static deserializeBinaryFromReader(message: ColumnStatisticsRequest, reader: jspb.BinaryReader): ColumnStatisticsRequest;
}

export namespace ColumnStatisticsRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    columnName: string,
    uniqueValueLimit: number,
  }
}

