// package: arrow.flight.protocol
// file: arrow/flight/protocol/flight_data.proto

import * as jspb from "google-protobuf";

export class FlightDescriptor extends jspb.Message {
  getType(): FlightDescriptor.DescriptorTypeMap[keyof FlightDescriptor.DescriptorTypeMap];
  setType(value: FlightDescriptor.DescriptorTypeMap[keyof FlightDescriptor.DescriptorTypeMap]): void;

  getCmd(): Uint8Array | string;
  getCmd_asU8(): Uint8Array;
  getCmd_asB64(): string;
  setCmd(value: Uint8Array | string): void;

  clearPathList(): void;
  getPathList(): Array<string>;
  setPathList(value: Array<string>): void;
  addPath(value: string, index?: number): string;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FlightDescriptor.AsObject;
  static toObject(includeInstance: boolean, msg: FlightDescriptor): FlightDescriptor.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FlightDescriptor, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FlightDescriptor;
  static deserializeBinaryFromReader(message: FlightDescriptor, reader: jspb.BinaryReader): FlightDescriptor;
}

export namespace FlightDescriptor {
  export type AsObject = {
    type: FlightDescriptor.DescriptorTypeMap[keyof FlightDescriptor.DescriptorTypeMap],
    cmd: Uint8Array | string,
    pathList: Array<string>,
  }

  export interface DescriptorTypeMap {
    UNKNOWN: 0;
    PATH: 1;
    CMD: 2;
  }

  export const DescriptorType: DescriptorTypeMap;
}

export class Ticket extends jspb.Message {
  getTicket(): Uint8Array | string;
  getTicket_asU8(): Uint8Array;
  getTicket_asB64(): string;
  setTicket(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): Ticket.AsObject;
  static toObject(includeInstance: boolean, msg: Ticket): Ticket.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: Ticket, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): Ticket;
  static deserializeBinaryFromReader(message: Ticket, reader: jspb.BinaryReader): Ticket;
}

export namespace Ticket {
  export type AsObject = {
    ticket: Uint8Array | string,
  }
}

export class FlightData extends jspb.Message {
  hasFlightDescriptor(): boolean;
  clearFlightDescriptor(): void;
  getFlightDescriptor(): FlightDescriptor | undefined;
  setFlightDescriptor(value?: FlightDescriptor): void;

  getDataHeader(): Uint8Array | string;
  getDataHeader_asU8(): Uint8Array;
  getDataHeader_asB64(): string;
  setDataHeader(value: Uint8Array | string): void;

  getAppMetadata(): Uint8Array | string;
  getAppMetadata_asU8(): Uint8Array;
  getAppMetadata_asB64(): string;
  setAppMetadata(value: Uint8Array | string): void;

  getDataBody(): Uint8Array | string;
  getDataBody_asU8(): Uint8Array;
  getDataBody_asB64(): string;
  setDataBody(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): FlightData.AsObject;
  static toObject(includeInstance: boolean, msg: FlightData): FlightData.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: FlightData, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): FlightData;
  static deserializeBinaryFromReader(message: FlightData, reader: jspb.BinaryReader): FlightData;
}

export namespace FlightData {
  export type AsObject = {
    flightDescriptor?: FlightDescriptor.AsObject,
    dataHeader: Uint8Array | string,
    appMetadata: Uint8Array | string,
    dataBody: Uint8Array | string,
  }
}

export class PutResult extends jspb.Message {
  getAppMetadata(): Uint8Array | string;
  getAppMetadata_asU8(): Uint8Array;
  getAppMetadata_asB64(): string;
  setAppMetadata(value: Uint8Array | string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): PutResult.AsObject;
  static toObject(includeInstance: boolean, msg: PutResult): PutResult.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: PutResult, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): PutResult;
  static deserializeBinaryFromReader(message: PutResult, reader: jspb.BinaryReader): PutResult;
}

export namespace PutResult {
  export type AsObject = {
    appMetadata: Uint8Array | string,
  }
}

