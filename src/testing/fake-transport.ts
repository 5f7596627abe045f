import { Observable, ReplaySubject } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { Metadata } from '../transport/metadata.js';
import type {
  ConnectionEvent,
  CustomTransport,
  TransportKind,
  WireCall,
  WireRequest,
  WireSink,
  WireTransport,
} from '../transport/wire-transport.js';

/** How a scripted call ends: a gRPC status code (0 = OK), its message and trailers. */
export interface FakeStatus {
  /** gRPC status code. @default 0 (OK) */
  readonly code?: number;
  readonly message?: string;
  readonly trailers?: Readonly<Record<string, string>>;
}

/** One call the SDK made on a {@link FakeTransport}, as its handler sees it. */
export interface FakeCall {
  /** `package.Service/Method`. */
  readonly method: string;
  /** The request headers (lower-case names), e.g. `authorization`. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The request messages (protobuf bytes) as the SDK sends them; completes when it half-closes or cancels.
   * Replayed: a handler may subscribe late.
   */
  readonly requests$: Observable<Uint8Array>;
  /** Resolves when the SDK cancels the call. */
  readonly cancelled: Promise<void>;
  /** Sends response headers (sent automatically, empty, before the first message or the end). */
  sendHeaders(headers: Readonly<Record<string, string>>): void;
  /** Sends one response message (protobuf bytes). */
  respond(message: Uint8Array): void;
  /** Ends the call with a status (OK by default) and trailers. */
  end(status?: FakeStatus): void;
  /** Drops the connection under the call (the SDK sees UNAVAILABLE). */
  fail(reason: string): void;
}

/** Scripts one method: called once per call, when the SDK starts it. */
export type FakeHandler = (call: FakeCall) => void;

/**
 * A wire transport with no network: each call goes to the handler registered for its method, which answers with
 * scripted messages and a status. Pass it as `Session.connect(url, { transport: fake })` to unit-test code above
 * the wire without a server.
 */
export interface FakeTransport extends CustomTransport {
  /** True when bidirectional calls are real streams (see {@link FakeTransportOptions.supportsClientStreaming}). */
  readonly supportsClientStreaming: boolean;
  /** Listens to the connection events {@link FakeTransport.emit} reports; returns the function that stops listening. */
  onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void;
  /** Registers (or replaces) the handler of `method` (`package.Service/Method`). */
  handle(method: string, handler: FakeHandler): this;
  /** The methods called so far, in order. */
  readonly calls: readonly string[];
  /** The calls started and not yet ended or cancelled. */
  readonly openCalls: number;
  /** Reports a connection event to the session (e.g. `{ kind: 'lost', lane: 'default', reason: 'gone' }`). */
  emit(event: ConnectionEvent): void;
}

/** Options of {@link createFakeTransport}. */
export interface FakeTransportOptions {
  /** The kind the transport reports. @default 'websocket-multiplex' */
  readonly kind?: TransportKind;
  /**
   * True: bidirectional calls are real streams (as on websockets and HTTP/2); false: the SDK uses the
   * Open/Next emulation, as on fetch. @default true
   */
  readonly supportsClientStreaming?: boolean;
}

const utf8 = new TextEncoder();

/**
 * A {@link FakeTransport}. A method without a handler answers `UNIMPLEMENTED`.
 *
 * @example
 * ```ts
 * import { createFakeTransport } from 'deephaven-rx/testing';
 *
 * const fake = createFakeTransport().handle('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants', (call) => {
 *   call.sendHeaders({ authorization: 'Bearer t1' });
 *   call.respond(new Uint8Array());
 *   call.end();
 * });
 * console.log(fake.calls);
 * ```
 */
export function createFakeTransport(options: FakeTransportOptions = {}): FakeTransport {
  const handlers = new Map<string, FakeHandler>();
  const listeners = new Set<(event: ConnectionEvent) => void>();
  const calls: string[] = [];
  let open = 0;
  let closed = false;
  const live = new Set<FakeWireCall>();
  // A wire transport to the session (the SDK's own call contract); a FakeTransport to the test.
  const fake: FakeTransport & WireTransport = {
    kind: options.kind ?? 'websocket-multiplex',
    supportsClientStreaming: options.supportsClientStreaming ?? true,
    calls,
    get openCalls() {
      return open;
    },
    handle(method, handler) {
      handlers.set(method, handler);
      return this;
    },
    emit(event) {
      for (const l of [...listeners]) l(event);
    },
    open(request, sink) {
      const call: FakeWireCall = new FakeWireCall(request, sink, handlers, closed, () => {
        if (live.delete(call)) open -= 1;
      });
      calls.push(call.method);
      open += 1;
      live.add(call);
      return call;
    },
    onConnectionEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      for (const c of [...live]) c.fail('the transport is closed');
      listeners.clear();
    },
  };
  return fake;
}

class FakeWireCall implements WireCall, FakeCall {
  readonly method: string;
  readonly headers: Record<string, string>;
  private readonly requests = new ReplaySubject<Uint8Array>();
  readonly requests$ = this.requests.asObservable();
  private onCancel: () => void = () => undefined;
  readonly cancelled = new Promise<void>((resolve) => {
    this.onCancel = resolve;
  });
  private headersSent = false;
  private ended = false;

  constructor(
    request: WireRequest,
    private readonly sink: WireSink,
    handlers: ReadonlyMap<string, FakeHandler>,
    transportClosed: boolean,
    private readonly onEnded: () => void,
  ) {
    this.method = request.method;
    this.headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    queueMicrotask(() => {
      if (transportClosed) return this.fail('the transport is closed');
      const handler = handlers.get(this.method);
      if (handler === undefined) return this.end({ code: Code.Unimplemented, message: `no fake handler for ${this.method}` });
      try {
        handler(this);
      } catch (err) {
        this.end({ code: Code.Internal, message: `the fake handler threw: ${String(err)}` });
      }
    });
  }

  send(msgBytes: Uint8Array): void {
    let at = 0;
    while (at + 5 <= msgBytes.length) {
      const length = new DataView(msgBytes.buffer, msgBytes.byteOffset + at + 1, 4).getUint32(0, false);
      this.requests.next(msgBytes.slice(at + 5, at + 5 + length));
      at += 5 + length;
    }
  }

  finishSend(): void {
    this.requests.complete();
  }

  cancel(): void {
    if (this.ended) return;
    this.ended = true;
    this.requests.complete();
    this.onEnded();
    this.onCancel();
  }

  sendHeaders(headers: Readonly<Record<string, string>>): void {
    if (this.ended || this.headersSent) return;
    this.headersSent = true;
    this.sink.headers(200, new Metadata(Object.entries({ 'content-type': 'application/grpc-web+proto', ...headers })));
  }

  respond(message: Uint8Array): void {
    if (this.ended) return;
    this.sendHeaders({});
    this.sink.chunk(frame(0x00, message));
  }

  end(status: FakeStatus = {}): void {
    if (this.ended) return;
    this.sendHeaders({});
    const trailers: Record<string, string> = {
      'grpc-status': String(status.code ?? 0),
      ...(status.message === undefined ? {} : { 'grpc-message': encodeURIComponent(status.message) }),
      ...status.trailers,
    };
    const text = Object.entries(trailers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    this.sink.chunk(frame(0x80, utf8.encode(text)));
    this.ended = true;
    this.requests.complete();
    this.onEnded();
    this.sink.end();
  }

  fail(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.requests.complete();
    this.onEnded();
    this.sink.end(new DeephavenError(Code.Unavailable, reason, { method: this.method }));
  }
}

function frame(flag: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + payload.length);
  out[0] = flag;
  new DataView(out.buffer).setUint32(1, payload.length, false);
  out.set(payload, 5);
  return out;
}
