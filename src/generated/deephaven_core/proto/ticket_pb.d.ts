// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/ticket.proto

import * as jspb from "google-protobuf";

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

export class TypedTicket extends jspb.Message {
  hasTicket(): boolean;
  clearTicket(): void;
  getTicket(): Ticket | undefined;
  setTicket(value?: Ticket): void;

  getType(): string;
  setType(value: string): void;

  serializeBinary(): Uint8Array;
  toObject(includeInstance?: boolean): TypedTicket.AsObject;
  static toObject(includeInstance: boolean, msg: TypedTicket): TypedTicket.AsObject;
  static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
  static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
  static serializeBinaryToWriter(message: TypedTicket, writer: jspb.BinaryWriter): void;
  static deserializeBinary(bytes: Uint8Array): TypedTicket;
  static deserializeBinaryFromReader(message: TypedTicket, reader: jspb.BinaryReader): TypedTicket;
}

export namespace TypedTicket {
  export type AsObject = {
    ticket?: Ticket.AsObject,
    type: string,
  }
}

