import { Observable, map, scan, shareReplay } from 'rxjs';
import { ServerObject } from '../ticket/server-object.js';
import { ApplicationService, ListFieldsRequest } from '../transport/services.js';
import type { Connection } from './connection.js';
import { fieldInfoFrom, type FieldInfo } from './fields.js';

/** The objects a session can export, by name, as `pydeephaven.Session.exportable_objects` builds them. */
export type ExportableObjects = Readonly<Record<string, ServerObject>>;

/**
 * @internal The live list of fields (global variables and application fields), keyed by ticket, from
 * `ApplicationService/ListFields`: the first message lists all, later ones are deltas. Cold; one call per
 * subscription.
 */
export function fields$(connection: Connection): Observable<ReadonlyMap<string, FieldInfo>> {
  return connection.serverStream(ApplicationService.ListFields, new ListFieldsRequest()).pipe(
    scan((all, update) => {
      const next = new Map(all);
      for (const f of update.getRemovedList()) next.delete(key(fieldInfoFrom(f)));
      for (const f of [...update.getCreatedList(), ...update.getUpdatedList()]) {
        const info = fieldInfoFrom(f);
        next.set(key(info), info);
      }
      return next;
    }, new Map<string, FieldInfo>() as ReadonlyMap<string, FieldInfo>),
  );
}

/** @internal `name → ServerObject` of a field list; on a name clash the later field wins, as in pydeephaven. */
export function objectsOf(fields: ReadonlyMap<string, FieldInfo>): ExportableObjects {
  const out: Record<string, ServerObject> = {};
  for (const f of fields.values()) out[f.name] = new ServerObject(f.type, f.ticket);
  return Object.freeze(out);
}

/** @internal One shared live stream of the exportable objects per session; the call ends with the last subscriber. */
export function exportableObjects$(connection: Connection): Observable<ExportableObjects> {
  return fields$(connection).pipe(
    map(objectsOf),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
}

function key(f: FieldInfo): string {
  return `${f.applicationId}\u0000${f.name}`;
}
