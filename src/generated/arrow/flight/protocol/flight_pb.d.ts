// package: arrow.flight.protocol
// file: arrow/flight/protocol/flight.proto

import * as jspb from "google-protobuf";
import * as arrow_flight_protocol_flight_data_pb from "../../../arrow/flight/protocol/flight_data_pb.js";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb.js";

export class HandshakeRequest extends jspb.Message {
  getProtocolVersion(): number;
  setProtocolVersion(value: number): void;

  getPayload(): Uint8Array | string;
  getPayload_asU8(): Uint8Array;
  getPayload_asB64(): string;
  setPayload(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HandshakeRequest.AsObject;
  static toObject(includeInstance: boolean, msg: HandshakeRequest): HandshakeRequest.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HandshakeRequest, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HandshakeRequest;
  static deserializeBinaryFromReader(message: HandshakeRequest, reader: jspb.BinaryReader): HandshakeRequest;
}

export namespace HandshakeRequest {
  export type AsObject = {
    protocolVersion: number,
    payload: Uint8Array | string,
  }
}

export class HandshakeResponse extends jspb.Message {
  getProtocolVersion(): number;
  setProtocolVersion(value: number): void;

  getPayload(): Uint8Array | string;
  getPayload_asU8(): Uint8Array;
  getPayload_asB64(): string;
  setPayload(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): HandshakeResponse.AsObject;
  static toObject(includeInstance: boolean, msg: HandshakeResponse): HandshakeResponse.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: HandshakeResponse, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): HandshakeResponse;
  static deserializeBinaryFromReader(message: HandshakeResponse, reader: jspb.BinaryReader): HandshakeResponse;
}

export namespace HandshakeResponse {
  export type AsObject = {
    protocolVersion: number,
    payload: Uint8Array | string,
  }
}

export class Criteria extends jspb.Message {
  getExpression(): Uint8Array | string;
  getExpression_asU8(): Uint8Array;
  getExpression_asB64(): string;
  setExpression(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Criteria.AsObject;
  static toObject(includeInstance: boolean, msg: Criteria): Criteria.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Criteria, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Criteria;
  static deserializeBinaryFromReader(message: Criteria, reader: jspb.BinaryReader): Criteria;
}

export namespace Criteria {
  export type AsObject = {
    expression: Uint8Array | string,
  }
}

export class SchemaResult extends jspb.Message {
  getSchema(): Uint8Array | string;
  getSchema_asU8(): Uint8Array;
  getSchema_asB64(): string;
  setSchema(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): SchemaResult.AsObject;
  static toObject(includeInstance: boolean, msg: SchemaResult): SchemaResult.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: SchemaResult, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): SchemaResult;
  static deserializeBinaryFromReader(message: SchemaResult, reader: jspb.BinaryReader): SchemaResult;
}

export namespace SchemaResult {
  export type AsObject = {
    schema: Uint8Array | string,
  }
}

export class FlightInfo extends jspb.Message {
  getSchema(): Uint8Array | string;
  getSchema_asU8(): Uint8Array;
  getSchema_asB64(): string;
  setSchema(value: Uint8Array | string): void;

  hasFlightDescriptor(): boolean;
  clearFlightDescriptor(): void;
  getFlightDescriptor(): arrow_flight_protocol_flight_data_pb.FlightDescriptor | undefined;
  setFlightDescriptor(value?: arrow_flight_protocol_flight_data_pb.FlightDescriptor): void;

  clearEndpointList(): void;
  getEndpointList(): Array<FlightEndpoint>;
  setEndpointList(value: Array<FlightEndpoint>): void;
  addEndpoint(value?: FlightEndpoint, index?: number): FlightEndpoint;

  getTotalRecords(): number;
  setTotalRecords(value: number): void;

  getTotalBytes(): number;
  setTotalBytes(value: number): void;

  getOrdered(): boolean;
  setOrdered(value: boolean): void;

  getAppMetadata(): Uint8Array | string;
  getAppMetadata_asU8(): Uint8Array;
  getAppMetadata_asB64(): string;
  setAppMetadata(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FlightInfo.AsObject;
  static toObject(includeInstance: boolean, msg: FlightInfo): FlightInfo.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FlightInfo, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FlightInfo;
  static deserializeBinaryFromReader(message: FlightInfo, reader: jspb.BinaryReader): FlightInfo;
}

export namespace FlightInfo {
  export type AsObject = {
    schema: Uint8Array | string,
    flightDescriptor?: arrow_flight_protocol_flight_data_pb.FlightDescriptor.AsObject,
    endpointList: Array<FlightEndpoint.AsObject>,
    totalRecords: number,
    totalBytes: number,
    ordered: boolean,
    appMetadata: Uint8Array | string,
  }
}

export class Location extends jspb.Message {
  getUri(): string;
  setUri(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Location.AsObject;
  static toObject(includeInstance: boolean, msg: Location): Location.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Location, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Location;
  static deserializeBinaryFromReader(message: Location, reader: jspb.BinaryReader): Location;
}

export namespace Location {
  export type AsObject = {
    uri: string,
  }
}

export class FlightEndpoint extends jspb.Message {
  hasTicket(): boolean;
  clearTicket(): void;
  getTicket(): arrow_flight_protocol_flight_data_pb.Ticket | undefined;
  setTicket(value?: arrow_flight_protocol_flight_data_pb.Ticket): void;

  clearLocationList(): void;
  getLocationList(): Array<Location>;
  setLocationList(value: Array<Location>): void;
  addLocation(value?: Location, index?: number): Location;

  hasExpirationTime(): boolean;
  clearExpirationTime(): void;
  getExpirationTime(): google_protobuf_timestamp_pb.Timestamp | undefined;
  setExpirationTime(value?: google_protobuf_timestamp_pb.Timestamp): void;

  getAppMetadata(): Uint8Array | string;
  getAppMetadata_asU8(): Uint8Array;
  getAppMetadata_asB64(): string;
  setAppMetadata(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FlightEndpoint.AsObject;
  static toObject(includeInstance: boolean, msg: FlightEndpoint): FlightEndpoint.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FlightEndpoint, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FlightEndpoint;
  static deserializeBinaryFromReader(message: FlightEndpoint, reader: jspb.BinaryReader): FlightEndpoint;
}

export namespace FlightEndpoint {
  export type AsObject = {
    ticket?: arrow_flight_protocol_flight_data_pb.Ticket.AsObject,
    locationList: Array<Location.AsObject>,
    expirationTime?: google_protobuf_timestamp_pb.Timestamp.AsObject,
    appMetadata: Uint8Array | string,
  }
}

