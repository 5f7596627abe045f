/**
 * Re-exports of generated service descriptors and message classes, for the services layer (`src/services/`), the
 * testing entry (`src/testing/`) and the tests. In `src/`, only those two may use generated code, directly or
 * through this file (`test/unit/layers.test.ts` checks); everything above them calls the clients of
 * `src/services/`. The transport layer itself never uses these: it carries bytes, and its calls take the
 * descriptors from their caller.
 * @internal
 */
export { ConfigService } from '../generated/deephaven_core/proto/config_pb_service.js';
export {
  AuthenticationConstantsRequest,
  ConfigValue,
  ConfigurationConstantsRequest,
  ConfigurationConstantsResponse,
} from '../generated/deephaven_core/proto/config_pb.js';
export { SessionService } from '../generated/deephaven_core/proto/session_pb_service.js';
export {
  ExportNotification,
  ExportNotificationRequest,
  ExportRequest,
  HandshakeRequest,
  PublishRequest,
  ReleaseRequest,
  TerminationNotificationRequest,
  TerminationNotificationResponse,
} from '../generated/deephaven_core/proto/session_pb.js';
export { Ticket } from '../generated/deephaven_core/proto/ticket_pb.js';
export { ApplicationService } from '../generated/deephaven_core/proto/application_pb_service.js';
export { FieldsChangeUpdate, ListFieldsRequest } from '../generated/deephaven_core/proto/application_pb.js';
export { ObjectService } from '../generated/deephaven_core/proto/object_pb_service.js';
export { ClientData, ConnectRequest, ServerData, StreamRequest, StreamResponse } from '../generated/deephaven_core/proto/object_pb.js';
export { TypedTicket } from '../generated/deephaven_core/proto/ticket_pb.js';
export { ConsoleService } from '../generated/deephaven_core/proto/console_pb_service.js';
export {
  AutoCompleteRequest,
  AutoCompleteResponse,
  CloseDocumentRequest,
  CompletionContext,
  GetCompletionItemsRequest,
  LogSubscriptionData,
  LogSubscriptionRequest,
  OpenDocumentRequest,
  Position,
  TextDocumentItem,
  VersionedTextDocumentIdentifier,
  BindTableToVariableRequest,
  ExecuteCommandRequest,
  ExecuteCommandResponse,
  GetConsoleTypesRequest,
  GetHeapInfoRequest,
  StartConsoleRequest,
} from '../generated/deephaven_core/proto/console_pb.js';
export type { FieldInfo } from '../generated/deephaven_core/proto/application_pb.js';
export { ExportResponse, PublishResponse, ReleaseResponse } from '../generated/deephaven_core/proto/session_pb.js';
export { TableService } from '../generated/deephaven_core/proto/table_pb_service.js';
export {
  ExportedTableCreationResponse,
  ExportedTableUpdateMessage,
  ExportedTableUpdatesRequest,
  FetchTableRequest,
  TableReference,
} from '../generated/deephaven_core/proto/table_core_pb.js';
export { UnstructuredFilterTableRequest } from '../generated/deephaven_core/proto/table_filter_pb.js';
export {
  DropColumnsRequest,
  HeadOrTailRequest,
  SelectOrUpdateRequest,
  SortDescriptor,
  SortTableRequest,
} from '../generated/deephaven_core/proto/table_ops_pb.js';
export { EmptyTableRequest, TimeTableRequest } from '../generated/deephaven_core/proto/table_source_pb.js';
export { FlightService } from '../generated/arrow/flight/protocol/flight_pb_service.js';
export { BrowserFlightService } from '../generated/arrow/flight/protocol/browser_flight_pb_service.js';
export { FlightData, Ticket as FlightTicket } from '../generated/arrow/flight/protocol/flight_data_pb.js';
export { FetchObjectRequest, FetchObjectResponse } from '../generated/deephaven_core/proto/object_pb.js';
export { FigureDescriptor } from '../generated/deephaven_core/proto/console_pb.js';
