import { Observable, type Subscription } from 'rxjs';
import type { Schema } from 'apache-arrow';
import type { FlightMessage } from '../arrow/ipc-message.js';
import { Code, DeephavenError } from '../errors.js';
import { decodeFlightData } from './decode.js';
import { decodeUpdateMetadata, encodeSubscriptionRequest, type SubscriptionRequest } from './flatbuf.js';
import { UpdateAssembler, type BarrageUpdate } from './update.js';

/** @internal One open `DoExchange` (or its browser emulation): responses, requests out, half-close. */
export interface Exchange {
  /** The server's FlightData; subscribe once; unsubscribing cancels the call. */
  readonly messages$: Observable<FlightMessage>;
  /** Sends a FlightData carrying only this `app_metadata`. */
  send(appMetadata: Uint8Array): void;
  /** Half-closes the client side (the server then ends the subscription). */
  end(): void;
}

/** @internal Where exchanges come from: the session. */
export interface ExchangeHost {
  open(): Exchange;
  /** True when a failed stream may be opened again (the connection dropped; the server session lives). */
  canRetry(error: DeephavenError): boolean;
}

/** @internal What a Barrage subscription stream tells its reducer. */
export type BarrageEvent =
  | { readonly kind: 'schema'; readonly schema: Schema }
  | { readonly kind: 'update'; readonly update: BarrageUpdate }
  /** The stream broke and is being opened again: the next schema and snapshot replace the state. */
  | { readonly kind: 'reset'; readonly cause: DeephavenError };

const NO_METADATA = new Uint8Array(0);
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

/**
 * @internal A Barrage subscription as a cold stream of events: subscribing opens an exchange and sends the first
 * request; each later request changes the subscription on the same stream (viewports only); a dropped connection
 * reopens the exchange with the latest request (with backoff) while the session lives. Unsubscribing half-closes and
 * cancels the exchange.
 */
export function barrageEvents(host: ExchangeHost, requests$: Observable<SubscriptionRequest>): Observable<BarrageEvent> {
  return new Observable<BarrageEvent>((subscriber) => {
    let latest: SubscriptionRequest | undefined;
    let exchange: Exchange | undefined;
    let inner: Subscription | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    let done = false;

    const stop = (): void => {
      // Half-close first (the server then drops the subscription), then cancel the call.
      try {
        exchange?.end();
      } catch {
        // already half-closed or failed
      }
      exchange = undefined;
      inner?.unsubscribe();
      inner = undefined;
    };
    const fail = (err: unknown): void => {
      if (done) return;
      done = true;
      stop();
      subscriber.error(DeephavenError.from(err));
    };
    const open = (): void => {
      timer = undefined;
      if (done || latest === undefined) return;
      const ex = host.open();
      exchange = ex;
      let schema: Schema | undefined;
      let assembler: UpdateAssembler | undefined;
      inner = ex.messages$.subscribe({
        next: (fd) => {
          try {
            const decoded = decodeFlightData(fd.header, fd.body, schema);
            if (decoded.kind === 'schema') {
              schema = decoded.schema;
              assembler = new UpdateAssembler(schema.fields.length);
              subscriber.next({ kind: 'schema', schema });
            } else if (decoded.kind === 'batch' && assembler !== undefined) {
              const update = assembler.push(decodeUpdateMetadata(fd.appMetadata ?? NO_METADATA), decoded.length, decoded.columns);
              if (update !== undefined) {
                delay = FIRST_RETRY_MS;
                subscriber.next({ kind: 'update', update });
              }
            }
          } catch (err) {
            fail(err);
          }
        },
        error: (err: unknown) => {
          if (done) return;
          const e = DeephavenError.from(err);
          inner = undefined;
          exchange = undefined;
          if (host.canRetry(e)) {
            subscriber.next({ kind: 'reset', cause: e });
            timer = setTimeout(open, delay);
            delay = Math.min(delay * 2, MAX_RETRY_MS);
          } else fail(e);
        },
        complete: () => {
          if (done) return;
          done = true;
          subscriber.complete();
        },
      });
      if (exchange === ex) ex.send(encodeSubscriptionRequest(latest));
    };

    const requestSub = requests$.subscribe({
      next: (request) => {
        const first = latest === undefined;
        latest = request;
        if (first) open();
        else if (exchange !== undefined) exchange.send(encodeSubscriptionRequest(request));
      },
      error: (err: unknown) =>
        fail(err instanceof DeephavenError ? err : new DeephavenError(Code.InvalidArgument, String(err), { cause: err })),
    });

    return () => {
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      requestSub.unsubscribe();
      stop();
    };
  });
}
