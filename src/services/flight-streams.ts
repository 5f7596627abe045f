/**
 * @internal The streaming half of the Flight service (`doPut`, `doExchange` in `flight-service.ts`), loaded with the first upload
 * or exchange: the browser emulation's descriptors (BrowserFlightService) bring all of flight.proto's messages,
 * which an app that only reads tables never needs. Call these through `flight-service.ts`.
 */
import { concat, from, lastValueFrom, map, of, toArray } from 'rxjs';
import type { FlightMessage } from '../arrow/ipc-message.js';
import { Code, DeephavenError, abortError } from '../errors.js';
import { BrowserFlightService } from '../generated/arrow/flight/protocol/browser_flight_pb_service.js';
import { FlightData, FlightDescriptor } from '../generated/arrow/flight/protocol/flight_data_pb.js';
import { DoExchange } from '../generated/arrow/flight/protocol/flight_pb_service/DoExchange.js';
import { DoPut } from '../generated/arrow/flight/protocol/flight_pb_service/DoPut.js';
import type { ExportTicket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { FlightExchange } from './flight-service.js';
import type { Rpc } from './rpc.js';

const PUT = 'arrow.flight.protocol.FlightService/DoPut';

/**
 * @internal `doPut` of `flight-service.ts`. Messages given as an async iterable are sent as they come (an upload that
 * paces itself); sending stops when the call fails or aborts.
 */
export async function doPut(
  rpc: Rpc,
  result: ExportTicket,
  messages: Iterable<FlightMessage> | AsyncIterable<FlightMessage>,
  options: CallOptions = {},
): Promise<void> {
  // The schema message first: without one there is nothing to send, and no call is opened.
  const rest = each(messages);
  const head = await rest.next();
  if (head.done === true) throw new DeephavenError(Code.InvalidArgument, 'an upload needs at least its schema message', { method: PUT });
  // One cold call: its requests are the messages as they come (an upload that paces itself); when the call ends
  // early (refused, aborted), it stops taking them and the generator is closed.
  const requests$ = concat(of(flightData(head.value, result)), from(rest).pipe(map((m) => flightData(m, undefined))));
  const call$ = rpc.bidi$(
    DoPut,
    { open: BrowserFlightService.OpenDoPut, next: BrowserFlightService.NextDoPut, empty: () => new FlightData() },
    requests$,
    options,
  );
  try {
    await lastValueFrom(call$.pipe(toArray()));
  } catch (err) {
    if (options.signal?.aborted === true) throw abortError(options.signal);
    throw DeephavenError.from(err, PUT);
  }
}

/** The messages one by one, whether they come as an array, a generator or an async generator. */
async function* each(messages: Iterable<FlightMessage> | AsyncIterable<FlightMessage>): AsyncGenerator<FlightMessage> {
  yield* messages;
}

/** One message of an upload; the first names its destination. */
function flightData(m: FlightMessage, destination: ExportTicket | undefined): FlightData {
  const data = new FlightData();
  if (destination !== undefined) {
    const descriptor = new FlightDescriptor();
    descriptor.setType(FlightDescriptor.DescriptorType.PATH);
    descriptor.setPathList(['export', String(destination.id)]);
    data.setFlightDescriptor(descriptor);
  }
  data.setDataHeader(m.header);
  if (m.body.length > 0) data.setDataBody(m.body);
  if (m.appMetadata !== undefined && m.appMetadata.length > 0) data.setAppMetadata(m.appMetadata);
  return data;
}

/** @internal `doExchange` of `flight-service.ts`, once loaded. */
export function doExchange(rpc: Rpc, options?: CallOptions): FlightExchange {
  const stream = rpc.bidi(
    DoExchange,
    { open: BrowserFlightService.OpenDoExchange, next: BrowserFlightService.NextDoExchange, empty: () => new FlightData() },
    options,
  );
  return {
    messages$: stream.responses$.pipe(
      map((fd): FlightMessage => ({ header: fd.getDataHeader_asU8(), body: fd.getDataBody_asU8(), appMetadata: fd.getAppMetadata_asU8() })),
    ),
    send(appMetadata) {
      const fd = new FlightData();
      fd.setAppMetadata(appMetadata);
      stream.send(fd);
    },
    end: () => stream.end(),
  };
}
