/**
 * @internal Flight `DoPut`: uploads Arrow IPC messages into a new export of the session. A real client stream where
 * the transport streams requests; in browsers over fetch, the server's `OpenDoPut`/`NextDoPut` emulation.
 */
import { lastValueFrom, toArray } from 'rxjs';
import { Code, DeephavenError, abortError } from '../errors.js';
import { FlightData, FlightDescriptor, type PutResult } from '../generated/arrow/flight/protocol/flight_data_pb.js';
import { FlightService } from '../generated/arrow/flight/protocol/flight_pb_service.js';
import { BrowserFlightService } from '../generated/arrow/flight/protocol/browser_flight_pb_service.js';
import type { ExportTicket } from '../ticket/ticket.js';
import type { BrowserStreamMethods } from '../transport/browser-stream.js';
import type { BidiStream, CallOptions } from '../transport/calls.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';

/** @internal One Arrow IPC message: the flatbuffer `Message` and its body. */
export interface PutMessage {
  readonly header: Uint8Array;
  readonly body: Uint8Array;
}

/** @internal What an upload needs of a session: a bidirectional stream. */
export interface BidiCalls {
  bidi<Req extends ProtobufMessage, Res extends ProtobufMessage>(
    real: MethodDefinition<Req, Res>,
    emulated: BrowserStreamMethods<Req, Res>,
    options?: CallOptions,
  ): BidiStream<Req, Res>;
}

const METHOD = 'arrow.flight.protocol.FlightService/DoPut';

/**
 * @internal Sends `messages` (the schema first) to the export `result` (descriptor path `export/<id>`) and waits
 * for the server to finish the table. Rejects with the server's reason when it refuses the data. Messages given as an
 * async iterable are sent as they come (an upload that paces itself); sending stops when the call fails or aborts.
 */
export async function doPut(
  calls: BidiCalls,
  result: ExportTicket,
  messages: Iterable<PutMessage> | AsyncIterable<PutMessage>,
  options: CallOptions = {},
): Promise<void> {
  const stream = calls.bidi<FlightData, PutResult>(
    FlightService.DoPut,
    {
      open: BrowserFlightService.OpenDoPut,
      next: BrowserFlightService.NextDoPut,
      empty: () => new FlightData(),
    },
    options,
  );
  const done = lastValueFrom(stream.responses$.pipe(toArray()));
  // Keep a rejection from going unhandled while the requests are still being queued; a failed call stops sending.
  let failed = false;
  done.catch(() => {
    failed = true;
  });
  let first = true;
  for await (const m of messages) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the call's end during an await
    if (failed || options.signal?.aborted === true) break;
    const data = new FlightData();
    if (first) {
      const descriptor = new FlightDescriptor();
      descriptor.setType(FlightDescriptor.DescriptorType.PATH);
      descriptor.setPathList(['export', String(result.id)]);
      data.setFlightDescriptor(descriptor);
      first = false;
    }
    data.setDataHeader(m.header);
    if (m.body.length > 0) data.setDataBody(m.body);
    stream.send(data);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the call's end during an await
  if (first && !failed && options.signal?.aborted !== true)
    throw new DeephavenError(Code.InvalidArgument, 'an upload needs at least its schema message', { method: METHOD });
  stream.end();
  try {
    await done;
  } catch (err) {
    if (options.signal?.aborted === true) throw abortError(options.signal);
    throw DeephavenError.from(err, METHOD);
  }
}
