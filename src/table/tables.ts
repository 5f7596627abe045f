import { Code, DeephavenError } from '../errors.js';
import type { CallOptions } from '../rx/abortable.js';
import * as service from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { mustResolve, ownExports, releasedShared, ticketOf, type TicketSource } from '../session/exports.js';
import { ScopeTicket, type Ticket } from '../ticket/ticket.js';
import { badArgument, name } from './ops/args.js';
import { createTable, Table } from './table.js';

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

/** @internal A static table of `size` rows and no columns. */
export function emptyTable(connection: Connection, size: number | bigint, options: CallOptions = {}): Promise<Table> {
  if (!(typeof size === 'bigint' || Number.isSafeInteger(size)) || size < 0)
    return Promise.reject(new DeephavenError(Code.InvalidArgument, `emptyTable takes a non-negative integer size, got ${String(size)}`));
  return createTable(connection, (result, signal) => service.emptyTable(connection, BigInt(size), result, { signal }), options);
}

/** Options of `Session.timeTable`. */
export interface TimeTableOptions extends CallOptions {
  /** When the first row is: a `Date`, nanoseconds since the epoch, or a Deephaven time string. Default: now. */
  readonly startTime?: Date | bigint | string;
  /** A blink table (keeps only the rows of the latest update). */
  readonly blinkTable?: boolean;
}

/**
 * @internal A refreshing table that adds a `Timestamp` row every `period`: nanoseconds (`bigint` or `number`), or
 * a duration string such as `'PT1s'` or `'00:00:01'`.
 */
export function timeTable(connection: Connection, period: number | bigint | string, options: TimeTableOptions = {}): Promise<Table> {
  const bad =
    typeof period === 'string' ? period.trim() === '' : !(typeof period === 'bigint' || Number.isSafeInteger(period)) || period <= 0;
  if (bad)
    return Promise.reject(
      new DeephavenError(
        Code.InvalidArgument,
        `timeTable takes a positive period in nanoseconds or a duration string such as 'PT1s', got ${String(period)}`,
      ),
    );
  const start = options.startTime;
  const spec: service.TimeTableSpec = {
    period: typeof period === 'string' ? period : BigInt(period),
    startTime: start instanceof Date ? BigInt(start.getTime()) * 1_000_000n : start,
    blinkTable: options.blinkTable === true,
  };
  return createTable(connection, (result, signal) => service.timeTable(connection, spec, result, { signal }), options);
}

/**
 * @internal The rows of several tables one after another (`merge_tables`); with `orderBy`, a sorted merge on
 * that column.
 */
export function mergeTables(connection: Connection, tables: readonly Table[], orderBy?: string, options: CallOptions = {}): Promise<Table> {
  try {
    if (!Array.isArray(tables) || tables.length === 0 || !tables.every((t) => t instanceof Table))
      throw badArgument('mergeTables', 'takes a non-empty array of Tables');
    const closed = tables.find((t) => t.isClosed);
    if (closed !== undefined) throw badArgument('mergeTables', `the table ${String(closed.ticket)} was closed`);
    const key = orderBy === undefined ? undefined : name(orderBy, 'mergeTables', 'an orderBy column');
    const tickets = tables.map((t) => t.ticket);
    return createTable(connection, (result, signal) => service.mergeTables(connection, tickets, key, result, { signal }), {
      ...options,
      needs: ownExports(...tickets),
    });
  } catch (err) {
    return Promise.reject(err);
  }
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
