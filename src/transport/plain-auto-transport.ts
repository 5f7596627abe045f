import { readFrames, parseTrailers } from './grpc-web-frames.js';
import { prefersHttp } from './routes.js';
import type { ConnectionEvent, TransportKind, WireRequest, WireTransport } from './wire-transport.js';

/** The authenticated call that finds out whether the server takes gRPC-Web over fetch: empty request, small answer. */
const PROBE_METHOD = 'io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants';

type Mode = 'unknown' | 'probing' | 'http' | 'websocket';

/**
 * @internal `auto` on `http://` in browsers: every call over the multiplexed websocket, except bulk reads (Flight
 * `DoGet`) and uploads (Flight `DoPut`, its requests as one body) where the server also takes gRPC-Web over fetch (a
 * server started with `-Dhttp.requireHttp2=false` on HTTP/1.1): the websocket costs them the browser's and the
 * server's deflate on every byte.
 *
 * Found out once, in the background, by the first call carrying a session token (`Bearer`): the same token on an
 * empty `GetConfigurationConstants` over fetch. A server refusing it answers HTTP 200 with a gRPC status (no network
 * error, nothing in the console), and then every call stays on the websocket (as calls made before the outcome).
 */
export function plainAutoTransport(socket: WireTransport, http: WireTransport): WireTransport & { readonly httpBulk: boolean | undefined } {
  let mode: Mode = 'unknown';

  const probe = (request: WireRequest): void => {
    mode = 'probing';
    const base = request.url.slice(0, request.url.length - request.method.length);
    const chunks: Uint8Array[] = [];
    let status: string | undefined;
    const call = http.open(
      { url: `${base}${PROBE_METHOD}`, method: PROBE_METHOD, headers: request.headers },
      {
        headers: (_code, md) => {
          status ??= md.get('grpc-status')[0];
        },
        chunk: (bytes) => chunks.push(bytes),
        end: (error) => {
          if (error === undefined && status === undefined) status = trailerStatus(chunks);
          mode = error === undefined && status === '0' ? 'http' : 'websocket';
        },
      },
    );
    call.send(new Uint8Array(5)); // one empty message
    call.finishSend();
  };

  return {
    get kind(): TransportKind {
      return socket.kind;
    },
    // The websocket streams every call; fetch carries the one client stream that goes there (DoPut) as one body.
    supportsClientStreaming: true,
    get httpBulk(): boolean | undefined {
      return mode === 'http' ? true : mode === 'websocket' ? false : undefined;
    },
    open(request, sink) {
      if (mode === 'unknown' && request.headers['authorization']?.startsWith('Bearer ') === true) probe(request);
      return (mode === 'http' && prefersHttp(request.method) ? http : socket).open(request, sink);
    },
    onConnectionEvent(listener: (event: ConnectionEvent) => void) {
      return socket.onConnectionEvent(listener);
    },
    backlog() {
      return socket.backlog?.() ?? 0;
    },
    close() {
      socket.close();
      http.close();
    },
  };
}

/** The `grpc-status` in the trailers frame of a response body, if any. */
function trailerStatus(chunks: readonly Uint8Array[]): string | undefined {
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  try {
    for (const frame of readFrames(body)) if (frame.trailers) return parseTrailers(frame.payload)['grpc-status']?.[0];
  } catch {
    return undefined;
  }
  return undefined;
}
