/**
 * @internal `FlightService` (Arrow Flight), the SDK's one Flight client: reads of tables (`DoGet`), uploads into new exports
 * (`DoPut`) and Barrage subscriptions (`DoExchange`), every message a {@link FlightMessage}. The streaming calls are
 * real client streams where the transport streams requests, else the server's browser emulation
 * (`OpenDoPut`/`NextDoPut`, `OpenDoExchange`/`NextDoExchange`); their code loads on first use.
 */
import { map, type Observable } from 'rxjs';
import type { FlightMessage } from '../arrow/ipc-message.js';
import { Ticket as FlightTicket } from '../generated/arrow/flight/protocol/flight_data_pb.js';
import { DoGet } from '../generated/arrow/flight/protocol/flight_pb_service/DoGet.js';
import { lazy$ } from '../rx/lazy.js';
import type { ExportTicket, Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { Rpc } from './rpc.js';
import type { ServiceCalls } from './table-creation.js';

/** @internal One open `DoExchange` (Barrage): the server's messages, and requests (app metadata only) to it. */
export interface FlightExchange {
  /** The server's messages; subscribe once; unsubscribing cancels the call. */
  readonly messages$: Observable<FlightMessage>;
  /** Sends a message carrying only this `app_metadata` (queued until the call has started). */
  send(appMetadata: Uint8Array): void;
  /** Half-closes: no more requests. */
  end(): void;
}

/** The streaming calls, loaded with the first upload or exchange (see `flight-streams.ts`). */
const streams = (): Promise<typeof import('./flight-streams.js')> => import('./flight-streams.js');

/** @internal `DoGet` of a table's ticket: its IPC messages (schema first, then record batches). Cold; unsubscribe cancels. */
export function doGet(calls: ServiceCalls, ticket: Ticket, options?: CallOptions): Observable<FlightMessage> {
  const request = new FlightTicket();
  request.setTicket(ticket.rawBytes);
  return calls
    .serverStream(DoGet, request, options)
    .pipe(map((data): FlightMessage => ({ header: data.getDataHeader_asU8(), body: data.getDataBody_asU8() })));
}

/**
 * @internal `DoPut`: sends `messages` (the schema first) to the export `result` (descriptor path `export/<id>`) and
 * waits for the server to finish the table. Rejects with the server's reason when it refuses the data.
 */
export async function doPut(
  rpc: Rpc,
  result: ExportTicket,
  messages: Iterable<FlightMessage> | AsyncIterable<FlightMessage>,
  options?: CallOptions,
): Promise<void> {
  return (await streams()).doPut(rpc, result, messages, options);
}

/** @internal `DoExchange`: one Barrage stream. Subscribe to `messages$` once. */
export function doExchange(rpc: Rpc, options?: CallOptions): FlightExchange {
  return exchangeWhen(streams().then((m) => m.doExchange(rpc, options)));
}

/**
 * @internal The exchange `opening` resolves with, at once: requests and a half-close wait for it, in order, and
 * `messages$` errors with its failure.
 */
export function exchangeWhen(opening: Promise<FlightExchange>): FlightExchange {
  let exchange: FlightExchange | undefined;
  const early: Uint8Array[] = [];
  let ended = false;
  opening.then(
    (ex) => {
      exchange = ex;
      for (const m of early.splice(0)) ex.send(m);
      if (ended) ex.end();
    },
    () => undefined, // messages$ reports it
  );
  return {
    messages$: lazy$(async () => (await opening).messages$),
    send: (appMetadata) => (exchange === undefined ? void early.push(appMetadata) : exchange.send(appMetadata)),
    end: () => (exchange === undefined ? void (ended = true) : exchange.end()),
  };
}
