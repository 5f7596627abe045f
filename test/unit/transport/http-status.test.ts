// An HTTP status without a gRPC status (a proxy's or load balancer's own answer) maps as gRPC defines it, so that a
// proxy's 502/503/504 reads as UNAVAILABLE (a lost connection: live streams reconnect) and never as a server error.
import { describe, expect, it } from 'vitest';
import { Code } from '../../../src/errors.js';
import { GrpcWebCall, httpStatusToCode, type CallStatus } from '../../../src/transport/grpc-web-call.js';
import { Metadata } from '../../../src/transport/metadata.js';
import { ConfigService } from '../../../src/transport/services.js';
import type { WireSink, WireTransport } from '../../../src/transport/wire-transport.js';

describe('HTTP status → gRPC code, for responses without grpc-status', () => {
  it.each([
    [400, Code.Internal],
    [401, Code.Unauthenticated],
    [403, Code.PermissionDenied],
    [404, Code.Unimplemented],
    [429, Code.Unavailable],
    [502, Code.Unavailable],
    [503, Code.Unavailable],
    [504, Code.Unavailable],
    [500, Code.Unknown],
    [409, Code.Unknown],
    [301, Code.Unknown],
    [599, Code.Unknown],
  ])('%i → %s', (status, code) => {
    expect(httpStatusToCode(status)).toBe(code);
  });
});

/** One call of `GetConfigurationConstants` over a transport that answers `status` and `headers`, then ends. */
function answer(status: number, headers: Record<string, string>): CallStatus {
  let ended: CallStatus | undefined;
  const transport: WireTransport = {
    kind: 'grpc-web-fetch',
    supportsClientStreaming: false,
    open: (_request, sink: WireSink) => {
      sink.headers(status, new Metadata(Object.entries(headers)));
      sink.end();
      return { send: () => undefined, finishSend: () => undefined, cancel: () => undefined };
    },
    onConnectionEvent: () => () => undefined,
    close: () => undefined,
  };
  const call = new GrpcWebCall(ConfigService.GetConfigurationConstants, 'http://proxy.test', transport, {
    onHeaders: () => undefined,
    onMessage: () => undefined,
    onEnd: (s) => (ended = s),
  });
  call.start({});
  if (ended === undefined) throw new Error('the call did not end');
  return ended;
}

describe('a call answered by a proxy', () => {
  it.each([502, 503, 504, 429])('HTTP %i without grpc-status ends UNAVAILABLE, saying what came back', (status) => {
    const s = answer(status, { 'content-type': 'text/html' });
    expect(s.code).toBe(Code.Unavailable);
    expect(s.message).toContain(`HTTP ${status}`);
  });

  it('a grpc-status in the headers wins over the HTTP status', () => {
    expect(answer(502, { 'grpc-status': '5', 'grpc-message': 'no such thing' })).toMatchObject({
      code: Code.NotFound,
      message: 'no such thing',
    });
    expect(answer(200, { 'grpc-status': '16', 'grpc-message': 'who are you' })).toMatchObject({
      code: Code.Unauthenticated,
      message: 'who are you',
    });
  });

  it('HTTP 200 without grpc-status and without trailers is UNKNOWN at the end, as gRPC-Web says', () => {
    expect(answer(200, {}).code).toBe(Code.Unknown);
  });
});
