import { Code, DeephavenError } from '../errors.js';
import { Ticket } from './ticket.js';

/**
 * An object on the server with its type: a ticket plus the server's name for its kind (`"Table"`, `"Figure"`,
 * `"PartitionedTable"`, a plugin's name, or `""` when no plugin handles it). The wire's `TypedTicket`, and
 * pydeephaven's `ServerObject(type, ticket)`.
 *
 * @example
 * ```ts
 * const figure = await session.pluginClient(new ServerObject('Figure', ScopeTicket.scopeTicket('plot')));
 * ```
 */
export class ServerObject {
  constructor(
    /** The object's type as the server names it; `""` means the server has no plugin for it. */
    readonly type: string,
    /** Where the object is. */
    readonly ticket: Ticket,
  ) {
    if (typeof type !== 'string') throw new DeephavenError(Code.InvalidArgument, 'a ServerObject type must be a string');
    if (!(ticket instanceof Ticket)) throw new DeephavenError(Code.InvalidArgument, 'a ServerObject needs a Ticket');
  }

  /** A short description for logs and debugging. */
  toString(): string {
    return `ServerObject(${JSON.stringify(this.type)}, ${String(this.ticket)})`;
  }
}
