import { map, type Observable } from 'rxjs';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { ClientData, ConnectRequest, ObjectService, StreamRequest } from '../transport/services.js';
import type { Rpc } from './rpc.js';
import { typedTicketPb } from './tickets.js';

/** @internal A ticket with the server's type name for the object, as plugin messages carry them. */
export interface TypedRef {
  readonly type: string;
  readonly ticket: Ticket;
}

/** @internal One message of a server object: its payload and the raw tickets of the objects it references. */
export interface ObjectMessage {
  readonly payload: Uint8Array;
  readonly references: readonly { readonly type: string; readonly ticket: Uint8Array }[];
}

/** @internal A plugin message stream: responses, then `send`/`end` (see `BidiStream`). */
export interface ObjectStream {
  readonly messages$: Observable<ObjectMessage>;
  /** Sends one message to the object (queued until the call has started). */
  send(payload: Uint8Array, references: readonly TypedRef[]): void;
  /** Half-closes: the object sees the client's end. */
  end(): void;
}

/**
 * @internal `ObjectService.MessageStream` (real bidi, or the Open/Next pair on fetch) to the object `target`: the
 * connect request goes first. Subscribe to `messages$` once.
 */
export function messageStream(rpc: Rpc, target: TypedRef, options?: CallOptions): ObjectStream {
  const stream = rpc.bidi(
    ObjectService.MessageStream,
    { open: ObjectService.OpenMessageStream, next: ObjectService.NextMessageStream, empty: () => new StreamRequest() },
    options,
  );
  const connect = new StreamRequest();
  const c = new ConnectRequest();
  c.setSourceId(typedTicketPb(target.type, target.ticket));
  connect.setConnect(c);
  stream.send(connect);
  return {
    messages$: stream.responses$.pipe(
      map((response): ObjectMessage => {
        const data = response.getData();
        return {
          payload: data?.getPayload_asU8() ?? new Uint8Array(0),
          references: (data?.getExportedReferencesList() ?? []).map((typed) => ({
            type: typed.getType(),
            ticket: typed.getTicket()?.getTicket_asU8() ?? new Uint8Array(),
          })),
        };
      }),
    ),
    send(payload, references) {
      const data = new ClientData();
      data.setPayload(payload);
      data.setReferencesList(references.map((r) => typedTicketPb(r.type, r.ticket)));
      const request = new StreamRequest();
      request.setData(data);
      stream.send(request);
    },
    end: () => stream.end(),
  };
}
