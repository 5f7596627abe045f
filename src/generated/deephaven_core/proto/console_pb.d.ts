// package: io.deephaven.proto.backplane.script.grpc
// file: deephaven_core/proto/console.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";
import * as deephaven_core_proto_application_pb from "../../deephaven_core/proto/application_pb.js";

export class GetConsoleTypesRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetConsoleTypesRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetConsoleTypesRequest): GetConsoleTypesRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetConsoleTypesRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetConsoleTypesRequest;
  static deserializeBinaryFromReader(message: GetConsoleTypesRequest, reader: jspb.BinaryReader): GetConsoleTypesRequest;
}

export namespace GetConsoleTypesRequest {
  export type AsObject = {
  }
}

export class GetConsoleTypesResponse extends jspb.Message {
  clearConsoleTypesList(): void;
  getConsoleTypesList(): Array<string>;
  setConsoleTypesList(value: Array<string>): void;
  addConsoleTypes(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetConsoleTypesResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetConsoleTypesResponse): GetConsoleTypesResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetConsoleTypesResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetConsoleTypesResponse;
  static deserializeBinaryFromReader(message: GetConsoleTypesResponse, reader: jspb.BinaryReader): GetConsoleTypesResponse;
}

export namespace GetConsoleTypesResponse {
  export type AsObject = {
    consoleTypesList: Array<string>,
  }
}

export class StartConsoleRequest extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getSessionType(): string;
  setSessionType(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): StartConsoleRequest.AsObject;
  static toObject(includeInstance: boolean, msg: StartConsoleRequest): StartConsoleRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: StartConsoleRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): StartConsoleRequest;
  static deserializeBinaryFromReader(message: StartConsoleRequest, reader: jspb.BinaryReader): StartConsoleRequest;
}

export namespace StartConsoleRequest {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    sessionType: string,
  }
}

export class StartConsoleResponse extends jspb.Message {
  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setResultId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): StartConsoleResponse.AsObject;
  static toObject(includeInstance: boolean, msg: StartConsoleResponse): StartConsoleResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: StartConsoleResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): StartConsoleResponse;
  static deserializeBinaryFromReader(message: StartConsoleResponse, reader: jspb.BinaryReader): StartConsoleResponse;
}

export namespace StartConsoleResponse {
  export type AsObject = {
    resultId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class GetHeapInfoRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetHeapInfoRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetHeapInfoRequest): GetHeapInfoRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetHeapInfoRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetHeapInfoRequest;
  static deserializeBinaryFromReader(message: GetHeapInfoRequest, reader: jspb.BinaryReader): GetHeapInfoRequest;
}

export namespace GetHeapInfoRequest {
  export type AsObject = {
  }
}

export class GetHeapInfoResponse extends jspb.Message {
  getMaxMemory(): string;
  setMaxMemory(value: string): void;

  getTotalMemory(): string;
  setTotalMemory(value: string): void;

  getFreeMemory(): string;
  setFreeMemory(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetHeapInfoResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetHeapInfoResponse): GetHeapInfoResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetHeapInfoResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetHeapInfoResponse;
  static deserializeBinaryFromReader(message: GetHeapInfoResponse, reader: jspb.BinaryReader): GetHeapInfoResponse;
}

export namespace GetHeapInfoResponse {
  export type AsObject = {
    maxMemory: string,
    totalMemory: string,
    freeMemory: string,
  }
}

export class LogSubscriptionRequest extends jspb.Message {
  getLastSeenLogTimestamp(): string;
  setLastSeenLogTimestamp(value: string): void;

  clearLevelsList(): void;
  getLevelsList(): Array<string>;
  setLevelsList(value: Array<string>): void;
  addLevels(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): LogSubscriptionRequest.AsObject;
  static toObject(includeInstance: boolean, msg: LogSubscriptionRequest): LogSubscriptionRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: LogSubscriptionRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): LogSubscriptionRequest;
  static deserializeBinaryFromReader(message: LogSubscriptionRequest, reader: jspb.BinaryReader): LogSubscriptionRequest;
}

export namespace LogSubscriptionRequest {
  export type AsObject = {
    lastSeenLogTimestamp: string,
    levelsList: Array<string>,
  }
}

export class LogSubscriptionData extends jspb.Message {
  getMicros(): string;
  setMicros(value: string): void;

  getLogLevel(): string;
  setLogLevel(value: string): void;

  getMessage(): string;
  setMessage(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): LogSubscriptionData.AsObject;
  static toObject(includeInstance: boolean, msg: LogSubscriptionData): LogSubscriptionData.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: LogSubscriptionData, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): LogSubscriptionData;
  static deserializeBinaryFromReader(message: LogSubscriptionData, reader: jspb.BinaryReader): LogSubscriptionData;
}

export namespace LogSubscriptionData {
  export type AsObject = {
    micros: string,
    logLevel: string,
    message: string,
  }
}

export class ExecuteCommandRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getCode(): string;
  setCode(value: string): void;

  hasSystemic(): boolean;
  clearSystemic(): void;
  getSystemic(): ExecuteCommandRequest.SystemicTypeMap[keyof ExecuteCommandRequest.SystemicTypeMap];
  setSystemic(value: ExecuteCommandRequest.SystemicTypeMap[keyof ExecuteCommandRequest.SystemicTypeMap]): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExecuteCommandRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ExecuteCommandRequest): ExecuteCommandRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExecuteCommandRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExecuteCommandRequest;
  static deserializeBinaryFromReader(message: ExecuteCommandRequest, reader: jspb.BinaryReader): ExecuteCommandRequest;
}

export namespace ExecuteCommandRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    code: string,
    systemic: ExecuteCommandRequest.SystemicTypeMap[keyof ExecuteCommandRequest.SystemicTypeMap],
  }

  export interface SystemicTypeMap {
    NOT_SET_SYSTEMIC: 0;
    EXECUTE_NOT_SYSTEMIC: 1;
    EXECUTE_SYSTEMIC: 2;
  }

  export const SystemicType: SystemicTypeMap;
}

export class ExecuteCommandResponse extends jspb.Message {
  getErrorMessage(): string;
  setErrorMessage(value: string): void;

  hasChanges(): boolean;
  clearChanges(): void;
  getChanges(): deephaven_core_proto_application_pb.FieldsChangeUpdate | undefined;
  setChanges(value?: deephaven_core_proto_application_pb.FieldsChangeUpdate): void;

  getStartTimestamp(): string;
  setStartTimestamp(value: string): void;

  getEndTimestamp(): string;
  setEndTimestamp(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ExecuteCommandResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ExecuteCommandResponse): ExecuteCommandResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ExecuteCommandResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ExecuteCommandResponse;
  static deserializeBinaryFromReader(message: ExecuteCommandResponse, reader: jspb.BinaryReader): ExecuteCommandResponse;
}

export namespace ExecuteCommandResponse {
  export type AsObject = {
    errorMessage: string,
    changes?: deephaven_core_proto_application_pb.FieldsChangeUpdate.AsObject,
    startTimestamp: string,
    endTimestamp: string,
  }
}

export class BindTableToVariableRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getVariableName(): string;
  setVariableName(value: string): void;

  hasTableId(): boolean;
  clearTableId(): void;
  getTableId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setTableId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BindTableToVariableRequest.AsObject;
  static toObject(includeInstance: boolean, msg: BindTableToVariableRequest): BindTableToVariableRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BindTableToVariableRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BindTableToVariableRequest;
  static deserializeBinaryFromReader(message: BindTableToVariableRequest, reader: jspb.BinaryReader): BindTableToVariableRequest;
}

export namespace BindTableToVariableRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    variableName: string,
    tableId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class BindTableToVariableResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BindTableToVariableResponse.AsObject;
  static toObject(includeInstance: boolean, msg: BindTableToVariableResponse): BindTableToVariableResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BindTableToVariableResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BindTableToVariableResponse;
  static deserializeBinaryFromReader(message: BindTableToVariableResponse, reader: jspb.BinaryReader): BindTableToVariableResponse;
}

export namespace BindTableToVariableResponse {
  export type AsObject = {
  }
}

export class CancelCommandRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasCommandId(): boolean;
  clearCommandId(): void;
  getCommandId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setCommandId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CancelCommandRequest.AsObject;
  static toObject(includeInstance: boolean, msg: CancelCommandRequest): CancelCommandRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CancelCommandRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CancelCommandRequest;
  static deserializeBinaryFromReader(message: CancelCommandRequest, reader: jspb.BinaryReader): CancelCommandRequest;
}

export namespace CancelCommandRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    commandId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
  }
}

export class CancelCommandResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CancelCommandResponse.AsObject;
  static toObject(includeInstance: boolean, msg: CancelCommandResponse): CancelCommandResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CancelCommandResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CancelCommandResponse;
  static deserializeBinaryFromReader(message: CancelCommandResponse, reader: jspb.BinaryReader): CancelCommandResponse;
}

export namespace CancelCommandResponse {
  export type AsObject = {
  }
}

export class BrowserNextResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): BrowserNextResponse.AsObject;
  static toObject(includeInstance: boolean, msg: BrowserNextResponse): BrowserNextResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: BrowserNextResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): BrowserNextResponse;
  static deserializeBinaryFromReader(message: BrowserNextResponse, reader: jspb.BinaryReader): BrowserNextResponse;
}

export namespace BrowserNextResponse {
  export type AsObject = {
  }
}

export class FigureDescriptor extends jspb.Message {
  hasTitle(): boolean;
  clearTitle(): void;
  getTitle(): string;
  setTitle(value: string): void;

  getTitleFont(): string;
  setTitleFont(value: string): void;

  getTitleColor(): string;
  setTitleColor(value: string): void;

  getUpdateInterval(): string;
  setUpdateInterval(value: string): void;

  getCols(): number;
  setCols(value: number): void;

  getRows(): number;
  setRows(value: number): void;

  clearChartsList(): void;
  getChartsList(): Array<FigureDescriptor.ChartDescriptor>;
  setChartsList(value: Array<FigureDescriptor.ChartDescriptor>): void;
  addCharts(value?: FigureDescriptor.ChartDescriptor, index?: number): FigureDescriptor.ChartDescriptor;

  clearErrorsList(): void;
  getErrorsList(): Array<string>;
  setErrorsList(value: Array<string>): void;
  addErrors(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FigureDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: FigureDescriptor): FigureDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FigureDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FigureDescriptor;
  static deserializeBinaryFromReader(message: FigureDescriptor, reader: jspb.BinaryReader): FigureDescriptor;
}

export namespace FigureDescriptor {
  export type AsObject = {
    title: string,
    titleFont: string,
    titleColor: string,
    updateInterval: string,
    cols: number,
    rows: number,
    chartsList: Array<FigureDescriptor.ChartDescriptor.AsObject>,
    errorsList: Array<string>,
  }

  export class ChartDescriptor extends jspb.Message {
    getColspan(): number;
    setColspan(value: number): void;

    getRowspan(): number;
    setRowspan(value: number): void;

    clearSeriesList(): void;
    getSeriesList(): Array<FigureDescriptor.SeriesDescriptor>;
    setSeriesList(value: Array<FigureDescriptor.SeriesDescriptor>): void;
    addSeries(value?: FigureDescriptor.SeriesDescriptor, index?: number): FigureDescriptor.SeriesDescriptor;

    clearMultiSeriesList(): void;
    getMultiSeriesList(): Array<FigureDescriptor.MultiSeriesDescriptor>;
    setMultiSeriesList(value: Array<FigureDescriptor.MultiSeriesDescriptor>): void;
    addMultiSeries(value?: FigureDescriptor.MultiSeriesDescriptor, index?: number): FigureDescriptor.MultiSeriesDescriptor;

    clearAxesList(): void;
    getAxesList(): Array<FigureDescriptor.AxisDescriptor>;
    setAxesList(value: Array<FigureDescriptor.AxisDescriptor>): void;
    addAxes(value?: FigureDescriptor.AxisDescriptor, index?: number): FigureDescriptor.AxisDescriptor;

    getChartType(): FigureDescriptor.ChartDescriptor.ChartTypeMap[keyof FigureDescriptor.ChartDescriptor.ChartTypeMap];
    setChartType(value: FigureDescriptor.ChartDescriptor.ChartTypeMap[keyof FigureDescriptor.ChartDescriptor.ChartTypeMap]): void;

    hasTitle(): boolean;
    clearTitle(): void;
    getTitle(): string;
    setTitle(value: string): void;

    getTitleFont(): string;
    setTitleFont(value: string): void;

    getTitleColor(): string;
    setTitleColor(value: string): void;

    getShowLegend(): boolean;
    setShowLegend(value: boolean): void;

    getLegendFont(): string;
    setLegendFont(value: string): void;

    getLegendColor(): string;
    setLegendColor(value: string): void;

    getIs3d(): boolean;
    setIs3d(value: boolean): void;

    getColumn(): number;
    setColumn(value: number): void;

    getRow(): number;
    setRow(value: number): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): ChartDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: ChartDescriptor): ChartDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: ChartDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): ChartDescriptor;
    static deserializeBinaryFromReader(message: ChartDescriptor, reader: jspb.BinaryReader): ChartDescriptor;
  }

  export namespace ChartDescriptor {
    export type AsObject = {
      colspan: number,
      rowspan: number,
      seriesList: Array<FigureDescriptor.SeriesDescriptor.AsObject>,
      multiSeriesList: Array<FigureDescriptor.MultiSeriesDescriptor.AsObject>,
      axesList: Array<FigureDescriptor.AxisDescriptor.AsObject>,
      chartType: FigureDescriptor.ChartDescriptor.ChartTypeMap[keyof FigureDescriptor.ChartDescriptor.ChartTypeMap],
      title: string,
      titleFont: string,
      titleColor: string,
      showLegend: boolean,
      legendFont: string,
      legendColor: string,
      is3d: boolean,
      column: number,
      row: number,
    }

    export interface ChartTypeMap {
      XY: 0;
      PIE: 1;
      OHLC: 2;
      CATEGORY: 3;
      XYZ: 4;
      CATEGORY_3D: 5;
      TREEMAP: 6;
    }

    export const ChartType: ChartTypeMap;
  }

  export class SeriesDescriptor extends jspb.Message {
    getPlotStyle(): FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap];
    setPlotStyle(value: FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap]): void;

    getName(): string;
    setName(value: string): void;

    hasLinesVisible(): boolean;
    clearLinesVisible(): void;
    getLinesVisible(): boolean;
    setLinesVisible(value: boolean): void;

    hasShapesVisible(): boolean;
    clearShapesVisible(): void;
    getShapesVisible(): boolean;
    setShapesVisible(value: boolean): void;

    getGradientVisible(): boolean;
    setGradientVisible(value: boolean): void;

    getLineColor(): string;
    setLineColor(value: string): void;

    hasPointLabelFormat(): boolean;
    clearPointLabelFormat(): void;
    getPointLabelFormat(): string;
    setPointLabelFormat(value: string): void;

    hasXToolTipPattern(): boolean;
    clearXToolTipPattern(): void;
    getXToolTipPattern(): string;
    setXToolTipPattern(value: string): void;

    hasYToolTipPattern(): boolean;
    clearYToolTipPattern(): void;
    getYToolTipPattern(): string;
    setYToolTipPattern(value: string): void;

    getShapeLabel(): string;
    setShapeLabel(value: string): void;

    hasShapeSize(): boolean;
    clearShapeSize(): void;
    getShapeSize(): number;
    setShapeSize(value: number): void;

    getShapeColor(): string;
    setShapeColor(value: string): void;

    getShape(): string;
    setShape(value: string): void;

    clearDataSourcesList(): void;
    getDataSourcesList(): Array<FigureDescriptor.SourceDescriptor>;
    setDataSourcesList(value: Array<FigureDescriptor.SourceDescriptor>): void;
    addDataSources(value?: FigureDescriptor.SourceDescriptor, index?: number): FigureDescriptor.SourceDescriptor;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): SeriesDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: SeriesDescriptor): SeriesDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: SeriesDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): SeriesDescriptor;
    static deserializeBinaryFromReader(message: SeriesDescriptor, reader: jspb.BinaryReader): SeriesDescriptor;
  }

  export namespace SeriesDescriptor {
    export type AsObject = {
      plotStyle: FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap],
      name: string,
      linesVisible: boolean,
      shapesVisible: boolean,
      gradientVisible: boolean,
      lineColor: string,
      pointLabelFormat: string,
      xToolTipPattern: string,
      yToolTipPattern: string,
      shapeLabel: string,
      shapeSize: number,
      shapeColor: string,
      shape: string,
      dataSourcesList: Array<FigureDescriptor.SourceDescriptor.AsObject>,
    }
  }

  export class MultiSeriesDescriptor extends jspb.Message {
    getPlotStyle(): FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap];
    setPlotStyle(value: FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap]): void;

    getName(): string;
    setName(value: string): void;

    hasLineColor(): boolean;
    clearLineColor(): void;
    getLineColor(): FigureDescriptor.StringMapWithDefault | undefined;
    setLineColor(value?: FigureDescriptor.StringMapWithDefault): void;

    hasPointColor(): boolean;
    clearPointColor(): void;
    getPointColor(): FigureDescriptor.StringMapWithDefault | undefined;
    setPointColor(value?: FigureDescriptor.StringMapWithDefault): void;

    hasLinesVisible(): boolean;
    clearLinesVisible(): void;
    getLinesVisible(): FigureDescriptor.BoolMapWithDefault | undefined;
    setLinesVisible(value?: FigureDescriptor.BoolMapWithDefault): void;

    hasPointsVisible(): boolean;
    clearPointsVisible(): void;
    getPointsVisible(): FigureDescriptor.BoolMapWithDefault | undefined;
    setPointsVisible(value?: FigureDescriptor.BoolMapWithDefault): void;

    hasGradientVisible(): boolean;
    clearGradientVisible(): void;
    getGradientVisible(): FigureDescriptor.BoolMapWithDefault | undefined;
    setGradientVisible(value?: FigureDescriptor.BoolMapWithDefault): void;

    hasPointLabelFormat(): boolean;
    clearPointLabelFormat(): void;
    getPointLabelFormat(): FigureDescriptor.StringMapWithDefault | undefined;
    setPointLabelFormat(value?: FigureDescriptor.StringMapWithDefault): void;

    hasXToolTipPattern(): boolean;
    clearXToolTipPattern(): void;
    getXToolTipPattern(): FigureDescriptor.StringMapWithDefault | undefined;
    setXToolTipPattern(value?: FigureDescriptor.StringMapWithDefault): void;

    hasYToolTipPattern(): boolean;
    clearYToolTipPattern(): void;
    getYToolTipPattern(): FigureDescriptor.StringMapWithDefault | undefined;
    setYToolTipPattern(value?: FigureDescriptor.StringMapWithDefault): void;

    hasPointLabel(): boolean;
    clearPointLabel(): void;
    getPointLabel(): FigureDescriptor.StringMapWithDefault | undefined;
    setPointLabel(value?: FigureDescriptor.StringMapWithDefault): void;

    hasPointSize(): boolean;
    clearPointSize(): void;
    getPointSize(): FigureDescriptor.DoubleMapWithDefault | undefined;
    setPointSize(value?: FigureDescriptor.DoubleMapWithDefault): void;

    hasPointShape(): boolean;
    clearPointShape(): void;
    getPointShape(): FigureDescriptor.StringMapWithDefault | undefined;
    setPointShape(value?: FigureDescriptor.StringMapWithDefault): void;

    clearDataSourcesList(): void;
    getDataSourcesList(): Array<FigureDescriptor.MultiSeriesSourceDescriptor>;
    setDataSourcesList(value: Array<FigureDescriptor.MultiSeriesSourceDescriptor>): void;
    addDataSources(value?: FigureDescriptor.MultiSeriesSourceDescriptor, index?: number): FigureDescriptor.MultiSeriesSourceDescriptor;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): MultiSeriesDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: MultiSeriesDescriptor): MultiSeriesDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: MultiSeriesDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): MultiSeriesDescriptor;
    static deserializeBinaryFromReader(message: MultiSeriesDescriptor, reader: jspb.BinaryReader): MultiSeriesDescriptor;
  }

  export namespace MultiSeriesDescriptor {
    export type AsObject = {
      plotStyle: FigureDescriptor.SeriesPlotStyleMap[keyof FigureDescriptor.SeriesPlotStyleMap],
      name: string,
      lineColor?: FigureDescriptor.StringMapWithDefault.AsObject,
      pointColor?: FigureDescriptor.StringMapWithDefault.AsObject,
      linesVisible?: FigureDescriptor.BoolMapWithDefault.AsObject,
      pointsVisible?: FigureDescriptor.BoolMapWithDefault.AsObject,
      gradientVisible?: FigureDescriptor.BoolMapWithDefault.AsObject,
      pointLabelFormat?: FigureDescriptor.StringMapWithDefault.AsObject,
      xToolTipPattern?: FigureDescriptor.StringMapWithDefault.AsObject,
      yToolTipPattern?: FigureDescriptor.StringMapWithDefault.AsObject,
      pointLabel?: FigureDescriptor.StringMapWithDefault.AsObject,
      pointSize?: FigureDescriptor.DoubleMapWithDefault.AsObject,
      pointShape?: FigureDescriptor.StringMapWithDefault.AsObject,
      dataSourcesList: Array<FigureDescriptor.MultiSeriesSourceDescriptor.AsObject>,
    }
  }

  export class StringMapWithDefault extends jspb.Message {
    hasDefaultString(): boolean;
    clearDefaultString(): void;
    getDefaultString(): string;
    setDefaultString(value: string): void;

    clearKeysList(): void;
    getKeysList(): Array<string>;
    setKeysList(value: Array<string>): void;
    addKeys(value: string, index?: number): string;

    clearValuesList(): void;
    getValuesList(): Array<string>;
    setValuesList(value: Array<string>): void;
    addValues(value: string, index?: number): string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): StringMapWithDefault.AsObject;
    static toObject(includeInstance: boolean, msg: StringMapWithDefault): StringMapWithDefault.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: StringMapWithDefault, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): StringMapWithDefault;
    static deserializeBinaryFromReader(message: StringMapWithDefault, reader: jspb.BinaryReader): StringMapWithDefault;
  }

  export namespace StringMapWithDefault {
    export type AsObject = {
      defaultString: string,
      keysList: Array<string>,
      valuesList: Array<string>,
    }
  }

  export class DoubleMapWithDefault extends jspb.Message {
    hasDefaultDouble(): boolean;
    clearDefaultDouble(): void;
    getDefaultDouble(): number;
    setDefaultDouble(value: number): void;

    clearKeysList(): void;
    getKeysList(): Array<string>;
    setKeysList(value: Array<string>): void;
    addKeys(value: string, index?: number): string;

    clearValuesList(): void;
    getValuesList(): Array<number>;
    setValuesList(value: Array<number>): void;
    addValues(value: number, index?: number): number;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): DoubleMapWithDefault.AsObject;
    static toObject(includeInstance: boolean, msg: DoubleMapWithDefault): DoubleMapWithDefault.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: DoubleMapWithDefault, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): DoubleMapWithDefault;
    static deserializeBinaryFromReader(message: DoubleMapWithDefault, reader: jspb.BinaryReader): DoubleMapWithDefault;
  }

  export namespace DoubleMapWithDefault {
    export type AsObject = {
      defaultDouble: number,
      keysList: Array<string>,
      valuesList: Array<number>,
    }
  }

  export class BoolMapWithDefault extends jspb.Message {
    hasDefaultBool(): boolean;
    clearDefaultBool(): void;
    getDefaultBool(): boolean;
    setDefaultBool(value: boolean): void;

    clearKeysList(): void;
    getKeysList(): Array<string>;
    setKeysList(value: Array<string>): void;
    addKeys(value: string, index?: number): string;

    clearValuesList(): void;
    getValuesList(): Array<boolean>;
    setValuesList(value: Array<boolean>): void;
    addValues(value: boolean, index?: number): boolean;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): BoolMapWithDefault.AsObject;
    static toObject(includeInstance: boolean, msg: BoolMapWithDefault): BoolMapWithDefault.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: BoolMapWithDefault, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): BoolMapWithDefault;
    static deserializeBinaryFromReader(message: BoolMapWithDefault, reader: jspb.BinaryReader): BoolMapWithDefault;
  }

  export namespace BoolMapWithDefault {
    export type AsObject = {
      defaultBool: boolean,
      keysList: Array<string>,
      valuesList: Array<boolean>,
    }
  }

  export class AxisDescriptor extends jspb.Message {
    getId(): string;
    setId(value: string): void;

    getFormatType(): FigureDescriptor.AxisDescriptor.AxisFormatTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisFormatTypeMap];
    setFormatType(value: FigureDescriptor.AxisDescriptor.AxisFormatTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisFormatTypeMap]): void;

    getType(): FigureDescriptor.AxisDescriptor.AxisTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisTypeMap];
    setType(value: FigureDescriptor.AxisDescriptor.AxisTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisTypeMap]): void;

    getPosition(): FigureDescriptor.AxisDescriptor.AxisPositionMap[keyof FigureDescriptor.AxisDescriptor.AxisPositionMap];
    setPosition(value: FigureDescriptor.AxisDescriptor.AxisPositionMap[keyof FigureDescriptor.AxisDescriptor.AxisPositionMap]): void;

    getLog(): boolean;
    setLog(value: boolean): void;

    getLabel(): string;
    setLabel(value: string): void;

    getLabelFont(): string;
    setLabelFont(value: string): void;

    getTicksFont(): string;
    setTicksFont(value: string): void;

    hasFormatPattern(): boolean;
    clearFormatPattern(): void;
    getFormatPattern(): string;
    setFormatPattern(value: string): void;

    getColor(): string;
    setColor(value: string): void;

    getMinRange(): number;
    setMinRange(value: number): void;

    getMaxRange(): number;
    setMaxRange(value: number): void;

    getMinorTicksVisible(): boolean;
    setMinorTicksVisible(value: boolean): void;

    getMajorTicksVisible(): boolean;
    setMajorTicksVisible(value: boolean): void;

    getMinorTickCount(): number;
    setMinorTickCount(value: number): void;

    hasGapBetweenMajorTicks(): boolean;
    clearGapBetweenMajorTicks(): void;
    getGapBetweenMajorTicks(): number;
    setGapBetweenMajorTicks(value: number): void;

    clearMajorTickLocationsList(): void;
    getMajorTickLocationsList(): Array<number>;
    setMajorTickLocationsList(value: Array<number>): void;
    addMajorTickLocations(value: number, index?: number): number;

    getTickLabelAngle(): number;
    setTickLabelAngle(value: number): void;

    getInvert(): boolean;
    setInvert(value: boolean): void;

    getIsTimeAxis(): boolean;
    setIsTimeAxis(value: boolean): void;

    hasBusinessCalendarDescriptor(): boolean;
    clearBusinessCalendarDescriptor(): void;
    getBusinessCalendarDescriptor(): FigureDescriptor.BusinessCalendarDescriptor | undefined;
    setBusinessCalendarDescriptor(value?: FigureDescriptor.BusinessCalendarDescriptor): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AxisDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: AxisDescriptor): AxisDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AxisDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AxisDescriptor;
    static deserializeBinaryFromReader(message: AxisDescriptor, reader: jspb.BinaryReader): AxisDescriptor;
  }

  export namespace AxisDescriptor {
    export type AsObject = {
      id: string,
      formatType: FigureDescriptor.AxisDescriptor.AxisFormatTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisFormatTypeMap],
      type: FigureDescriptor.AxisDescriptor.AxisTypeMap[keyof FigureDescriptor.AxisDescriptor.AxisTypeMap],
      position: FigureDescriptor.AxisDescriptor.AxisPositionMap[keyof FigureDescriptor.AxisDescriptor.AxisPositionMap],
      log: boolean,
      label: string,
      labelFont: string,
      ticksFont: string,
      formatPattern: string,
      color: string,
      minRange: number,
      maxRange: number,
      minorTicksVisible: boolean,
      majorTicksVisible: boolean,
      minorTickCount: number,
      gapBetweenMajorTicks: number,
      majorTickLocationsList: Array<number>,
      tickLabelAngle: number,
      invert: boolean,
      isTimeAxis: boolean,
      businessCalendarDescriptor?: FigureDescriptor.BusinessCalendarDescriptor.AsObject,
    }

    export interface AxisFormatTypeMap {
      CATEGORY: 0;
      NUMBER: 1;
    }

    export const AxisFormatType: AxisFormatTypeMap;

    export interface AxisTypeMap {
      X: 0;
      Y: 1;
      SHAPE: 2;
      SIZE: 3;
      LABEL: 4;
      COLOR: 5;
    }

    export const AxisType: AxisTypeMap;

    export interface AxisPositionMap {
      TOP: 0;
      BOTTOM: 1;
      LEFT: 2;
      RIGHT: 3;
      NONE: 4;
    }

    export const AxisPosition: AxisPositionMap;
  }

  export class BusinessCalendarDescriptor extends jspb.Message {
    getName(): string;
    setName(value: string): void;

    getTimeZone(): string;
    setTimeZone(value: string): void;

    clearBusinessDaysList(): void;
    getBusinessDaysList(): Array<FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap[keyof FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap]>;
    setBusinessDaysList(value: Array<FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap[keyof FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap]>): void;
    addBusinessDays(value: FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap[keyof FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap], index?: number): FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap[keyof FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap];

    clearBusinessPeriodsList(): void;
    getBusinessPeriodsList(): Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod>;
    setBusinessPeriodsList(value: Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod>): void;
    addBusinessPeriods(value?: FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod, index?: number): FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod;

    clearHolidaysList(): void;
    getHolidaysList(): Array<FigureDescriptor.BusinessCalendarDescriptor.Holiday>;
    setHolidaysList(value: Array<FigureDescriptor.BusinessCalendarDescriptor.Holiday>): void;
    addHolidays(value?: FigureDescriptor.BusinessCalendarDescriptor.Holiday, index?: number): FigureDescriptor.BusinessCalendarDescriptor.Holiday;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): BusinessCalendarDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: BusinessCalendarDescriptor): BusinessCalendarDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: BusinessCalendarDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): BusinessCalendarDescriptor;
    static deserializeBinaryFromReader(message: BusinessCalendarDescriptor, reader: jspb.BinaryReader): BusinessCalendarDescriptor;
  }

  export namespace BusinessCalendarDescriptor {
    export type AsObject = {
      name: string,
      timeZone: string,
      businessDaysList: Array<FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap[keyof FigureDescriptor.BusinessCalendarDescriptor.DayOfWeekMap]>,
      businessPeriodsList: Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod.AsObject>,
      holidaysList: Array<FigureDescriptor.BusinessCalendarDescriptor.Holiday.AsObject>,
    }

    export class BusinessPeriod extends jspb.Message {
      getOpen(): string;
      setOpen(value: string): void;

      getClose(): string;
      setClose(value: string): void;

      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): BusinessPeriod.AsObject;
      static toObject(includeInstance: boolean, msg: BusinessPeriod): BusinessPeriod.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: BusinessPeriod, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): BusinessPeriod;
      static deserializeBinaryFromReader(message: BusinessPeriod, reader: jspb.BinaryReader): BusinessPeriod;
    }

    export namespace BusinessPeriod {
      export type AsObject = {
        open: string,
        close: string,
      }
    }

    export class Holiday extends jspb.Message {
      hasDate(): boolean;
      clearDate(): void;
      getDate(): FigureDescriptor.BusinessCalendarDescriptor.LocalDate | undefined;
      setDate(value?: FigureDescriptor.BusinessCalendarDescriptor.LocalDate): void;

      clearBusinessPeriodsList(): void;
      getBusinessPeriodsList(): Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod>;
      setBusinessPeriodsList(value: Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod>): void;
      addBusinessPeriods(value?: FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod, index?: number): FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod;

      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): Holiday.AsObject;
      static toObject(includeInstance: boolean, msg: Holiday): Holiday.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: Holiday, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): Holiday;
      static deserializeBinaryFromReader(message: Holiday, reader: jspb.BinaryReader): Holiday;
    }

    export namespace Holiday {
      export type AsObject = {
        date?: FigureDescriptor.BusinessCalendarDescriptor.LocalDate.AsObject,
        businessPeriodsList: Array<FigureDescriptor.BusinessCalendarDescriptor.BusinessPeriod.AsObject>,
      }
    }

    export class LocalDate extends jspb.Message {
      getYear(): number;
      setYear(value: number): void;

      getMonth(): number;
      setMonth(value: number): void;

      getDay(): number;
      setDay(value: number): void;

      serializeBinary(): Uint8Array;
      toObject(includeInstance?: boolean): LocalDate.AsObject;
      static toObject(includeInstance: boolean, msg: LocalDate): LocalDate.AsObject;
      static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
      static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
      static serializeBinaryToWriter(message: LocalDate, writer: jspb.BinaryWriter): void;
      static deserializeBinary(bytes: Uint8Array): LocalDate;
      static deserializeBinaryFromReader(message: LocalDate, reader: jspb.BinaryReader): LocalDate;
    }

    export namespace LocalDate {
      export type AsObject = {
        year: number,
        month: number,
        day: number,
      }
    }

    export interface DayOfWeekMap {
      SUNDAY: 0;
      MONDAY: 1;
      TUESDAY: 2;
      WEDNESDAY: 3;
      THURSDAY: 4;
      FRIDAY: 5;
      SATURDAY: 6;
    }

    export const DayOfWeek: DayOfWeekMap;
  }

  export class MultiSeriesSourceDescriptor extends jspb.Message {
    getAxisId(): string;
    setAxisId(value: string): void;

    getType(): FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap];
    setType(value: FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap]): void;

    getPartitionedTableId(): number;
    setPartitionedTableId(value: number): void;

    getColumnName(): string;
    setColumnName(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): MultiSeriesSourceDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: MultiSeriesSourceDescriptor): MultiSeriesSourceDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: MultiSeriesSourceDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): MultiSeriesSourceDescriptor;
    static deserializeBinaryFromReader(message: MultiSeriesSourceDescriptor, reader: jspb.BinaryReader): MultiSeriesSourceDescriptor;
  }

  export namespace MultiSeriesSourceDescriptor {
    export type AsObject = {
      axisId: string,
      type: FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap],
      partitionedTableId: number,
      columnName: string,
    }
  }

  export class SourceDescriptor extends jspb.Message {
    getAxisId(): string;
    setAxisId(value: string): void;

    getType(): FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap];
    setType(value: FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap]): void;

    getTableId(): number;
    setTableId(value: number): void;

    getPartitionedTableId(): number;
    setPartitionedTableId(value: number): void;

    getColumnName(): string;
    setColumnName(value: string): void;

    getColumnType(): string;
    setColumnType(value: string): void;

    hasOneClick(): boolean;
    clearOneClick(): void;
    getOneClick(): FigureDescriptor.OneClickDescriptor | undefined;
    setOneClick(value?: FigureDescriptor.OneClickDescriptor): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): SourceDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: SourceDescriptor): SourceDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: SourceDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): SourceDescriptor;
    static deserializeBinaryFromReader(message: SourceDescriptor, reader: jspb.BinaryReader): SourceDescriptor;
  }

  export namespace SourceDescriptor {
    export type AsObject = {
      axisId: string,
      type: FigureDescriptor.SourceTypeMap[keyof FigureDescriptor.SourceTypeMap],
      tableId: number,
      partitionedTableId: number,
      columnName: string,
      columnType: string,
      oneClick?: FigureDescriptor.OneClickDescriptor.AsObject,
    }
  }

  export class OneClickDescriptor extends jspb.Message {
    clearColumnsList(): void;
    getColumnsList(): Array<string>;
    setColumnsList(value: Array<string>): void;
    addColumns(value: string, index?: number): string;

    clearColumnTypesList(): void;
    getColumnTypesList(): Array<string>;
    setColumnTypesList(value: Array<string>): void;
    addColumnTypes(value: string, index?: number): string;

    getRequireAllFiltersToDisplay(): boolean;
    setRequireAllFiltersToDisplay(value: boolean): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): OneClickDescriptor.AsObject;
    static toObject(includeInstance: boolean, msg: OneClickDescriptor): OneClickDescriptor.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: OneClickDescriptor, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): OneClickDescriptor;
    static deserializeBinaryFromReader(message: OneClickDescriptor, reader: jspb.BinaryReader): OneClickDescriptor;
  }

  export namespace OneClickDescriptor {
    export type AsObject = {
      columnsList: Array<string>,
      columnTypesList: Array<string>,
      requireAllFiltersToDisplay: boolean,
    }
  }

  export interface SeriesPlotStyleMap {
    BAR: 0;
    STACKED_BAR: 1;
    LINE: 2;
    AREA: 3;
    STACKED_AREA: 4;
    PIE: 5;
    HISTOGRAM: 6;
    OHLC: 7;
    SCATTER: 8;
    STEP: 9;
    ERROR_BAR: 10;
    TREEMAP: 11;
  }

  export const SeriesPlotStyle: SeriesPlotStyleMap;

  export interface SourceTypeMap {
    X: 0;
    Y: 1;
    Z: 2;
    X_LOW: 3;
    X_HIGH: 4;
    Y_LOW: 5;
    Y_HIGH: 6;
    TIME: 7;
    OPEN: 8;
    HIGH: 9;
    LOW: 10;
    CLOSE: 11;
    SHAPE: 12;
    SIZE: 13;
    LABEL: 14;
    COLOR: 15;
    PARENT: 16;
    HOVER_TEXT: 17;
    TEXT: 18;
  }

  export const SourceType: SourceTypeMap;
}

