/**
 * @internal The HierarchicalTableService client (rollups, trees, their filters and sorts, expanded views, the source
 * table) and the `ObjectService/FetchObject` description of a hierarchical table. The only code that builds or reads
 * these protobuf messages.
 */
import { Code, DeephavenError } from '../errors.js';
import {
  HierarchicalTableApplyRequest,
  HierarchicalTableDescriptor,
  HierarchicalTableSourceExportRequest,
  HierarchicalTableViewKeyTableDescriptor,
  HierarchicalTableViewRequest,
  RollupRequest,
  TreeRequest,
} from '../generated/deephaven_core/proto/hierarchicaltable_pb.js';
import { HierarchicalTableService } from '../generated/deephaven_core/proto/hierarchicaltable_pb_service.js';
import { ObjectService } from '../generated/deephaven_core/proto/object_pb_service.js';
import { SortDescriptor } from '../generated/deephaven_core/proto/table_ops_pb.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { fetchObjectAs } from './fetch-object.js';
import { aggregationPb, conditionPb } from './table-messages.js';
import type { Aggregation, Filter, SortKey } from './table-operations.js';
import { callCreating, methodOf, type ServiceCalls, type TableCreation } from './table-creation.js';
import { ticketPb } from './tickets.js';

const S = HierarchicalTableService;

/** @internal The server's type name of rollups and trees (`FetchObject`, the object list). */
export const HIERARCHICAL_TABLE_TYPE = 'HierarchicalTable';

/** @internal What `FetchObject` says of a hierarchical table. */
export interface HierarchicalDescription {
  /** The Arrow schema message (unframed) of every column a view can send, roles in the field metadata. */
  readonly schema: Uint8Array;
  readonly isStatic: boolean;
}

/** @internal Arguments of {@link rollup}. */
export interface RollupSpec {
  readonly aggs: readonly Aggregation[];
  readonly by: readonly string[];
  readonly includeConstituents: boolean;
}

/** @internal `Rollup` of `source` into `result`. */
export async function rollup(
  calls: ServiceCalls,
  source: Ticket,
  spec: RollupSpec,
  result: Ticket,
  options: CallOptions = {},
): Promise<void> {
  const r = new RollupRequest();
  r.setResultRollupTableId(ticketPb(result));
  r.setSourceTableId(ticketPb(source));
  r.setAggregationsList(spec.aggs.map(aggregationPb));
  r.setIncludeConstituents(spec.includeConstituents);
  r.setGroupByColumnsList([...spec.by]);
  await calls.unary(S.Rollup, r, options);
}

/** @internal Arguments of {@link tree}. */
export interface TreeSpec {
  readonly idColumn: string;
  readonly parentColumn: string;
  readonly promoteOrphans: boolean;
}

/** @internal `Tree` of `source` into `result`. */
export async function tree(calls: ServiceCalls, source: Ticket, spec: TreeSpec, result: Ticket, options: CallOptions = {}): Promise<void> {
  const r = new TreeRequest();
  r.setResultTreeTableId(ticketPb(result));
  r.setSourceTableId(ticketPb(source));
  r.setIdentifierColumn(spec.idColumn);
  r.setParentIdentifierColumn(spec.parentColumn);
  r.setPromoteOrphans(spec.promoteOrphans);
  await calls.unary(S.Tree, r, options);
}

/** @internal What {@link apply} applies: structured filters and sort keys. */
export interface ApplySpec {
  readonly filters: readonly Filter[];
  readonly sorts: readonly SortKey[];
}

/** @internal `Apply` of filters and sorts to the hierarchical table `input`, into `result`. */
export async function apply(calls: ServiceCalls, input: Ticket, spec: ApplySpec, result: Ticket, options: CallOptions = {}): Promise<void> {
  const r = new HierarchicalTableApplyRequest();
  r.setResultHierarchicalTableId(ticketPb(result));
  r.setInputHierarchicalTableId(ticketPb(input));
  r.setFiltersList(spec.filters.map(conditionPb));
  r.setSortsList(
    spec.sorts.map((k) => {
      const d = new SortDescriptor();
      d.setColumnName(k.column);
      d.setDirection(k.descending ? SortDescriptor.SortDirection.DESCENDING : SortDescriptor.SortDirection.ASCENDING);
      return d;
    }),
  );
  await calls.unary(S.Apply, r, options);
}

/** @internal Arguments of {@link view}: the table (or the view being replaced) and the key table of expansions. */
export interface ViewSpec {
  readonly target: { readonly table: Ticket } | { readonly existingView: Ticket };
  /** A table of keys with a byte action column; absent: the default expansions. */
  readonly keys?: { readonly table: Ticket; readonly actionColumn: string } | undefined;
}

/** @internal `View`: an expanded view into `result`, what Barrage subscribes to. */
export async function view(calls: ServiceCalls, spec: ViewSpec, result: Ticket, options: CallOptions = {}): Promise<void> {
  const r = new HierarchicalTableViewRequest();
  r.setResultViewId(ticketPb(result));
  if ('table' in spec.target) r.setHierarchicalTableId(ticketPb(spec.target.table));
  else r.setExistingViewId(ticketPb(spec.target.existingView));
  if (spec.keys !== undefined) {
    const k = new HierarchicalTableViewKeyTableDescriptor();
    k.setKeyTableId(ticketPb(spec.keys.table));
    k.setKeyTableActionColumn(spec.keys.actionColumn);
    r.setExpansions(k);
  }
  await calls.unary(S.View, r, options);
}

/** @internal `ExportSource`: the table the hierarchical table `input` was made from, into `result`. */
export function exportSource(calls: ServiceCalls, input: Ticket, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new HierarchicalTableSourceExportRequest();
  r.setResultTableId(ticketPb(result));
  r.setHierarchicalTableId(ticketPb(input));
  return callCreating(calls, S.ExportSource, r, options);
}

/**
 * @internal `FetchObject` of `ticket` as a hierarchical table: its schema and whether it is static. An object of
 * another type is a `FailedPrecondition` naming the type the server reports.
 */
export async function describeHierarchical(
  calls: ServiceCalls,
  ticket: Ticket,
  options: CallOptions = {},
): Promise<HierarchicalDescription> {
  const { type, data } = await fetchObjectAs(calls, ticket, HIERARCHICAL_TABLE_TYPE, 'a rollup or tree', options);
  if (type !== HIERARCHICAL_TABLE_TYPE)
    throw new DeephavenError(
      Code.FailedPrecondition,
      `${String(ticket)} is a ${type === '' ? 'object no plugin serves' : JSON.stringify(type)}, not a rollup or tree`,
      {
        method: methodOf(ObjectService.FetchObject),
      },
    );
  const d = HierarchicalTableDescriptor.deserializeBinary(data);
  return { schema: d.getSnapshotSchema_asU8(), isStatic: d.getIsStatic() };
}
