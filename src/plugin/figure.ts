import { Code, DeephavenError } from '../errors.js';
import { readFigureDescriptor } from '../services/figure-descriptor.js';
import type { FigureDescription } from '../services/figure-types.js';

/**
 * Decodes the first message of a `"Figure"` plugin client into a {@link FigureDescription}: its charts, each
 * chart's series and axes, each series' data sources. A source's `tableId` indexes the references of the message.
 * Throws a `DeephavenError` (`InvalidArgument` for no bytes, `DataLoss` for bytes that are not a Figure).
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(objects['plot'] as ServerObject);
 * const [payload, refs] = await firstValueFrom(figure.messages$);
 * const { charts } = decodeFigure(payload);
 * const source = charts[0]?.series[0]?.dataSources[0];
 * if (source !== undefined) console.log(source.columnName, (await refs[source.tableId]?.fetchTable())?.columns);
 * ```
 */
export function decodeFigure(payload: Uint8Array): FigureDescription {
  if (!(payload instanceof Uint8Array) || payload.length === 0)
    throw new DeephavenError(Code.InvalidArgument, 'decodeFigure takes the payload bytes of a Figure message');
  return readFigureDescriptor(payload);
}
