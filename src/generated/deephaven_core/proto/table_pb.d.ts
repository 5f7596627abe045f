// package: io.deephaven.proto.backplane.grpc
// file: deephaven_core/proto/table.proto

import * as jspb from "google-protobuf";
import * as deephaven_core_proto_table_aggregate_pb from "../../deephaven_core/proto/table_aggregate_pb.js";
import * as deephaven_core_proto_table_batch_pb from "../../deephaven_core/proto/table_batch_pb.js";
import * as deephaven_core_proto_table_core_pb from "../../deephaven_core/proto/table_core_pb.js";
import * as deephaven_core_proto_table_filter_pb from "../../deephaven_core/proto/table_filter_pb.js";
import * as deephaven_core_proto_table_ops_pb from "../../deephaven_core/proto/table_ops_pb.js";
import * as deephaven_core_proto_table_source_pb from "../../deephaven_core/proto/table_source_pb.js";
import * as deephaven_core_proto_table_update_by_pb from "../../deephaven_core/proto/table_update_by_pb.js";
import * as deephaven_core_proto_ticket_pb from "../../deephaven_core/proto/ticket_pb.js";

