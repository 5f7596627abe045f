// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/hierarchicaltable.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_aggregate_pb from "../../deephaven_core/proto/table_aggregate_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_table_filter_pb from "../../deephaven_core/proto/table_filter_pb.js";
import * as deephaven_core_proto_table_ops_pb from "../../deephaven_core/proto/table_ops_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

export class RollupRequest extends jspb.Message {
  hasResultRollupTableId(): boolean;
  clearResultRollupTableId(): void;
  getResultRollupTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultRollupTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceTableId(): boolean;
  clearSourceTableId(): void;
  getSourceTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setSourceTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearAggregationsList(): void;
  getAggregationsList(): Array<deephaven_core_proto_table_aggregate_pb.Aggregation>;
  setAggregationsList(value: Array<deephaven_core_proto_table_aggregate_pb.Aggregation>): void;
  addAggregations(value?: deephaven_core_proto_table_aggregate_pb.Aggregation, index?: number): deephaven_core_proto_table_aggregate_pb.Aggregation;

  getIncludeConstituents(): boolean;
  setIncludeConstituents(value: boolean): void;

  clearGroupByColumnsList(): void;
  getGroupByColumnsList(): Array<string>;
  setGroupByColumnsList(value: Array<string>): void;
  addGroupByColumns(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): RollupRequest.AsObject;
  static toObject(includeInstance: boolean, msg: RollupRequest): RollupRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: RollupRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): RollupRequest;
  static deserializeBinaryFromReader(message: RollupRequest, reader: jspb.BinaryReader): RollupRequest;
}

export namespace RollupRequest {
  export type AsObject = {
    resultRollupTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    aggregationsList: Array<deephaven_core_proto_table_aggregate_pb.Aggregation.AsObject>,
    includeConstituents: boolean,
    groupByColumnsList: Array<string>,
  }
}

export class RollupResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): RollupResponse.AsObject;
  static toObject(includeInstance: boolean, msg: RollupResponse): RollupResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: RollupResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): RollupResponse;
  static deserializeBinaryFromReader(message: RollupResponse, reader: jspb.BinaryReader): RollupResponse;
}

export namespace RollupResponse {
  export type AsObject = {
  }
}

export class TreeRequest extends jspb.Message {
  hasResultTreeTableId(): boolean;
  clearResultTreeTableId(): void;
  getResultTreeTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultTreeTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasSourceTableId(): boolean;
  clearSourceTableId(): void;
  getSourceTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setSourceTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getIdentifierColumn(): string;
  setIdentifierColumn(value: string): void;

  getParentIdentifierColumn(): string;
  setParentIdentifierColumn(value: string): void;

  getPromoteOrphans(): boolean;
  setPromoteOrphans(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TreeRequest.AsObject;
  static toObject(includeInstance: boolean, msg: TreeRequest): TreeRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TreeRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TreeRequest;
  static deserializeBinaryFromReader(message: TreeRequest, reader: jspb.BinaryReader): TreeRequest;
}

export namespace TreeRequest {
  export type AsObject = {
    resultTreeTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sourceTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    identifierColumn: string,
    parentIdentifierColumn: string,
    promoteOrphans: boolean,
  }
}

export class TreeResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TreeResponse.AsObject;
  static toObject(includeInstance: boolean, msg: TreeResponse): TreeResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TreeResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TreeResponse;
  static deserializeBinaryFromReader(message: TreeResponse, reader: jspb.BinaryReader): TreeResponse;
}

export namespace TreeResponse {
  export type AsObject = {
  }
}

export class UpdateViewRequest extends jspb.Message {
  hasColumnSpec(): boolean;
  clearColumnSpec(): void;
  getColumnSpec(): deephaven_core_proto_table_ops_pb.Selectable | undefined;
  setColumnSpec(value?: deephaven_core_proto_table_ops_pb.Selectable): void;

  getNodeType(): RollupNodeTypeMap[keyof RollupNodeTypeMap];
  setNodeType(value: RollupNodeTypeMap[keyof RollupNodeTypeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): UpdateViewRequest.AsObject;
  static toObject(includeInstance: boolean, msg: UpdateViewRequest): UpdateViewRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: UpdateViewRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): UpdateViewRequest;
  static deserializeBinaryFromReader(message: UpdateViewRequest, reader: jspb.BinaryReader): UpdateViewRequest;
}

export namespace UpdateViewRequest {
  export type AsObject = {
    columnSpec?: deephaven_core_proto_table_ops_pb.Selectable.AsObject,
    nodeType: RollupNodeTypeMap[keyof RollupNodeTypeMap],
  }
}

export class HierarchicalTableApplyRequest extends jspb.Message {
  hasResultHierarchicalTableId(): boolean;
  clearResultHierarchicalTableId(): void;
  getResultHierarchicalTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultHierarchicalTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasInputHierarchicalTableId(): boolean;
  clearInputHierarchicalTableId(): void;
  getInputHierarchicalTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setInputHierarchicalTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  clearFiltersList(): void;
  getFiltersList(): Array<deephaven_core_proto_table_filter_pb.Condition>;
  setFiltersList(value: Array<deephaven_core_proto_table_filter_pb.Condition>): void;
  addFilters(value?: deephaven_core_proto_table_filter_pb.Condition, index?: number): deephaven_core_proto_table_filter_pb.Condition;

  clearSortsList(): void;
  getSortsList(): Array<deephaven_core_proto_table_ops_pb.SortDescriptor>;
  setSortsList(value: Array<deephaven_core_proto_table_ops_pb.SortDescriptor>): void;
  addSorts(value?: deephaven_core_proto_table_ops_pb.SortDescriptor, index?: number): deephaven_core_proto_table_ops_pb.SortDescriptor;

  clearFormatViewsList(): void;
  getFormatViewsList(): Array<UpdateViewRequest>;
  setFormatViewsList(value: Array<UpdateViewRequest>): void;
  addFormatViews(value?: UpdateViewRequest, index?: number): UpdateViewRequest;

  clearUpdateViewsList(): void;
  getUpdateViewsList(): Array<UpdateViewRequest>;
  setUpdateViewsList(value: Array<UpdateViewRequest>): void;
  addUpdateViews(value?: UpdateViewRequest, index?: number): UpdateViewRequest;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableApplyRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableApplyRequest): HierarchicalTableApplyRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableApplyRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableApplyRequest;
  static deserializeBinaryFromReader(message: HierarchicalTableApplyRequest, reader: jspb.BinaryReader): HierarchicalTableApplyRequest;
}

export namespace HierarchicalTableApplyRequest {
  export type AsObject = {
    resultHierarchicalTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    inputHierarchicalTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    filtersList: Array<deephaven_core_proto_table_filter_pb.Condition.AsObject>,
    sortsList: Array<deephaven_core_proto_table_ops_pb.SortDescriptor.AsObject>,
    formatViewsList: Array<UpdateViewRequest.AsObject>,
    updateViewsList: Array<UpdateViewRequest.AsObject>,
  }
}

export class HierarchicalTableApplyResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableApplyResponse.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableApplyResponse): HierarchicalTableApplyResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableApplyResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableApplyResponse;
  static deserializeBinaryFromReader(message: HierarchicalTableApplyResponse, reader: jspb.BinaryReader): HierarchicalTableApplyResponse;
}

export namespace HierarchicalTableApplyResponse {
  export type AsObject = {
  }
}

export class HierarchicalTableDescriptor extends jspb.Message {
  getSnapshotSchema(): Uint8Array | string;
  getSnapshotSchema_asU8(): Uint8Array;
  getSnapshotSchema_asB64(): string;
  setSnapshotSchema(value: Uint8Array | string): void;

  getIsStatic(): boolean;
  setIsStatic(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableDescriptor): HierarchicalTableDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableDescriptor;
  static deserializeBinaryFromReader(message: HierarchicalTableDescriptor, reader: jspb.BinaryReader): HierarchicalTableDescriptor;
}

export namespace HierarchicalTableDescriptor {
  export type AsObject = {
    snapshotSchema: Uint8Array | string,
    isStatic: boolean,
  }
}

export class HierarchicalTableViewRequest extends jspb.Message {
  hasResultViewId(): boolean;
  clearResultViewId(): void;
  getResultViewId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultViewId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasHierarchicalTableId(): boolean;
  clearHierarchicalTableId(): void;
  getHierarchicalTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setHierarchicalTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasExistingViewId(): boolean;
  clearExistingViewId(): void;
  getExistingViewId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setExistingViewId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasExpansions(): boolean;
  clearExpansions(): void;
  getExpansions(): HierarchicalTableViewKeyTableDescriptor | undefined;
  setExpansions(value?: HierarchicalTableViewKeyTableDescriptor): void;

  getTargetCase(): HierarchicalTableViewRequest.TargetCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableViewRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableViewRequest): HierarchicalTableViewRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableViewRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableViewRequest;
  static deserializeBinaryFromReader(message: HierarchicalTableViewRequest, reader: jspb.BinaryReader): HierarchicalTableViewRequest;
}

export namespace HierarchicalTableViewRequest {
  export type AsObject = {
    resultViewId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    hierarchicalTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    existingViewId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    expansions?: HierarchicalTableViewKeyTableDescriptor.AsObject,
  }

  export enum TargetCase {
    TARGET_NOT_SET = 0,
    HIERARCHICAL_TABLE_ID = 2,
    EXISTING_VIEW_ID = 3,
  }
}

export class HierarchicalTableViewKeyTableDescriptor extends jspb.Message {
  hasKeyTableId(): boolean;
  clearKeyTableId(): void;
  getKeyTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setKeyTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasKeyTableActionColumn(): boolean;
  clearKeyTableActionColumn(): void;
  getKeyTableActionColumn(): string;
  setKeyTableActionColumn(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableViewKeyTableDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableViewKeyTableDescriptor): HierarchicalTableViewKeyTableDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableViewKeyTableDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableViewKeyTableDescriptor;
  static deserializeBinaryFromReader(message: HierarchicalTableViewKeyTableDescriptor, reader: jspb.BinaryReader): HierarchicalTableViewKeyTableDescriptor;
}

export namespace HierarchicalTableViewKeyTableDescriptor {
  export type AsObject = {
    keyTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    keyTableActionColumn: string,
  }
}

export class HierarchicalTableViewResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableViewResponse.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableViewResponse): HierarchicalTableViewResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableViewResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableViewResponse;
  static deserializeBinaryFromReader(message: HierarchicalTableViewResponse, reader: jspb.BinaryReader): HierarchicalTableViewResponse;
}

export namespace HierarchicalTableViewResponse {
  export type AsObject = {
  }
}

export class HierarchicalTableSourceExportRequest extends jspb.Message {
  hasResultTableId(): boolean;
  clearResultTableId(): void;
  getResultTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasHierarchicalTableId(): boolean;
  clearHierarchicalTableId(): void;
  getHierarchicalTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setHierarchicalTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HierarchicalTableSourceExportRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HierarchicalTableSourceExportRequest): HierarchicalTableSourceExportRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HierarchicalTableSourceExportRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HierarchicalTableSourceExportRequest;
  static deserializeBinaryFromReader(message: HierarchicalTableSourceExportRequest, reader: jspb.BinaryReader): HierarchicalTableSourceExportRequest;
}

export namespace HierarchicalTableSourceExportRequest {
  export type AsObject = {
    resultTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    hierarchicalTableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export interface RollupNodeTypeMap {
  TYPE_NOT_SPECIFIED: 0;
  AGGREGATED: 1;
  CONSTITUENT: 2;
}

export const RollupNodeType: RollupNodeTypeMap;

