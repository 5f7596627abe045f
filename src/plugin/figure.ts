import { Code, DeephavenError } from '../errors.js';
import { FigureDescriptor } from '../transport/services.js';

/**
 * A Figure as the server describes it (the `FigureDescriptor` message as plain data): title, charts, each chart's
 * series and axes, and for each series its data sources. A source's `tableId` is an index into the references of
 * the message the descriptor came with (the tables that hold the plotted columns).
 */
export type FigureDescription = FigureDescriptor.AsObject;

/**
 * Decodes the first message of a `"Figure"` plugin client.
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(objects['plot']);
 * const [payload, refs] = await firstValueFrom(figure.respStream);
 * const { charts } = decodeFigure(payload);
 * const source = charts[0].seriesList[0].dataSourcesList[0];
 * const table = await refs[source.tableId].fetch();
 * ```
 */
export function decodeFigure(payload: Uint8Array): FigureDescription {
  if (!(payload instanceof Uint8Array) || payload.length === 0)
    throw new DeephavenError(Code.InvalidArgument, 'decodeFigure takes the payload bytes of a Figure message');
  try {
    return FigureDescriptor.deserializeBinary(payload).toObject();
  } catch (err) {
    throw new DeephavenError(Code.DataLoss, `not a FigureDescriptor: ${String(err)}`, { cause: err });
  }
}
