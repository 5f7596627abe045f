// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table_batch.proto

