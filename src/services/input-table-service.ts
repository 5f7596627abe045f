/** @internal The InputTableService client: adds rows to and deletes rows from input tables. */
import { Code, DeephavenError } from '../errors.js';
import { AddTableRequest, DeleteTableRequest } from '../generated/deephaven_core/proto/inputtable_pb.js';
import { InputTableService } from '../generated/deephaven_core/proto/inputtable_pb_service.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { ServiceCalls } from './table-creation.js';
import { ticketPb } from './tickets.js';

/** @internal Adds the rows of `rows` (a table of this session) to the input table; keyed ones overwrite by key. */
export async function addToInputTable(calls: ServiceCalls, inputTable: Ticket, rows: Ticket, options: CallOptions = {}): Promise<void> {
  const r = new AddTableRequest();
  r.setInputTable(ticketPb(inputTable));
  r.setTableToAdd(ticketPb(rows));
  await calls.unary(InputTableService.AddTableToInputTable, r, options).catch((err: unknown) => {
    throw explain(err, 'AddTableToInputTable');
  });
}

/** @internal Deletes the rows whose keys appear in `keys` (a table of this session) from a keyed input table. */
export async function deleteFromInputTable(calls: ServiceCalls, inputTable: Ticket, keys: Ticket, options: CallOptions = {}): Promise<void> {
  const r = new DeleteTableRequest();
  r.setInputTable(ticketPb(inputTable));
  r.setTableToRemove(ticketPb(keys));
  await calls.unary(InputTableService.DeleteTableFromInputTable, r, options).catch((err: unknown) => {
    throw explain(err, 'DeleteTableFromInputTable');
  });
}

function explain(err: unknown, method: string): unknown {
  if (!(err instanceof DeephavenError) || err.code === Code.Cancelled) return err;
  return err.method === undefined ? new DeephavenError(err.code, err.rawMessage, { method: `io.deephaven.proto.backplane.grpc.InputTableService/${method}`, cause: err }) : err;
}
