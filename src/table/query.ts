import { runBatch } from '../services/table-batch.js';
import type { TableOperation } from '../services/table-operations.js';
import type { Connection } from '../session/connection.js';
import { badArgument } from './ops/args.js';
import { TableOperations, type OperationOptions } from './ops/table-interface.js';
import { createTable, Table } from './table.js';

/**
 * A chain of table operations sent to the server as **one** `TableService/Batch` call by {@link Query.exec}
 * (pydeephaven's `Query`). Each operation method adds a step and returns the same builder; arguments are checked
 * as they are added (a `DeephavenError` is thrown at once on bad input). The server keeps the intermediate tables
 * only for the call; only the last one is exported, as the `Table` `exec` resolves to.
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

  /** @internal */
  constructor(
    private readonly connection: Connection,
    private readonly source: Table,
  ) {
    super();
    if (!(source instanceof Table)) throw badArgument('query', 'takes a Table');
  }

  /** @internal */
  protected override apply(make: () => TableOperation): this {
    this.steps.push(make());
    return this;
  }

  /** The number of operations added so far. */
  get length(): number {
    return this.steps.length;
  }

  /**
   * Sends every operation as one `Batch` call and resolves with the last one's table. A failing step rejects with
   * a `DeephavenError` carrying the server's reason (nothing stays exported); an empty query rejects before any
   * call. The builder can be executed again (each run makes a new table).
   */
  exec(options: OperationOptions = {}): Promise<Table> {
    if (this.steps.length === 0) return Promise.reject(badArgument('query', 'has no operations to execute'));
    if (this.source.isClosed) return Promise.reject(badArgument('query', `its source table ${String(this.source.ticket)} was closed`));
    const steps = [...this.steps];
    return createTable(this.connection, (result, signal) => runBatch(this.connection, this.source.ticket, steps, result, { signal }), options);
  }
}
