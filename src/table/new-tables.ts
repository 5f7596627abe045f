// Tables the session makes from nothing or from other tables (empty, time, merged): loaded on first use, so that an
// app that only reads tables does not carry them.
import { Code, DeephavenError } from '../errors.js';
import type { CallOptions } from '../rx/abortable.js';
import * as service from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { ownExports } from '../session/exports.js';
import { badArgument, name } from './ops/args.js';
import { createTable, Table } from './table.js';

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
