// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/storage.proto

import * as jspb from "google-protobuf";

export class ListItemsRequest extends jspb.Message {
  getPath(): string;
  setPath(value: string): void;

  hasFilterGlob(): boolean;
  clearFilterGlob(): void;
  getFilterGlob(): string;
  setFilterGlob(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ListItemsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ListItemsRequest): ListItemsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ListItemsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ListItemsRequest;
  static deserializeBinaryFromReader(message: ListItemsRequest, reader: jspb.BinaryReader): ListItemsRequest;
}

export namespace ListItemsRequest {
  export type AsObject = {
    path: string,
    filterGlob: string,
  }
}

export class ItemInfo extends jspb.Message {
  getPath(): string;
  setPath(value: string): void;

  getType(): ItemTypeMap[keyof ItemTypeMap];
  setType(value: ItemTypeMap[keyof ItemTypeMap]): void;

  getSize(): string;
  setSize(value: string): void;

  hasEtag(): boolean;
  clearEtag(): void;
  getEtag(): string;
  setEtag(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ItemInfo.AsObject;
  static toObject(includeInstance: boolean, msg: ItemInfo): ItemInfo.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ItemInfo, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ItemInfo;
  static deserializeBinaryFromReader(message: ItemInfo, reader: jspb.BinaryReader): ItemInfo;
}

export namespace ItemInfo {
  export type AsObject = {
    path: string,
    type: ItemTypeMap[keyof ItemTypeMap],
    size: string,
    etag: string,
  }
}

export class ListItemsResponse extends jspb.Message {
  clearItemsList(): void;
  getItemsList(): Array<ItemInfo>;
  setItemsList(value: Array<ItemInfo>): void;
  addItems(value?: ItemInfo, index?: number): ItemInfo;

  getCanonicalPath(): string;
  setCanonicalPath(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ListItemsResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ListItemsResponse): ListItemsResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ListItemsResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ListItemsResponse;
  static deserializeBinaryFromReader(message: ListItemsResponse, reader: jspb.BinaryReader): ListItemsResponse;
}

export namespace ListItemsResponse {
  export type AsObject = {
    itemsList: Array<ItemInfo.AsObject>,
    canonicalPath: string,
  }
}

export class FetchFileRequest extends jspb.Message {
  getPath(): string;
  setPath(value: string): void;

  hasEtag(): boolean;
  clearEtag(): void;
  getEtag(): string;
  setEtag(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FetchFileRequest.AsObject;
  static toObject(includeInstance: boolean, msg: FetchFileRequest): FetchFileRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FetchFileRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FetchFileRequest;
  static deserializeBinaryFromReader(message: FetchFileRequest, reader: jspb.BinaryReader): FetchFileRequest;
}

export namespace FetchFileRequest {
  export type AsObject = {
    path: string,
    etag: string,
  }
}

export class FetchFileResponse extends jspb.Message {
  getContents(): Uint8Array | string;
  getContents_asU8(): Uint8Array;
  getContents_asB64(): string;
  setContents(value: Uint8Array | string): void;

  hasEtag(): boolean;
  clearEtag(): void;
  getEtag(): string;
  setEtag(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FetchFileResponse.AsObject;
  static toObject(includeInstance: boolean, msg: FetchFileResponse): FetchFileResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FetchFileResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FetchFileResponse;
  static deserializeBinaryFromReader(message: FetchFileResponse, reader: jspb.BinaryReader): FetchFileResponse;
}

export namespace FetchFileResponse {
  export type AsObject = {
    contents: Uint8Array | string,
    etag: string,
  }
}

export class SaveFileRequest extends jspb.Message {
  getAllowOverwrite(): boolean;
  setAllowOverwrite(value: boolean): void;

  getPath(): string;
  setPath(value: string): void;

  getContents(): Uint8Array | string;
  getContents_asU8(): Uint8Array;
  getContents_asB64(): string;
  setContents(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SaveFileRequest.AsObject;
  static toObject(includeInstance: boolean, msg: SaveFileRequest): SaveFileRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SaveFileRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SaveFileRequest;
  static deserializeBinaryFromReader(message: SaveFileRequest, reader: jspb.BinaryReader): SaveFileRequest;
}

export namespace SaveFileRequest {
  export type AsObject = {
    allowOverwrite: boolean,
    path: string,
    contents: Uint8Array | string,
  }
}

export class SaveFileResponse extends jspb.Message {
  hasEtag(): boolean;
  clearEtag(): void;
  getEtag(): string;
  setEtag(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SaveFileResponse.AsObject;
  static toObject(includeInstance: boolean, msg: SaveFileResponse): SaveFileResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SaveFileResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SaveFileResponse;
  static deserializeBinaryFromReader(message: SaveFileResponse, reader: jspb.BinaryReader): SaveFileResponse;
}

export namespace SaveFileResponse {
  export type AsObject = {
    etag: string,
  }
}

export class MoveItemRequest extends jspb.Message {
  getOldPath(): string;
  setOldPath(value: string): void;

  getNewPath(): string;
  setNewPath(value: string): void;

  getAllowOverwrite(): boolean;
  setAllowOverwrite(value: boolean): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MoveItemRequest.AsObject;
  static toObject(includeInstance: boolean, msg: MoveItemRequest): MoveItemRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MoveItemRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MoveItemRequest;
  static deserializeBinaryFromReader(message: MoveItemRequest, reader: jspb.BinaryReader): MoveItemRequest;
}

export namespace MoveItemRequest {
  export type AsObject = {
    oldPath: string,
    newPath: string,
    allowOverwrite: boolean,
  }
}

export class MoveItemResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): MoveItemResponse.AsObject;
  static toObject(includeInstance: boolean, msg: MoveItemResponse): MoveItemResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: MoveItemResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): MoveItemResponse;
  static deserializeBinaryFromReader(message: MoveItemResponse, reader: jspb.BinaryReader): MoveItemResponse;
}

export namespace MoveItemResponse {
  export type AsObject = {
  }
}

export class CreateDirectoryRequest extends jspb.Message {
  getPath(): string;
  setPath(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CreateDirectoryRequest.AsObject;
  static toObject(includeInstance: boolean, msg: CreateDirectoryRequest): CreateDirectoryRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CreateDirectoryRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CreateDirectoryRequest;
  static deserializeBinaryFromReader(message: CreateDirectoryRequest, reader: jspb.BinaryReader): CreateDirectoryRequest;
}

export namespace CreateDirectoryRequest {
  export type AsObject = {
    path: string,
  }
}

export class CreateDirectoryResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): CreateDirectoryResponse.AsObject;
  static toObject(includeInstance: boolean, msg: CreateDirectoryResponse): CreateDirectoryResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: CreateDirectoryResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): CreateDirectoryResponse;
  static deserializeBinaryFromReader(message: CreateDirectoryResponse, reader: jspb.BinaryReader): CreateDirectoryResponse;
}

export namespace CreateDirectoryResponse {
  export type AsObject = {
  }
}

export class DeleteItemRequest extends jspb.Message {
  getPath(): string;
  setPath(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DeleteItemRequest.AsObject;
  static toObject(includeInstance: boolean, msg: DeleteItemRequest): DeleteItemRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DeleteItemRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DeleteItemRequest;
  static deserializeBinaryFromReader(message: DeleteItemRequest, reader: jspb.BinaryReader): DeleteItemRequest;
}

export namespace DeleteItemRequest {
  export type AsObject = {
    path: string,
  }
}

export class DeleteItemResponse extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): DeleteItemResponse.AsObject;
  static toObject(includeInstance: boolean, msg: DeleteItemResponse): DeleteItemResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: DeleteItemResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): DeleteItemResponse;
  static deserializeBinaryFromReader(message: DeleteItemResponse, reader: jspb.BinaryReader): DeleteItemResponse;
}

export namespace DeleteItemResponse {
  export type AsObject = {
  }
}

export interface ItemTypeMap {
  UNKNOWN: 0;
  DIRECTORY: 1;
  FILE: 2;
}

export const ItemType: ItemTypeMap;

