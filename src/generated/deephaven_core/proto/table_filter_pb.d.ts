// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_filter.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class UnstructuredFilterTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    filtersList: Array<string>,
  }
}

export class FilterTableRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceId(): boolean;
  clearSourceId(): void;
  getSourceId(): deephaven_core_proto_table_core_pb.TableReference | undefined;
  setSourceId(value?: deephaven_core_proto_table_core_pb.TableReference): void;

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
    sourceId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
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

export class WhereInRequest extends jspb.Message {
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
    leftId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    rightId?: deephaven_core_proto_table_core_pb.TableReference.AsObject,
    inverted: boolean,
    columnsToMatchList: Array<string>,
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

