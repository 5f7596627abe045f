/**
 * @internal Table operations as TableService requests: each {@link TableOperation} becomes its request message, the
 * method that takes it alone, and the setter that puts it in a `Batch` step. The source is a table reference (a
 * ticket, or the batch offset of an earlier step); the result ticket is left out for a batch's intermediates.
 */
import { AggregateAllRequest, AggregateRequest } from '../generated/deephaven_core/proto/table_aggregate_pb.js';
import type { BatchTableRequest } from '../generated/deephaven_core/proto/table_batch_pb.js';
import type { TableReference } from '../generated/deephaven_core/proto/table_core_pb.js';
import { FilterTableRequest, UnstructuredFilterTableRequest, WhereInRequest } from '../generated/deephaven_core/proto/table_filter_pb.js';
import {
  AjRajTablesRequest,
  ApplyPreviewColumnsRequest,
  CrossJoinTablesRequest,
  DropColumnsRequest,
  ExactJoinTablesRequest,
  FlattenRequest,
  HeadOrTailByRequest,
  HeadOrTailRequest,
  NaturalJoinTablesRequest,
  SelectDistinctRequest,
  SelectOrUpdateRequest,
  SliceRequest,
  SnapshotTableRequest,
  SnapshotWhenTableRequest,
  SortDescriptor,
  SortTableRequest,
  UngroupRequest,
} from '../generated/deephaven_core/proto/table_ops_pb.js';
import { MetaTableRequest } from '../generated/deephaven_core/proto/table_source_pb.js';
import { UpdateByRequest } from '../generated/deephaven_core/proto/table_update_by_pb.js';
import { TableService } from '../generated/deephaven_core/proto/table_pb_service.js';
import type { Ticket as TicketPb } from '../generated/deephaven_core/proto/ticket_pb.js';
import type { Ticket } from '../ticket/ticket.js';
import type { ProtobufMessage } from '../transport/grpc.js';
import { aggSpecPb, aggregationPb, conditionPb, unhandled, updateByOperationPb } from './table-messages.js';
import type { NaturalJoinType, TableOperation } from './table-operations.js';
import type { CreatingMethod } from './table-creation.js';
import { batchRef, ref } from './table-refs.js';

export { batchRef, ref };

/** @internal A request, the method that takes it alone, and where it goes in a batch step. */
export interface Built {
  readonly def: CreatingMethod<ProtobufMessage>;
  readonly request: ProtobufMessage;
  readonly step: (op: BatchTableRequest.Operation) => void;
}

function built<Req extends ProtobufMessage>(
  def: CreatingMethod<Req>,
  request: Req,
  step: (op: BatchTableRequest.Operation, r: Req) => void,
): Built {
  return { def, request, step: (op) => step(op, request) };
}

interface Sourced {
  setResultId(t?: TicketPb): void;
  setSourceId(r?: TableReference): void;
}

function sourced<T extends Sourced>(r: T, result: TicketPb | undefined, source: TableReference): T {
  if (result !== undefined) r.setResultId(result);
  r.setSourceId(source);
  return r;
}

interface Joined {
  setResultId(t?: TicketPb): void;
  setLeftId(r?: TableReference): void;
  setRightId(r?: TableReference): void;
}

function joined<T extends Joined>(r: T, result: TicketPb | undefined, left: TableReference, right: Ticket): T {
  if (result !== undefined) r.setResultId(result);
  r.setLeftId(left);
  r.setRightId(ref(right));
  return r;
}

const JOIN_TYPE: Record<NaturalJoinType, 1 | 2 | 3 | 4> = { errorOnDuplicate: 1, firstMatch: 2, lastMatch: 3, exactlyOneMatch: 4 };
const S = TableService;
type Op = BatchTableRequest.Operation;

/** @internal The request of `o` on `source`, into `result` (left out: not exported, a batch intermediate). */
// One case per operation: a flat table of request builders reads better than a dispatch map of closures.
export function buildOperation(o: TableOperation, result: TicketPb | undefined, source: TableReference): Built {
  switch (o.op) {
    case 'update':
    case 'lazyUpdate':
    case 'view':
    case 'updateView':
    case 'select': {
      const r = sourced(new SelectOrUpdateRequest(), result, source);
      r.setColumnSpecsList([...o.formulas]);
      const def = { update: S.Update, lazyUpdate: S.LazyUpdate, view: S.View, updateView: S.UpdateView, select: S.Select }[o.op];
      const set = {
        update: 'setUpdate',
        lazyUpdate: 'setLazyUpdate',
        view: 'setView',
        updateView: 'setUpdateView',
        select: 'setSelect',
      } as const;
      return built(def, r, (op, req) => op[set[o.op]](req));
    }
    case 'selectDistinct': {
      const r = sourced(new SelectDistinctRequest(), result, source);
      r.setColumnNamesList([...o.columns]);
      return built(S.SelectDistinct, r, (op: Op, req) => op.setSelectDistinct(req));
    }
    case 'dropColumns': {
      const r = sourced(new DropColumnsRequest(), result, source);
      r.setColumnNamesList([...o.columns]);
      return built(S.DropColumns, r, (op: Op, req) => op.setDropColumns(req));
    }
    case 'where': {
      const r = sourced(new UnstructuredFilterTableRequest(), result, source);
      r.setFiltersList([...o.filters]);
      return built(S.UnstructuredFilter, r, (op: Op, req) => op.setUnstructuredFilter(req));
    }
    case 'filter': {
      const r = sourced(new FilterTableRequest(), result, source);
      r.setFiltersList(o.filters.map(conditionPb));
      return built(S.Filter, r, (op: Op, req) => op.setFilter(req));
    }
    case 'sort': {
      const r = sourced(new SortTableRequest(), result, source);
      r.setSortsList(
        o.keys.map((k) => {
          const d = new SortDescriptor();
          d.setColumnName(k.column);
          d.setDirection(k.descending ? SortDescriptor.SortDirection.DESCENDING : SortDescriptor.SortDirection.ASCENDING);
          d.setIsAbsolute(k.absolute === true);
          return d;
        }),
      );
      return built(S.Sort, r, (op: Op, req) => op.setSort(req));
    }
    case 'reverse': {
      const r = sourced(new SortTableRequest(), result, source);
      const d = new SortDescriptor();
      d.setDirection(SortDescriptor.SortDirection.REVERSE);
      r.setSortsList([d]);
      return built(S.Sort, r, (op: Op, req) => op.setSort(req));
    }
    case 'applyPreviewColumns': {
      const r = sourced(new ApplyPreviewColumnsRequest(), result, source);
      return built(S.ApplyPreviewColumns, r, (op: Op, req) => op.setApplyPreviewColumns(req));
    }
    case 'head':
    case 'tail': {
      const r = sourced(new HeadOrTailRequest(), result, source);
      r.setNumRows(String(o.n));
      return o.op === 'head' ? built(S.Head, r, (op: Op, req) => op.setHead(req)) : built(S.Tail, r, (op: Op, req) => op.setTail(req));
    }
    case 'headBy':
    case 'tailBy': {
      const r = sourced(new HeadOrTailByRequest(), result, source);
      r.setNumRows(String(o.n));
      r.setGroupByColumnSpecsList([...o.by]);
      return o.op === 'headBy'
        ? built(S.HeadBy, r, (op: Op, req) => op.setHeadBy(req))
        : built(S.TailBy, r, (op: Op, req) => op.setTailBy(req));
    }
    case 'ungroup': {
      const r = sourced(new UngroupRequest(), result, source);
      r.setNullFill(o.nullFill);
      r.setColumnsToUngroupList([...o.columns]);
      return built(S.Ungroup, r, (op: Op, req) => op.setUngroup(req));
    }
    case 'flatten':
      return built(S.Flatten, sourced(new FlattenRequest(), result, source), (op: Op, req) => op.setFlatten(req));
    case 'snapshot':
      return built(S.Snapshot, sourced(new SnapshotTableRequest(), result, source), (op: Op, req) => op.setSnapshot(req));
    case 'metaTable':
      return built(S.MetaTable, sourced(new MetaTableRequest(), result, source), (op: Op, req) => op.setMetaTable(req));
    case 'snapshotWhen': {
      const r = new SnapshotWhenTableRequest();
      if (result !== undefined) r.setResultId(result);
      r.setBaseId(source);
      r.setTriggerId(ref(o.trigger));
      r.setInitial(o.initial);
      r.setIncremental(o.incremental);
      r.setHistory(o.history);
      r.setStampColumnsList([...o.stampColumns]);
      return built(S.SnapshotWhen, r, (op: Op, req) => op.setSnapshotWhen(req));
    }
    case 'whereIn': {
      const r = joined(new WhereInRequest(), result, source, o.filterTable);
      r.setInverted(o.inverted);
      r.setColumnsToMatchList([...o.columns]);
      return built(S.WhereIn, r, (op: Op, req) => op.setWhereIn(req));
    }
    case 'slice': {
      const r = sourced(new SliceRequest(), result, source);
      r.setFirstPositionInclusive(String(o.start));
      r.setLastPositionExclusive(String(o.stop));
      return built(S.Slice, r, (op: Op, req) => op.setSlice(req));
    }
    case 'naturalJoin': {
      const r = joined(new NaturalJoinTablesRequest(), result, source, o.right);
      r.setColumnsToMatchList([...o.on]);
      r.setColumnsToAddList([...o.joins]);
      r.setJoinType(JOIN_TYPE[o.type]);
      return built(S.NaturalJoinTables, r, (op: Op, req) => op.setNaturalJoin(req));
    }
    case 'exactJoin': {
      const r = joined(new ExactJoinTablesRequest(), result, source, o.right);
      r.setColumnsToMatchList([...o.on]);
      r.setColumnsToAddList([...o.joins]);
      return built(S.ExactJoinTables, r, (op: Op, req) => op.setExactJoin(req));
    }
    case 'join': {
      const r = joined(new CrossJoinTablesRequest(), result, source, o.right);
      r.setColumnsToMatchList([...o.on]);
      r.setColumnsToAddList([...o.joins]);
      r.setReserveBits(o.reserveBits);
      return built(S.CrossJoinTables, r, (op: Op, req) => op.setCrossJoin(req));
    }
    case 'aj':
    case 'raj': {
      const r = joined(new AjRajTablesRequest(), result, source, o.right);
      r.setExactMatchColumnsList(o.on.slice(0, -1));
      r.setAsOfColumn(o.on[o.on.length - 1] ?? '');
      r.setColumnsToAddList([...o.joins]);
      return o.op === 'aj' ? built(S.AjTables, r, (op: Op, req) => op.setAj(req)) : built(S.RajTables, r, (op: Op, req) => op.setRaj(req));
    }
    case 'aggBy': {
      const r = sourced(new AggregateRequest(), result, source);
      r.setAggregationsList(o.aggs.map(aggregationPb));
      r.setGroupByColumnsList([...o.by]);
      return built(S.Aggregate, r, (op: Op, req) => op.setAggregate(req));
    }
    case 'aggAllBy': {
      const r = sourced(new AggregateAllRequest(), result, source);
      r.setSpec(aggSpecPb(o.spec));
      r.setGroupByColumnsList([...o.by]);
      return built(S.AggregateAll, r, (op: Op, req) => op.setAggregateAll(req));
    }
    case 'updateBy': {
      const r = sourced(new UpdateByRequest(), result, source);
      r.setOperationsList(o.ops.map(updateByOperationPb));
      r.setGroupByColumnsList([...o.by]);
      return built(S.UpdateBy, r, (op: Op, req) => op.setUpdateBy(req));
    }
    default:
      return unhandled(o, 'table operation');
  }
}
