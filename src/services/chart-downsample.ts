import { RunChartDownsampleRequest } from '../generated/deephaven_core/proto/table_source_pb.js';
import { RunChartDownsample } from '../generated/deephaven_core/proto/table_pb_service/RunChartDownsample.js';
import type { Ticket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { callCreating, type ServiceCalls, type TableCreation } from './table-creation.js';
import { ref } from './table-refs.js';
import { ticketPb } from './tickets.js';

/** @internal What a chart downsample keeps: columns, width, and the x range in epoch nanoseconds (decimal strings). */
export interface DownsampleSpec {
  readonly x: string;
  readonly y: readonly string[];
  readonly pixels: number;
  readonly zoom?: { readonly min?: string | undefined; readonly max?: string | undefined } | undefined;
}

/** @internal `RunChartDownsample` of `source` into `result`. */
export function runChartDownsample(
  calls: ServiceCalls,
  source: Ticket,
  spec: DownsampleSpec,
  result: Ticket,
  options: CallOptions = {},
): Promise<TableCreation> {
  const r = new RunChartDownsampleRequest();
  r.setResultId(ticketPb(result));
  r.setSourceId(ref(source));
  r.setPixelCount(spec.pixels);
  r.setXColumnName(spec.x);
  r.setYColumnNamesList([...spec.y]);
  if (spec.zoom !== undefined) {
    const range = new RunChartDownsampleRequest.ZoomRange();
    if (spec.zoom.min !== undefined) range.setMinDateNanos(spec.zoom.min);
    if (spec.zoom.max !== undefined) range.setMaxDateNanos(spec.zoom.max);
    r.setZoomRange(range);
  }
  return callCreating(calls, RunChartDownsample, r, options);
}
