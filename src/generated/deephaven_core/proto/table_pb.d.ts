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

export class ApplyPreviewColumnsRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    convertArrays: boolean,
    unpreviewedTypesList: Array<string>,
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

export class MathContext extends jspb.Message {
  getPrecision(): number;
  setPrecision(value: number): void;

  getRoundingMode(): MathContext.RoundingModeMap[keyof MathContext.RoundingModeMap];
  setRoundingMode(value: MathContext.RoundingModeMap[keyof MathContext.RoundingModeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MathContext.AsObject;
  static toObject(includeInstance: boolean, msg: MathContext): MathContext.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MathContext, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MathContext;
  static deserializeBinaryFromReader(message: MathContext, reader: jspb.BinaryReader): MathContext;
}

export namespace MathContext {
  export type AsObject = {
    precision: number,
    roundingMode: MathContext.RoundingModeMap[keyof MathContext.RoundingModeMap],
  }

  export interface RoundingModeMap {
    ROUNDING_MODE_NOT_SPECIFIED: 0;
    UP: 1;
    DOWN: 2;
    CEILING: 3;
    FLOOR: 4;
    HALF_UP: 5;
    HALF_DOWN: 6;
    HALF_EVEN: 7;
    UNNECESSARY: 8;
  }

  export const RoundingMode: RoundingModeMap;
}

export class UpdateByWindowScale extends jspb.Message {
  hasTicks(): boolean;
  clearTicks(): void;
  getTicks(): UpdateByWindowScale.UpdateByWindowTicks | undefined;
  setTicks(value?: UpdateByWindowScale.UpdateByWindowTicks): void;

  hasTime(): boolean;
  clearTime(): void;
  getTime(): UpdateByWindowScale.UpdateByWindowTime | undefined;
  setTime(value?: UpdateByWindowScale.UpdateByWindowTime): void;

  getTypeCase(): UpdateByWindowScale.TypeCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UpdateByWindowScale.AsObject;
  static toObject(includeInstance: boolean, msg: UpdateByWindowScale): UpdateByWindowScale.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UpdateByWindowScale, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UpdateByWindowScale;
  static deserializeBinaryFromReader(message: UpdateByWindowScale, reader: jspb.BinaryReader): UpdateByWindowScale;
}

export namespace UpdateByWindowScale {
  export type AsObject = {
    ticks?: UpdateByWindowScale.UpdateByWindowTicks.AsObject,
    time?: UpdateByWindowScale.UpdateByWindowTime.AsObject,
  }

  export class UpdateByWindowTicks extends jspb.Message {
    getTicks(): number;
    setTicks(value: number): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UpdateByWindowTicks.AsObject;
    static toObject(includeInstance: boolean, msg: UpdateByWindowTicks): UpdateByWindowTicks.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UpdateByWindowTicks, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UpdateByWindowTicks;
    static deserializeBinaryFromReader(message: UpdateByWindowTicks, reader: jspb.BinaryReader): UpdateByWindowTicks;
  }

  export namespace UpdateByWindowTicks {
    export type AsObject = {
      ticks: number,
    }
  }

  export class UpdateByWindowTime extends jspb.Message {
    getColumn(): string;
    setColumn(value: string): void;

    hasNanos(): boolean;
    clearNanos(): void;
    getNanos(): string;
    setNanos(value: string): void;

    hasDurationString(): boolean;
    clearDurationString(): void;
    getDurationString(): string;
    setDurationString(value: string): void;

    getWindowCase(): UpdateByWindowTime.WindowCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UpdateByWindowTime.AsObject;
    static toObject(includeInstance: boolean, msg: UpdateByWindowTime): UpdateByWindowTime.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UpdateByWindowTime, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UpdateByWindowTime;
    static deserializeBinaryFromReader(message: UpdateByWindowTime, reader: jspb.BinaryReader): UpdateByWindowTime;
  }

  export namespace UpdateByWindowTime {
    export type AsObject = {
      column: string,
      nanos: string,
      durationString: string,
    }

    export enum WindowCase {
      WINDOW_NOT_SET = 0,
      NANOS = 2,
      DURATION_STRING = 3,
    }
  }

  export enum TypeCase {
    TYPE_NOT_SET = 0,
    TICKS = 1,
    TIME = 2,
  }
}

export class UpdateByEmOptions extends jspb.Message {
  getOnNullValue(): BadDataBehaviorMap[keyof BadDataBehaviorMap];
  setOnNullValue(value: BadDataBehaviorMap[keyof BadDataBehaviorMap]): void;

  getOnNanValue(): BadDataBehaviorMap[keyof BadDataBehaviorMap];
  setOnNanValue(value: BadDataBehaviorMap[keyof BadDataBehaviorMap]): void;

  getOnNullTime(): BadDataBehaviorMap[keyof BadDataBehaviorMap];
  setOnNullTime(value: BadDataBehaviorMap[keyof BadDataBehaviorMap]): void;

  getOnNegativeDeltaTime(): BadDataBehaviorMap[keyof BadDataBehaviorMap];
  setOnNegativeDeltaTime(value: BadDataBehaviorMap[keyof BadDataBehaviorMap]): void;

  getOnZeroDeltaTime(): BadDataBehaviorMap[keyof BadDataBehaviorMap];
  setOnZeroDeltaTime(value: BadDataBehaviorMap[keyof BadDataBehaviorMap]): void;

  hasBigValueContext(): boolean;
  clearBigValueContext(): void;
  getBigValueContext(): MathContext | undefined;
  setBigValueContext(value?: MathContext): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UpdateByEmOptions.AsObject;
  static toObject(includeInstance: boolean, msg: UpdateByEmOptions): UpdateByEmOptions.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UpdateByEmOptions, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UpdateByEmOptions;
  static deserializeBinaryFromReader(message: UpdateByEmOptions, reader: jspb.BinaryReader): UpdateByEmOptions;
}

export namespace UpdateByEmOptions {
  export type AsObject = {
    onNullValue: BadDataBehaviorMap[keyof BadDataBehaviorMap],
    onNanValue: BadDataBehaviorMap[keyof BadDataBehaviorMap],
    onNullTime: BadDataBehaviorMap[keyof BadDataBehaviorMap],
    onNegativeDeltaTime: BadDataBehaviorMap[keyof BadDataBehaviorMap],
    onZeroDeltaTime: BadDataBehaviorMap[keyof BadDataBehaviorMap],
    bigValueContext?: MathContext.AsObject,
  }
}

export class UpdateByDeltaOptions extends jspb.Message {
  getNullBehavior(): UpdateByNullBehaviorMap[keyof UpdateByNullBehaviorMap];
  setNullBehavior(value: UpdateByNullBehaviorMap[keyof UpdateByNullBehaviorMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UpdateByDeltaOptions.AsObject;
  static toObject(includeInstance: boolean, msg: UpdateByDeltaOptions): UpdateByDeltaOptions.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UpdateByDeltaOptions, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UpdateByDeltaOptions;
  static deserializeBinaryFromReader(message: UpdateByDeltaOptions, reader: jspb.BinaryReader): UpdateByDeltaOptions;
}

export namespace UpdateByDeltaOptions {
  export type AsObject = {
    nullBehavior: UpdateByNullBehaviorMap[keyof UpdateByNullBehaviorMap],
  }
}

export class UpdateByRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  hasOptions(): boolean;
  clearOptions(): void;
  getOptions(): UpdateByRequest.UpdateByOptions | undefined;
  setOptions(value?: UpdateByRequest.UpdateByOptions): void;

  clearOperationsList(): void;
  getOperationsList(): Array<UpdateByRequest.UpdateByOperation>;
  setOperationsList(value: Array<UpdateByRequest.UpdateByOperation>): void;
  addOperations(value?: UpdateByRequest.UpdateByOperation, index?: number): UpdateByRequest.UpdateByOperation;

  clearGroupByColumnsList(): void;
  getGroupByColumnsList(): Array<string>;
  setGroupByColumnsList(value: Array<string>): void;
  addGroupByColumns(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UpdateByRequest.AsObject;
  static toObject(includeInstance: boolean, msg: UpdateByRequest): UpdateByRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UpdateByRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UpdateByRequest;
  static deserializeBinaryFromReader(message: UpdateByRequest, reader: jspb.BinaryReader): UpdateByRequest;
}

export namespace UpdateByRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    options?: UpdateByRequest.UpdateByOptions.AsObject,
    operationsList: Array<UpdateByRequest.UpdateByOperation.AsObject>,
    groupByColumnsList: Array<string>,
  }

  export class UpdateByOptions extends jspb.Message {
    hasUseRedirection(): boolean;
    clearUseRedirection(): void;
    getUseRedirection(): boolean;
    setUseRedirection(value: boolean): void;

    hasChunkCapacity(): boolean;
    clearChunkCapacity(): void;
    getChunkCapacity(): number;
    setChunkCapacity(value: number): void;

    hasMaxStaticSparseMemoryOverhead(): boolean;
    clearMaxStaticSparseMemoryOverhead(): void;
    getMaxStaticSparseMemoryOverhead(): number;
    setMaxStaticSparseMemoryOverhead(value: number): void;

    hasInitialHashTableSize(): boolean;
    clearInitialHashTableSize(): void;
    getInitialHashTableSize(): number;
    setInitialHashTableSize(value: number): void;

    hasMaximumLoadFactor(): boolean;
    clearMaximumLoadFactor(): void;
    getMaximumLoadFactor(): number;
    setMaximumLoadFactor(value: number): void;

    hasTargetLoadFactor(): boolean;
    clearTargetLoadFactor(): void;
    getTargetLoadFactor(): number;
    setTargetLoadFactor(value: number): void;

    hasMathContext(): boolean;
    clearMathContext(): void;
    getMathContext(): MathContext | undefined;
    setMathContext(value?: MathContext): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UpdateByOptions.AsObject;
    static toObject(includeInstance: boolean, msg: UpdateByOptions): UpdateByOptions.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UpdateByOptions, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UpdateByOptions;
    static deserializeBinaryFromReader(message: UpdateByOptions, reader: jspb.BinaryReader): UpdateByOptions;
  }

  export namespace UpdateByOptions {
    export type AsObject = {
      useRedirection: boolean,
      chunkCapacity: number,
      maxStaticSparseMemoryOverhead: number,
      initialHashTableSize: number,
      maximumLoadFactor: number,
      targetLoadFactor: number,
      mathContext?: MathContext.AsObject,
    }
  }

  export class UpdateByOperation extends jspb.Message {
    hasColumn(): boolean;
    clearColumn(): void;
    getColumn(): UpdateByRequest.UpdateByOperation.UpdateByColumn | undefined;
    setColumn(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn): void;

    getTypeCase(): UpdateByOperation.TypeCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UpdateByOperation.AsObject;
    static toObject(includeInstance: boolean, msg: UpdateByOperation): UpdateByOperation.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UpdateByOperation, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UpdateByOperation;
    static deserializeBinaryFromReader(message: UpdateByOperation, reader: jspb.BinaryReader): UpdateByOperation;
  }

  export namespace UpdateByOperation {
    export type AsObject = {
      column?: UpdateByRequest.UpdateByOperation.UpdateByColumn.AsObject,
    }

    export class UpdateByColumn extends jspb.Message {
      hasSpec(): boolean;
      clearSpec(): void;
      getSpec(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec | undefined;
      setSpec(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec): void;

      clearMatchPairsList(): void;
      getMatchPairsList(): Array<string>;
      setMatchPairsList(value: Array<string>): void;
      addMatchPairs(value: string, index?: number): string;

      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): UpdateByColumn.AsObject;
      static toObject(includeInstance: boolean, msg: UpdateByColumn): UpdateByColumn.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: UpdateByColumn, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): UpdateByColumn;
      static deserializeBinaryFromReader(message: UpdateByColumn, reader: jspb.BinaryReader): UpdateByColumn;
    }

    export namespace UpdateByColumn {
      export type AsObject = {
        spec?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.AsObject,
        matchPairsList: Array<string>,
      }

      export class UpdateBySpec extends jspb.Message {
        hasSum(): boolean;
        clearSum(): void;
        getSum(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeSum | undefined;
        setSum(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeSum): void;

        hasMin(): boolean;
        clearMin(): void;
        getMin(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMin | undefined;
        setMin(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMin): void;

        hasMax(): boolean;
        clearMax(): void;
        getMax(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMax | undefined;
        setMax(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMax): void;

        hasProduct(): boolean;
        clearProduct(): void;
        getProduct(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeProduct | undefined;
        setProduct(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeProduct): void;

        hasFill(): boolean;
        clearFill(): void;
        getFill(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByFill | undefined;
        setFill(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByFill): void;

        hasEma(): boolean;
        clearEma(): void;
        getEma(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEma | undefined;
        setEma(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEma): void;

        hasRollingSum(): boolean;
        clearRollingSum(): void;
        getRollingSum(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingSum | undefined;
        setRollingSum(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingSum): void;

        hasRollingGroup(): boolean;
        clearRollingGroup(): void;
        getRollingGroup(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingGroup | undefined;
        setRollingGroup(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingGroup): void;

        hasRollingAvg(): boolean;
        clearRollingAvg(): void;
        getRollingAvg(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingAvg | undefined;
        setRollingAvg(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingAvg): void;

        hasRollingMin(): boolean;
        clearRollingMin(): void;
        getRollingMin(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMin | undefined;
        setRollingMin(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMin): void;

        hasRollingMax(): boolean;
        clearRollingMax(): void;
        getRollingMax(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMax | undefined;
        setRollingMax(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMax): void;

        hasRollingProduct(): boolean;
        clearRollingProduct(): void;
        getRollingProduct(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingProduct | undefined;
        setRollingProduct(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingProduct): void;

        hasDelta(): boolean;
        clearDelta(): void;
        getDelta(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByDelta | undefined;
        setDelta(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByDelta): void;

        hasEms(): boolean;
        clearEms(): void;
        getEms(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEms | undefined;
        setEms(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEms): void;

        hasEmMin(): boolean;
        clearEmMin(): void;
        getEmMin(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMin | undefined;
        setEmMin(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMin): void;

        hasEmMax(): boolean;
        clearEmMax(): void;
        getEmMax(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMax | undefined;
        setEmMax(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMax): void;

        hasEmStd(): boolean;
        clearEmStd(): void;
        getEmStd(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmStd | undefined;
        setEmStd(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmStd): void;

        hasRollingCount(): boolean;
        clearRollingCount(): void;
        getRollingCount(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCount | undefined;
        setRollingCount(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCount): void;

        hasRollingStd(): boolean;
        clearRollingStd(): void;
        getRollingStd(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingStd | undefined;
        setRollingStd(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingStd): void;

        hasRollingWavg(): boolean;
        clearRollingWavg(): void;
        getRollingWavg(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingWAvg | undefined;
        setRollingWavg(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingWAvg): void;

        hasRollingFormula(): boolean;
        clearRollingFormula(): void;
        getRollingFormula(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingFormula | undefined;
        setRollingFormula(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingFormula): void;

        hasRollingCountWhere(): boolean;
        clearRollingCountWhere(): void;
        getRollingCountWhere(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCountWhere | undefined;
        setRollingCountWhere(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCountWhere): void;

        hasCountWhere(): boolean;
        clearCountWhere(): void;
        getCountWhere(): UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeCountWhere | undefined;
        setCountWhere(value?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeCountWhere): void;

        getTypeCase(): UpdateBySpec.TypeCase;
        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): UpdateBySpec.AsObject;
        static toObject(includeInstance: boolean, msg: UpdateBySpec): UpdateBySpec.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: UpdateBySpec, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): UpdateBySpec;
        static deserializeBinaryFromReader(message: UpdateBySpec, reader: jspb.BinaryReader): UpdateBySpec;
      }

      export namespace UpdateBySpec {
        export type AsObject = {
          sum?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeSum.AsObject,
          min?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMin.AsObject,
          max?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeMax.AsObject,
          product?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeProduct.AsObject,
          fill?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByFill.AsObject,
          ema?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEma.AsObject,
          rollingSum?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingSum.AsObject,
          rollingGroup?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingGroup.AsObject,
          rollingAvg?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingAvg.AsObject,
          rollingMin?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMin.AsObject,
          rollingMax?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingMax.AsObject,
          rollingProduct?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingProduct.AsObject,
          delta?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByDelta.AsObject,
          ems?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEms.AsObject,
          emMin?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMin.AsObject,
          emMax?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmMax.AsObject,
          emStd?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByEmStd.AsObject,
          rollingCount?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCount.AsObject,
          rollingStd?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingStd.AsObject,
          rollingWavg?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingWAvg.AsObject,
          rollingFormula?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingFormula.AsObject,
          rollingCountWhere?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByRollingCountWhere.AsObject,
          countWhere?: UpdateByRequest.UpdateByOperation.UpdateByColumn.UpdateBySpec.UpdateByCumulativeCountWhere.AsObject,
        }

        export class UpdateByCumulativeSum extends jspb.Message {
          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByCumulativeSum.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByCumulativeSum): UpdateByCumulativeSum.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByCumulativeSum, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByCumulativeSum;
          static deserializeBinaryFromReader(message: UpdateByCumulativeSum, reader: jspb.BinaryReader): UpdateByCumulativeSum;
        }

        export namespace UpdateByCumulativeSum {
          export type AsObject = {
          }
        }

        export class UpdateByCumulativeMin extends jspb.Message {
          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByCumulativeMin.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByCumulativeMin): UpdateByCumulativeMin.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByCumulativeMin, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByCumulativeMin;
          static deserializeBinaryFromReader(message: UpdateByCumulativeMin, reader: jspb.BinaryReader): UpdateByCumulativeMin;
        }

        export namespace UpdateByCumulativeMin {
          export type AsObject = {
          }
        }

        export class UpdateByCumulativeMax extends jspb.Message {
          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByCumulativeMax.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByCumulativeMax): UpdateByCumulativeMax.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByCumulativeMax, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByCumulativeMax;
          static deserializeBinaryFromReader(message: UpdateByCumulativeMax, reader: jspb.BinaryReader): UpdateByCumulativeMax;
        }

        export namespace UpdateByCumulativeMax {
          export type AsObject = {
          }
        }

        export class UpdateByCumulativeProduct extends jspb.Message {
          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByCumulativeProduct.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByCumulativeProduct): UpdateByCumulativeProduct.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByCumulativeProduct, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByCumulativeProduct;
          static deserializeBinaryFromReader(message: UpdateByCumulativeProduct, reader: jspb.BinaryReader): UpdateByCumulativeProduct;
        }

        export namespace UpdateByCumulativeProduct {
          export type AsObject = {
          }
        }

        export class UpdateByFill extends jspb.Message {
          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByFill.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByFill): UpdateByFill.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByFill, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByFill;
          static deserializeBinaryFromReader(message: UpdateByFill, reader: jspb.BinaryReader): UpdateByFill;
        }

        export namespace UpdateByFill {
          export type AsObject = {
          }
        }

        export class UpdateByEma extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByEmOptions | undefined;
          setOptions(value?: UpdateByEmOptions): void;

          hasWindowScale(): boolean;
          clearWindowScale(): void;
          getWindowScale(): UpdateByWindowScale | undefined;
          setWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByEma.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByEma): UpdateByEma.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByEma, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByEma;
          static deserializeBinaryFromReader(message: UpdateByEma, reader: jspb.BinaryReader): UpdateByEma;
        }

        export namespace UpdateByEma {
          export type AsObject = {
            options?: UpdateByEmOptions.AsObject,
            windowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByEms extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByEmOptions | undefined;
          setOptions(value?: UpdateByEmOptions): void;

          hasWindowScale(): boolean;
          clearWindowScale(): void;
          getWindowScale(): UpdateByWindowScale | undefined;
          setWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByEms.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByEms): UpdateByEms.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByEms, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByEms;
          static deserializeBinaryFromReader(message: UpdateByEms, reader: jspb.BinaryReader): UpdateByEms;
        }

        export namespace UpdateByEms {
          export type AsObject = {
            options?: UpdateByEmOptions.AsObject,
            windowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByEmMin extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByEmOptions | undefined;
          setOptions(value?: UpdateByEmOptions): void;

          hasWindowScale(): boolean;
          clearWindowScale(): void;
          getWindowScale(): UpdateByWindowScale | undefined;
          setWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByEmMin.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByEmMin): UpdateByEmMin.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByEmMin, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByEmMin;
          static deserializeBinaryFromReader(message: UpdateByEmMin, reader: jspb.BinaryReader): UpdateByEmMin;
        }

        export namespace UpdateByEmMin {
          export type AsObject = {
            options?: UpdateByEmOptions.AsObject,
            windowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByEmMax extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByEmOptions | undefined;
          setOptions(value?: UpdateByEmOptions): void;

          hasWindowScale(): boolean;
          clearWindowScale(): void;
          getWindowScale(): UpdateByWindowScale | undefined;
          setWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByEmMax.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByEmMax): UpdateByEmMax.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByEmMax, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByEmMax;
          static deserializeBinaryFromReader(message: UpdateByEmMax, reader: jspb.BinaryReader): UpdateByEmMax;
        }

        export namespace UpdateByEmMax {
          export type AsObject = {
            options?: UpdateByEmOptions.AsObject,
            windowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByEmStd extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByEmOptions | undefined;
          setOptions(value?: UpdateByEmOptions): void;

          hasWindowScale(): boolean;
          clearWindowScale(): void;
          getWindowScale(): UpdateByWindowScale | undefined;
          setWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByEmStd.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByEmStd): UpdateByEmStd.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByEmStd, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByEmStd;
          static deserializeBinaryFromReader(message: UpdateByEmStd, reader: jspb.BinaryReader): UpdateByEmStd;
        }

        export namespace UpdateByEmStd {
          export type AsObject = {
            options?: UpdateByEmOptions.AsObject,
            windowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByDelta extends jspb.Message {
          hasOptions(): boolean;
          clearOptions(): void;
          getOptions(): UpdateByDeltaOptions | undefined;
          setOptions(value?: UpdateByDeltaOptions): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByDelta.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByDelta): UpdateByDelta.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByDelta, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByDelta;
          static deserializeBinaryFromReader(message: UpdateByDelta, reader: jspb.BinaryReader): UpdateByDelta;
        }

        export namespace UpdateByDelta {
          export type AsObject = {
            options?: UpdateByDeltaOptions.AsObject,
          }
        }

        export class UpdateByRollingSum extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingSum.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingSum): UpdateByRollingSum.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingSum, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingSum;
          static deserializeBinaryFromReader(message: UpdateByRollingSum, reader: jspb.BinaryReader): UpdateByRollingSum;
        }

        export namespace UpdateByRollingSum {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingGroup extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingGroup.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingGroup): UpdateByRollingGroup.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingGroup, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingGroup;
          static deserializeBinaryFromReader(message: UpdateByRollingGroup, reader: jspb.BinaryReader): UpdateByRollingGroup;
        }

        export namespace UpdateByRollingGroup {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingAvg extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingAvg.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingAvg): UpdateByRollingAvg.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingAvg, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingAvg;
          static deserializeBinaryFromReader(message: UpdateByRollingAvg, reader: jspb.BinaryReader): UpdateByRollingAvg;
        }

        export namespace UpdateByRollingAvg {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingMin extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingMin.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingMin): UpdateByRollingMin.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingMin, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingMin;
          static deserializeBinaryFromReader(message: UpdateByRollingMin, reader: jspb.BinaryReader): UpdateByRollingMin;
        }

        export namespace UpdateByRollingMin {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingMax extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingMax.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingMax): UpdateByRollingMax.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingMax, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingMax;
          static deserializeBinaryFromReader(message: UpdateByRollingMax, reader: jspb.BinaryReader): UpdateByRollingMax;
        }

        export namespace UpdateByRollingMax {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingProduct extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingProduct.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingProduct): UpdateByRollingProduct.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingProduct, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingProduct;
          static deserializeBinaryFromReader(message: UpdateByRollingProduct, reader: jspb.BinaryReader): UpdateByRollingProduct;
        }

        export namespace UpdateByRollingProduct {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingCount extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingCount.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingCount): UpdateByRollingCount.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingCount, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingCount;
          static deserializeBinaryFromReader(message: UpdateByRollingCount, reader: jspb.BinaryReader): UpdateByRollingCount;
        }

        export namespace UpdateByRollingCount {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingStd extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingStd.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingStd): UpdateByRollingStd.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingStd, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingStd;
          static deserializeBinaryFromReader(message: UpdateByRollingStd, reader: jspb.BinaryReader): UpdateByRollingStd;
        }

        export namespace UpdateByRollingStd {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
          }
        }

        export class UpdateByRollingWAvg extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          getWeightColumn(): string;
          setWeightColumn(value: string): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingWAvg.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingWAvg): UpdateByRollingWAvg.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingWAvg, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingWAvg;
          static deserializeBinaryFromReader(message: UpdateByRollingWAvg, reader: jspb.BinaryReader): UpdateByRollingWAvg;
        }

        export namespace UpdateByRollingWAvg {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
            weightColumn: string,
          }
        }

        export class UpdateByRollingFormula extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          getFormula(): string;
          setFormula(value: string): void;

          getParamToken(): string;
          setParamToken(value: string): void;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingFormula.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingFormula): UpdateByRollingFormula.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingFormula, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingFormula;
          static deserializeBinaryFromReader(message: UpdateByRollingFormula, reader: jspb.BinaryReader): UpdateByRollingFormula;
        }

        export namespace UpdateByRollingFormula {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
            formula: string,
            paramToken: string,
          }
        }

        export class UpdateByRollingCountWhere extends jspb.Message {
          hasReverseWindowScale(): boolean;
          clearReverseWindowScale(): void;
          getReverseWindowScale(): UpdateByWindowScale | undefined;
          setReverseWindowScale(value?: UpdateByWindowScale): void;

          hasForwardWindowScale(): boolean;
          clearForwardWindowScale(): void;
          getForwardWindowScale(): UpdateByWindowScale | undefined;
          setForwardWindowScale(value?: UpdateByWindowScale): void;

          getResultColumn(): string;
          setResultColumn(value: string): void;

          clearFiltersList(): void;
          getFiltersList(): Array<string>;
          setFiltersList(value: Array<string>): void;
          addFilters(value: string, index?: number): string;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByRollingCountWhere.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByRollingCountWhere): UpdateByRollingCountWhere.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByRollingCountWhere, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByRollingCountWhere;
          static deserializeBinaryFromReader(message: UpdateByRollingCountWhere, reader: jspb.BinaryReader): UpdateByRollingCountWhere;
        }

        export namespace UpdateByRollingCountWhere {
          export type AsObject = {
            reverseWindowScale?: UpdateByWindowScale.AsObject,
            forwardWindowScale?: UpdateByWindowScale.AsObject,
            resultColumn: string,
            filtersList: Array<string>,
          }
        }

        export class UpdateByCumulativeCountWhere extends jspb.Message {
          getResultColumn(): string;
          setResultColumn(value: string): void;

          clearFiltersList(): void;
          getFiltersList(): Array<string>;
          setFiltersList(value: Array<string>): void;
          addFilters(value: string, index?: number): string;

          serializeBinary(): Uint8Array;
          toObject(includeInstance?: boolean): UpdateByCumulativeCountWhere.AsObject;
          static toObject(includeInstance: boolean, msg: UpdateByCumulativeCountWhere): UpdateByCumulativeCountWhere.AsObject;
          static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
          static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
          static serializeBinaryToWriter(message: UpdateByCumulativeCountWhere, writer: jspb.BinaryWriter): void;
          static deserializeBinary(bytes: Uint8Array): UpdateByCumulativeCountWhere;
          static deserializeBinaryFromReader(message: UpdateByCumulativeCountWhere, reader: jspb.BinaryReader): UpdateByCumulativeCountWhere;
        }

        export namespace UpdateByCumulativeCountWhere {
          export type AsObject = {
            resultColumn: string,
            filtersList: Array<string>,
          }
        }

        export enum TypeCase {
          TYPE_NOT_SET = 0,
          SUM = 1,
          MIN = 2,
          MAX = 3,
          PRODUCT = 4,
          FILL = 5,
          EMA = 6,
          ROLLING_SUM = 7,
          ROLLING_GROUP = 8,
          ROLLING_AVG = 9,
          ROLLING_MIN = 10,
          ROLLING_MAX = 11,
          ROLLING_PRODUCT = 12,
          DELTA = 13,
          EMS = 14,
          EM_MIN = 15,
          EM_MAX = 16,
          EM_STD = 17,
          ROLLING_COUNT = 18,
          ROLLING_STD = 19,
          ROLLING_WAVG = 20,
          ROLLING_FORMULA = 21,
          ROLLING_COUNT_WHERE = 22,
          COUNT_WHERE = 23,
        }
      }
    }

    export enum TypeCase {
      TYPE_NOT_SET = 0,
      COLUMN = 1,
    }
  }
}

export class SelectDistinctRequest extends jspb.Message {
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
    sourceId?: TableReference.AsObject,
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

export class HeadOrTailByRequest extends jspb.Message {
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
    sourceId?: TableReference.AsObject,
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
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
    nullFill: boolean,
    columnsToUngroupList: Array<string>,
  }
}

export class MergeTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearSourceIdsList(): void;
  getSourceIdsList(): Array<TableReference>;
  setSourceIdsList(value: Array<TableReference>): void;
  addSourceIds(value?: TableReference, index?: number): TableReference;

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
    sourceIdsList: Array<TableReference.AsObject>,
    keyColumn: string,
  }
}

export class SnapshotTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
  }
}

export class SnapshotWhenTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasBaseId(): boolean;
  clearBaseId(): void;
  getBaseId(): TableReference | undefined;
  setBaseId(value?: TableReference): void;

  hasTriggerId(): boolean;
  clearTriggerId(): void;
  getTriggerId(): TableReference | undefined;
  setTriggerId(value?: TableReference): void;

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
    baseId?: TableReference.AsObject,
    triggerId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
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
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

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
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
    exactMatchColumnsList: Array<string>,
    asOfColumn: string,
    columnsToAddList: Array<string>,
  }
}

export class MultiJoinInput extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
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

export class RangeJoinTablesRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

  clearExactMatchColumnsList(): void;
  getExactMatchColumnsList(): Array<string>;
  setExactMatchColumnsList(value: Array<string>): void;
  addExactMatchColumns(value: string, index?: number): string;

  getLeftStartColumn(): string;
  setLeftStartColumn(value: string): void;

  getRangeStartRule(): RangeJoinTablesRequest.RangeStartRuleMap[keyof RangeJoinTablesRequest.RangeStartRuleMap];
  setRangeStartRule(value: RangeJoinTablesRequest.RangeStartRuleMap[keyof RangeJoinTablesRequest.RangeStartRuleMap]): void;

  getRightRangeColumn(): string;
  setRightRangeColumn(value: string): void;

  getRangeEndRule(): RangeJoinTablesRequest.RangeEndRuleMap[keyof RangeJoinTablesRequest.RangeEndRuleMap];
  setRangeEndRule(value: RangeJoinTablesRequest.RangeEndRuleMap[keyof RangeJoinTablesRequest.RangeEndRuleMap]): void;

  getLeftEndColumn(): string;
  setLeftEndColumn(value: string): void;

  clearAggregationsList(): void;
  getAggregationsList(): Array<Aggregation>;
  setAggregationsList(value: Array<Aggregation>): void;
  addAggregations(value?: Aggregation, index?: number): Aggregation;

  getRangeMatch(): string;
  setRangeMatch(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): RangeJoinTablesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: RangeJoinTablesRequest): RangeJoinTablesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: RangeJoinTablesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): RangeJoinTablesRequest;
  static deserializeBinaryFromReader(message: RangeJoinTablesRequest, reader: jspb.BinaryReader): RangeJoinTablesRequest;
}

export namespace RangeJoinTablesRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
    exactMatchColumnsList: Array<string>,
    leftStartColumn: string,
    rangeStartRule: RangeJoinTablesRequest.RangeStartRuleMap[keyof RangeJoinTablesRequest.RangeStartRuleMap],
    rightRangeColumn: string,
    rangeEndRule: RangeJoinTablesRequest.RangeEndRuleMap[keyof RangeJoinTablesRequest.RangeEndRuleMap],
    leftEndColumn: string,
    aggregationsList: Array<Aggregation.AsObject>,
    rangeMatch: string,
  }

  export interface RangeStartRuleMap {
    START_UNSPECIFIED: 0;
    LESS_THAN: 1;
    LESS_THAN_OR_EQUAL: 2;
    LESS_THAN_OR_EQUAL_ALLOW_PRECEDING: 3;
  }

  export const RangeStartRule: RangeStartRuleMap;

  export interface RangeEndRuleMap {
    END_UNSPECIFIED: 0;
    GREATER_THAN: 1;
    GREATER_THAN_OR_EQUAL: 2;
    GREATER_THAN_OR_EQUAL_ALLOW_FOLLOWING: 3;
  }

  export const RangeEndRule: RangeEndRuleMap;
}

export class ComboAggregateRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearAggregatesList(): void;
  getAggregatesList(): Array<ComboAggregateRequest.Aggregate>;
  setAggregatesList(value: Array<ComboAggregateRequest.Aggregate>): void;
  addAggregates(value?: ComboAggregateRequest.Aggregate, index?: number): ComboAggregateRequest.Aggregate;

  clearGroupByColumnsList(): void;
  getGroupByColumnsList(): Array<string>;
  setGroupByColumnsList(value: Array<string>): void;
  addGroupByColumns(value: string, index?: number): string;

  getForceCombo(): boolean;
  setForceCombo(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ComboAggregateRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ComboAggregateRequest): ComboAggregateRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ComboAggregateRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ComboAggregateRequest;
  static deserializeBinaryFromReader(message: ComboAggregateRequest, reader: jspb.BinaryReader): ComboAggregateRequest;
}

export namespace ComboAggregateRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    aggregatesList: Array<ComboAggregateRequest.Aggregate.AsObject>,
    groupByColumnsList: Array<string>,
    forceCombo: boolean,
  }

  export class Aggregate extends jspb.Message {
    getType(): ComboAggregateRequest.AggTypeMap[keyof ComboAggregateRequest.AggTypeMap];
    setType(value: ComboAggregateRequest.AggTypeMap[keyof ComboAggregateRequest.AggTypeMap]): void;

    clearMatchPairsList(): void;
    getMatchPairsList(): Array<string>;
    setMatchPairsList(value: Array<string>): void;
    addMatchPairs(value: string, index?: number): string;

    getColumnName(): string;
    setColumnName(value: string): void;

    getPercentile(): number;
    setPercentile(value: number): void;

    getAvgMedian(): boolean;
    setAvgMedian(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Aggregate.AsObject;
    static toObject(includeInstance: boolean, msg: Aggregate): Aggregate.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Aggregate, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Aggregate;
    static deserializeBinaryFromReader(message: Aggregate, reader: jspb.BinaryReader): Aggregate;
  }

  export namespace Aggregate {
    export type AsObject = {
      type: ComboAggregateRequest.AggTypeMap[keyof ComboAggregateRequest.AggTypeMap],
      matchPairsList: Array<string>,
      columnName: string,
      percentile: number,
      avgMedian: boolean,
    }
  }

  export interface AggTypeMap {
    SUM: 0;
    ABS_SUM: 1;
    GROUP: 2;
    AVG: 3;
    COUNT: 4;
    FIRST: 5;
    LAST: 6;
    MIN: 7;
    MAX: 8;
    MEDIAN: 9;
    PERCENTILE: 10;
    STD: 11;
    VAR: 12;
    WEIGHTED_AVG: 13;
  }

  export const AggType: AggTypeMap;
}

export class AggregateAllRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  hasSpec(): boolean;
  clearSpec(): void;
  getSpec(): AggSpec | undefined;
  setSpec(value?: AggSpec): void;

  clearGroupByColumnsList(): void;
  getGroupByColumnsList(): Array<string>;
  setGroupByColumnsList(value: Array<string>): void;
  addGroupByColumns(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AggregateAllRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AggregateAllRequest): AggregateAllRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AggregateAllRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AggregateAllRequest;
  static deserializeBinaryFromReader(message: AggregateAllRequest, reader: jspb.BinaryReader): AggregateAllRequest;
}

export namespace AggregateAllRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    spec?: AggSpec.AsObject,
    groupByColumnsList: Array<string>,
  }
}

export class AggSpec extends jspb.Message {
  hasAbsSum(): boolean;
  clearAbsSum(): void;
  getAbsSum(): AggSpec.AggSpecAbsSum | undefined;
  setAbsSum(value?: AggSpec.AggSpecAbsSum): void;

  hasApproximatePercentile(): boolean;
  clearApproximatePercentile(): void;
  getApproximatePercentile(): AggSpec.AggSpecApproximatePercentile | undefined;
  setApproximatePercentile(value?: AggSpec.AggSpecApproximatePercentile): void;

  hasAvg(): boolean;
  clearAvg(): void;
  getAvg(): AggSpec.AggSpecAvg | undefined;
  setAvg(value?: AggSpec.AggSpecAvg): void;

  hasCountDistinct(): boolean;
  clearCountDistinct(): void;
  getCountDistinct(): AggSpec.AggSpecCountDistinct | undefined;
  setCountDistinct(value?: AggSpec.AggSpecCountDistinct): void;

  hasDistinct(): boolean;
  clearDistinct(): void;
  getDistinct(): AggSpec.AggSpecDistinct | undefined;
  setDistinct(value?: AggSpec.AggSpecDistinct): void;

  hasFirst(): boolean;
  clearFirst(): void;
  getFirst(): AggSpec.AggSpecFirst | undefined;
  setFirst(value?: AggSpec.AggSpecFirst): void;

  hasFormula(): boolean;
  clearFormula(): void;
  getFormula(): AggSpec.AggSpecFormula | undefined;
  setFormula(value?: AggSpec.AggSpecFormula): void;

  hasFreeze(): boolean;
  clearFreeze(): void;
  getFreeze(): AggSpec.AggSpecFreeze | undefined;
  setFreeze(value?: AggSpec.AggSpecFreeze): void;

  hasGroup(): boolean;
  clearGroup(): void;
  getGroup(): AggSpec.AggSpecGroup | undefined;
  setGroup(value?: AggSpec.AggSpecGroup): void;

  hasLast(): boolean;
  clearLast(): void;
  getLast(): AggSpec.AggSpecLast | undefined;
  setLast(value?: AggSpec.AggSpecLast): void;

  hasMax(): boolean;
  clearMax(): void;
  getMax(): AggSpec.AggSpecMax | undefined;
  setMax(value?: AggSpec.AggSpecMax): void;

  hasMedian(): boolean;
  clearMedian(): void;
  getMedian(): AggSpec.AggSpecMedian | undefined;
  setMedian(value?: AggSpec.AggSpecMedian): void;

  hasMin(): boolean;
  clearMin(): void;
  getMin(): AggSpec.AggSpecMin | undefined;
  setMin(value?: AggSpec.AggSpecMin): void;

  hasPercentile(): boolean;
  clearPercentile(): void;
  getPercentile(): AggSpec.AggSpecPercentile | undefined;
  setPercentile(value?: AggSpec.AggSpecPercentile): void;

  hasSortedFirst(): boolean;
  clearSortedFirst(): void;
  getSortedFirst(): AggSpec.AggSpecSorted | undefined;
  setSortedFirst(value?: AggSpec.AggSpecSorted): void;

  hasSortedLast(): boolean;
  clearSortedLast(): void;
  getSortedLast(): AggSpec.AggSpecSorted | undefined;
  setSortedLast(value?: AggSpec.AggSpecSorted): void;

  hasStd(): boolean;
  clearStd(): void;
  getStd(): AggSpec.AggSpecStd | undefined;
  setStd(value?: AggSpec.AggSpecStd): void;

  hasSum(): boolean;
  clearSum(): void;
  getSum(): AggSpec.AggSpecSum | undefined;
  setSum(value?: AggSpec.AggSpecSum): void;

  hasTDigest(): boolean;
  clearTDigest(): void;
  getTDigest(): AggSpec.AggSpecTDigest | undefined;
  setTDigest(value?: AggSpec.AggSpecTDigest): void;

  hasUnique(): boolean;
  clearUnique(): void;
  getUnique(): AggSpec.AggSpecUnique | undefined;
  setUnique(value?: AggSpec.AggSpecUnique): void;

  hasWeightedAvg(): boolean;
  clearWeightedAvg(): void;
  getWeightedAvg(): AggSpec.AggSpecWeighted | undefined;
  setWeightedAvg(value?: AggSpec.AggSpecWeighted): void;

  hasWeightedSum(): boolean;
  clearWeightedSum(): void;
  getWeightedSum(): AggSpec.AggSpecWeighted | undefined;
  setWeightedSum(value?: AggSpec.AggSpecWeighted): void;

  hasVar(): boolean;
  clearVar(): void;
  getVar(): AggSpec.AggSpecVar | undefined;
  setVar(value?: AggSpec.AggSpecVar): void;

  getTypeCase(): AggSpec.TypeCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AggSpec.AsObject;
  static toObject(includeInstance: boolean, msg: AggSpec): AggSpec.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AggSpec, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AggSpec;
  static deserializeBinaryFromReader(message: AggSpec, reader: jspb.BinaryReader): AggSpec;
}

export namespace AggSpec {
  export type AsObject = {
    absSum?: AggSpec.AggSpecAbsSum.AsObject,
    approximatePercentile?: AggSpec.AggSpecApproximatePercentile.AsObject,
    avg?: AggSpec.AggSpecAvg.AsObject,
    countDistinct?: AggSpec.AggSpecCountDistinct.AsObject,
    distinct?: AggSpec.AggSpecDistinct.AsObject,
    first?: AggSpec.AggSpecFirst.AsObject,
    formula?: AggSpec.AggSpecFormula.AsObject,
    freeze?: AggSpec.AggSpecFreeze.AsObject,
    group?: AggSpec.AggSpecGroup.AsObject,
    last?: AggSpec.AggSpecLast.AsObject,
    max?: AggSpec.AggSpecMax.AsObject,
    median?: AggSpec.AggSpecMedian.AsObject,
    min?: AggSpec.AggSpecMin.AsObject,
    percentile?: AggSpec.AggSpecPercentile.AsObject,
    sortedFirst?: AggSpec.AggSpecSorted.AsObject,
    sortedLast?: AggSpec.AggSpecSorted.AsObject,
    std?: AggSpec.AggSpecStd.AsObject,
    sum?: AggSpec.AggSpecSum.AsObject,
    tDigest?: AggSpec.AggSpecTDigest.AsObject,
    unique?: AggSpec.AggSpecUnique.AsObject,
    weightedAvg?: AggSpec.AggSpecWeighted.AsObject,
    weightedSum?: AggSpec.AggSpecWeighted.AsObject,
    pb_var?: AggSpec.AggSpecVar.AsObject,
  }

  export class AggSpecApproximatePercentile extends jspb.Message {
    getPercentile(): number;
    setPercentile(value: number): void;

    hasCompression(): boolean;
    clearCompression(): void;
    getCompression(): number;
    setCompression(value: number): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecApproximatePercentile.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecApproximatePercentile): AggSpecApproximatePercentile.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecApproximatePercentile, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecApproximatePercentile;
    static deserializeBinaryFromReader(message: AggSpecApproximatePercentile, reader: jspb.BinaryReader): AggSpecApproximatePercentile;
  }

  export namespace AggSpecApproximatePercentile {
    export type AsObject = {
      percentile: number,
      compression: number,
    }
  }

  export class AggSpecCountDistinct extends jspb.Message {
    getCountNulls(): boolean;
    setCountNulls(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecCountDistinct.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecCountDistinct): AggSpecCountDistinct.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecCountDistinct, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecCountDistinct;
    static deserializeBinaryFromReader(message: AggSpecCountDistinct, reader: jspb.BinaryReader): AggSpecCountDistinct;
  }

  export namespace AggSpecCountDistinct {
    export type AsObject = {
      countNulls: boolean,
    }
  }

  export class AggSpecDistinct extends jspb.Message {
    getIncludeNulls(): boolean;
    setIncludeNulls(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecDistinct.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecDistinct): AggSpecDistinct.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecDistinct, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecDistinct;
    static deserializeBinaryFromReader(message: AggSpecDistinct, reader: jspb.BinaryReader): AggSpecDistinct;
  }

  export namespace AggSpecDistinct {
    export type AsObject = {
      includeNulls: boolean,
    }
  }

  export class AggSpecFormula extends jspb.Message {
    getFormula(): string;
    setFormula(value: string): void;

    getParamToken(): string;
    setParamToken(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecFormula.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecFormula): AggSpecFormula.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecFormula, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecFormula;
    static deserializeBinaryFromReader(message: AggSpecFormula, reader: jspb.BinaryReader): AggSpecFormula;
  }

  export namespace AggSpecFormula {
    export type AsObject = {
      formula: string,
      paramToken: string,
    }
  }

  export class AggSpecMedian extends jspb.Message {
    getAverageEvenlyDivided(): boolean;
    setAverageEvenlyDivided(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecMedian.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecMedian): AggSpecMedian.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecMedian, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecMedian;
    static deserializeBinaryFromReader(message: AggSpecMedian, reader: jspb.BinaryReader): AggSpecMedian;
  }

  export namespace AggSpecMedian {
    export type AsObject = {
      averageEvenlyDivided: boolean,
    }
  }

  export class AggSpecPercentile extends jspb.Message {
    getPercentile(): number;
    setPercentile(value: number): void;

    getAverageEvenlyDivided(): boolean;
    setAverageEvenlyDivided(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecPercentile.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecPercentile): AggSpecPercentile.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecPercentile, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecPercentile;
    static deserializeBinaryFromReader(message: AggSpecPercentile, reader: jspb.BinaryReader): AggSpecPercentile;
  }

  export namespace AggSpecPercentile {
    export type AsObject = {
      percentile: number,
      averageEvenlyDivided: boolean,
    }
  }

  export class AggSpecSorted extends jspb.Message {
    clearColumnsList(): void;
    getColumnsList(): Array<AggSpec.AggSpecSortedColumn>;
    setColumnsList(value: Array<AggSpec.AggSpecSortedColumn>): void;
    addColumns(value?: AggSpec.AggSpecSortedColumn, index?: number): AggSpec.AggSpecSortedColumn;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecSorted.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecSorted): AggSpecSorted.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecSorted, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecSorted;
    static deserializeBinaryFromReader(message: AggSpecSorted, reader: jspb.BinaryReader): AggSpecSorted;
  }

  export namespace AggSpecSorted {
    export type AsObject = {
      columnsList: Array<AggSpec.AggSpecSortedColumn.AsObject>,
    }
  }

  export class AggSpecSortedColumn extends jspb.Message {
    getColumnName(): string;
    setColumnName(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecSortedColumn.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecSortedColumn): AggSpecSortedColumn.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecSortedColumn, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecSortedColumn;
    static deserializeBinaryFromReader(message: AggSpecSortedColumn, reader: jspb.BinaryReader): AggSpecSortedColumn;
  }

  export namespace AggSpecSortedColumn {
    export type AsObject = {
      columnName: string,
    }
  }

  export class AggSpecTDigest extends jspb.Message {
    hasCompression(): boolean;
    clearCompression(): void;
    getCompression(): number;
    setCompression(value: number): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecTDigest.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecTDigest): AggSpecTDigest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecTDigest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecTDigest;
    static deserializeBinaryFromReader(message: AggSpecTDigest, reader: jspb.BinaryReader): AggSpecTDigest;
  }

  export namespace AggSpecTDigest {
    export type AsObject = {
      compression: number,
    }
  }

  export class AggSpecUnique extends jspb.Message {
    getIncludeNulls(): boolean;
    setIncludeNulls(value: boolean): void;

    hasNonUniqueSentinel(): boolean;
    clearNonUniqueSentinel(): void;
    getNonUniqueSentinel(): AggSpec.AggSpecNonUniqueSentinel | undefined;
    setNonUniqueSentinel(value?: AggSpec.AggSpecNonUniqueSentinel): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecUnique.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecUnique): AggSpecUnique.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecUnique, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecUnique;
    static deserializeBinaryFromReader(message: AggSpecUnique, reader: jspb.BinaryReader): AggSpecUnique;
  }

  export namespace AggSpecUnique {
    export type AsObject = {
      includeNulls: boolean,
      nonUniqueSentinel?: AggSpec.AggSpecNonUniqueSentinel.AsObject,
    }
  }

  export class AggSpecNonUniqueSentinel extends jspb.Message {
    hasNullValue(): boolean;
    clearNullValue(): void;
    getNullValue(): NullValueMap[keyof NullValueMap];
    setNullValue(value: NullValueMap[keyof NullValueMap]): void;

    hasStringValue(): boolean;
    clearStringValue(): void;
    getStringValue(): string;
    setStringValue(value: string): void;

    hasIntValue(): boolean;
    clearIntValue(): void;
    getIntValue(): number;
    setIntValue(value: number): void;

    hasLongValue(): boolean;
    clearLongValue(): void;
    getLongValue(): string;
    setLongValue(value: string): void;

    hasFloatValue(): boolean;
    clearFloatValue(): void;
    getFloatValue(): number;
    setFloatValue(value: number): void;

    hasDoubleValue(): boolean;
    clearDoubleValue(): void;
    getDoubleValue(): number;
    setDoubleValue(value: number): void;

    hasBoolValue(): boolean;
    clearBoolValue(): void;
    getBoolValue(): boolean;
    setBoolValue(value: boolean): void;

    hasByteValue(): boolean;
    clearByteValue(): void;
    getByteValue(): number;
    setByteValue(value: number): void;

    hasShortValue(): boolean;
    clearShortValue(): void;
    getShortValue(): number;
    setShortValue(value: number): void;

    hasCharValue(): boolean;
    clearCharValue(): void;
    getCharValue(): number;
    setCharValue(value: number): void;

    getTypeCase(): AggSpecNonUniqueSentinel.TypeCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecNonUniqueSentinel.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecNonUniqueSentinel): AggSpecNonUniqueSentinel.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecNonUniqueSentinel, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecNonUniqueSentinel;
    static deserializeBinaryFromReader(message: AggSpecNonUniqueSentinel, reader: jspb.BinaryReader): AggSpecNonUniqueSentinel;
  }

  export namespace AggSpecNonUniqueSentinel {
    export type AsObject = {
      nullValue: NullValueMap[keyof NullValueMap],
      stringValue: string,
      intValue: number,
      longValue: string,
      floatValue: number,
      doubleValue: number,
      boolValue: boolean,
      byteValue: number,
      shortValue: number,
      charValue: number,
    }

    export enum TypeCase {
      TYPE_NOT_SET = 0,
      NULL_VALUE = 1,
      STRING_VALUE = 2,
      INT_VALUE = 3,
      LONG_VALUE = 4,
      FLOAT_VALUE = 5,
      DOUBLE_VALUE = 6,
      BOOL_VALUE = 7,
      BYTE_VALUE = 8,
      SHORT_VALUE = 9,
      CHAR_VALUE = 10,
    }
  }

  export class AggSpecWeighted extends jspb.Message {
    getWeightColumn(): string;
    setWeightColumn(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecWeighted.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecWeighted): AggSpecWeighted.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecWeighted, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecWeighted;
    static deserializeBinaryFromReader(message: AggSpecWeighted, reader: jspb.BinaryReader): AggSpecWeighted;
  }

  export namespace AggSpecWeighted {
    export type AsObject = {
      weightColumn: string,
    }
  }

  export class AggSpecAbsSum extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecAbsSum.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecAbsSum): AggSpecAbsSum.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecAbsSum, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecAbsSum;
    static deserializeBinaryFromReader(message: AggSpecAbsSum, reader: jspb.BinaryReader): AggSpecAbsSum;
  }

  export namespace AggSpecAbsSum {
    export type AsObject = {
    }
  }

  export class AggSpecAvg extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecAvg.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecAvg): AggSpecAvg.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecAvg, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecAvg;
    static deserializeBinaryFromReader(message: AggSpecAvg, reader: jspb.BinaryReader): AggSpecAvg;
  }

  export namespace AggSpecAvg {
    export type AsObject = {
    }
  }

  export class AggSpecFirst extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecFirst.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecFirst): AggSpecFirst.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecFirst, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecFirst;
    static deserializeBinaryFromReader(message: AggSpecFirst, reader: jspb.BinaryReader): AggSpecFirst;
  }

  export namespace AggSpecFirst {
    export type AsObject = {
    }
  }

  export class AggSpecFreeze extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecFreeze.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecFreeze): AggSpecFreeze.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecFreeze, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecFreeze;
    static deserializeBinaryFromReader(message: AggSpecFreeze, reader: jspb.BinaryReader): AggSpecFreeze;
  }

  export namespace AggSpecFreeze {
    export type AsObject = {
    }
  }

  export class AggSpecGroup extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecGroup.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecGroup): AggSpecGroup.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecGroup, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecGroup;
    static deserializeBinaryFromReader(message: AggSpecGroup, reader: jspb.BinaryReader): AggSpecGroup;
  }

  export namespace AggSpecGroup {
    export type AsObject = {
    }
  }

  export class AggSpecLast extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecLast.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecLast): AggSpecLast.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecLast, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecLast;
    static deserializeBinaryFromReader(message: AggSpecLast, reader: jspb.BinaryReader): AggSpecLast;
  }

  export namespace AggSpecLast {
    export type AsObject = {
    }
  }

  export class AggSpecMax extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecMax.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecMax): AggSpecMax.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecMax, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecMax;
    static deserializeBinaryFromReader(message: AggSpecMax, reader: jspb.BinaryReader): AggSpecMax;
  }

  export namespace AggSpecMax {
    export type AsObject = {
    }
  }

  export class AggSpecMin extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecMin.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecMin): AggSpecMin.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecMin, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecMin;
    static deserializeBinaryFromReader(message: AggSpecMin, reader: jspb.BinaryReader): AggSpecMin;
  }

  export namespace AggSpecMin {
    export type AsObject = {
    }
  }

  export class AggSpecStd extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecStd.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecStd): AggSpecStd.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecStd, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecStd;
    static deserializeBinaryFromReader(message: AggSpecStd, reader: jspb.BinaryReader): AggSpecStd;
  }

  export namespace AggSpecStd {
    export type AsObject = {
    }
  }

  export class AggSpecSum extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecSum.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecSum): AggSpecSum.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecSum, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecSum;
    static deserializeBinaryFromReader(message: AggSpecSum, reader: jspb.BinaryReader): AggSpecSum;
  }

  export namespace AggSpecSum {
    export type AsObject = {
    }
  }

  export class AggSpecVar extends jspb.Message {
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggSpecVar.AsObject;
    static toObject(includeInstance: boolean, msg: AggSpecVar): AggSpecVar.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggSpecVar, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggSpecVar;
    static deserializeBinaryFromReader(message: AggSpecVar, reader: jspb.BinaryReader): AggSpecVar;
  }

  export namespace AggSpecVar {
    export type AsObject = {
    }
  }

  export enum TypeCase {
    TYPE_NOT_SET = 0,
    ABS_SUM = 1,
    APPROXIMATE_PERCENTILE = 2,
    AVG = 3,
    COUNT_DISTINCT = 4,
    DISTINCT = 5,
    FIRST = 6,
    FORMULA = 7,
    FREEZE = 8,
    GROUP = 9,
    LAST = 10,
    MAX = 11,
    MEDIAN = 12,
    MIN = 13,
    PERCENTILE = 14,
    SORTED_FIRST = 15,
    SORTED_LAST = 16,
    STD = 17,
    SUM = 18,
    T_DIGEST = 19,
    UNIQUE = 20,
    WEIGHTED_AVG = 21,
    WEIGHTED_SUM = 22,
    VAR = 23,
  }
}

export class AggregateRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  hasInitialGroupsId(): boolean;
  clearInitialGroupsId(): void;
  getInitialGroupsId(): TableReference | undefined;
  setInitialGroupsId(value?: TableReference): void;

  getPreserveEmpty(): boolean;
  setPreserveEmpty(value: boolean): void;

  clearAggregationsList(): void;
  getAggregationsList(): Array<Aggregation>;
  setAggregationsList(value: Array<Aggregation>): void;
  addAggregations(value?: Aggregation, index?: number): Aggregation;

  clearGroupByColumnsList(): void;
  getGroupByColumnsList(): Array<string>;
  setGroupByColumnsList(value: Array<string>): void;
  addGroupByColumns(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AggregateRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AggregateRequest): AggregateRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AggregateRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AggregateRequest;
  static deserializeBinaryFromReader(message: AggregateRequest, reader: jspb.BinaryReader): AggregateRequest;
}

export namespace AggregateRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    initialGroupsId?: TableReference.AsObject,
    preserveEmpty: boolean,
    aggregationsList: Array<Aggregation.AsObject>,
    groupByColumnsList: Array<string>,
  }
}

export class Aggregation extends jspb.Message {
  hasColumns(): boolean;
  clearColumns(): void;
  getColumns(): Aggregation.AggregationColumns | undefined;
  setColumns(value?: Aggregation.AggregationColumns): void;

  hasCount(): boolean;
  clearCount(): void;
  getCount(): Aggregation.AggregationCount | undefined;
  setCount(value?: Aggregation.AggregationCount): void;

  hasFirstRowKey(): boolean;
  clearFirstRowKey(): void;
  getFirstRowKey(): Aggregation.AggregationRowKey | undefined;
  setFirstRowKey(value?: Aggregation.AggregationRowKey): void;

  hasLastRowKey(): boolean;
  clearLastRowKey(): void;
  getLastRowKey(): Aggregation.AggregationRowKey | undefined;
  setLastRowKey(value?: Aggregation.AggregationRowKey): void;

  hasPartition(): boolean;
  clearPartition(): void;
  getPartition(): Aggregation.AggregationPartition | undefined;
  setPartition(value?: Aggregation.AggregationPartition): void;

  hasFormula(): boolean;
  clearFormula(): void;
  getFormula(): Aggregation.AggregationFormula | undefined;
  setFormula(value?: Aggregation.AggregationFormula): void;

  hasCountWhere(): boolean;
  clearCountWhere(): void;
  getCountWhere(): Aggregation.AggregationCountWhere | undefined;
  setCountWhere(value?: Aggregation.AggregationCountWhere): void;

  getTypeCase(): Aggregation.TypeCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Aggregation.AsObject;
  static toObject(includeInstance: boolean, msg: Aggregation): Aggregation.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Aggregation, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Aggregation;
  static deserializeBinaryFromReader(message: Aggregation, reader: jspb.BinaryReader): Aggregation;
}

export namespace Aggregation {
  export type AsObject = {
    columns?: Aggregation.AggregationColumns.AsObject,
    count?: Aggregation.AggregationCount.AsObject,
    firstRowKey?: Aggregation.AggregationRowKey.AsObject,
    lastRowKey?: Aggregation.AggregationRowKey.AsObject,
    partition?: Aggregation.AggregationPartition.AsObject,
    formula?: Aggregation.AggregationFormula.AsObject,
    countWhere?: Aggregation.AggregationCountWhere.AsObject,
  }

  export class AggregationColumns extends jspb.Message {
    hasSpec(): boolean;
    clearSpec(): void;
    getSpec(): AggSpec | undefined;
    setSpec(value?: AggSpec): void;

    clearMatchPairsList(): void;
    getMatchPairsList(): Array<string>;
    setMatchPairsList(value: Array<string>): void;
    addMatchPairs(value: string, index?: number): string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationColumns.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationColumns): AggregationColumns.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationColumns, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationColumns;
    static deserializeBinaryFromReader(message: AggregationColumns, reader: jspb.BinaryReader): AggregationColumns;
  }

  export namespace AggregationColumns {
    export type AsObject = {
      spec?: AggSpec.AsObject,
      matchPairsList: Array<string>,
    }
  }

  export class AggregationCount extends jspb.Message {
    getColumnName(): string;
    setColumnName(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationCount.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationCount): AggregationCount.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationCount, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationCount;
    static deserializeBinaryFromReader(message: AggregationCount, reader: jspb.BinaryReader): AggregationCount;
  }

  export namespace AggregationCount {
    export type AsObject = {
      columnName: string,
    }
  }

  export class AggregationCountWhere extends jspb.Message {
    getColumnName(): string;
    setColumnName(value: string): void;

    clearFiltersList(): void;
    getFiltersList(): Array<string>;
    setFiltersList(value: Array<string>): void;
    addFilters(value: string, index?: number): string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationCountWhere.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationCountWhere): AggregationCountWhere.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationCountWhere, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationCountWhere;
    static deserializeBinaryFromReader(message: AggregationCountWhere, reader: jspb.BinaryReader): AggregationCountWhere;
  }

  export namespace AggregationCountWhere {
    export type AsObject = {
      columnName: string,
      filtersList: Array<string>,
    }
  }

  export class AggregationRowKey extends jspb.Message {
    getColumnName(): string;
    setColumnName(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationRowKey.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationRowKey): AggregationRowKey.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationRowKey, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationRowKey;
    static deserializeBinaryFromReader(message: AggregationRowKey, reader: jspb.BinaryReader): AggregationRowKey;
  }

  export namespace AggregationRowKey {
    export type AsObject = {
      columnName: string,
    }
  }

  export class AggregationPartition extends jspb.Message {
    getColumnName(): string;
    setColumnName(value: string): void;

    getIncludeGroupByColumns(): boolean;
    setIncludeGroupByColumns(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationPartition.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationPartition): AggregationPartition.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationPartition, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationPartition;
    static deserializeBinaryFromReader(message: AggregationPartition, reader: jspb.BinaryReader): AggregationPartition;
  }

  export namespace AggregationPartition {
    export type AsObject = {
      columnName: string,
      includeGroupByColumns: boolean,
    }
  }

  export class AggregationFormula extends jspb.Message {
    hasSelectable(): boolean;
    clearSelectable(): void;
    getSelectable(): Selectable | undefined;
    setSelectable(value?: Selectable): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AggregationFormula.AsObject;
    static toObject(includeInstance: boolean, msg: AggregationFormula): AggregationFormula.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AggregationFormula, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AggregationFormula;
    static deserializeBinaryFromReader(message: AggregationFormula, reader: jspb.BinaryReader): AggregationFormula;
  }

  export namespace AggregationFormula {
    export type AsObject = {
      selectable?: Selectable.AsObject,
    }
  }

  export enum TypeCase {
    TYPE_NOT_SET = 0,
    COLUMNS = 1,
    COUNT = 2,
    FIRST_ROW_KEY = 3,
    LAST_ROW_KEY = 4,
    PARTITION = 5,
    FORMULA = 6,
    COUNT_WHERE = 7,
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

export class FilterTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

  clearFiltersList(): void;
  getFiltersList(): Array<Condition>;
  setFiltersList(value: Array<Condition>): void;
  addFilters(value?: Condition, index?: number): Condition;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FilterTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: FilterTableRequest): FilterTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FilterTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FilterTableRequest;
  static deserializeBinaryFromReader(message: FilterTableRequest, reader: jspb.BinaryReader): FilterTableRequest;
}

export namespace FilterTableRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceId?: TableReference.AsObject,
    filtersList: Array<Condition.AsObject>,
  }
}

export class Reference extends jspb.Message {
  getColumnName(): string;
  setColumnName(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Reference.AsObject;
  static toObject(includeInstance: boolean, msg: Reference): Reference.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Reference, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Reference;
  static deserializeBinaryFromReader(message: Reference, reader: jspb.BinaryReader): Reference;
}

export namespace Reference {
  export type AsObject = {
    columnName: string,
  }
}

export class Literal extends jspb.Message {
  hasStringValue(): boolean;
  clearStringValue(): void;
  getStringValue(): string;
  setStringValue(value: string): void;

  hasDoubleValue(): boolean;
  clearDoubleValue(): void;
  getDoubleValue(): number;
  setDoubleValue(value: number): void;

  hasBoolValue(): boolean;
  clearBoolValue(): void;
  getBoolValue(): boolean;
  setBoolValue(value: boolean): void;

  hasLongValue(): boolean;
  clearLongValue(): void;
  getLongValue(): string;
  setLongValue(value: string): void;

  hasNanoTimeValue(): boolean;
  clearNanoTimeValue(): void;
  getNanoTimeValue(): string;
  setNanoTimeValue(value: string): void;

  getValueCase(): Literal.ValueCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Literal.AsObject;
  static toObject(includeInstance: boolean, msg: Literal): Literal.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Literal, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Literal;
  static deserializeBinaryFromReader(message: Literal, reader: jspb.BinaryReader): Literal;
}

export namespace Literal {
  export type AsObject = {
    stringValue: string,
    doubleValue: number,
    boolValue: boolean,
    longValue: string,
    nanoTimeValue: string,
  }

  export enum ValueCase {
    VALUE_NOT_SET = 0,
    STRING_VALUE = 1,
    DOUBLE_VALUE = 2,
    BOOL_VALUE = 3,
    LONG_VALUE = 4,
    NANO_TIME_VALUE = 5,
  }
}

export class Value extends jspb.Message {
  hasReference(): boolean;
  clearReference(): void;
  getReference(): Reference | undefined;
  setReference(value?: Reference): void;

  hasLiteral(): boolean;
  clearLiteral(): void;
  getLiteral(): Literal | undefined;
  setLiteral(value?: Literal): void;

  getDataCase(): Value.DataCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Value.AsObject;
  static toObject(includeInstance: boolean, msg: Value): Value.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Value, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Value;
  static deserializeBinaryFromReader(message: Value, reader: jspb.BinaryReader): Value;
}

export namespace Value {
  export type AsObject = {
    reference?: Reference.AsObject,
    literal?: Literal.AsObject,
  }

  export enum DataCase {
    DATA_NOT_SET = 0,
    REFERENCE = 1,
    LITERAL = 2,
  }
}

export class Condition extends jspb.Message {
  hasAnd(): boolean;
  clearAnd(): void;
  getAnd(): AndCondition | undefined;
  setAnd(value?: AndCondition): void;

  hasOr(): boolean;
  clearOr(): void;
  getOr(): OrCondition | undefined;
  setOr(value?: OrCondition): void;

  hasNot(): boolean;
  clearNot(): void;
  getNot(): NotCondition | undefined;
  setNot(value?: NotCondition): void;

  hasCompare(): boolean;
  clearCompare(): void;
  getCompare(): CompareCondition | undefined;
  setCompare(value?: CompareCondition): void;

  hasIn(): boolean;
  clearIn(): void;
  getIn(): InCondition | undefined;
  setIn(value?: InCondition): void;

  hasInvoke(): boolean;
  clearInvoke(): void;
  getInvoke(): InvokeCondition | undefined;
  setInvoke(value?: InvokeCondition): void;

  hasIsNull(): boolean;
  clearIsNull(): void;
  getIsNull(): IsNullCondition | undefined;
  setIsNull(value?: IsNullCondition): void;

  hasMatches(): boolean;
  clearMatches(): void;
  getMatches(): MatchesCondition | undefined;
  setMatches(value?: MatchesCondition): void;

  hasContains(): boolean;
  clearContains(): void;
  getContains(): ContainsCondition | undefined;
  setContains(value?: ContainsCondition): void;

  hasSearch(): boolean;
  clearSearch(): void;
  getSearch(): SearchCondition | undefined;
  setSearch(value?: SearchCondition): void;

  hasIsNan(): boolean;
  clearIsNan(): void;
  getIsNan(): IsNaNCondition | undefined;
  setIsNan(value?: IsNaNCondition): void;

  getDataCase(): Condition.DataCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Condition.AsObject;
  static toObject(includeInstance: boolean, msg: Condition): Condition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Condition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Condition;
  static deserializeBinaryFromReader(message: Condition, reader: jspb.BinaryReader): Condition;
}

export namespace Condition {
  export type AsObject = {
    and?: AndCondition.AsObject,
    or?: OrCondition.AsObject,
    not?: NotCondition.AsObject,
    compare?: CompareCondition.AsObject,
    pb_in?: InCondition.AsObject,
    invoke?: InvokeCondition.AsObject,
    isNull?: IsNullCondition.AsObject,
    matches?: MatchesCondition.AsObject,
    contains?: ContainsCondition.AsObject,
    search?: SearchCondition.AsObject,
    isNan?: IsNaNCondition.AsObject,
  }

  export enum DataCase {
    DATA_NOT_SET = 0,
    AND = 1,
    OR = 2,
    NOT = 3,
    COMPARE = 4,
    IN = 5,
    INVOKE = 6,
    IS_NULL = 7,
    MATCHES = 8,
    CONTAINS = 9,
    SEARCH = 10,
    IS_NAN = 11,
  }
}

export class AndCondition extends jspb.Message {
  clearFiltersList(): void;
  getFiltersList(): Array<Condition>;
  setFiltersList(value: Array<Condition>): void;
  addFilters(value?: Condition, index?: number): Condition;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AndCondition.AsObject;
  static toObject(includeInstance: boolean, msg: AndCondition): AndCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AndCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AndCondition;
  static deserializeBinaryFromReader(message: AndCondition, reader: jspb.BinaryReader): AndCondition;
}

export namespace AndCondition {
  export type AsObject = {
    filtersList: Array<Condition.AsObject>,
  }
}

export class OrCondition extends jspb.Message {
  clearFiltersList(): void;
  getFiltersList(): Array<Condition>;
  setFiltersList(value: Array<Condition>): void;
  addFilters(value?: Condition, index?: number): Condition;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): OrCondition.AsObject;
  static toObject(includeInstance: boolean, msg: OrCondition): OrCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: OrCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): OrCondition;
  static deserializeBinaryFromReader(message: OrCondition, reader: jspb.BinaryReader): OrCondition;
}

export namespace OrCondition {
  export type AsObject = {
    filtersList: Array<Condition.AsObject>,
  }
}

export class NotCondition extends jspb.Message {
  hasFilter(): boolean;
  clearFilter(): void;
  getFilter(): Condition | undefined;
  setFilter(value?: Condition): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): NotCondition.AsObject;
  static toObject(includeInstance: boolean, msg: NotCondition): NotCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: NotCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): NotCondition;
  static deserializeBinaryFromReader(message: NotCondition, reader: jspb.BinaryReader): NotCondition;
}

export namespace NotCondition {
  export type AsObject = {
    filter?: Condition.AsObject,
  }
}

export class CompareCondition extends jspb.Message {
  getOperation(): CompareCondition.CompareOperationMap[keyof CompareCondition.CompareOperationMap];
  setOperation(value: CompareCondition.CompareOperationMap[keyof CompareCondition.CompareOperationMap]): void;

  getCaseSensitivity(): CaseSensitivityMap[keyof CaseSensitivityMap];
  setCaseSensitivity(value: CaseSensitivityMap[keyof CaseSensitivityMap]): void;

  hasLhs(): boolean;
  clearLhs(): void;
  getLhs(): Value | undefined;
  setLhs(value?: Value): void;

  hasRhs(): boolean;
  clearRhs(): void;
  getRhs(): Value | undefined;
  setRhs(value?: Value): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CompareCondition.AsObject;
  static toObject(includeInstance: boolean, msg: CompareCondition): CompareCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CompareCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CompareCondition;
  static deserializeBinaryFromReader(message: CompareCondition, reader: jspb.BinaryReader): CompareCondition;
}

export namespace CompareCondition {
  export type AsObject = {
    operation: CompareCondition.CompareOperationMap[keyof CompareCondition.CompareOperationMap],
    caseSensitivity: CaseSensitivityMap[keyof CaseSensitivityMap],
    lhs?: Value.AsObject,
    rhs?: Value.AsObject,
  }

  export interface CompareOperationMap {
    LESS_THAN: 0;
    LESS_THAN_OR_EQUAL: 1;
    GREATER_THAN: 2;
    GREATER_THAN_OR_EQUAL: 3;
    EQUALS: 4;
    NOT_EQUALS: 5;
  }

  export const CompareOperation: CompareOperationMap;
}

export class InCondition extends jspb.Message {
  hasTarget(): boolean;
  clearTarget(): void;
  getTarget(): Value | undefined;
  setTarget(value?: Value): void;

  clearCandidatesList(): void;
  getCandidatesList(): Array<Value>;
  setCandidatesList(value: Array<Value>): void;
  addCandidates(value?: Value, index?: number): Value;

  getCaseSensitivity(): CaseSensitivityMap[keyof CaseSensitivityMap];
  setCaseSensitivity(value: CaseSensitivityMap[keyof CaseSensitivityMap]): void;

  getMatchType(): MatchTypeMap[keyof MatchTypeMap];
  setMatchType(value: MatchTypeMap[keyof MatchTypeMap]): void;

  getNanComparison(): NanComparisonMap[keyof NanComparisonMap];
  setNanComparison(value: NanComparisonMap[keyof NanComparisonMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): InCondition.AsObject;
  static toObject(includeInstance: boolean, msg: InCondition): InCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: InCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): InCondition;
  static deserializeBinaryFromReader(message: InCondition, reader: jspb.BinaryReader): InCondition;
}

export namespace InCondition {
  export type AsObject = {
    target?: Value.AsObject,
    candidatesList: Array<Value.AsObject>,
    caseSensitivity: CaseSensitivityMap[keyof CaseSensitivityMap],
    matchType: MatchTypeMap[keyof MatchTypeMap],
    nanComparison: NanComparisonMap[keyof NanComparisonMap],
  }
}

export class InvokeCondition extends jspb.Message {
  getMethod(): string;
  setMethod(value: string): void;

  hasTarget(): boolean;
  clearTarget(): void;
  getTarget(): Value | undefined;
  setTarget(value?: Value): void;

  clearArgumentsList(): void;
  getArgumentsList(): Array<Value>;
  setArgumentsList(value: Array<Value>): void;
  addArguments(value?: Value, index?: number): Value;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): InvokeCondition.AsObject;
  static toObject(includeInstance: boolean, msg: InvokeCondition): InvokeCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: InvokeCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): InvokeCondition;
  static deserializeBinaryFromReader(message: InvokeCondition, reader: jspb.BinaryReader): InvokeCondition;
}

export namespace InvokeCondition {
  export type AsObject = {
    method: string,
    target?: Value.AsObject,
    argumentsList: Array<Value.AsObject>,
  }
}

export class IsNullCondition extends jspb.Message {
  hasReference(): boolean;
  clearReference(): void;
  getReference(): Reference | undefined;
  setReference(value?: Reference): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): IsNullCondition.AsObject;
  static toObject(includeInstance: boolean, msg: IsNullCondition): IsNullCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: IsNullCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): IsNullCondition;
  static deserializeBinaryFromReader(message: IsNullCondition, reader: jspb.BinaryReader): IsNullCondition;
}

export namespace IsNullCondition {
  export type AsObject = {
    reference?: Reference.AsObject,
  }
}

export class IsNaNCondition extends jspb.Message {
  hasReference(): boolean;
  clearReference(): void;
  getReference(): Reference | undefined;
  setReference(value?: Reference): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): IsNaNCondition.AsObject;
  static toObject(includeInstance: boolean, msg: IsNaNCondition): IsNaNCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: IsNaNCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): IsNaNCondition;
  static deserializeBinaryFromReader(message: IsNaNCondition, reader: jspb.BinaryReader): IsNaNCondition;
}

export namespace IsNaNCondition {
  export type AsObject = {
    reference?: Reference.AsObject,
  }
}

export class MatchesCondition extends jspb.Message {
  hasReference(): boolean;
  clearReference(): void;
  getReference(): Reference | undefined;
  setReference(value?: Reference): void;

  getRegex(): string;
  setRegex(value: string): void;

  getCaseSensitivity(): CaseSensitivityMap[keyof CaseSensitivityMap];
  setCaseSensitivity(value: CaseSensitivityMap[keyof CaseSensitivityMap]): void;

  getMatchType(): MatchTypeMap[keyof MatchTypeMap];
  setMatchType(value: MatchTypeMap[keyof MatchTypeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MatchesCondition.AsObject;
  static toObject(includeInstance: boolean, msg: MatchesCondition): MatchesCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MatchesCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MatchesCondition;
  static deserializeBinaryFromReader(message: MatchesCondition, reader: jspb.BinaryReader): MatchesCondition;
}

export namespace MatchesCondition {
  export type AsObject = {
    reference?: Reference.AsObject,
    regex: string,
    caseSensitivity: CaseSensitivityMap[keyof CaseSensitivityMap],
    matchType: MatchTypeMap[keyof MatchTypeMap],
  }
}

export class ContainsCondition extends jspb.Message {
  hasReference(): boolean;
  clearReference(): void;
  getReference(): Reference | undefined;
  setReference(value?: Reference): void;

  getSearchString(): string;
  setSearchString(value: string): void;

  getCaseSensitivity(): CaseSensitivityMap[keyof CaseSensitivityMap];
  setCaseSensitivity(value: CaseSensitivityMap[keyof CaseSensitivityMap]): void;

  getMatchType(): MatchTypeMap[keyof MatchTypeMap];
  setMatchType(value: MatchTypeMap[keyof MatchTypeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ContainsCondition.AsObject;
  static toObject(includeInstance: boolean, msg: ContainsCondition): ContainsCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ContainsCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ContainsCondition;
  static deserializeBinaryFromReader(message: ContainsCondition, reader: jspb.BinaryReader): ContainsCondition;
}

export namespace ContainsCondition {
  export type AsObject = {
    reference?: Reference.AsObject,
    searchString: string,
    caseSensitivity: CaseSensitivityMap[keyof CaseSensitivityMap],
    matchType: MatchTypeMap[keyof MatchTypeMap],
  }
}

export class SearchCondition extends jspb.Message {
  getSearchString(): string;
  setSearchString(value: string): void;

  clearOptionalReferencesList(): void;
  getOptionalReferencesList(): Array<Reference>;
  setOptionalReferencesList(value: Array<Reference>): void;
  addOptionalReferences(value?: Reference, index?: number): Reference;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SearchCondition.AsObject;
  static toObject(includeInstance: boolean, msg: SearchCondition): SearchCondition.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SearchCondition, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SearchCondition;
  static deserializeBinaryFromReader(message: SearchCondition, reader: jspb.BinaryReader): SearchCondition;
}

export namespace SearchCondition {
  export type AsObject = {
    searchString: string,
    optionalReferencesList: Array<Reference.AsObject>,
  }
}

export class FlattenRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
  }
}

export class MetaTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
  }
}

export class RunChartDownsampleRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
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
  getSourceTableId(): TableReference | undefined;
  setSourceTableId(value?: TableReference): void;

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
    sourceTableId?: TableReference.AsObject,
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

export class WhereInRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasLeftId(): boolean;
  clearLeftId(): void;
  getLeftId(): TableReference | undefined;
  setLeftId(value?: TableReference): void;

  hasRightId(): boolean;
  clearRightId(): void;
  getRightId(): TableReference | undefined;
  setRightId(value?: TableReference): void;

  getInverted(): boolean;
  setInverted(value: boolean): void;

  clearColumnsToMatchList(): void;
  getColumnsToMatchList(): Array<string>;
  setColumnsToMatchList(value: Array<string>): void;
  addColumnsToMatch(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): WhereInRequest.AsObject;
  static toObject(includeInstance: boolean, msg: WhereInRequest): WhereInRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: WhereInRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): WhereInRequest;
  static deserializeBinaryFromReader(message: WhereInRequest, reader: jspb.BinaryReader): WhereInRequest;
}

export namespace WhereInRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    leftId?: TableReference.AsObject,
    rightId?: TableReference.AsObject,
    inverted: boolean,
    columnsToMatchList: Array<string>,
  }
}

export class ColumnStatisticsRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
    columnName: string,
    uniqueValueLimit: number,
  }
}

export class SeekRowRequest extends jspb.Message {
  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setSourceId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getStartingRow(): string;
  setStartingRow(value: string): void;

  getColumnName(): string;
  setColumnName(value: string): void;

  hasSeekValue(): boolean;
  clearSeekValue(): void;
  getSeekValue(): Literal | undefined;
  setSeekValue(value?: Literal): void;

  getInsensitive(): boolean;
  setInsensitive(value: boolean): void;

  getContains(): boolean;
  setContains(value: boolean): void;

  getIsBackward(): boolean;
  setIsBackward(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SeekRowRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SeekRowRequest): SeekRowRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SeekRowRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SeekRowRequest;
  static deserializeBinaryFromReader(message: SeekRowRequest, reader: jspb.BinaryReader): SeekRowRequest;
}

export namespace SeekRowRequest {
  export type AsObject = {
    sourceId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    startingRow: string,
    columnName: string,
    seekValue?: Literal.AsObject,
    insensitive: boolean,
    contains: boolean,
    isBackward: boolean,
  }
}

export class SeekRowResponse extends jspb.Message {
  getResultRow(): string;
  setResultRow(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SeekRowResponse.AsObject;
  static toObject(includeInstance: boolean, msg: SeekRowResponse): SeekRowResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SeekRowResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SeekRowResponse;
  static deserializeBinaryFromReader(message: SeekRowResponse, reader: jspb.BinaryReader): SeekRowResponse;
}

export namespace SeekRowResponse {
  export type AsObject = {
    resultRow: string,
  }
}

export class SliceRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): TableReference | undefined;
  setSourceId(value?: TableReference): void;

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
    sourceId?: TableReference.AsObject,
    firstPositionInclusive: string,
    lastPositionExclusive: string,
  }
}

export class BatchTableRequest extends jspb.Message {
  clearOpsList(): void;
  getOpsList(): Array<BatchTableRequest.Operation>;
  setOpsList(value: Array<BatchTableRequest.Operation>): void;
  addOps(value?: BatchTableRequest.Operation, index?: number): BatchTableRequest.Operation;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BatchTableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: BatchTableRequest): BatchTableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BatchTableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BatchTableRequest;
  static deserializeBinaryFromReader(message: BatchTableRequest, reader: jspb.BinaryReader): BatchTableRequest;
}

export namespace BatchTableRequest {
  export type AsObject = {
    opsList: Array<BatchTableRequest.Operation.AsObject>,
  }

  export class Operation extends jspb.Message {
    hasEmptyTable(): boolean;
    clearEmptyTable(): void;
    getEmptyTable(): EmptyTableRequest | undefined;
    setEmptyTable(value?: EmptyTableRequest): void;

    hasTimeTable(): boolean;
    clearTimeTable(): void;
    getTimeTable(): TimeTableRequest | undefined;
    setTimeTable(value?: TimeTableRequest): void;

    hasDropColumns(): boolean;
    clearDropColumns(): void;
    getDropColumns(): DropColumnsRequest | undefined;
    setDropColumns(value?: DropColumnsRequest): void;

    hasUpdate(): boolean;
    clearUpdate(): void;
    getUpdate(): SelectOrUpdateRequest | undefined;
    setUpdate(value?: SelectOrUpdateRequest): void;

    hasLazyUpdate(): boolean;
    clearLazyUpdate(): void;
    getLazyUpdate(): SelectOrUpdateRequest | undefined;
    setLazyUpdate(value?: SelectOrUpdateRequest): void;

    hasView(): boolean;
    clearView(): void;
    getView(): SelectOrUpdateRequest | undefined;
    setView(value?: SelectOrUpdateRequest): void;

    hasUpdateView(): boolean;
    clearUpdateView(): void;
    getUpdateView(): SelectOrUpdateRequest | undefined;
    setUpdateView(value?: SelectOrUpdateRequest): void;

    hasSelect(): boolean;
    clearSelect(): void;
    getSelect(): SelectOrUpdateRequest | undefined;
    setSelect(value?: SelectOrUpdateRequest): void;

    hasSelectDistinct(): boolean;
    clearSelectDistinct(): void;
    getSelectDistinct(): SelectDistinctRequest | undefined;
    setSelectDistinct(value?: SelectDistinctRequest): void;

    hasFilter(): boolean;
    clearFilter(): void;
    getFilter(): FilterTableRequest | undefined;
    setFilter(value?: FilterTableRequest): void;

    hasUnstructuredFilter(): boolean;
    clearUnstructuredFilter(): void;
    getUnstructuredFilter(): UnstructuredFilterTableRequest | undefined;
    setUnstructuredFilter(value?: UnstructuredFilterTableRequest): void;

    hasSort(): boolean;
    clearSort(): void;
    getSort(): SortTableRequest | undefined;
    setSort(value?: SortTableRequest): void;

    hasHead(): boolean;
    clearHead(): void;
    getHead(): HeadOrTailRequest | undefined;
    setHead(value?: HeadOrTailRequest): void;

    hasTail(): boolean;
    clearTail(): void;
    getTail(): HeadOrTailRequest | undefined;
    setTail(value?: HeadOrTailRequest): void;

    hasHeadBy(): boolean;
    clearHeadBy(): void;
    getHeadBy(): HeadOrTailByRequest | undefined;
    setHeadBy(value?: HeadOrTailByRequest): void;

    hasTailBy(): boolean;
    clearTailBy(): void;
    getTailBy(): HeadOrTailByRequest | undefined;
    setTailBy(value?: HeadOrTailByRequest): void;

    hasUngroup(): boolean;
    clearUngroup(): void;
    getUngroup(): UngroupRequest | undefined;
    setUngroup(value?: UngroupRequest): void;

    hasMerge(): boolean;
    clearMerge(): void;
    getMerge(): MergeTablesRequest | undefined;
    setMerge(value?: MergeTablesRequest): void;

    hasComboAggregate(): boolean;
    clearComboAggregate(): void;
    getComboAggregate(): ComboAggregateRequest | undefined;
    setComboAggregate(value?: ComboAggregateRequest): void;

    hasFlatten(): boolean;
    clearFlatten(): void;
    getFlatten(): FlattenRequest | undefined;
    setFlatten(value?: FlattenRequest): void;

    hasRunChartDownsample(): boolean;
    clearRunChartDownsample(): void;
    getRunChartDownsample(): RunChartDownsampleRequest | undefined;
    setRunChartDownsample(value?: RunChartDownsampleRequest): void;

    hasCrossJoin(): boolean;
    clearCrossJoin(): void;
    getCrossJoin(): CrossJoinTablesRequest | undefined;
    setCrossJoin(value?: CrossJoinTablesRequest): void;

    hasNaturalJoin(): boolean;
    clearNaturalJoin(): void;
    getNaturalJoin(): NaturalJoinTablesRequest | undefined;
    setNaturalJoin(value?: NaturalJoinTablesRequest): void;

    hasExactJoin(): boolean;
    clearExactJoin(): void;
    getExactJoin(): ExactJoinTablesRequest | undefined;
    setExactJoin(value?: ExactJoinTablesRequest): void;

    hasLeftJoin(): boolean;
    clearLeftJoin(): void;
    getLeftJoin(): LeftJoinTablesRequest | undefined;
    setLeftJoin(value?: LeftJoinTablesRequest): void;

    hasAsOfJoin(): boolean;
    clearAsOfJoin(): void;
    getAsOfJoin(): AsOfJoinTablesRequest | undefined;
    setAsOfJoin(value?: AsOfJoinTablesRequest): void;

    hasFetchTable(): boolean;
    clearFetchTable(): void;
    getFetchTable(): FetchTableRequest | undefined;
    setFetchTable(value?: FetchTableRequest): void;

    hasApplyPreviewColumns(): boolean;
    clearApplyPreviewColumns(): void;
    getApplyPreviewColumns(): ApplyPreviewColumnsRequest | undefined;
    setApplyPreviewColumns(value?: ApplyPreviewColumnsRequest): void;

    hasCreateInputTable(): boolean;
    clearCreateInputTable(): void;
    getCreateInputTable(): CreateInputTableRequest | undefined;
    setCreateInputTable(value?: CreateInputTableRequest): void;

    hasUpdateBy(): boolean;
    clearUpdateBy(): void;
    getUpdateBy(): UpdateByRequest | undefined;
    setUpdateBy(value?: UpdateByRequest): void;

    hasWhereIn(): boolean;
    clearWhereIn(): void;
    getWhereIn(): WhereInRequest | undefined;
    setWhereIn(value?: WhereInRequest): void;

    hasAggregateAll(): boolean;
    clearAggregateAll(): void;
    getAggregateAll(): AggregateAllRequest | undefined;
    setAggregateAll(value?: AggregateAllRequest): void;

    hasAggregate(): boolean;
    clearAggregate(): void;
    getAggregate(): AggregateRequest | undefined;
    setAggregate(value?: AggregateRequest): void;

    hasSnapshot(): boolean;
    clearSnapshot(): void;
    getSnapshot(): SnapshotTableRequest | undefined;
    setSnapshot(value?: SnapshotTableRequest): void;

    hasSnapshotWhen(): boolean;
    clearSnapshotWhen(): void;
    getSnapshotWhen(): SnapshotWhenTableRequest | undefined;
    setSnapshotWhen(value?: SnapshotWhenTableRequest): void;

    hasMetaTable(): boolean;
    clearMetaTable(): void;
    getMetaTable(): MetaTableRequest | undefined;
    setMetaTable(value?: MetaTableRequest): void;

    hasRangeJoin(): boolean;
    clearRangeJoin(): void;
    getRangeJoin(): RangeJoinTablesRequest | undefined;
    setRangeJoin(value?: RangeJoinTablesRequest): void;

    hasAj(): boolean;
    clearAj(): void;
    getAj(): AjRajTablesRequest | undefined;
    setAj(value?: AjRajTablesRequest): void;

    hasRaj(): boolean;
    clearRaj(): void;
    getRaj(): AjRajTablesRequest | undefined;
    setRaj(value?: AjRajTablesRequest): void;

    hasColumnStatistics(): boolean;
    clearColumnStatistics(): void;
    getColumnStatistics(): ColumnStatisticsRequest | undefined;
    setColumnStatistics(value?: ColumnStatisticsRequest): void;

    hasMultiJoin(): boolean;
    clearMultiJoin(): void;
    getMultiJoin(): MultiJoinTablesRequest | undefined;
    setMultiJoin(value?: MultiJoinTablesRequest): void;

    hasSlice(): boolean;
    clearSlice(): void;
    getSlice(): SliceRequest | undefined;
    setSlice(value?: SliceRequest): void;

    getOpCase(): Operation.OpCase;
    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Operation.AsObject;
    static toObject(includeInstance: boolean, msg: Operation): Operation.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Operation, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Operation;
    static deserializeBinaryFromReader(message: Operation, reader: jspb.BinaryReader): Operation;
  }

  export namespace Operation {
    export type AsObject = {
      emptyTable?: EmptyTableRequest.AsObject,
      timeTable?: TimeTableRequest.AsObject,
      dropColumns?: DropColumnsRequest.AsObject,
      update?: SelectOrUpdateRequest.AsObject,
      lazyUpdate?: SelectOrUpdateRequest.AsObject,
      view?: SelectOrUpdateRequest.AsObject,
      updateView?: SelectOrUpdateRequest.AsObject,
      select?: SelectOrUpdateRequest.AsObject,
      selectDistinct?: SelectDistinctRequest.AsObject,
      filter?: FilterTableRequest.AsObject,
      unstructuredFilter?: UnstructuredFilterTableRequest.AsObject,
      sort?: SortTableRequest.AsObject,
      head?: HeadOrTailRequest.AsObject,
      tail?: HeadOrTailRequest.AsObject,
      headBy?: HeadOrTailByRequest.AsObject,
      tailBy?: HeadOrTailByRequest.AsObject,
      ungroup?: UngroupRequest.AsObject,
      merge?: MergeTablesRequest.AsObject,
      comboAggregate?: ComboAggregateRequest.AsObject,
      flatten?: FlattenRequest.AsObject,
      runChartDownsample?: RunChartDownsampleRequest.AsObject,
      crossJoin?: CrossJoinTablesRequest.AsObject,
      naturalJoin?: NaturalJoinTablesRequest.AsObject,
      exactJoin?: ExactJoinTablesRequest.AsObject,
      leftJoin?: LeftJoinTablesRequest.AsObject,
      asOfJoin?: AsOfJoinTablesRequest.AsObject,
      fetchTable?: FetchTableRequest.AsObject,
      applyPreviewColumns?: ApplyPreviewColumnsRequest.AsObject,
      createInputTable?: CreateInputTableRequest.AsObject,
      updateBy?: UpdateByRequest.AsObject,
      whereIn?: WhereInRequest.AsObject,
      aggregateAll?: AggregateAllRequest.AsObject,
      aggregate?: AggregateRequest.AsObject,
      snapshot?: SnapshotTableRequest.AsObject,
      snapshotWhen?: SnapshotWhenTableRequest.AsObject,
      metaTable?: MetaTableRequest.AsObject,
      rangeJoin?: RangeJoinTablesRequest.AsObject,
      aj?: AjRajTablesRequest.AsObject,
      raj?: AjRajTablesRequest.AsObject,
      columnStatistics?: ColumnStatisticsRequest.AsObject,
      multiJoin?: MultiJoinTablesRequest.AsObject,
      slice?: SliceRequest.AsObject,
    }

    export enum OpCase {
      OP_NOT_SET = 0,
      EMPTY_TABLE = 1,
      TIME_TABLE = 2,
      DROP_COLUMNS = 3,
      UPDATE = 4,
      LAZY_UPDATE = 5,
      VIEW = 6,
      UPDATE_VIEW = 7,
      SELECT = 8,
      SELECT_DISTINCT = 9,
      FILTER = 10,
      UNSTRUCTURED_FILTER = 11,
      SORT = 12,
      HEAD = 13,
      TAIL = 14,
      HEAD_BY = 15,
      TAIL_BY = 16,
      UNGROUP = 17,
      MERGE = 18,
      COMBO_AGGREGATE = 19,
      FLATTEN = 21,
      RUN_CHART_DOWNSAMPLE = 22,
      CROSS_JOIN = 23,
      NATURAL_JOIN = 24,
      EXACT_JOIN = 25,
      LEFT_JOIN = 26,
      AS_OF_JOIN = 27,
      FETCH_TABLE = 28,
      APPLY_PREVIEW_COLUMNS = 30,
      CREATE_INPUT_TABLE = 31,
      UPDATE_BY = 32,
      WHERE_IN = 33,
      AGGREGATE_ALL = 34,
      AGGREGATE = 35,
      SNAPSHOT = 36,
      SNAPSHOT_WHEN = 37,
      META_TABLE = 38,
      RANGE_JOIN = 39,
      AJ = 40,
      RAJ = 41,
      COLUMN_STATISTICS = 42,
      MULTI_JOIN = 43,
      SLICE = 44,
    }
  }
}

export interface BadDataBehaviorMap {
  BAD_DATA_BEHAVIOR_NOT_SPECIFIED: 0;
  THROW: 1;
  RESET: 2;
  SKIP: 3;
  POISON: 4;
}

export const BadDataBehavior: BadDataBehaviorMap;

export interface UpdateByNullBehaviorMap {
  NULL_BEHAVIOR_NOT_SPECIFIED: 0;
  NULL_DOMINATES: 1;
  VALUE_DOMINATES: 2;
  ZERO_DOMINATES: 3;
}

export const UpdateByNullBehavior: UpdateByNullBehaviorMap;

export interface NullValueMap {
  NULL_VALUE: 0;
}

export const NullValue: NullValueMap;

export interface CaseSensitivityMap {
  MATCH_CASE: 0;
  IGNORE_CASE: 1;
}

export const CaseSensitivity: CaseSensitivityMap;

export interface MatchTypeMap {
  REGULAR: 0;
  INVERTED: 1;
}

export const MatchType: MatchTypeMap;

export interface NanComparisonMap {
  NAN_COMPARISON_TYPE_NOT_SPECIFIED: 0;
  NAN_NOT_EQUALS_NAN: 1;
  NAN_EQUALS_NAN: 2;
}

export const NanComparison: NanComparisonMap;

