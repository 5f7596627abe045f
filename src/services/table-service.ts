/**
 * @internal The TableService client: the only code that builds TableService protobuf messages. Each operation is
 * a plain description ({@link TableOperation}); this file turns it into its request, for a call of its own or as
 * one step of a `Batch`.
 */
import { lastValueFrom, toArray, type Observable } from 'rxjs';
import { Code, DeephavenError } from '../errors.js';
import { Ticket as TicketPb } from '../generated/deephaven_core/proto/ticket_pb.js';
import {
  AggregateAllRequest,
  AggregateRequest,
  AjRajTablesRequest,
  BatchTableRequest,
  CreateInputTableRequest,
  CrossJoinTablesRequest,
  DropColumnsRequest,
  EmptyTableRequest,
  ExactJoinTablesRequest,
  type ExportedTableCreationResponse,
  FetchTableRequest,
  FilterTableRequest,
  FlattenRequest,
  HeadOrTailByRequest,
  HeadOrTailRequest,
  MergeTablesRequest,
  MetaTableRequest,
  NaturalJoinTablesRequest,
  SelectDistinctRequest,
  SelectOrUpdateRequest,
  SliceRequest,
  SnapshotTableRequest,
  SnapshotWhenTableRequest,
  SortDescriptor,
  SortTableRequest,
  TableReference,
  TimeTableRequest,
  UngroupRequest,
  UnstructuredFilterTableRequest,
  UpdateByRequest,
  WhereInRequest,
} from '../generated/deephaven_core/proto/table_pb.js';
import { TableService } from '../generated/deephaven_core/proto/table_pb_service.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import type { MethodDefinition, ProtobufMessage } from '../transport/grpc.js';
import { aggSpecPb, aggregationPb, conditionPb, updateByOperationPb } from './table-messages.js';
import type { NaturalJoinType, TableOperation } from './table-operations.js';

/** @internal What the services need of a session: its unary and server-streaming calls. */
export interface ServiceCalls {
  unary<Req extends ProtobufMessage, Res extends ProtobufMessage>(def: MethodDefinition<Req, Res>, request: Req, options?: CallOptions): Promise<Res>;
  serverStream<Req extends ProtobufMessage, Res extends ProtobufMessage>(def: MethodDefinition<Req, Res>, request: Req, options?: CallOptions): Observable<Res>;
}

/** @internal The server's description of a table it made. */
export interface TableCreation {
  /** The table's Arrow schema message, framed. */
  readonly schemaHeader: Uint8Array;
  readonly size: number;
  readonly isStatic: boolean;
}

/** @internal A ticket as its protobuf message. */
export function ticketMessage(ticket: Ticket): TicketPb {
  const pb = new TicketPb();
  pb.setTicket(ticket.rawBytes);
  return pb;
}

function ref(ticket: Ticket): TableReference {
  const r = new TableReference();
  r.setTicket(ticketMessage(ticket));
  return r;
}

function batchRef(offset: number): TableReference {
  const r = new TableReference();
  r.setBatchOffset(offset);
  return r;
}

type Def<Req extends ProtobufMessage> = MethodDefinition<Req, ExportedTableCreationResponse>;

/** A request, the method that takes it alone, and where it goes in a batch step. */
interface Built {
  readonly def: Def<ProtobufMessage>;
  readonly request: ProtobufMessage;
  readonly step: (op: BatchTableRequest.Operation) => void;
}

function built<Req extends ProtobufMessage>(def: Def<Req>, request: Req, step: (op: BatchTableRequest.Operation, r: Req) => void): Built {
  return { def: def as unknown as Def<ProtobufMessage>, request, step: (op) => step(op, request) };
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

// One case per operation: a flat table of request builders reads better than a dispatch map of closures.
// eslint-disable-next-line complexity, max-lines-per-function
function build(o: TableOperation, result: TicketPb | undefined, source: TableReference): Built {
  switch (o.op) {
    case 'update':
    case 'lazyUpdate':
    case 'view':
    case 'updateView':
    case 'select': {
      const r = sourced(new SelectOrUpdateRequest(), result, source);
      r.setColumnSpecsList([...o.formulas]);
      const def = { update: S.Update, lazyUpdate: S.LazyUpdate, view: S.View, updateView: S.UpdateView, select: S.Select }[o.op];
      const set = { update: 'setUpdate', lazyUpdate: 'setLazyUpdate', view: 'setView', updateView: 'setUpdateView', select: 'setSelect' } as const;
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
          return d;
        }),
      );
      return built(S.Sort, r, (op: Op, req) => op.setSort(req));
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
      return o.op === 'headBy' ? built(S.HeadBy, r, (op: Op, req) => op.setHeadBy(req)) : built(S.TailBy, r, (op: Op, req) => op.setTailBy(req));
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
  }
}

function creation(response: ExportedTableCreationResponse, method: string): TableCreation {
  if (!response.getSuccess()) throw new DeephavenError(Code.InvalidArgument, response.getErrorInfo() || 'the server could not make the table', { method });
  return { schemaHeader: response.getSchemaHeader_asU8(), size: Number(response.getSize()), isStatic: response.getIsStatic() };
}

const methodOf = (def: Def<ProtobufMessage>): string => `${def.service.serviceName}/${def.methodName}`;

async function call(calls: ServiceCalls, b: Built, options: CallOptions): Promise<TableCreation> {
  return creation(await calls.unary(b.def, b.request, options), methodOf(b.def));
}

/** @internal One operation on `source` into the export `result`, as one call. */
export function runOperation(calls: ServiceCalls, op: TableOperation, source: Ticket, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  return call(calls, build(op, ticketMessage(result), ref(source)), options);
}

/**
 * @internal A chain of operations on `source` as one `TableService/Batch` call: each step reads the one before it
 * (by batch offset); only the last is exported, into `result`, so the server drops the intermediates itself.
 * The first failed step's reason comes back as the error.
 */
export async function runBatch(calls: ServiceCalls, source: Ticket, ops: readonly TableOperation[], result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const method = 'io.deephaven.proto.backplane.grpc.TableService/Batch';
  if (ops.length === 0) throw new DeephavenError(Code.InvalidArgument, 'a batch needs at least one operation', { method });
  const request = new BatchTableRequest();
  request.setOpsList(
    ops.map((o, i) => {
      const last = i === ops.length - 1;
      const b = build(o, last ? ticketMessage(result) : undefined, i === 0 ? ref(source) : batchRef(i - 1));
      const step = new BatchTableRequest.Operation();
      b.step(step);
      return step;
    }),
  );
  const responses = await lastValueFrom(calls.serverStream(S.Batch, request, options).pipe(toArray()));
  const failed = responses.filter((r) => !r.getSuccess());
  const reason = failed.map((r) => r.getErrorInfo()).find((e) => e !== '' && !/dependency/i.test(e)) ?? failed[0]?.getErrorInfo();
  if (failed.length > 0) throw new DeephavenError(Code.InvalidArgument, reason || 'the server could not run the batch', { method });
  const mine = responses.find((r) => r.getResultId()?.getTicket()?.getTicket_asB64() === ticketMessage(result).getTicket_asB64());
  if (mine === undefined) throw new DeephavenError(Code.Internal, `the server answered the batch without its result (${responses.length} responses)`, { method });
  return creation(mine, method);
}

/** @internal `FetchTable` of any ticket into `result`. */
export function fetchTable(calls: ServiceCalls, source: Ticket, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new FetchTableRequest();
  r.setSourceId(ref(source));
  r.setResultId(ticketMessage(result));
  return call(calls, built(S.FetchTable, r, () => undefined), options);
}

/** @internal `GetExportedTableCreationResponse`: describes the table behind any ticket without exporting it. */
export async function describeTable(calls: ServiceCalls, ticket: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  return creation(await calls.unary(S.GetExportedTableCreationResponse, ticketMessage(ticket), options), methodOf(S.GetExportedTableCreationResponse as Def<ProtobufMessage>));
}

/** @internal `EmptyTable` of `size` rows into `result`. */
export function emptyTable(calls: ServiceCalls, size: bigint, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new EmptyTableRequest();
  r.setResultId(ticketMessage(result));
  r.setSize(String(size));
  return call(calls, built(S.EmptyTable, r, () => undefined), options);
}

/** @internal Arguments of {@link timeTable}. */
export interface TimeTableSpec {
  readonly period: bigint | string;
  readonly startTime?: bigint | string | undefined;
  readonly blinkTable: boolean;
}

/** @internal `TimeTable` into `result`. */
export function timeTable(calls: ServiceCalls, spec: TimeTableSpec, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new TimeTableRequest();
  r.setResultId(ticketMessage(result));
  if (typeof spec.period === 'string') r.setPeriodString(spec.period);
  else r.setPeriodNanos(String(spec.period));
  if (typeof spec.startTime === 'bigint') r.setStartTimeNanos(String(spec.startTime));
  else if (typeof spec.startTime === 'string') r.setStartTimeString(spec.startTime);
  r.setBlinkTable(spec.blinkTable);
  return call(calls, built(S.TimeTable, r, () => undefined), options);
}

/** @internal `MergeTables` of `sources` (sorted merge on `keyColumn` when given) into `result`. */
export function mergeTables(calls: ServiceCalls, sources: readonly Ticket[], keyColumn: string | undefined, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new MergeTablesRequest();
  r.setResultId(ticketMessage(result));
  r.setSourceIdsList(sources.map(ref));
  if (keyColumn !== undefined) r.setKeyColumn(keyColumn);
  return call(calls, built(S.MergeTables, r, () => undefined), options);
}

/** @internal What an input table is made from, and its kind. */
export interface InputTableSpec {
  /** An Arrow schema message (unframed IPC), or a table whose definition to copy. */
  readonly from: { readonly schema: Uint8Array } | { readonly table: Ticket };
  readonly keyColumns: readonly string[];
  readonly blink: boolean;
}

/** @internal `CreateInputTable` into `result`. */
export function createInputTable(calls: ServiceCalls, spec: InputTableSpec, result: Ticket, options: CallOptions = {}): Promise<TableCreation> {
  const r = new CreateInputTableRequest();
  r.setResultId(ticketMessage(result));
  if ('schema' in spec.from) r.setSchema(spec.from.schema);
  else r.setSourceTableId(ref(spec.from.table));
  const kind = new CreateInputTableRequest.InputTableKind();
  if (spec.blink) kind.setBlink(new CreateInputTableRequest.InputTableKind.Blink());
  else if (spec.keyColumns.length > 0) {
    const keyed = new CreateInputTableRequest.InputTableKind.InMemoryKeyBacked();
    keyed.setKeyColumnsList([...spec.keyColumns]);
    kind.setInMemoryKeyBacked(keyed);
  } else kind.setInMemoryAppendOnly(new CreateInputTableRequest.InputTableKind.InMemoryAppendOnly());
  r.setKind(kind);
  return call(calls, built(S.CreateInputTable, r, () => undefined), options);
}
