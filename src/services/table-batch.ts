/**
 * @internal `TableService/Batch`: a chain of operations sent as one call, each step reading the one before it by
 * batch offset; only the last step is exported.
 */
import { lastValueFrom, toArray } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { BatchTableRequest } from '../generated/deephaven_core/proto/table_batch_pb.js';
import { Batch } from '../generated/deephaven_core/proto/table_pb_service/Batch.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { creation, type ServiceCalls, type TableCreation } from './table-creation.js';
import type { TableOperation } from './table-operations.js';
import { batchRef, buildOperation, ref } from './table-requests.js';
import { ticketPb } from './tickets.js';

const METHOD = 'io.deephaven.proto.backplane.grpc.TableService/Batch';

/**
 * @internal A chain of operations on `source` as one `TableService/Batch` call: each step reads the one before it
 * (by batch offset); only the last is exported, into `result`, so the server drops the intermediates itself.
 * The first failed step's reason comes back as the error.
 */
export async function runBatch(
  calls: ServiceCalls,
  source: Ticket,
  ops: readonly TableOperation[],
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  if (ops.length === 0) throw new DeephavenError(Code.InvalidArgument, 'a batch needs at least one operation', { method: METHOD });
  const request = new BatchTableRequest();
  request.setOpsList(
    ops.map((o, i) => {
      const last = i === ops.length - 1;
      const b = buildOperation(o, last ? ticketPb(result) : undefined, i === 0 ? ref(source) : batchRef(i - 1));
      const step = new BatchTableRequest.Operation();
      b.step(step);
      return step;
    }),
  );
  const responses = await lastValueFrom(calls.serverStream(Batch, request, options).pipe(toArray()));
  const failed = responses.filter((r) => !r.getSuccess());
  const reason = failed.map((r) => r.getErrorInfo()).find((e) => e !== '' && !/dependency/i.test(e)) ?? failed[0]?.getErrorInfo();
  if (failed.length > 0) throw new DeephavenError(Code.InvalidArgument, reason || 'the server could not run the batch', { method: METHOD });
  const mine = responses.find((r) => r.getResultId()?.getTicket()?.getTicket_asB64() === ticketPb(result).getTicket_asB64());
  if (mine === undefined)
    throw new DeephavenError(Code.Internal, `the server answered the batch without its result (${responses.length} responses)`, {
      method: METHOD,
    });
  return creation(mine, METHOD);
}
