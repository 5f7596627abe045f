import { Code, DeephavenError } from '../errors.js';
import { FetchObjectRequest } from '../generated/deephaven_core/proto/object_pb.js';
import { ObjectService } from '../generated/deephaven_core/proto/object_pb_service.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { ServiceCalls } from './table-creation.js';
import { typedTicketPb } from './tickets.js';

/** @internal What `FetchObject` answers for one object: its type, its data, the raw tickets of its references. */
export interface FetchedObject {
  readonly type: string;
  readonly data: Uint8Array;
  readonly references: readonly Uint8Array[];
}

/**
 * @internal `FetchObject` of `ticket` as an object of `type`. The server answers an object of another type with
 * NOT_FOUND ("No ObjectType found, expected type …"): that becomes `FailedPrecondition` "`ticket` is not `what`".
 */
export async function fetchObjectAs(
  calls: ServiceCalls,
  ticket: Ticket,
  type: string,
  what: string,
  options: CallOptions = {},
): Promise<FetchedObject> {
  const r = new FetchObjectRequest();
  r.setSourceId(typedTicketPb(type, ticket));
  const response = await calls.unary(ObjectService.FetchObject, r, options).catch((err: unknown) => {
    const e = DeephavenError.from(err);
    if (e.code !== Code.NotFound || !/ObjectType|expected type/i.test(e.rawMessage)) throw e;
    throw new DeephavenError(Code.FailedPrecondition, `${String(ticket)} is not ${what} (${e.rawMessage})`, { method: e.method, cause: e });
  });
  return {
    type: response.getType(),
    data: response.getData_asU8(),
    references: response.getTypedExportIdsList().map((t) => t.getTicket()?.getTicket_asU8() ?? new Uint8Array(0)),
  };
}
