/**
 * deephaven-rx/testing: a wire transport without a network, and a scripted Deephaven server on it, for unit tests
 * of code that uses the SDK.
 *
 * @packageDocumentation
 */
export { createFakeTransport } from './fake-transport.js';
export type { FakeCall, FakeHandler, FakeStatus, FakeTransport, FakeTransportOptions } from './fake-transport.js';
export { fakeDeephaven } from './fake-deephaven.js';
export type { FakeDeephaven } from './fake-deephaven.js';
export { probeSession } from './probe.js';
export type { SessionProbe } from './probe.js';
export type { ConnectionEvent } from '../transport/wire-transport.js';
