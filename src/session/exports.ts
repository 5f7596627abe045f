import { Code, DeephavenError, abortError } from '../errors.js';
import { abortable } from '../rx/abortable.js';
import { describeTable } from '../services/table-service.js';
import { ExportTicket, SharedTicket, Ticket } from '../ticket/ticket.js';
import type { Connection } from './connection.js';
import { whenRebuilt } from './rebuild.js';

/** Anything that names a server object: a ticket, or an object that carries one (`ServerObject`, `Table`, …). */
export type TicketSource = Ticket | { readonly ticket: Ticket };

/** @internal The ticket of a {@link TicketSource}, or a clear `INVALID_ARGUMENT` error before any call. */
export function ticketOf(source: TicketSource, what = 'a ticket'): Ticket {
  if (source instanceof Ticket) return source;
  const inner = (source as { ticket?: unknown } | null | undefined)?.ticket;
  if (inner instanceof Ticket) return inner;
  throw new DeephavenError(
    Code.InvalidArgument,
    `expected ${what} (a Ticket, or an object with a ticket such as a ServerObject, Table or PluginClient), got ${describe(source)}`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? 'an object'; // Object.create(null) has none
}

/**
 * @internal The one way the SDK fills a new export of this session: `make(result, wireSignal)` is the call that
 * fills `result`. Nothing is left behind on the server, because the server (42.7) keeps an export that failed, or
 * that a release cancelled before it was made, until the session ends:
 * - an abort rejects at once with an `AbortError`, but the call is left to finish (`wireSignal` is undefined; a call
 *   that must stop on the wire, such as an upload's data stream, may use its own signal) and its export is released
 *   once made;
 * - a failed call gives its export up (released without waiting: the answer may have been lost after the export
 *   was made).
 * Calls that can fail for want of a named object check it first ({@link mustResolve}), since a failed export stays.
 */
export function claimExport<T>(
  connection: Connection,
  make: (result: ExportTicket, wireSignal: AbortSignal | undefined) => Promise<T>,
  options: ClaimOptions = {},
  dispose?: (value: T, result: ExportTicket) => unknown,
): Promise<T> {
  if (connection.isClosed) return Promise.reject(connection.closedError());
  if (options.signal?.aborted === true) return Promise.reject(abortError(options.signal));
  let result: ExportTicket;
  try {
    result = connection.exports.allocate();
  } catch (err) {
    return Promise.reject(err);
  }
  const made = (async () => {
    try {
      // During a rebuild the tables this one is made from may not be back yet.
      const rebuilding = whenRebuilt(connection);
      if (rebuilding !== undefined) await rebuilding;
      const value = await make(result, undefined);
      // A rebuild of the session (see rebuild.ts) makes the export again with the same call, into the same id.
      if (options.what !== false)
        connection.exports.remember(result, {
          what: options.what ?? String(result),
          check: options.check,
          needs: options.needs,
          replay: options.replay === undefined ? () => make(result, undefined) : () => (options.replay as Replay)(result),
        });
      return value;
    } catch (err) {
      connection.exports.abandon(result);
      throw err;
    }
  })();
  return abortable(
    options.signal,
    () => made,
    (value) => (dispose !== undefined ? dispose(value, result) : connection.exports.release(result)),
  );
}

/** @internal Options of {@link claimExport}. */
export interface ClaimOptions {
  readonly signal?: AbortSignal | undefined;
  /**
   * What the export holds, for the error when a rebuild cannot make it again (default: the export ticket); `false`
   * for an export that a rebuild must not make again.
   */
  readonly what?: string | false | undefined;
  /** For a rebuild: checks that what the export is made from exists, without making an export (see `Recipe`). */
  readonly check?: (() => Promise<void>) | undefined;
  /** For a rebuild: the exports of this session the export is made from (see `Recipe`). */
  readonly needs?: readonly ExportTicket[] | undefined;
  /**
   * For a rebuild: the call that makes the export again (default: `make` again). For objects whose `make` also
   * describes what it made (`FetchObject`), which a rebuild need not ask again.
   */
  readonly replay?: Replay | undefined;
}

/** @internal What a rebuild runs to make an export again into `result`. */
export type Replay = (result: ExportTicket) => Promise<unknown>;

/**
 * @internal Rejects with the server's `NOT_FOUND` (or `FAILED_PRECONDITION` for a non-table when `table` is set)
 * when `ticket` names nothing, without making an export: `TableService/GetExportedTableCreationResponse` resolves a
 * ticket outside the session's exports, while a failed `ExportFromTicket` or `FetchTable` leaves a failed export on
 * the server until the session ends. Exports of this session need no check.
 */
export async function mustResolve(
  connection: Connection,
  ticket: Ticket,
  options: { signal?: AbortSignal | undefined; table?: boolean } = {},
): Promise<void> {
  if (ticket instanceof ExportTicket) return;
  try {
    await describeTable(connection, ticket, { signal: options.signal });
  } catch (err) {
    if (options.signal?.aborted === true) throw abortError(options.signal);
    if (connection.isClosed) throw err;
    const e = DeephavenError.from(err);
    if (e.code === Code.NotFound) throw e;
    if (options.table === true && /not a (subscribable )?table/i.test(e.rawMessage))
      throw new DeephavenError(Code.FailedPrecondition, `${String(ticket)} is not a table (${e.rawMessage})`, {
        method: e.method,
        cause: e,
      });
    const released = releasedShared(e, ticket);
    if (released !== e) throw released;
    // Anything else (an object that is not a table…): the export call answers for itself.
  }
}

/**
 * @internal What an export made from `tickets` needs for a rebuild (see `Recipe.needs`): those of them that are
 * exports the SDK made (not server-made ones, nor names).
 */
export function ownExports(...tickets: readonly Ticket[]): ExportTicket[] {
  return tickets.filter((t): t is ExportTicket => t instanceof ExportTicket && t.id > 0);
}

/** @internal `SessionService/ExportFromTicket` into a new export of this session. */
export async function fetchExport(
  connection: Connection,
  source: TicketSource,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<ExportTicket> {
  const from = ticketOf(source);
  try {
    await mustResolve(connection, from, options);
    return await claimExport(
      connection,
      async (result, signal) => {
        await connection.exportFromTicket(from, result, { signal });
        return result;
      },
      { signal: options.signal, what: String(from), check: () => mustResolve(connection, from), needs: ownExports(from) },
    );
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw releasedShared(DeephavenError.from(err), from);
  }
}

/** @internal The server answers for a shared ticket whose publisher released it with the export's state; say so. */
export function releasedShared(e: DeephavenError, ticket: Ticket): DeephavenError {
  if (
    ticket.kind === 'shared' &&
    e.code === Code.FailedPrecondition &&
    /Export in state (DEPENDENCY_)?(FAILED|RELEASED|CANCELLED)/.test(e.rawMessage)
  )
    return new DeephavenError(
      Code.FailedPrecondition,
      `${String(ticket)} no longer resolves: its publisher released the object (${e.rawMessage})`,
      {
        method: e.method,
        cause: e,
      },
    );
  return e;
}

/** @internal `SessionService/PublishFromTicket`: makes an export of this session reachable under a shared ticket. */
export async function publishExport(
  connection: Connection,
  source: TicketSource,
  shared: SharedTicket,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<void> {
  const from = ticketOf(source, 'a source to publish');
  if (!(shared instanceof SharedTicket))
    throw new DeephavenError(Code.InvalidArgument, 'publish needs a SharedTicket as its destination (e.g. SharedTicket.randomTicket())');
  if (!(from instanceof ExportTicket))
    throw new DeephavenError(
      Code.FailedPrecondition,
      `only an export of this session can be published to a shared ticket, got ${String(from)}; fetch it first (session.fetch)`,
    );
  await connection.publishFromTicket(from, shared, options);
}
