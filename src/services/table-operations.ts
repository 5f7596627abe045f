/**
 * Plain descriptions of table operations, aggregations, update_by operations and structured filters: what the
 * layers above hand to the TableService client, which alone turns them into protobuf messages. No protobuf here,
 * so these types can be public.
 */
import type { Ticket } from '../ticket/ticket.js';

/** A value in a structured filter: a literal, or (for the left side of a comparison) a column. */
export type FilterValue =
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'double'; readonly value: number }
  | { readonly kind: 'long'; readonly value: bigint }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'instant'; readonly nanos: bigint };

/** The comparison operators of {@link Filter}s. */
export type CompareOperator = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

/**
 * A structured filter condition, made by the `filters` builders (`filters.eq('Name', value)`, …) and sent as
 * data: the server never parses user text from it as a formula.
 */
export type Filter =
  | {
      readonly kind: 'compare';
      readonly op: CompareOperator;
      readonly lhs: FilterValue;
      readonly rhs: FilterValue;
      readonly caseSensitive: boolean;
    }
  | { readonly kind: 'in'; readonly column: string; readonly values: readonly FilterValue[]; readonly caseSensitive: boolean }
  | { readonly kind: 'and' | 'or'; readonly filters: readonly Filter[] }
  | { readonly kind: 'not'; readonly filter: Filter }
  | { readonly kind: 'isNull'; readonly column: string }
  | {
      readonly kind: 'matches' | 'contains';
      readonly column: string;
      readonly text: string;
      readonly invert: boolean;
      readonly caseSensitive: boolean;
    };

/** What a column aggregation computes (`agg.sum`, `agg.median`, …), as the server's `AggSpec`. */
export type AggSpec =
  | { readonly kind: 'sum' | 'absSum' | 'group' | 'avg' | 'first' | 'last' | 'min' | 'max' | 'std' | 'var' }
  | { readonly kind: 'countDistinct'; readonly countNulls: boolean }
  | { readonly kind: 'distinct'; readonly includeNulls: boolean }
  | { readonly kind: 'median'; readonly averageEvenlyDivided: boolean }
  | { readonly kind: 'pct'; readonly percentile: number; readonly averageEvenlyDivided: boolean }
  | { readonly kind: 'sortedFirst' | 'sortedLast'; readonly orderBy: string }
  | { readonly kind: 'unique'; readonly includeNulls: boolean; readonly nonUniqueSentinel: string | number | bigint | boolean | null }
  | { readonly kind: 'weightedAvg' | 'weightedSum'; readonly weightColumn: string }
  | { readonly kind: 'formula'; readonly formula: string; readonly paramToken: string };

/** One aggregation of `aggBy`, made by the `agg` builders. */
export type Aggregation =
  | { readonly kind: 'columns'; readonly spec: AggSpec; readonly columns: readonly string[] }
  | { readonly kind: 'count'; readonly column: string }
  | { readonly kind: 'countWhere'; readonly column: string; readonly filters: readonly string[] }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'partition'; readonly column: string; readonly includeByColumns: boolean };

/** An update_by window: a number of rows, or a time span over a timestamp column (nanoseconds or a duration). */
export type UpdateByWindow = { readonly ticks: number } | { readonly timeColumn: string; readonly time: bigint | string };

/** What to do with null or NaN values in exponential moving operations (pydeephaven's `BadDataBehavior`). */
export type BadDataBehavior = 'reset' | 'skip' | 'throw' | 'poison';

/** The precision of big-number results (pydeephaven's `MathContext`). */
export type MathContext = 'unlimited' | 'decimal32' | 'decimal64' | 'decimal128';

/** Options of exponential moving operations (pydeephaven's `OperationControl`; its defaults). */
export interface OperationControl {
  /** @default 'skip' */
  readonly onNull?: BadDataBehavior;
  /** @default 'skip' */
  readonly onNan?: BadDataBehavior;
  /** @default 'decimal128' */
  readonly bigValueContext?: MathContext;
}

/** How `updateBy.delta` treats nulls (pydeephaven's `DeltaControl`). */
export type DeltaControl = 'nullDominates' | 'valueDominates' | 'zeroDominates';

/** The kinds of rolling update_by operations over a window. */
export type RollingKind =
  | 'rollingSum'
  | 'rollingGroup'
  | 'rollingAvg'
  | 'rollingMin'
  | 'rollingMax'
  | 'rollingProduct'
  | 'rollingCount'
  | 'rollingStd';

/** The kinds of exponential moving update_by operations. */
export type EmKind = 'ema' | 'ems' | 'emMin' | 'emMax' | 'emStd';

/** What an update_by operation computes. */
export type UpdateBySpec =
  | { readonly kind: 'cumSum' | 'cumProd' | 'cumMin' | 'cumMax' | 'forwardFill' }
  | { readonly kind: 'cumCountWhere'; readonly resultColumn: string; readonly filters: readonly string[] }
  | { readonly kind: 'delta'; readonly control: DeltaControl }
  | { readonly kind: EmKind; readonly window: UpdateByWindow; readonly control: OperationControl | undefined }
  | { readonly kind: RollingKind; readonly reverse: UpdateByWindow; readonly forward: UpdateByWindow }
  | { readonly kind: 'rollingWAvg'; readonly reverse: UpdateByWindow; readonly forward: UpdateByWindow; readonly weightColumn: string }
  | {
      readonly kind: 'rollingFormula';
      readonly reverse: UpdateByWindow;
      readonly forward: UpdateByWindow;
      readonly formula: string;
      readonly paramToken: string;
    }
  | {
      readonly kind: 'rollingCountWhere';
      readonly reverse: UpdateByWindow;
      readonly forward: UpdateByWindow;
      readonly resultColumn: string;
      readonly filters: readonly string[];
    };

/** One operation of `updateBy`, made by the `updateBy` builders: a spec over columns (`'New = Old'` renames). */
export interface UpdateByOperation {
  readonly spec: UpdateBySpec;
  readonly columns: readonly string[];
}

/** How a natural join treats several right rows with the same key (pydeephaven's `NaturalJoinType`). */
export type NaturalJoinType = 'errorOnDuplicate' | 'firstMatch' | 'lastMatch' | 'exactlyOneMatch';

/** One sort key. */
export interface SortKey {
  readonly column: string;
  readonly descending: boolean;
  /** Sorts by the absolute value of a numeric column. */
  readonly absolute?: boolean;
}

/**
 * @internal One operation on one source table; other tables it reads (join right sides, triggers, filter sets)
 * are named by ticket.
 */
export type TableOperation =
  | { readonly op: 'update' | 'lazyUpdate' | 'view' | 'updateView' | 'select'; readonly formulas: readonly string[] }
  | { readonly op: 'selectDistinct' | 'dropColumns'; readonly columns: readonly string[] }
  | { readonly op: 'where'; readonly filters: readonly string[] }
  | { readonly op: 'filter'; readonly filters: readonly Filter[] }
  | { readonly op: 'sort'; readonly keys: readonly SortKey[] }
  | { readonly op: 'head' | 'tail'; readonly n: bigint }
  | { readonly op: 'headBy' | 'tailBy'; readonly n: bigint; readonly by: readonly string[] }
  | { readonly op: 'ungroup'; readonly columns: readonly string[]; readonly nullFill: boolean }
  | { readonly op: 'flatten' | 'snapshot' | 'metaTable' | 'reverse' }
  | { readonly op: 'applyPreviewColumns' }
  | {
      readonly op: 'snapshotWhen';
      readonly trigger: Ticket;
      readonly stampColumns: readonly string[];
      readonly initial: boolean;
      readonly incremental: boolean;
      readonly history: boolean;
    }
  | { readonly op: 'whereIn'; readonly filterTable: Ticket; readonly columns: readonly string[]; readonly inverted: boolean }
  | { readonly op: 'slice'; readonly start: bigint; readonly stop: bigint }
  | {
      readonly op: 'naturalJoin';
      readonly right: Ticket;
      readonly on: readonly string[];
      readonly joins: readonly string[];
      readonly type: NaturalJoinType;
    }
  | { readonly op: 'exactJoin' | 'aj' | 'raj'; readonly right: Ticket; readonly on: readonly string[]; readonly joins: readonly string[] }
  | {
      readonly op: 'join';
      readonly right: Ticket;
      readonly on: readonly string[];
      readonly joins: readonly string[];
      readonly reserveBits: number;
    }
  | { readonly op: 'aggBy'; readonly aggs: readonly Aggregation[]; readonly by: readonly string[] }
  | { readonly op: 'aggAllBy'; readonly spec: AggSpec; readonly by: readonly string[] }
  | { readonly op: 'updateBy'; readonly ops: readonly UpdateByOperation[]; readonly by: readonly string[] };

/** @internal The operation names of {@link TableOperation}. */
export type OperationName = TableOperation['op'];
