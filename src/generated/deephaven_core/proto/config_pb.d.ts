// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/config.proto

import * as jspb from "google-protobuf";

export class AuthenticationConstantsRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AuthenticationConstantsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: AuthenticationConstantsRequest): AuthenticationConstantsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AuthenticationConstantsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AuthenticationConstantsRequest;
  static deserializeBinaryFromReader(message: AuthenticationConstantsRequest, reader: jspb.BinaryReader): AuthenticationConstantsRequest;
}

export namespace AuthenticationConstantsRequest {
  export type AsObject = {
  }
}

export class ConfigurationConstantsRequest extends jspb.Message {
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ConfigurationConstantsRequest.AsObject;
  static toObject(includeInstance: boolean, msg: ConfigurationConstantsRequest): ConfigurationConstantsRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ConfigurationConstantsRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ConfigurationConstantsRequest;
  static deserializeBinaryFromReader(message: ConfigurationConstantsRequest, reader: jspb.BinaryReader): ConfigurationConstantsRequest;
}

export namespace ConfigurationConstantsRequest {
  export type AsObject = {
  }
}

export class AuthenticationConstantsResponse extends jspb.Message {
  getConfigValuesMap(): jspb.Map<string, ConfigValue>;
  clearConfigValuesMap(): void;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): AuthenticationConstantsResponse.AsObject;
  static toObject(includeInstance: boolean, msg: AuthenticationConstantsResponse): AuthenticationConstantsResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: AuthenticationConstantsResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): AuthenticationConstantsResponse;
  static deserializeBinaryFromReader(message: AuthenticationConstantsResponse, reader: jspb.BinaryReader): AuthenticationConstantsResponse;
}

export namespace AuthenticationConstantsResponse {
  export type AsObject = {
    configValuesMap: Array<[string, ConfigValue.AsObject]>,
  }
}

export class ConfigurationConstantsResponse extends jspb.Message {
  getConfigValuesMap(): jspb.Map<string, ConfigValue>;
  clearConfigValuesMap(): void;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ConfigurationConstantsResponse.AsObject;
  static toObject(includeInstance: boolean, msg: ConfigurationConstantsResponse): ConfigurationConstantsResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ConfigurationConstantsResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ConfigurationConstantsResponse;
  static deserializeBinaryFromReader(message: ConfigurationConstantsResponse, reader: jspb.BinaryReader): ConfigurationConstantsResponse;
}

export namespace ConfigurationConstantsResponse {
  export type AsObject = {
    configValuesMap: Array<[string, ConfigValue.AsObject]>,
  }
}

export class ConfigValue extends jspb.Message {
  hasStringValue(): boolean;
  clearStringValue(): void;
  getStringValue(): string;
  setStringValue(value: string): void;

  getKindCase(): ConfigValue.KindCase;
  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): ConfigValue.AsObject;
  static toObject(includeInstance: boolean, msg: ConfigValue): ConfigValue.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: ConfigValue, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): ConfigValue;
  static deserializeBinaryFromReader(message: ConfigValue, reader: jspb.BinaryReader): ConfigValue;
}

export namespace ConfigValue {
  export type AsObject = {
    stringValue: string,
  }

  export enum KindCase {
    KIND_NOT_SET = 0,
    STRING_VALUE = 3,
  }
}

