/**
 * @internal Which calls the combined transports (`auto` in browsers) send over fetch rather than the websocket:
 * calls that move many bytes one way, which browsers deflate frame by frame on a websocket (permessage-deflate
 * cannot be declined from a page) and carry without that cost over HTTP.
 */

/** Reads much, sends little: Flight `DoGet`. */
export const BULK_READS: ReadonlySet<string> = new Set(['arrow.flight.protocol.FlightService/DoGet']);

/** Uploads: Flight `DoPut`, and the Open/Next pair that stands for it over fetch. */
export const UPLOADS: ReadonlySet<string> = new Set([
  'arrow.flight.protocol.FlightService/DoPut',
  'arrow.flight.protocol.BrowserFlightService/OpenDoPut',
  'arrow.flight.protocol.BrowserFlightService/NextDoPut',
]);

/** True for a call the combined transports send over fetch where the server takes it. */
export function prefersHttp(method: string): boolean {
  return BULK_READS.has(method) || UPLOADS.has(method);
}

/**
 * Client streams a transport without request streaming (fetch) still carries as one call: every request is known
 * before any response is needed, so the requests go as one request body (several gRPC-Web frames) rather than as the
 * Open/Next emulation's one request per message. Flight `DoPut`.
 */
export const WHOLE_BODY_STREAMS: ReadonlySet<string> = new Set(['arrow.flight.protocol.FlightService/DoPut']);
