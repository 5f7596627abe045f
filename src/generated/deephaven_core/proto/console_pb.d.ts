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

export class AutoCompleteRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  getRequestId(): number;
  setRequestId(value: number): void;

  hasOpenDocument(): boolean;
  clearOpenDocument(): void;
  getOpenDocument(): OpenDocumentRequest | undefined;
  setOpenDocument(value?: OpenDocumentRequest): void;

  hasChangeDocument(): boolean;
  clearChangeDocument(): void;
  getChangeDocument(): ChangeDocumentRequest | undefined;
  setChangeDocument(value?: ChangeDocumentRequest): void;

  hasGetCompletionItems(): boolean;
  clearGetCompletionItems(): void;
  getGetCompletionItems(): GetCompletionItemsRequest | undefined;
  setGetCompletionItems(value?: GetCompletionItemsRequest): void;

  hasGetSignatureHelp(): boolean;
  clearGetSignatureHelp(): void;
  getGetSignatureHelp(): GetSignatureHelpRequest | undefined;
  setGetSignatureHelp(value?: GetSignatureHelpRequest): void;

  hasGetHover(): boolean;
  clearGetHover(): void;
  getGetHover(): GetHoverRequest | undefined;
  setGetHover(value?: GetHoverRequest): void;

  hasGetDiagnostic(): boolean;
  clearGetDiagnostic(): void;
  getGetDiagnostic(): GetDiagnosticRequest | undefined;
  setGetDiagnostic(value?: GetDiagnosticRequest): void;

  hasCloseDocument(): boolean;
  clearCloseDocument(): void;
  getCloseDocument(): CloseDocumentRequest | undefined;
  setCloseDocument(value?: CloseDocumentRequest): void;

  getRequestCase(): AutoCompleteRequest.RequestCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AutoCompleteRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AutoCompleteRequest): AutoCompleteRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AutoCompleteRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AutoCompleteRequest;
  static deserializeBinaryFromReader(message: AutoCompleteRequest, reader: jspb.BinaryReader): AutoCompleteRequest;
}

export namespace AutoCompleteRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    requestId: number,
    openDocument?: OpenDocumentRequest.AsObject,
    changeDocument?: ChangeDocumentRequest.AsObject,
    getCompletionItems?: GetCompletionItemsRequest.AsObject,
    getSignatureHelp?: GetSignatureHelpRequest.AsObject,
    getHover?: GetHoverRequest.AsObject,
    getDiagnostic?: GetDiagnosticRequest.AsObject,
    closeDocument?: CloseDocumentRequest.AsObject,
  }

  export enum RequestCase {
    REQUEST_NOT_SET = 0,
    OPEN_DOCUMENT = 1,
    CHANGE_DOCUMENT = 2,
    GET_COMPLETION_ITEMS = 3,
    GET_SIGNATURE_HELP = 7,
    GET_HOVER = 8,
    GET_DIAGNOSTIC = 9,
    CLOSE_DOCUMENT = 4,
  }
}

export class OpenDocumentRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): TextDocumentItem | undefined;
  setTextDocument(value?: TextDocumentItem): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): OpenDocumentRequest.AsObject;
  static toObject(includeInstance: boolean, msg: OpenDocumentRequest): OpenDocumentRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: OpenDocumentRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): OpenDocumentRequest;
  static deserializeBinaryFromReader(message: OpenDocumentRequest, reader: jspb.BinaryReader): OpenDocumentRequest;
}

export namespace OpenDocumentRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    textDocument?: TextDocumentItem.AsObject,
  }
}

export class TextDocumentItem extends jspb.Message {
  getUri(): string;
  setUri(value: string): void;

  getLanguageId(): string;
  setLanguageId(value: string): void;

  getVersion(): number;
  setVersion(value: number): void;

  getText(): string;
  setText(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TextDocumentItem.AsObject;
  static toObject(includeInstance: boolean, msg: TextDocumentItem): TextDocumentItem.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TextDocumentItem, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TextDocumentItem;
  static deserializeBinaryFromReader(message: TextDocumentItem, reader: jspb.BinaryReader): TextDocumentItem;
}

export namespace TextDocumentItem {
  export type AsObject = {
    uri: string,
    languageId: string,
    version: number,
    text: string,
  }
}

export class ChangeDocumentRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  clearContentChangesList(): void;
  getContentChangesList(): Array<ChangeDocumentRequest.TextDocumentContentChangeEvent>;
  setContentChangesList(value: Array<ChangeDocumentRequest.TextDocumentContentChangeEvent>): void;
  addContentChanges(value?: ChangeDocumentRequest.TextDocumentContentChangeEvent, index?: number): ChangeDocumentRequest.TextDocumentContentChangeEvent;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ChangeDocumentRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ChangeDocumentRequest): ChangeDocumentRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ChangeDocumentRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ChangeDocumentRequest;
  static deserializeBinaryFromReader(message: ChangeDocumentRequest, reader: jspb.BinaryReader): ChangeDocumentRequest;
}

export namespace ChangeDocumentRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
    contentChangesList: Array<ChangeDocumentRequest.TextDocumentContentChangeEvent.AsObject>,
  }

  export class TextDocumentContentChangeEvent extends jspb.Message {
    hasRange(): boolean;
    clearRange(): void;
    getRange(): DocumentRange | undefined;
    setRange(value?: DocumentRange): void;

    getRangeLength(): number;
    setRangeLength(value: number): void;

    getText(): string;
    setText(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): TextDocumentContentChangeEvent.AsObject;
    static toObject(includeInstance: boolean, msg: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: TextDocumentContentChangeEvent, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): TextDocumentContentChangeEvent;
    static deserializeBinaryFromReader(message: TextDocumentContentChangeEvent, reader: jspb.BinaryReader): TextDocumentContentChangeEvent;
  }

  export namespace TextDocumentContentChangeEvent {
    export type AsObject = {
      range?: DocumentRange.AsObject,
      rangeLength: number,
      text: string,
    }
  }
}

export class VersionedTextDocumentIdentifier extends jspb.Message {
  getUri(): string;
  setUri(value: string): void;

  getVersion(): number;
  setVersion(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): VersionedTextDocumentIdentifier.AsObject;
  static toObject(includeInstance: boolean, msg: VersionedTextDocumentIdentifier): VersionedTextDocumentIdentifier.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: VersionedTextDocumentIdentifier, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): VersionedTextDocumentIdentifier;
  static deserializeBinaryFromReader(message: VersionedTextDocumentIdentifier, reader: jspb.BinaryReader): VersionedTextDocumentIdentifier;
}

export namespace VersionedTextDocumentIdentifier {
  export type AsObject = {
    uri: string,
    version: number,
  }
}

export class DocumentRange extends jspb.Message {
  hasStart(): boolean;
  clearStart(): void;
  getStart(): Position | undefined;
  setStart(value?: Position): void;

  hasEnd(): boolean;
  clearEnd(): void;
  getEnd(): Position | undefined;
  setEnd(value?: Position): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DocumentRange.AsObject;
  static toObject(includeInstance: boolean, msg: DocumentRange): DocumentRange.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DocumentRange, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DocumentRange;
  static deserializeBinaryFromReader(message: DocumentRange, reader: jspb.BinaryReader): DocumentRange;
}

export namespace DocumentRange {
  export type AsObject = {
    start?: Position.AsObject,
    end?: Position.AsObject,
  }
}

export class Position extends jspb.Message {
  getLine(): number;
  setLine(value: number): void;

  getCharacter(): number;
  setCharacter(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Position.AsObject;
  static toObject(includeInstance: boolean, msg: Position): Position.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Position, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Position;
  static deserializeBinaryFromReader(message: Position, reader: jspb.BinaryReader): Position;
}

export namespace Position {
  export type AsObject = {
    line: number,
    character: number,
  }
}

export class GetCompletionItemsRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasContext(): boolean;
  clearContext(): void;
  getContext(): CompletionContext | undefined;
  setContext(value?: CompletionContext): void;

  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  hasPosition(): boolean;
  clearPosition(): void;
  getPosition(): Position | undefined;
  setPosition(value?: Position): void;

  getRequestId(): number;
  setRequestId(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetCompletionItemsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetCompletionItemsRequest): GetCompletionItemsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetCompletionItemsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetCompletionItemsRequest;
  static deserializeBinaryFromReader(message: GetCompletionItemsRequest, reader: jspb.BinaryReader): GetCompletionItemsRequest;
}

export namespace GetCompletionItemsRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    context?: CompletionContext.AsObject,
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
    position?: Position.AsObject,
    requestId: number,
  }
}

export class CompletionContext extends jspb.Message {
  getTriggerKind(): number;
  setTriggerKind(value: number): void;

  getTriggerCharacter(): string;
  setTriggerCharacter(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CompletionContext.AsObject;
  static toObject(includeInstance: boolean, msg: CompletionContext): CompletionContext.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CompletionContext, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CompletionContext;
  static deserializeBinaryFromReader(message: CompletionContext, reader: jspb.BinaryReader): CompletionContext;
}

export namespace CompletionContext {
  export type AsObject = {
    triggerKind: number,
    triggerCharacter: string,
  }
}

export class GetSignatureHelpRequest extends jspb.Message {
  hasContext(): boolean;
  clearContext(): void;
  getContext(): SignatureHelpContext | undefined;
  setContext(value?: SignatureHelpContext): void;

  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  hasPosition(): boolean;
  clearPosition(): void;
  getPosition(): Position | undefined;
  setPosition(value?: Position): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetSignatureHelpRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetSignatureHelpRequest): GetSignatureHelpRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetSignatureHelpRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetSignatureHelpRequest;
  static deserializeBinaryFromReader(message: GetSignatureHelpRequest, reader: jspb.BinaryReader): GetSignatureHelpRequest;
}

export namespace GetSignatureHelpRequest {
  export type AsObject = {
    context?: SignatureHelpContext.AsObject,
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
    position?: Position.AsObject,
  }
}

export class SignatureHelpContext extends jspb.Message {
  getTriggerKind(): number;
  setTriggerKind(value: number): void;

  hasTriggerCharacter(): boolean;
  clearTriggerCharacter(): void;
  getTriggerCharacter(): string;
  setTriggerCharacter(value: string): void;

  getIsRetrigger(): boolean;
  setIsRetrigger(value: boolean): void;

  hasActiveSignatureHelp(): boolean;
  clearActiveSignatureHelp(): void;
  getActiveSignatureHelp(): GetSignatureHelpResponse | undefined;
  setActiveSignatureHelp(value?: GetSignatureHelpResponse): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SignatureHelpContext.AsObject;
  static toObject(includeInstance: boolean, msg: SignatureHelpContext): SignatureHelpContext.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SignatureHelpContext, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SignatureHelpContext;
  static deserializeBinaryFromReader(message: SignatureHelpContext, reader: jspb.BinaryReader): SignatureHelpContext;
}

export namespace SignatureHelpContext {
  export type AsObject = {
    triggerKind: number,
    triggerCharacter: string,
    isRetrigger: boolean,
    activeSignatureHelp?: GetSignatureHelpResponse.AsObject,
  }
}

export class GetSignatureHelpResponse extends jspb.Message {
  clearSignaturesList(): void;
  getSignaturesList(): Array<SignatureInformation>;
  setSignaturesList(value: Array<SignatureInformation>): void;
  addSignatures(value?: SignatureInformation, index?: number): SignatureInformation;

  hasActiveSignature(): boolean;
  clearActiveSignature(): void;
  getActiveSignature(): number;
  setActiveSignature(value: number): void;

  hasActiveParameter(): boolean;
  clearActiveParameter(): void;
  getActiveParameter(): number;
  setActiveParameter(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetSignatureHelpResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetSignatureHelpResponse): GetSignatureHelpResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetSignatureHelpResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetSignatureHelpResponse;
  static deserializeBinaryFromReader(message: GetSignatureHelpResponse, reader: jspb.BinaryReader): GetSignatureHelpResponse;
}

export namespace GetSignatureHelpResponse {
  export type AsObject = {
    signaturesList: Array<SignatureInformation.AsObject>,
    activeSignature: number,
    activeParameter: number,
  }
}

export class SignatureInformation extends jspb.Message {
  getLabel(): string;
  setLabel(value: string): void;

  hasDocumentation(): boolean;
  clearDocumentation(): void;
  getDocumentation(): MarkupContent | undefined;
  setDocumentation(value?: MarkupContent): void;

  clearParametersList(): void;
  getParametersList(): Array<ParameterInformation>;
  setParametersList(value: Array<ParameterInformation>): void;
  addParameters(value?: ParameterInformation, index?: number): ParameterInformation;

  hasActiveParameter(): boolean;
  clearActiveParameter(): void;
  getActiveParameter(): number;
  setActiveParameter(value: number): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SignatureInformation.AsObject;
  static toObject(includeInstance: boolean, msg: SignatureInformation): SignatureInformation.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SignatureInformation, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SignatureInformation;
  static deserializeBinaryFromReader(message: SignatureInformation, reader: jspb.BinaryReader): SignatureInformation;
}

export namespace SignatureInformation {
  export type AsObject = {
    label: string,
    documentation?: MarkupContent.AsObject,
    parametersList: Array<ParameterInformation.AsObject>,
    activeParameter: number,
  }
}

export class MarkupContent extends jspb.Message {
  getKind(): string;
  setKind(value: string): void;

  getValue(): string;
  setValue(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MarkupContent.AsObject;
  static toObject(includeInstance: boolean, msg: MarkupContent): MarkupContent.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MarkupContent, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MarkupContent;
  static deserializeBinaryFromReader(message: MarkupContent, reader: jspb.BinaryReader): MarkupContent;
}

export namespace MarkupContent {
  export type AsObject = {
    kind: string,
    value: string,
  }
}

export class ParameterInformation extends jspb.Message {
  getLabel(): string;
  setLabel(value: string): void;

  hasDocumentation(): boolean;
  clearDocumentation(): void;
  getDocumentation(): MarkupContent | undefined;
  setDocumentation(value?: MarkupContent): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ParameterInformation.AsObject;
  static toObject(includeInstance: boolean, msg: ParameterInformation): ParameterInformation.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ParameterInformation, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ParameterInformation;
  static deserializeBinaryFromReader(message: ParameterInformation, reader: jspb.BinaryReader): ParameterInformation;
}

export namespace ParameterInformation {
  export type AsObject = {
    label: string,
    documentation?: MarkupContent.AsObject,
  }
}

export class GetHoverRequest extends jspb.Message {
  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  hasPosition(): boolean;
  clearPosition(): void;
  getPosition(): Position | undefined;
  setPosition(value?: Position): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetHoverRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetHoverRequest): GetHoverRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetHoverRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetHoverRequest;
  static deserializeBinaryFromReader(message: GetHoverRequest, reader: jspb.BinaryReader): GetHoverRequest;
}

export namespace GetHoverRequest {
  export type AsObject = {
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
    position?: Position.AsObject,
  }
}

export class GetDiagnosticRequest extends jspb.Message {
  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  hasIdentifier(): boolean;
  clearIdentifier(): void;
  getIdentifier(): string;
  setIdentifier(value: string): void;

  hasPreviousResultId(): boolean;
  clearPreviousResultId(): void;
  getPreviousResultId(): string;
  setPreviousResultId(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetDiagnosticRequest.AsObject;
  static toObject(includeInstance: boolean, msg: GetDiagnosticRequest): GetDiagnosticRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetDiagnosticRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetDiagnosticRequest;
  static deserializeBinaryFromReader(message: GetDiagnosticRequest, reader: jspb.BinaryReader): GetDiagnosticRequest;
}

export namespace GetDiagnosticRequest {
  export type AsObject = {
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
    identifier: string,
    previousResultId: string,
  }
}

export class CloseDocumentRequest extends jspb.Message {
  hasConsoleId(): boolean;
  clearConsoleId(): void;
  getConsoleId(): deephaven_core_proto_ticket_pb.Ticket | undefined;
  setConsoleId(value?: deephaven_core_proto_ticket_pb.Ticket): void;

  hasTextDocument(): boolean;
  clearTextDocument(): void;
  getTextDocument(): VersionedTextDocumentIdentifier | undefined;
  setTextDocument(value?: VersionedTextDocumentIdentifier): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CloseDocumentRequest.AsObject;
  static toObject(includeInstance: boolean, msg: CloseDocumentRequest): CloseDocumentRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CloseDocumentRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CloseDocumentRequest;
  static deserializeBinaryFromReader(message: CloseDocumentRequest, reader: jspb.BinaryReader): CloseDocumentRequest;
}

export namespace CloseDocumentRequest {
  export type AsObject = {
    consoleId?: deephaven_core_proto_ticket_pb.Ticket.AsObject,
    textDocument?: VersionedTextDocumentIdentifier.AsObject,
  }
}

export class AutoCompleteResponse extends jspb.Message {
  getRequestId(): number;
  setRequestId(value: number): void;

  getSuccess(): boolean;
  setSuccess(value: boolean): void;

  hasCompletionItems(): boolean;
  clearCompletionItems(): void;
  getCompletionItems(): GetCompletionItemsResponse | undefined;
  setCompletionItems(value?: GetCompletionItemsResponse): void;

  hasSignatures(): boolean;
  clearSignatures(): void;
  getSignatures(): GetSignatureHelpResponse | undefined;
  setSignatures(value?: GetSignatureHelpResponse): void;

  hasHover(): boolean;
  clearHover(): void;
  getHover(): GetHoverResponse | undefined;
  setHover(value?: GetHoverResponse): void;

  hasDiagnostic(): boolean;
  clearDiagnostic(): void;
  getDiagnostic(): GetPullDiagnosticResponse | undefined;
  setDiagnostic(value?: GetPullDiagnosticResponse): void;

  hasDiagnosticPublish(): boolean;
  clearDiagnosticPublish(): void;
  getDiagnosticPublish(): GetPublishDiagnosticResponse | undefined;
  setDiagnosticPublish(value?: GetPublishDiagnosticResponse): void;

  getResponseCase(): AutoCompleteResponse.ResponseCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AutoCompleteResponse.AsObject;
  static toObject(includeInstance: boolean, msg: AutoCompleteResponse): AutoCompleteResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AutoCompleteResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AutoCompleteResponse;
  static deserializeBinaryFromReader(message: AutoCompleteResponse, reader: jspb.BinaryReader): AutoCompleteResponse;
}

export namespace AutoCompleteResponse {
  export type AsObject = {
    requestId: number,
    success: boolean,
    completionItems?: GetCompletionItemsResponse.AsObject,
    signatures?: GetSignatureHelpResponse.AsObject,
    hover?: GetHoverResponse.AsObject,
    diagnostic?: GetPullDiagnosticResponse.AsObject,
    diagnosticPublish?: GetPublishDiagnosticResponse.AsObject,
  }

  export enum ResponseCase {
    RESPONSE_NOT_SET = 0,
    COMPLETION_ITEMS = 1,
    SIGNATURES = 4,
    HOVER = 5,
    DIAGNOSTIC = 6,
    DIAGNOSTIC_PUBLISH = 7,
  }
}

export class GetCompletionItemsResponse extends jspb.Message {
  clearItemsList(): void;
  getItemsList(): Array<CompletionItem>;
  setItemsList(value: Array<CompletionItem>): void;
  addItems(value?: CompletionItem, index?: number): CompletionItem;

  getRequestId(): number;
  setRequestId(value: number): void;

  getSuccess(): boolean;
  setSuccess(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetCompletionItemsResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetCompletionItemsResponse): GetCompletionItemsResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetCompletionItemsResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetCompletionItemsResponse;
  static deserializeBinaryFromReader(message: GetCompletionItemsResponse, reader: jspb.BinaryReader): GetCompletionItemsResponse;
}

export namespace GetCompletionItemsResponse {
  export type AsObject = {
    itemsList: Array<CompletionItem.AsObject>,
    requestId: number,
    success: boolean,
  }
}

export class CompletionItem extends jspb.Message {
  getStart(): number;
  setStart(value: number): void;

  getLength(): number;
  setLength(value: number): void;

  getLabel(): string;
  setLabel(value: string): void;

  getKind(): number;
  setKind(value: number): void;

  getDetail(): string;
  setDetail(value: string): void;

  getDeprecated(): boolean;
  setDeprecated(value: boolean): void;

  getPreselect(): boolean;
  setPreselect(value: boolean): void;

  hasTextEdit(): boolean;
  clearTextEdit(): void;
  getTextEdit(): TextEdit | undefined;
  setTextEdit(value?: TextEdit): void;

  getSortText(): string;
  setSortText(value: string): void;

  getFilterText(): string;
  setFilterText(value: string): void;

  getInsertTextFormat(): number;
  setInsertTextFormat(value: number): void;

  clearAdditionalTextEditsList(): void;
  getAdditionalTextEditsList(): Array<TextEdit>;
  setAdditionalTextEditsList(value: Array<TextEdit>): void;
  addAdditionalTextEdits(value?: TextEdit, index?: number): TextEdit;

  clearCommitCharactersList(): void;
  getCommitCharactersList(): Array<string>;
  setCommitCharactersList(value: Array<string>): void;
  addCommitCharacters(value: string, index?: number): string;

  hasDocumentation(): boolean;
  clearDocumentation(): void;
  getDocumentation(): MarkupContent | undefined;
  setDocumentation(value?: MarkupContent): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CompletionItem.AsObject;
  static toObject(includeInstance: boolean, msg: CompletionItem): CompletionItem.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CompletionItem, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CompletionItem;
  static deserializeBinaryFromReader(message: CompletionItem, reader: jspb.BinaryReader): CompletionItem;
}

export namespace CompletionItem {
  export type AsObject = {
    start: number,
    length: number,
    label: string,
    kind: number,
    detail: string,
    deprecated: boolean,
    preselect: boolean,
    textEdit?: TextEdit.AsObject,
    sortText: string,
    filterText: string,
    insertTextFormat: number,
    additionalTextEditsList: Array<TextEdit.AsObject>,
    commitCharactersList: Array<string>,
    documentation?: MarkupContent.AsObject,
  }
}

export class TextEdit extends jspb.Message {
  hasRange(): boolean;
  clearRange(): void;
  getRange(): DocumentRange | undefined;
  setRange(value?: DocumentRange): void;

  getText(): string;
  setText(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TextEdit.AsObject;
  static toObject(includeInstance: boolean, msg: TextEdit): TextEdit.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TextEdit, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TextEdit;
  static deserializeBinaryFromReader(message: TextEdit, reader: jspb.BinaryReader): TextEdit;
}

export namespace TextEdit {
  export type AsObject = {
    range?: DocumentRange.AsObject,
    text: string,
  }
}

export class GetHoverResponse extends jspb.Message {
  hasContents(): boolean;
  clearContents(): void;
  getContents(): MarkupContent | undefined;
  setContents(value?: MarkupContent): void;

  hasRange(): boolean;
  clearRange(): void;
  getRange(): DocumentRange | undefined;
  setRange(value?: DocumentRange): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetHoverResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetHoverResponse): GetHoverResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetHoverResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetHoverResponse;
  static deserializeBinaryFromReader(message: GetHoverResponse, reader: jspb.BinaryReader): GetHoverResponse;
}

export namespace GetHoverResponse {
  export type AsObject = {
    contents?: MarkupContent.AsObject,
    range?: DocumentRange.AsObject,
  }
}

export class GetPullDiagnosticResponse extends jspb.Message {
  getKind(): string;
  setKind(value: string): void;

  hasResultId(): boolean;
  clearResultId(): void;
  getResultId(): string;
  setResultId(value: string): void;

  clearItemsList(): void;
  getItemsList(): Array<Diagnostic>;
  setItemsList(value: Array<Diagnostic>): void;
  addItems(value?: Diagnostic, index?: number): Diagnostic;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetPullDiagnosticResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetPullDiagnosticResponse): GetPullDiagnosticResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetPullDiagnosticResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetPullDiagnosticResponse;
  static deserializeBinaryFromReader(message: GetPullDiagnosticResponse, reader: jspb.BinaryReader): GetPullDiagnosticResponse;
}

export namespace GetPullDiagnosticResponse {
  export type AsObject = {
    kind: string,
    resultId: string,
    itemsList: Array<Diagnostic.AsObject>,
  }
}

export class Diagnostic extends jspb.Message {
  hasRange(): boolean;
  clearRange(): void;
  getRange(): DocumentRange | undefined;
  setRange(value?: DocumentRange): void;

  getSeverity(): Diagnostic.DiagnosticSeverityMap[keyof Diagnostic.DiagnosticSeverityMap];
  setSeverity(value: Diagnostic.DiagnosticSeverityMap[keyof Diagnostic.DiagnosticSeverityMap]): void;

  hasCode(): boolean;
  clearCode(): void;
  getCode(): string;
  setCode(value: string): void;

  hasCodeDescription(): boolean;
  clearCodeDescription(): void;
  getCodeDescription(): Diagnostic.CodeDescription | undefined;
  setCodeDescription(value?: Diagnostic.CodeDescription): void;

  hasSource(): boolean;
  clearSource(): void;
  getSource(): string;
  setSource(value: string): void;

  getMessage(): string;
  setMessage(value: string): void;

  clearTagsList(): void;
  getTagsList(): Array<Diagnostic.DiagnosticTagMap[keyof Diagnostic.DiagnosticTagMap]>;
  setTagsList(value: Array<Diagnostic.DiagnosticTagMap[keyof Diagnostic.DiagnosticTagMap]>): void;
  addTags(value: Diagnostic.DiagnosticTagMap[keyof Diagnostic.DiagnosticTagMap], index?: number): Diagnostic.DiagnosticTagMap[keyof Diagnostic.DiagnosticTagMap];

  hasData(): boolean;
  clearData(): void;
  getData(): Uint8Array | string;
  getData_asU8(): Uint8Array;
  getData_asB64(): string;
  setData(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Diagnostic.AsObject;
  static toObject(includeInstance: boolean, msg: Diagnostic): Diagnostic.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Diagnostic, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Diagnostic;
  static deserializeBinaryFromReader(message: Diagnostic, reader: jspb.BinaryReader): Diagnostic;
}

export namespace Diagnostic {
  export type AsObject = {
    range?: DocumentRange.AsObject,
    severity: Diagnostic.DiagnosticSeverityMap[keyof Diagnostic.DiagnosticSeverityMap],
    code: string,
    codeDescription?: Diagnostic.CodeDescription.AsObject,
    source: string,
    message: string,
    tagsList: Array<Diagnostic.DiagnosticTagMap[keyof Diagnostic.DiagnosticTagMap]>,
    data: Uint8Array | string,
  }

  export class CodeDescription extends jspb.Message {
    getHref(): string;
    setHref(value: string): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): CodeDescription.AsObject;
    static toObject(includeInstance: boolean, msg: CodeDescription): CodeDescription.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: CodeDescription, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): CodeDescription;
    static deserializeBinaryFromReader(message: CodeDescription, reader: jspb.BinaryReader): CodeDescription;
  }

  export namespace CodeDescription {
    export type AsObject = {
      href: string,
    }
  }

  export interface DiagnosticSeverityMap {
    NOT_SET_SEVERITY: 0;
    ERROR: 1;
    WARNING: 2;
    INFORMATION: 3;
    HINT: 4;
  }

  export const DiagnosticSeverity: DiagnosticSeverityMap;

  export interface DiagnosticTagMap {
    NOT_SET_TAG: 0;
    UNNECESSARY: 1;
    DEPRECATED: 2;
  }

  export const DiagnosticTag: DiagnosticTagMap;
}

export class GetPublishDiagnosticResponse extends jspb.Message {
  getUri(): string;
  setUri(value: string): void;

  hasVersion(): boolean;
  clearVersion(): void;
  getVersion(): number;
  setVersion(value: number): void;

  clearDiagnosticsList(): void;
  getDiagnosticsList(): Array<Diagnostic>;
  setDiagnosticsList(value: Array<Diagnostic>): void;
  addDiagnostics(value?: Diagnostic, index?: number): Diagnostic;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): GetPublishDiagnosticResponse.AsObject;
  static toObject(includeInstance: boolean, msg: GetPublishDiagnosticResponse): GetPublishDiagnosticResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: GetPublishDiagnosticResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): GetPublishDiagnosticResponse;
  static deserializeBinaryFromReader(message: GetPublishDiagnosticResponse, reader: jspb.BinaryReader): GetPublishDiagnosticResponse;
}

export namespace GetPublishDiagnosticResponse {
  export type AsObject = {
    uri: string,
    version: number,
    diagnosticsList: Array<Diagnostic.AsObject>,
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

