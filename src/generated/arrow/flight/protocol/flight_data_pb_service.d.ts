// package: arrow.flight.protocol
// file: arrow/flight/protocol/flight_data.proto

