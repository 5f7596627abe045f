import { Code, DeephavenError } from '../errors.js';
import type { CallOptions } from '../rx/abortable.js';
import * as service from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { mustResolve, ownExports, releasedShared, ticketOf, type TicketSource } from '../session/exports.js';
import { ScopeTicket, type Ticket } from '../ticket/ticket.js';
import { createTable, type Table } from './table.js';

/**
 * Options of the session's table calls: `signal` stops waiting (the Promise rejects with an `AbortError` and the
 * export being made is released).
 *
 * @deprecated Use {@link CallOptions}.
 */
export type TableCallOptions = CallOptions;

/** @internal `TableService/FetchTable` of any ticket into a new export of this session. */
export async function fetchTable(connection: Connection, source: TicketSource, options: CallOptions = {}): Promise<Table> {
  const ticket = ticketOf(source);
  try {
    await mustResolve(connection, ticket, { signal: options.signal, table: true });
    return await createTable(connection, (result, signal) => service.fetchTable(connection, ticket, result, { signal }), {
      signal: options.signal,
      what: `the table ${String(ticket)}`,
      check: () => mustResolve(connection, ticket, { table: true }),
      needs: ownExports(ticket),
    });
  } catch (err) {
    throw await explainFetchFailure(connection, err, ticket);
  }
}

/** @internal A global variable's table (`open_table`). */
export function openTable(connection: Connection, name: string, options: CallOptions = {}): Promise<Table> {
  if (typeof name !== 'string' || name === '')
    return Promise.reject(new DeephavenError(Code.InvalidArgument, 'openTable needs a variable name'));
  return fetchTable(connection, ScopeTicket.scopeTicket(name), options);
}

/**
 * Turns the server's opaque answers into clear ones: FetchTable of a non-table says only "Details Logged w/ID…"
 * (INVALID_ARGUMENT), so ask GetExportedTableCreationResponse, which says whether the object is a table.
 */
async function explainFetchFailure(connection: Connection, err: unknown, ticket: Ticket): Promise<unknown> {
  const e = DeephavenError.from(err);
  if (connection.isClosed) return e;
  if (e.code === Code.InvalidArgument) {
    try {
      await service.describeTable(connection, ticket);
    } catch (probe) {
      const p = DeephavenError.from(probe);
      if (/not a (subscribable )?table/i.test(p.rawMessage))
        return new DeephavenError(Code.FailedPrecondition, `${String(ticket)} is not a table (${p.rawMessage})`, {
          method: e.method,
          cause: e,
        });
    }
  }
  return releasedShared(e, ticket);
}
