// package: io.deephaven.flightjs.protocol
// file: arrow/flight/protocol/browser_flight.proto

import * as jspb from "google-protobuf";
import * as arrow_flight_protocol_flight_pb from "../../../arrow/flight/protocol/flight_pb.js";
import * as arrow_flight_protocol_flight_data_pb from "../../../arrow/flight/protocol/flight_data_pb.js";

export class BrowserNextResponse extends jspb.Message {
  getAppMetadata(): Uint8Array | string;
  getAppMetadata_asU8(): Uint8Array;
  getAppMetadata_asB64(): string;
  setAppMetadata(value: Uint8Array | string): void;

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
    appMetadata: Uint8Array | string,
  }
}

