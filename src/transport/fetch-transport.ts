import { Metadata } from './metadata.js';
import { WHOLE_BODY_STREAMS } from './routes.js';
import { unavailable, type ConnectionEvent, type WireCall, type WireRequest, type WireSink, type WireTransport } from './wire-transport.js';

/**
 * gRPC-Web over `fetch` with streamed responses: the transport for `https://` servers in browsers, where the
 * browser speaks HTTP/2. Request bodies cannot stream over fetch, so client and bidirectional streams use the
 * server's browser-stream emulation (see `openBidi`), except Flight `DoPut`, whose answer waits for all its requests:
 * its request body streams (`duplex: 'half'`) where the browser can (Chromium, over HTTP/2 only: used on `https://`),
 * else goes whole at the half-close; one call either way, however many messages.
 *
 * On `http://` a browser speaks HTTP/1.1, which a server started with default settings refuses for gRPC; it works
 * only against a server started with `-Dhttp.requireHttp2=false`, and then at most ~6 calls run at once per origin
 * (the browser's HTTP/1.1 connection limit), long-lived streams included: keep few streams open on such servers.
 * @internal
 */
export function fetchTransport(): WireTransport {
  let closed = false;
  const live = new Set<FetchCall>();
  // Request streaming: decided once; dropped for good if a streamed request fails before an answer (a server or
  // proxy speaking HTTP/1.1 on https://), and that request is sent again whole.
  let streaming: boolean | undefined;
  const streams = (request: WireRequest): boolean =>
    WHOLE_BODY_STREAMS.has(request.method) && request.url.startsWith('https:') && (streaming ??= requestStreamsSupported());
  return {
    kind: 'grpc-web-fetch',
    supportsClientStreaming: false,
    clientStreams: (method) => WHOLE_BODY_STREAMS.has(method),
    open(request, sink) {
      const call = new FetchCall(
        request,
        sink,
        () => live.delete(call),
        !closed && streams(request),
        () => {
          streaming = false;
        },
      );
      if (closed) queueMicrotask(() => call.fail('the transport is closed'));
      else live.add(call);
      return call;
    },
    onConnectionEvent(_listener: (event: ConnectionEvent) => void) {
      // HTTP has no connection to lose between calls; each call reports its own failure.
      return () => undefined;
    },
    close() {
      closed = true;
      for (const call of [...live]) call.fail('the transport was closed');
      live.clear();
    },
  };
}

/**
 * One gRPC-Web call: a POST of the request frames whose response body streams back. The frames go whole at the
 * half-close, or (`streamed`) as a request stream opened at once, kept until the answer comes in case the browser
 * refuses to stream (then they go again, whole, and `noStreaming` is told).
 */
class FetchCall implements WireCall {
  private body: Uint8Array[] = [];
  private readonly controller = new AbortController();
  private stream: ReadableStreamDefaultController<Uint8Array> | undefined;
  private halfClosed = false;
  private sent = false;
  private answered = false;
  private done = false;

  constructor(
    private readonly request: WireRequest,
    private readonly sink: WireSink,
    private readonly onDone: () => void,
    streamed = false,
    private readonly noStreaming: () => void = () => undefined,
  ) {
    if (streamed) this.post(new ReadableStream<Uint8Array>({ start: (c) => void (this.stream = c) }), true);
  }

  send(frame: Uint8Array): void {
    if (this.sent && this.stream === undefined) return;
    if (!this.answered) this.body.push(frame);
    this.stream?.enqueue(frame);
  }

  finishSend(): void {
    if (this.halfClosed || this.done) return;
    this.halfClosed = true;
    if (this.stream !== undefined) this.stream.close();
    else this.post(join(this.body.splice(0)), false);
  }

  private post(body: BodyInit | Uint8Array, streamed: boolean): void {
    this.sent = true;
    fetch(this.request.url, {
      method: 'POST',
      headers: this.request.headers,
      body: body as BodyInit,
      signal: this.controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      ...(streamed ? { duplex: 'half' } : {}),
    }).then(
      (response) => {
        this.answered = true;
        this.body = [];
        return this.read(response);
      },
      (err: unknown) => {
        if (streamed && !this.done && !this.controller.signal.aborted && err instanceof TypeError) {
          // The browser would not stream this request (HTTP/1.1): send it whole once it is complete.
          this.noStreaming();
          this.stream = undefined;
          if (this.halfClosed) this.post(join(this.body.splice(0)), false);
          else this.sent = false;
          return;
        }
        this.fail(describe(this.request.url, err), err);
      },
    );
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.controller.abort();
    this.onDone();
  }

  fail(message: string, cause?: unknown): void {
    if (this.done) return;
    this.done = true;
    this.controller.abort();
    this.sink.end(unavailable(this.request, message, cause));
    this.onDone();
  }

  private async read(response: Response): Promise<void> {
    if (this.done) return;
    this.sink.headers(response.status, new Metadata(response.headers));
    const body = response.body;
    try {
      if (body === null) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an abort may end the call during the await
        if (bytes.byteLength > 0 && !this.done) this.sink.chunk(bytes);
      } else {
        const reader = body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an abort may end the call during the await
          if (done || this.done) break;
          this.sink.chunk(value);
        }
      }
    } catch (err) {
      this.fail(`the response from ${originOf(this.request.url)} broke off: ${err instanceof Error ? err.message : String(err)}`, err);
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an abort may end the call during the await
    if (this.done) return;
    this.done = true;
    this.sink.end();
    this.onDone();
  }
}

/** True where `fetch` streams a request body (`duplex: 'half'`; Chromium, over HTTP/2), by the usual feature test. */
function requestStreamsSupported(): boolean {
  try {
    let duplexAccessed = false;
    const init = {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        duplexAccessed = true;
        return 'half';
      },
    };
    const hasContentType = new Request('data:,', init).headers.has('content-type');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- checked at run time: set by another callback during an await, or passed by JavaScript callers
    return duplexAccessed && !hasContentType;
  } catch {
    return false;
  }
}

/** One buffer of the request's frames (usually exactly one). */
function join(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function describe(url: string, err: unknown): string {
  const cause = (err as { cause?: { message?: string } }).cause?.message;
  const text = err instanceof Error ? err.message : String(err);
  return `could not reach ${originOf(url)} (${cause ?? text}); if the page is on another origin, the server must allow it (CORS)`;
}
