import { Metadata } from './metadata.js';
import { unavailable, type ConnectionEvent, type WireCall, type WireRequest, type WireSink, type WireTransport } from './wire-transport.js';

/**
 * gRPC-Web over `fetch` with streamed responses: the transport for `https://` servers in browsers, where the
 * browser speaks HTTP/2. Request bodies cannot stream over fetch, so client and bidirectional streams use the
 * server's browser-stream emulation (see `openBidi`).
 *
 * On `http://` a browser speaks HTTP/1.1, which a server started with default settings refuses for gRPC; it works
 * only against a server started with `-Dhttp.requireHttp2=false`, and then at most ~6 calls run at once per origin
 * (the browser's HTTP/1.1 connection limit), long-lived streams included: keep few streams open on such servers.
 * @internal
 */
export function fetchTransport(): WireTransport {
  let closed = false;
  const live = new Set<FetchCall>();
  return {
    kind: 'grpc-web-fetch',
    supportsClientStreaming: false,
    open(request, sink) {
      const call = new FetchCall(request, sink, () => live.delete(call));
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

/** One gRPC-Web call: a POST of the request frames (sent whole at the half-close) whose response body streams back. */
class FetchCall implements WireCall {
  private readonly body: Uint8Array[] = [];
  private readonly controller = new AbortController();
  private sent = false;
  private done = false;

  constructor(
    private readonly request: WireRequest,
    private readonly sink: WireSink,
    private readonly onDone: () => void,
  ) {}

  send(frame: Uint8Array): void {
    if (!this.sent) this.body.push(frame);
  }

  finishSend(): void {
    if (this.sent || this.done) return;
    this.sent = true;
    fetch(this.request.url, {
      method: 'POST',
      headers: this.request.headers,
      body: join(this.body.splice(0)) as BodyInit,
      signal: this.controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    }).then(
      (response) => this.read(response),
      (err: unknown) => this.fail(describe(this.request.url, err), err),
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
