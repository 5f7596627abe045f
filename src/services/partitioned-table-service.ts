/**
 * @internal The PartitionedTableService client (partition a table, merge, one constituent) and the
 * `ObjectService/FetchObject` description of a partitioned table. The only code that builds or reads these protobuf
 * messages.
 */
import { Code, DeephavenError } from '../errors.js';
import { ObjectService } from '../generated/deephaven_core/proto/object_pb_service.js';
import {
  GetTableRequest,
  MergeRequest,
  PartitionByRequest,
  PartitionedTableDescriptor,
} from '../generated/deephaven_core/proto/partitionedtable_pb.js';
import { PartitionedTableService } from '../generated/deephaven_core/proto/partitionedtable_pb_service.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { fetchObjectAs } from './fetch-object.js';
import { callCreating, methodOf, type ServiceCalls, type TableCreation } from './table-creation.js';
import { ticketPb } from './tickets.js';

const S = PartitionedTableService;

/** @internal The server's type name of partitioned tables (`FetchObject`, the object list). */
export const PARTITIONED_TABLE_TYPE = 'PartitionedTable';

/** @internal What `FetchObject` says of a partitioned table. */
export interface PartitionedDescription {
  readonly keyColumns: readonly string[];
  readonly constituentColumn: string;
  readonly uniqueKeys: boolean;
  /** The Arrow schema message (framed, as table schemas come) of every constituent. */
  readonly constituentSchema: Uint8Array;
  readonly constituentChangesPermitted: boolean;
  /** The raw ticket of the underlying table (key columns + constituent column): a new export the caller owns. */
  readonly underlying: Uint8Array;
}

/** @internal `PartitionBy` of `source` into `result`. */
export async function partitionBy(
  calls: ServiceCalls,
  source: Ticket,
  keys: readonly string[],
  dropKeys: boolean,
  result: Ticket,
  options: CallOptions = {},
): Promise<void> {
  const r = new PartitionByRequest();
  r.setTableId(ticketPb(source));
  r.setResultId(ticketPb(result));
  r.setKeyColumnNamesList([...keys]);
  r.setDropKeys(dropKeys);
  await calls.unary(S.PartitionBy, r, options);
}

/** @internal `Merge`: every constituent of `partitioned` in one table, into `result`. */
export function mergePartitioned(
  calls: ServiceCalls,
  partitioned: Ticket,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const r = new MergeRequest();
  r.setPartitionedTable(ticketPb(partitioned));
  r.setResultId(ticketPb(result));
  return callCreating(calls, S.Merge, r, options);
}

/** @internal `GetTable`: the constituent of the one key in `keyTable`, into `result`. */
export function getConstituent(
  calls: ServiceCalls,
  partitioned: Ticket,
  keyTable: Ticket,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const r = new GetTableRequest();
  r.setPartitionedTable(ticketPb(partitioned));
  r.setKeyTableTicket(ticketPb(keyTable));
  r.setResultId(ticketPb(result));
  return callCreating(calls, S.GetTable, r, options);
}

/**
 * @internal `FetchObject` of a partitioned table: its descriptor, and a new export of its underlying table. An
 * object of another type rejects with `FailedPrecondition` naming it (any reference it came with is released by
 * `releaseRaw`).
 */
export async function describePartitioned(
  calls: ServiceCalls,
  ticket: Ticket,
  releaseRaw: (raw: Uint8Array) => void,
  options: CallOptions = {},
): Promise<PartitionedDescription> {
  const method = methodOf(ObjectService.FetchObject);
  const response = await fetchObjectAs(calls, ticket, PARTITIONED_TABLE_TYPE, 'a PartitionedTable', options);
  const refs = response.references;
  const fail = (message: string): never => {
    for (const raw of refs) releaseRaw(raw);
    throw new DeephavenError(Code.FailedPrecondition, message, { method });
  };
  if (response.type !== PARTITIONED_TABLE_TYPE)
    return fail(`${String(ticket)} is a ${response.type || 'object without a type'}, not a PartitionedTable`);
  const [underlying, ...extra] = refs;
  if (underlying === undefined || extra.length > 0)
    return fail(`the server described ${String(ticket)} with ${refs.length} references, expected 1`);
  let d: PartitionedTableDescriptor;
  try {
    d = PartitionedTableDescriptor.deserializeBinary(response.data);
  } catch (err) {
    return fail(`the server's description of ${String(ticket)} is not a PartitionedTableDescriptor (${String(err)})`);
  }
  return {
    keyColumns: d.getKeyColumnNamesList(),
    constituentColumn: d.getConstituentColumnName(),
    uniqueKeys: d.getUniqueKeys(),
    constituentSchema: d.getConstituentDefinitionSchema_asU8(),
    constituentChangesPermitted: d.getConstituentChangesPermitted(),
    underlying,
  };
}
