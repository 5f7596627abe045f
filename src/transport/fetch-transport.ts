import { grpc, type Transport, type TransportFactory, type TransportOptions } from './grpc.js';
import { reportFailure } from './multiplex-transport.js';
import type { ConnectionEvent, WireTransport } from './wire-transport.js';

/**
 * gRPC-Web over `fetch` with streamed responses (improbable-eng's `FetchReadableStreamTransport`): the transport for
 * `https://` servers in browsers, where the browser speaks HTTP/2. Client and bidirectional streams are not
 * possible over fetch; the session emulates them with the server's browser streams.
 *
 * On `http://` a browser speaks HTTP/1.1, which a server started with default settings refuses for gRPC; it works
 * only against a server started with `-Dhttp.requireHttp2=false`, and then at most ~6 calls run at once per origin
 * (the browser's HTTP/1.1 connection limit), long-lived streams included.
 * @internal
 */
export function fetchTransport(): WireTransport {
  let closed = false;
  const live = new Set<Transport>();
  const base = grpc.FetchReadableStreamTransport({ credentials: 'omit' });
  return {
    kind: 'grpc-web-fetch',
    supportsClientStreaming: false,
    factory(): TransportFactory {
      return (options: TransportOptions) => {
        const wrapped: TransportOptions = {
          ...options,
          onEnd: (err?: Error) => {
            live.delete(transport);
            if (err !== undefined) reportFailure(options, describeFetchError(options.url, err));
            options.onEnd();
          },
        };
        const transport = base(wrapped);
        if (closed) {
          queueMicrotask(() => wrapped.onEnd(new Error('the transport is closed')));
          return { start: () => undefined, sendMessage: () => undefined, finishSend: () => undefined, cancel: () => undefined };
        }
        live.add(transport);
        return transport;
      };
    },
    onConnectionEvent(_listener: (event: ConnectionEvent) => void) {
      return () => undefined;
    },
    close() {
      closed = true;
      for (const t of live) t.cancel();
      live.clear();
    },
  };
}

function describeFetchError(url: string, err: Error): string {
  const origin = new URL(url).origin;
  return `could not reach ${origin} (${err.message}); if the page is on another origin, the server must allow it (CORS)`;
}
