import { methodName, type CallOptions } from '../transport/calls.js';
import { AuthenticationConstantsRequest, ConfigService, ConfigurationConstantsRequest } from '../transport/services.js';
import type { Rpc } from './rpc.js';

/** @internal `ConfigService`: the server's configuration constants. */
export class ConfigServiceClient {
  constructor(private readonly rpc: Rpc) {}

  /** `GetConfigurationConstants`, as a name → value map. */
  async configurationConstants(options?: CallOptions): Promise<Map<string, string>> {
    const response = await this.rpc.unary(ConfigService.GetConfigurationConstants, new ConfigurationConstantsRequest(), options);
    const map = new Map<string, string>();
    response.getConfigValuesMap().forEach((value, key) => map.set(key, value.getStringValue()));
    return map;
  }

  /** `GetAuthenticationConstants` (callable without a session), as a name → value map. */
  async authenticationConstants(options?: CallOptions): Promise<Map<string, string>> {
    const response = await this.rpc.unary(ConfigService.GetAuthenticationConstants, new AuthenticationConstantsRequest(), options);
    const map = new Map<string, string>();
    response.getConfigValuesMap().forEach((value, key) => map.set(key, value.getStringValue()));
    return map;
  }
}

/**
 * @internal The method of the transport's liveness probe on a socket it cannot ping (see
 * `MultiplexTransportOptions.probePath`): `GetAuthenticationConstants`, which takes an empty request and needs no
 * session.
 */
export const LIVENESS_PROBE_PATH: string = methodName(ConfigService.GetAuthenticationConstants);
