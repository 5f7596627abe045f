// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_update_by.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

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
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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

