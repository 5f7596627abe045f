import { methodName, type CallOptions } from '../transport/calls.js';
import { AuthenticationConstantsRequest, ConfigService, ConfigurationConstantsRequest } from '../transport/services.js';
import type { ServiceCalls } from './table-creation.js';

/** @internal `ConfigService.GetConfigurationConstants`, as a name → value map. */
export async function configurationConstants(calls: ServiceCalls, options?: CallOptions): Promise<Map<string, string>> {
  const response = await calls.unary(ConfigService.GetConfigurationConstants, new ConfigurationConstantsRequest(), options);
  const map = new Map<string, string>();
  response.getConfigValuesMap().forEach((value, key) => map.set(key, value.getStringValue()));
  return map;
}

/** @internal `ConfigService.GetAuthenticationConstants` (callable without a session), as a name → value map. */
export async function authenticationConstants(calls: ServiceCalls, options?: CallOptions): Promise<Map<string, string>> {
  const response = await calls.unary(ConfigService.GetAuthenticationConstants, new AuthenticationConstantsRequest(), options);
  const map = new Map<string, string>();
  response.getConfigValuesMap().forEach((value, key) => map.set(key, value.getStringValue()));
  return map;
}

/**
 * @internal The method of the transport's liveness probe on a socket it cannot ping (see
 * `MultiplexTransportOptions.probePath`): `GetAuthenticationConstants`, which takes an empty request and needs no
 * session.
 */
export const LIVENESS_PROBE_PATH: string = methodName(ConfigService.GetAuthenticationConstants);
