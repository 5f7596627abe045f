/**
 * @internal What every TableService call that makes a table shares: the calls it needs of a session, and the
 * server's answer (`ExportedTableCreationResponse`) read into a {@link TableCreation}, or into the error it reports.
 */
import { Code, DeephavenError } from '../errors.js';
import type { ExportedTableCreationResponse } from '../generated/deephaven_core/proto/table_core_pb.js';
import type { CallOptions } from '../transport/calls.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';
import type { Rpc } from './rpc.js';

/** @internal What the services need of a session: its unary and server-streaming calls (of the one {@link Rpc}). */
export type ServiceCalls = Pick<Rpc, 'unary' | 'serverStream'>;

/** @internal The server's description of a table it made. */
export interface TableCreation {
  /** The table's Arrow schema message, framed. */
  readonly schemaHeader: Uint8Array;
  readonly size: number;
  readonly isStatic: boolean;
}

/** @internal A TableService method that answers with the table it made. */
export type CreatingMethod<Req extends ProtobufMessage> = MethodDefinition<Req, ExportedTableCreationResponse>;

/** @internal The `service/method` path of `def`, as errors name it. */
export const methodOf = (def: { readonly service: { readonly serviceName: string }; readonly methodName: string }): string =>
  `${def.service.serviceName}/${def.methodName}`;

/** @internal The table `response` describes; a response without success is the server's reason, as an error. */
export function creation(response: ExportedTableCreationResponse, method: string): TableCreation {
  if (!response.getSuccess())
    throw new DeephavenError(Code.InvalidArgument, response.getErrorInfo() || 'the server could not make the table', { method });
  return { schemaHeader: response.getSchemaHeader_asU8(), size: Number(response.getSize()), isStatic: response.getIsStatic() };
}

/** @internal One unary call of a table-making method, read into a {@link TableCreation}. */
export async function callCreating<Req extends ProtobufMessage>(
  calls: ServiceCalls,
  def: CreatingMethod<Req>,
  request: Req,
  options: CallOptions = {},
): Promise<TableCreation> {
  return creation(await calls.unary(def, request, options), methodOf(def));
}
