/**
 * @internal Which calls the combined transports (`auto` in browsers) send over fetch rather than the websocket:
 * calls that move many bytes one way, which browsers deflate frame by frame on a websocket (permessage-deflate
 * cannot be declined from a page) and carry without that cost over HTTP.
 */

/** Reads much, sends little: Flight `DoGet`. */
export const BULK_READS: ReadonlySet<string> = new Set(['arrow.flight.protocol.FlightService/DoGet']);

/** Uploads: Flight `DoPut` (a real client stream on every transport, see {@link WHOLE_BODY_STREAMS}). */
export const UPLOADS: ReadonlySet<string> = new Set(['arrow.flight.protocol.FlightService/DoPut']);

/** True for a call the combined transports send over fetch where the server takes it. */
export function prefersHttp(method: string): boolean {
  return BULK_READS.has(method) || UPLOADS.has(method);
}

/**
 * Client streams fetch carries as one call although it has no bidirectional streaming: the answer waits for every
 * request, so the requests go as one request body (streamed where the browser can) rather than as the Open/Next
 * emulation's one request per message. Flight `DoPut`.
 */
export const WHOLE_BODY_STREAMS: ReadonlySet<string> = UPLOADS;
