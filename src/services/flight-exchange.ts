/**
 * @internal Flight `DoExchange` (Barrage subscriptions): loaded with the live tables, apart from the `DoGet` client
 * every app loads.
 */
import { map, type Observable } from 'rxjs';
import type { CallOptions } from '../transport/calls.js';
import { BrowserFlightService, FlightData, FlightService } from '../transport/services.js';
import type { Rpc } from './rpc.js';

/** @internal One `DoExchange` stream: the server's messages, and requests (app metadata only) to it. */
export interface ExchangeStream {
  readonly messages$: Observable<{ readonly header: Uint8Array; readonly body: Uint8Array; readonly appMetadata: Uint8Array }>;
  send(appMetadata: Uint8Array): void;
  end(): void;
}

/**
 * @internal `DoExchange`: where the transport streams requests the real bidirectional call, else the browser pair
 * `OpenDoExchange` + `NextDoExchange`. Messages both ways are Flight app metadata plus Arrow IPC.
 */
export function doExchange(rpc: Rpc, options?: CallOptions): ExchangeStream {
  const stream = rpc.bidi(
    FlightService.DoExchange,
    { open: BrowserFlightService.OpenDoExchange, next: BrowserFlightService.NextDoExchange, empty: () => new FlightData() },
    options,
  );
  return {
    messages$: stream.responses$.pipe(
      map((fd) => ({ header: fd.getDataHeader_asU8(), body: fd.getDataBody_asU8(), appMetadata: fd.getAppMetadata_asU8() })),
    ),
    send(appMetadata) {
      const fd = new FlightData();
      fd.setAppMetadata(appMetadata);
      stream.send(fd);
    },
    end: () => stream.end(),
  };
}
