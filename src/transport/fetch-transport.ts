import { FrameAssembler, placementFor } from './frames.js';
import { grpc, type Metadata, type Transport, type TransportFactory, type TransportOptions } from './grpc.js';
import { reportFailure } from './multiplex-transport.js';
import type { ConnectionEvent, WireTransport } from './wire-transport.js';

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
    factory(): TransportFactory {
      return (options: TransportOptions) => {
        const call = new FetchCall(options, () => live.delete(call));
        if (closed) queueMicrotask(() => call.fail('the transport is closed'));
        else live.add(call);
        return call;
      };
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

/** One gRPC-Web call: a POST whose response body streams back gRPC-Web frames. */
class FetchCall implements Transport {
  private readonly frames = new FrameAssembler();
  private headers: Metadata | undefined;
  private readonly controller = new AbortController();
  private done = false;

  constructor(
    private readonly options: TransportOptions,
    private readonly onDone: () => void,
  ) {}

  start(metadata: Metadata): void {
    this.frames.placement = placementFor(this.options.methodDefinition);
    this.headers = metadata;
  }

  sendMessage(msgBytes: Uint8Array): void {
    const headers = new Headers();
    this.headers?.forEach((name, values) => headers.set(name, values.join(', ')));
    fetch(this.options.url, {
      method: 'POST',
      headers,
      body: msgBytes as BodyInit,
      signal: this.controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    }).then(
      (response) => this.read(response),
      (err: unknown) => this.fail(describe(this.options.url, err)),
    );
  }

  finishSend(): void {
    // The request went out whole with its one message.
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.controller.abort();
    this.onDone();
  }

  fail(message: string): void {
    if (this.done) return;
    this.done = true;
    this.controller.abort();
    reportFailure(this.options, message);
    this.options.onEnd();
    this.onDone();
  }

  private deliver(chunk: Uint8Array): void {
    for (const frames of this.frames.push(chunk)) this.options.onChunk(frames);
  }

  private async read(response: Response): Promise<void> {
    if (this.done) return;
    this.options.onHeaders(new grpc.Metadata(response.headers), response.status);
    const body = response.body;
    try {
      if (body === null) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.byteLength > 0 && !this.done) this.deliver(bytes);
      } else {
        const reader = body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done || this.done) break;
          this.deliver(value);
        }
      }
    } catch (err) {
      this.fail(`the response from ${originOf(this.options.url)} broke off: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (this.done) return;
    this.done = true;
    this.options.onEnd();
    this.onDone();
  }
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function describe(url: string, err: unknown): string {
  const cause = (err as { cause?: { message?: string } }).cause?.message;
  const text = err instanceof Error ? err.message : String(err);
  return `could not reach ${originOf(url)} (${cause ?? text}); if the page is on another origin, the server must allow it (CORS)`;
}
