// package: arrow.flight.protocol
// file: arrow/flight/protocol/flight.proto

import * as arrow_flight_protocol_flight_pb from "../../../arrow/flight/protocol/flight_pb.js";
import * as arrow_flight_protocol_flight_data_pb from "../../../arrow/flight/protocol/flight_data_pb.js";
import {grpc} from "@improbable-eng/grpc-web";

type FlightServiceHandshake = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: true;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_pb.HandshakeRequest;
  readonly responseType: typeof arrow_flight_protocol_flight_pb.HandshakeResponse;
};

type FlightServiceListFlights = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_pb.Criteria;
  readonly responseType: typeof arrow_flight_protocol_flight_pb.FlightInfo;
};

type FlightServiceGetFlightInfo = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightDescriptor;
  readonly responseType: typeof arrow_flight_protocol_flight_pb.FlightInfo;
};

type FlightServiceGetSchema = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: false;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightDescriptor;
  readonly responseType: typeof arrow_flight_protocol_flight_pb.SchemaResult;
};

type FlightServiceDoGet = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: false;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.Ticket;
  readonly responseType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
};

type FlightServiceDoPut = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: true;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_flight_data_pb.PutResult;
};

type FlightServiceDoExchange = {
  readonly methodName: string;
  readonly service: { readonly serviceName: string };
  readonly requestStream: true;
  readonly responseStream: true;
  readonly requestType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
  readonly responseType: typeof arrow_flight_protocol_flight_data_pb.FlightData;
};

export class FlightService {
  static readonly serviceName: string;
  static readonly Handshake: FlightServiceHandshake;
  static readonly ListFlights: FlightServiceListFlights;
  static readonly GetFlightInfo: FlightServiceGetFlightInfo;
  static readonly GetSchema: FlightServiceGetSchema;
  static readonly DoGet: FlightServiceDoGet;
  static readonly DoPut: FlightServiceDoPut;
  static readonly DoExchange: FlightServiceDoExchange;
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


