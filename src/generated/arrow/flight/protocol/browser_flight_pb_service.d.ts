// package: io.deephaven.flightjs.protocol
// file: arrow/flight/protocol/browser_flight.proto

import * as arrow_flight_protocol_browser_flight_pb from "../../../arrow/flight/protocol/browser_flight_pb.js";
import * as arrow_flight_protocol_flight_pb from "../../../arrow/flight/protocol/flight_pb.js";
import * as arrow_flight_protocol_flight_data_pb from "../../../arrow/flight/protocol/flight_data_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type BrowserFlightServiceOpenHandshake = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_pb.HandshakeRequest;
  readonly responseType: typeof arrow_flight_protocol_flight_pb.HandshakeResponse;
};

type BrowserFlightServiceNextHandshake = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof arrow_flight_protocol_flight_pb.HandshakeRequest;
  readonly responseType: typeof arrow_flight_protocol_browser_flight_pb.BrowserNextResponse;
};

type BrowserFlightServiceOpenDoPut = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_flight_data_pb.PutResult;
};

type BrowserFlightServiceNextDoPut = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_browser_flight_pb.BrowserNextResponse;
};

type BrowserFlightServiceOpenDoExchange = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
};

type BrowserFlightServiceNextDoExchange = {
  readonly methodName: string;
  readonly service: typeof BrowserFlightService;
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_browser_flight_pb.BrowserNextResponse;
};

export class BrowserFlightService {
  static readonly serviceName: string;
  static readonly OpenHandshake: BrowserFlightServiceOpenHandshake;
  static readonly NextHandshake: BrowserFlightServiceNextHandshake;
  static readonly OpenDoPut: BrowserFlightServiceOpenDoPut;
  static readonly NextDoPut: BrowserFlightServiceNextDoPut;
  static readonly OpenDoExchange: BrowserFlightServiceOpenDoExchange;
  static readonly NextDoExchange: BrowserFlightServiceNextDoExchange;
}

export type ServiceError = { message: string, code: number; metadata: grpc.Metadata }
export type Status = { details: string, code: number; metadata: grpc.Metadata }

interface UnaryResponse {
  cancel(): void;
}
interface ResponseStream<T> {
  cancel(): void;
  on(type: 'data', handler: (message: T) => void): ResponseStream<T>;
  on(type: 'end', handler: (status?: Status) => void): ResponseStream<T>;
  on(type: 'status', handler: (status: Status) => void): ResponseStream<T>;
}
interface RequestStream<T> {
  write(message: T): RequestStream<T>;
  end(): void;
  cancel(): void;
  on(type: 'end', handler: (status?: Status) => void): RequestStream<T>;
  on(type: 'status', handler: (status: Status) => void): RequestStream<T>;
}
interface BidirectionalStream<ReqT, ResT> {
  write(message: ReqT): BidirectionalStream<ReqT, ResT>;
  end(): void;
  cancel(): void;
  on(type: 'data', handler: (message: ResT) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'end', handler: (status?: Status) => void): BidirectionalStream<ReqT, ResT>;
  on(type: 'status', handler: (status: Status) => void): BidirectionalStream<ReqT, ResT>;
}


