import { map, type Observable } from 'rxjs';
import { ApplicationTicket, ScopeTicket, ticketFromBytes } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { ApplicationService, ListFieldsRequest, type FieldInfo as FieldInfoPb, type FieldsChangeUpdate } from '../transport/services.js';
import type { ServiceCalls } from './table-creation.js';

/**
 * A named object the server lists: a variable of the global scope (`applicationId === 'scope'`) or a field of a
 * server application.
 */
export interface FieldInfo {
  /** The variable or field name. */
  readonly name: string;
  /** The server's type name for the object: `"Table"`, `"Figure"`, a plugin's name. */
  readonly type: string;
  /** Where the object is: a scope ticket for variables, an application ticket for application fields. */
  readonly ticket: ScopeTicket | ApplicationTicket;
  /** `"scope"` for global variables, else the application id. */
  readonly applicationId: string;
  /** The application's name (`""` for global variables). */
  readonly applicationName: string;
  /** The server's description of the field. */
  readonly description: string;
}

/** What a script run or a field update changed. */
export interface FieldChanges {
  readonly created: readonly FieldInfo[];
  readonly updated: readonly FieldInfo[];
  readonly removed: readonly FieldInfo[];
}

/**
 * @internal `ApplicationService.ListFields`: the fields (global variables, application fields) the server lists. The
 * first message lists every field, later ones are changes. Cold; one call per subscription.
 */
export function listFields$(calls: ServiceCalls, options?: CallOptions): Observable<FieldChanges> {
  return calls.serverStream(ApplicationService.ListFields, new ListFieldsRequest(), options).pipe(map(fieldChangesFrom));
}

/** @internal */
export function fieldInfoFrom(pb: FieldInfoPb): FieldInfo {
  const typed = pb.getTypedTicket();
  const bytes = typed?.getTicket()?.getTicket_asU8() ?? new Uint8Array();
  const ticket = ticketFromBytes(bytes);
  if (ticket.kind !== 'scope' && ticket.kind !== 'application') {
    throw new Error(`the server listed field ${pb.getFieldName()} with a ${ticket.kind} ticket`);
  }
  return {
    name: pb.getFieldName(),
    type: typed?.getType() ?? '',
    ticket: ticket as ScopeTicket | ApplicationTicket,
    applicationId: pb.getApplicationId(),
    applicationName: pb.getApplicationName(),
    description: pb.getFieldDescription(),
  };
}

/** @internal The changes a `FieldsChangeUpdate` (of ListFields or of a script run) holds. */
export function fieldChangesFrom(update: FieldsChangeUpdate | undefined): FieldChanges {
  return {
    created: update?.getCreatedList().map(fieldInfoFrom) ?? [],
    updated: update?.getUpdatedList().map(fieldInfoFrom) ?? [],
    removed: update?.getRemovedList().map(fieldInfoFrom) ?? [],
  };
}
