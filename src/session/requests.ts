import { Subject, type Observable } from 'rxjs';
import { Code, codeName } from '../errors.js';

/**
 * One step in the life of a request the session makes (every gRPC call: table operations, scripts, snapshots,
 * subscriptions, the SDK's own keep-alive pings), as {@link Session.requests$} reports it. Never carries headers,
 * credentials, tokens or payloads: only the method, timing and status.
 *
 * - `started`: the call is opening.
 * - `succeeded`: it ended with status OK (a stream: when it completed).
 * - `failed`: it ended with another status (`code`, `codeName`).
 * - `cancelled`: the caller gave up first (unsubscribed, aborted a signal, or closed the session).
 */
export type RequestEvent =
  | { readonly kind: 'started'; readonly id: number; readonly method: string; readonly time: number }
  | {
      readonly kind: 'succeeded' | 'failed' | 'cancelled';
      readonly id: number;
      /** The gRPC method, `package.Service/Method`. */
      readonly method: string;
      /** When this event happened (`Date.now()`). */
      readonly time: number;
      /** Milliseconds since the request started. */
      readonly durationMs: number;
      /** The status code the request ended with. */
      readonly code: Code;
      /** The name of `code`, e.g. `NOT_FOUND`. */
      readonly codeName: string;
    };

/** @internal The request events of one session: emitted only while someone listens. */
export class RequestEvents {
  private readonly subject = new Subject<RequestEvent>();
  private lastId = 0;
  /** The calls started and not yet ended, by id: each reports its end once. */
  private readonly open = new Map<number, (code: Code) => void>();
  /** Hot: what happens from the subscription on; completes when the session ends. */
  readonly events$: Observable<RequestEvent> = this.subject.asObservable();

  /** A call started: tells listeners, returns what tells them of its end (nothing when no one listens). */
  began(method: string): ((code: Code) => void) | undefined {
    if (!this.subject.observed) return undefined;
    const id = ++this.lastId;
    const start = now();
    this.subject.next({ kind: 'started', id, method, time: Date.now() });
    const end = (code: Code): void => {
      if (!this.open.delete(id)) return;
      const kind = code === Code.Ok ? 'succeeded' : code === Code.Cancelled ? 'cancelled' : 'failed';
      this.subject.next({ kind, id, method, time: Date.now(), durationMs: now() - start, code, codeName: codeName(code) });
    };
    this.open.set(id, end);
    return end;
  }

  /** The session ended; a call still in flight (e.g. an aborted call finishing on the wire) is reported cancelled first. */
  complete(): void {
    for (const end of [...this.open.values()]) end(Code.Cancelled);
    this.subject.complete();
  }
}

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());
