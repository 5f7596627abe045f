/**
 * The one adapter between the generated stubs and the rest of the SDK: the service descriptors and message
 * classes the layers above use. Nothing outside `transport/` imports `generated/` directly.
 * @internal
 */
export { ConfigService } from '../generated/deephaven_core/proto/config_pb_service.js';
export {
  ConfigValue,
  ConfigurationConstantsRequest,
  ConfigurationConstantsResponse,
} from '../generated/deephaven_core/proto/config_pb.js';
export { SessionService } from '../generated/deephaven_core/proto/session_pb_service.js';
export { HandshakeRequest } from '../generated/deephaven_core/proto/session_pb.js';
