// How connect explains a TLS handshake a server refused for want of a (trusted) client certificate: the alerts
// OpenSSL reports (bad certificate 42, certificate unknown 46, unknown CA 48, certificate required 116).
import { describe, expect, it } from 'vitest';
import { Code, DeephavenError, Session } from 'deephaven-rx';
import { createFakeTransport } from 'deephaven-rx/testing';

const CONFIG = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';

async function connectFailing(reason: string): Promise<DeephavenError> {
  const fake = createFakeTransport().handle(CONFIG, (call) => call.fail(reason));
  const err = await Session.connect('https://fake.test', { transport: fake }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DeephavenError);
  return err as DeephavenError;
}

describe('connect over TLS without a client certificate the server accepts', () => {
  it.each([
    'SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:SSL alert number 42',
    'SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown:SSL alert number 46',
    'SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca:SSL alert number 48',
    'SSL routines:ssl3_read_bytes:tlsv13 alert certificate required:SSL alert number 116',
  ])('names the cause for %s', async (reason) => {
    const err = await connectFailing(reason);
    expect(err.code).toBe(Code.Unavailable);
    expect(err.message).toMatch(/https:\/\/fake\.test refused the TLS handshake: it requires a client certificate.*tls\.cert and tls\.key/);
    expect(err.message).toContain(reason);
  });

  it('leaves other failures to reach the server as they were', async () => {
    const err = await connectFailing('connect ECONNREFUSED 127.0.0.1:1');
    expect(err.message).toMatch(/cannot reach the Deephaven server at https:\/\/fake\.test: connect ECONNREFUSED/);
  });
});
