/**
 * deephaven-rx: a browser-first, RxJS-native TypeScript SDK for Deephaven Community Core servers.
 *
 * @packageDocumentation
 */

// ---- user API ----------------------------------------------------------------------------------------------
export { Session } from './session/session.js';
export type { SessionOptions, SessionEnded } from './session/session.js';
export type { Auth } from './session/auth.js';
export { PSK_HANDLER } from './session/auth.js';
export { Code, DeephavenError, SessionClosedError, codeName, isAbortError } from './errors.js';
export type { DeephavenErrorOptions, SessionEndReason } from './errors.js';

// ---- advanced / may change ---------------------------------------------------------------------------------
export type { TransportKind } from './transport/wire-transport.js';
export type { NodeTlsOptions, TransportChoice } from './transport/choose.js';
