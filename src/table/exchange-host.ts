import type { ExchangeHost } from '../barrage/exchange.js';
import { Code } from '../errors.js';
import { doExchange } from '../services/flight-exchange.js';
import type { Connection } from '../session/connection.js';

/**
 * @internal Barrage exchanges on a session: `FlightService/DoExchange` where the transport streams requests, else the
 * browser pair `OpenDoExchange` + `NextDoExchange`. A stream cut by a dropped connection may be reopened while the
 * session lives.
 */
export function exchangeHost(connection: Connection): ExchangeHost {
  return {
    open: () => doExchange(connection),
    canRetry: (error) => error.code === Code.Unavailable && !connection.isClosed,
  };
}
