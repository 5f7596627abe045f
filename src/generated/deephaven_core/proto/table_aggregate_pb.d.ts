// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_aggregate.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_table_filter_pb from "../../deephaven_core/proto/table_filter_pb.js";
import * as deephaven_core_proto_table_ops_pb from "../../deephaven_core/proto/table_ops_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class RangeJoinTablesRequest extends jspb.Message {
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
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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
    getNullValue(): deephaven_core_proto_table_filter_pb.NullValueMap[keyof deephaven_core_proto_table_filter_pb.NullValueMap];
    setNullValue(value: deephaven_core_proto_table_filter_pb.NullValueMap[keyof deephaven_core_proto_table_filter_pb.NullValueMap]): void;

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
      nullValue: deephaven_core_proto_table_filter_pb.NullValueMap[keyof deephaven_core_proto_table_filter_pb.NullValueMap],
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
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

  hasInitialGroupsId(): boolean;
  clearInitialGroupsId(): void;
  getInitialGroupsId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setInitialGroupsId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    initialGroupsId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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
    getSelectable(): deephaven_core_proto_table_ops_pb.Selectable | undefined;
    setSelectable(value?: deephaven_core_proto_table_ops_pb.Selectable): void;

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
      selectable?: deephaven_core_proto_table_ops_pb.Selectable.AsObject,
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

