import type { CallOptions } from '../rx/abortable.js';
import type { TableCreation } from '../services/table-creation.js';
import type { TableOperation } from '../services/table-operations.js';
import type { Connection } from '../session/connection.js';
import { ownExports } from '../session/exports.js';
import type { ExportTicket } from '../ticket/ticket.js';
import { badArgument } from './ops/args.js';
import { tablesRead } from './ops/columns.js';
import type { DeephavenError } from '../errors.js';
import { TableOperations } from './ops/table-interface.js';
import { createTable, Table } from './table.js';

/**
 * A chain of table operations sent to the server as **one** `TableService/Batch` call by {@link Query.exec}
 * (pydeephaven's `Query`). Each operation method adds a step and returns the same builder. Nothing here throws:
 * bad input (checked as each step is added, before any call), a closed session or a source that is not an open
 * `Table` makes {@link Query.exec} reject with the `DeephavenError`, as every other call of the SDK reports its
 * errors. The server keeps the intermediate tables only for the call; only the last one is exported, as the
 * `Table` `exec` resolves to.
 *
 * @example
 * ```ts
 * const top = await session
 *   .query(trades)
 *   .where('Price > 100')
 *   .update('Notional = Price * Size')
 *   .sortDescending('Notional')
 *   .head(10)
 *   .exec();
 * ```
 */
export class Query extends TableOperations<Query, never> {
  private readonly steps: TableOperation[] = [];
  /** The first error found while building: {@link Query.exec} rejects with it. */
  private fault: unknown;

  /** @internal `fault`: the session's error when it was closed already. */
  constructor(
    private readonly connection: Connection,
    private readonly source: Table,
    fault?: DeephavenError,
  ) {
    super();
    this.fault = fault ?? (source instanceof Table ? undefined : badArgument('query', 'takes a Table'));
  }

  /** @internal A step that fails its checks is kept as the query's fault, for `exec` to reject with. */
  protected override apply(make: () => TableOperation): this {
    if (this.fault !== undefined) return this;
    try {
      this.steps.push(make());
    } catch (err) {
      this.fault = err;
    }
    return this;
  }

  /** The number of operations added so far. */
  get length(): number {
    return this.steps.length;
  }

  /**
   * Sends every operation as one `Batch` call and resolves with the last one's table. A failing step rejects with
   * a `DeephavenError` carrying the server's reason (nothing stays exported); an empty query, a step with bad
   * arguments, a closed source or session reject before any call. The builder can be executed again (each run
   * makes a new table).
   *
   * @example
   * ```ts
   * const failed = await session.query(table).head(-1).exec().catch((e: unknown) => e); // no throw while building
   * if (failed instanceof DeephavenError) console.log(failed.code === Code.InvalidArgument);
   * ```
   */
  exec(options: CallOptions = {}): Promise<Table> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the query's fault is a DeephavenError or the session's end error, kept as caught
    if (this.fault !== undefined) return Promise.reject(this.fault);
    if (this.connection.isClosed) return Promise.reject(this.connection.closedError());
    if (this.steps.length === 0) return Promise.reject(badArgument('query', 'has no operations to execute'));
    if (this.source.isClosed) return Promise.reject(badArgument('query', `its source table ${String(this.source.ticket)} was closed`));
    const steps = [...this.steps];
    // The batch's messages name every operation: they load with the first exec, not with the app.
    const run = async (result: ExportTicket, signal: AbortSignal | undefined): Promise<TableCreation> =>
      (await import('../services/table-batch.js')).runBatch(this.connection, this.source.ticket, steps, result, { signal });
    const needs = ownExports(this.source.ticket, ...steps.flatMap(tablesRead));
    return createTable(this.connection, run, { ...options, what: `the table made by a query of ${String(this.source.ticket)}`, needs });
  }
}
