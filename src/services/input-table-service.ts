/** @internal The InputTableService client: adds rows to and deletes rows from input tables. */
import { Code, DeephavenError } from '../errors.js';
import {
  AddTableRequest,
  DeephavenTableMetadata,
  DeleteTableRequest,
  DoubleRangeRestriction,
  InputTableColumnInfo,
  IntegerRangeRestriction,
  StringListRestriction,
} from '../generated/deephaven_core/proto/inputtable_pb.js';
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
export async function deleteFromInputTable(
  calls: ServiceCalls,
  inputTable: Ticket,
  keys: Ticket,
  options: CallOptions = {},
): Promise<void> {
  const r = new DeleteTableRequest();
  r.setInputTable(ticketPb(inputTable));
  r.setTableToRemove(ticketPb(keys));
  await calls.unary(InputTableService.DeleteTableFromInputTable, r, options).catch((err: unknown) => {
    throw explain(err, 'DeleteTableFromInputTable');
  });
}

function explain(err: unknown, method: string): unknown {
  if (!(err instanceof DeephavenError) || err.code === Code.Cancelled) return err;
  return err.method === undefined
    ? new DeephavenError(err.code, err.rawMessage, { method: `io.deephaven.proto.backplane.grpc.InputTableService/${method}`, cause: err })
    : err;
}

/**
 * What the server lets an input table column hold (the restrictions in its metadata; an input table made by
 * `input_table` has none). `unknown` is a restriction this SDK cannot read, by its protobuf type URL.
 *
 * @example
 * ```ts
 * const r: Readonly<Record<string, readonly ColumnRestriction[]>> = (await table.inputTable?.restrictions()) ?? {};
 * for (const [column, list] of Object.entries(r)) console.log(column, list.map((x) => x.kind).join(', '));
 * ```
 */
export type ColumnRestriction =
  | { readonly kind: 'integerRange'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'doubleRange'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'notNull' }
  | { readonly kind: 'nonEmpty' }
  | { readonly kind: 'stringList'; readonly allowedValues: readonly string[] }
  | { readonly kind: 'unknown'; readonly typeUrl: string };

/** @internal An input table's columns as the schema metadata `deephaven:tableMetadata` (base64) describes them. */
export interface InputColumnInfo {
  readonly kind: 'key' | 'value' | 'unknown';
  readonly restrictions: readonly ColumnRestriction[];
}

/** @internal Decodes `deephaven:tableMetadata`: each input table column's kind and restrictions. */
export function decodeInputTableMetadata(base64: string): Map<string, InputColumnInfo> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const meta = DeephavenTableMetadata.deserializeBinary(bytes).getInputTableMetadata();
  const out = new Map<string, InputColumnInfo>();
  meta?.getColumnInfoMap().forEach((info: InputTableColumnInfo, name: string) => {
    const k = info.getKind();
    const kind = k === InputTableColumnInfo.Kind.KIND_KEY ? 'key' : k === InputTableColumnInfo.Kind.KIND_VALUE ? 'value' : 'unknown';
    out.set(name, { kind, restrictions: info.getRestrictionsList().map((any) => restriction(any.getTypeUrl(), any.getValue_asU8())) });
  });
  return out;
}

function restriction(typeUrl: string, value: Uint8Array): ColumnRestriction {
  const type = typeUrl.slice(typeUrl.lastIndexOf('.') + 1);
  const range = (r: IntegerRangeRestriction | DoubleRangeRestriction): { min?: number; max?: number } => ({
    ...(r.hasMinInclusive() ? { min: r.getMinInclusive() } : {}),
    ...(r.hasMaxInclusive() ? { max: r.getMaxInclusive() } : {}),
  });
  switch (type) {
    case 'IntegerRangeRestriction':
      return { kind: 'integerRange', ...range(IntegerRangeRestriction.deserializeBinary(value)) };
    case 'DoubleRangeRestriction':
      return { kind: 'doubleRange', ...range(DoubleRangeRestriction.deserializeBinary(value)) };
    case 'NotNullRestriction':
      return { kind: 'notNull' };
    case 'NonEmptyRestriction':
      return { kind: 'nonEmpty' };
    case 'StringListRestriction':
      return { kind: 'stringList', allowedValues: StringListRestriction.deserializeBinary(value).getAllowedValuesList() };
    default:
      return { kind: 'unknown', typeUrl };
  }
}
