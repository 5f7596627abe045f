import type { CallOptions } from '../rx/abortable.js';
import { Schema, Table as ArrowTable } from 'apache-arrow';
import { doPut } from '../services/flight-service.js';
import { createInputTable as createInputTableCall, describeTable } from '../services/table-service.js';
import type { Connection } from '../session/connection.js';
import { ownExports } from '../session/exports.js';
import { isNode } from '../transport/platform.js';
import { MESSAGE_BYTES, PAGE_MESSAGE_BYTES, uploadMessages, uploadPlan } from './arrow-write.js';
import { badArgument, flag, names } from './ops/args.js';
import { pacedMessages } from './paced.js';
import { createTable, Table } from './table.js';

/**
 * @internal Uploads an apache-arrow table through Flight `DoPut` into a new export of the session and returns it
 * as a `Table` (pydeephaven's `import_table`). The messages are made and sent one record batch at a time, with the
 * event loop's turn between two (a page stays responsive during a big upload).
 */
export function importTable(connection: Connection, data: ArrowTable, options: CallOptions = {}): Promise<Table> {
  let messages;
  try {
    messages = uploadPlan(data, isNode() ? MESSAGE_BYTES : PAGE_MESSAGE_BYTES);
  } catch (err) {
    return Promise.reject(err);
  }
  // A rebuild of the session sends the data again, encoded again from the table the recipe keeps until it closes.
  let signal = options.signal;
  return createTable(
    connection,
    // The data stream stops on the wire at an abort (the caller's signal): an upload is not left to run.
    async (result) => {
      const first = signal;
      signal = undefined; // a replay is not the caller's call
      const paced = pacedMessages(messages, {
        backlog: connection.calls.transport.backlog?.bind(connection.calls.transport),
        signal: first,
      });
      await doPut(connection, result, paced, { signal: first });
      return describeTable(connection, result);
    },
    { signal: options.signal, what: `the uploaded table (${data.numRows} rows)` },
  );
}

/** Options of `Session.inputTable`: the columns (`schema`) or a table to copy them from (`initTable`), and the kind. */
export interface InputTableOptions extends CallOptions {
  /** The columns, as an apache-arrow Schema (e.g. the `schema` of an apache-arrow table). */
  readonly schema?: Schema;
  /** A table whose columns (and rows) the input table starts with. */
  readonly initTable?: Table;
  /** Key columns: rows with an existing key overwrite it (a keyed table); none makes an append-only table. */
  readonly keyCols?: string | readonly string[];
  /**
   * A blink table: keeps only the rows added since the last update cycle (no key columns).
   * @default false
   */
  readonly blinkTable?: boolean;
}

/** @internal `CreateInputTable` (pydeephaven's `input_table`). */
export async function inputTable<T extends Table>(connection: Connection, options: InputTableOptions, wrap: (t: Table) => T): Promise<T> {
  const keyColumns = names(options.keyCols, 'inputTable', 'key columns', { optional: true });
  const blink = flag(options.blinkTable ?? false, 'inputTable', 'blinkTable');
  if (blink && keyColumns.length > 0) throw badArgument('inputTable', 'a blink input table cannot have key columns');
  const { schema, initTable } = options;
  if ((schema === undefined) === (initTable === undefined)) throw badArgument('inputTable', 'takes exactly one of schema and initTable');
  let from: { schema: Uint8Array } | { table: Table['ticket'] };
  if (schema !== undefined) {
    if (!(schema instanceof Schema)) throw badArgument('inputTable', 'takes schema as an apache-arrow Schema');
    const [first] = uploadMessages(new ArrowTable(schema));
    if (first === undefined) throw badArgument('inputTable', 'could not encode the schema');
    from = { schema: framed(first.header) };
  } else {
    if (!(initTable instanceof Table) || initTable.isClosed) throw badArgument('inputTable', 'takes initTable as an open Table');
    from = { table: initTable.ticket };
  }
  const spec = { from, keyColumns, blink };
  const needs = 'table' in from ? ownExports(from.table) : undefined;
  return wrap(
    await createTable(connection, (result, signal) => createInputTableCall(connection, spec, result, { signal }), { ...options, needs }),
  );
}

/** An IPC message framed as a stream carries it: continuation marker, length, the flatbuffer. */
function framed(header: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + header.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0xffffffff, true);
  view.setInt32(4, header.length, true);
  out.set(header, 8);
  return out;
}
