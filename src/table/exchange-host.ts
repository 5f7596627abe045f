import { map } from 'rxjs';
import type { ExchangeHost } from '../barrage/exchange.js';
import { Code } from '../errors.js';
import type { Connection } from '../session/connection.js';
import { BrowserFlightService, FlightData, FlightService } from '../transport/services.js';

/**
 * @internal Barrage exchanges on a session: `FlightService/DoExchange` where the transport streams requests, else the
 * browser pair `OpenDoExchange` + `NextDoExchange`. A stream cut by a dropped connection may be reopened while the
 * session lives.
 */
export function exchangeHost(connection: Connection): ExchangeHost {
  return {
    open() {
      const stream = connection.bidi(FlightService.DoExchange, {
        open: BrowserFlightService.OpenDoExchange,
        next: BrowserFlightService.NextDoExchange,
        empty: () => new FlightData(),
      });
      return {
        messages$: stream.responses$.pipe(
          map((fd) => ({ header: fd.getDataHeader_asU8(), body: fd.getDataBody_asU8(), appMetadata: fd.getAppMetadata_asU8() })),
        ),
        send(appMetadata) {
          const fd = new FlightData();
          fd.setAppMetadata(appMetadata);
          stream.send(fd);
        },
        end() {
          stream.end();
        },
      };
    },
    canRetry: (error) => error.code === Code.Unavailable && !connection.isClosed,
  };
}
