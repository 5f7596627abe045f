import {
  EMPTY,
  Observable,
  defer,
  endWith,
  filter,
  ignoreElements,
  map,
  merge,
  retry,
  scan,
  share,
  shareReplay,
  takeUntil,
  throwError,
  timer,
} from 'rxjs';
import { DeephavenError } from '../errors.js';
import { mayResume } from './rebuild.js';
import { ServerObject } from '../ticket/server-object.js';
import { listFields$ } from '../services/application-service.js';
import type { Connection } from './connection.js';
import type { FieldChanges, FieldInfo } from './fields.js';

/** The objects a session can export, by name, as `pydeephaven.Session.exportable_objects` builds them. */
export type ExportableObjects = Readonly<Record<string, ServerObject>>;

/**
 * @internal The live list of fields (global variables and application fields), keyed by ticket, from
 * `ApplicationService/ListFields`: the first message lists all, later ones are deltas. Cold; one call per
 * subscription.
 */
export function fields$(connection: Connection): Observable<ReadonlyMap<string, FieldInfo>> {
  return serverChanges$(connection).pipe(scan(apply, new Map<string, FieldInfo>() as ReadonlyMap<string, FieldInfo>));
}

function serverChanges$(connection: Connection): Observable<FieldChanges> {
  return listFields$(connection);
}

function apply(all: ReadonlyMap<string, FieldInfo>, changes: FieldChanges): ReadonlyMap<string, FieldInfo> {
  const next = new Map(all);
  for (const f of changes.removed) next.delete(key(f));
  for (const f of [...changes.created, ...changes.updated]) next.set(key(f), f);
  return next;
}

/** @internal `name → ServerObject` of a field list; on a name clash the later field wins, as in pydeephaven. */
export function objectsOf(fields: ReadonlyMap<string, FieldInfo>): ExportableObjects {
  const out: Record<string, ServerObject> = {};
  for (const f of fields.values()) out[f.name] = new ServerObject(f.type, f.ticket);
  return Object.freeze(out);
}

/**
 * The server's field changes, across dropped connections and rebuilt sessions: a stream the connection cut
 * (UNAVAILABLE) or the server's restart ended is opened again while the session lives (backoff from 100 ms to 2 s); the first message of a reopened call, which lists
 * every field, is marked `resync`: it replaces what was known (fields removed meanwhile go).
 */
function resilientChanges$(connection: Connection): Observable<{ changes: FieldChanges; resync: boolean }> {
  let calls = 0;
  return defer(() => {
    let resync = calls++ > 0;
    return serverChanges$(connection).pipe(
      map((changes) => {
        const event = { changes, resync };
        resync = false;
        return event;
      }),
    );
  }).pipe(
    retry({
      resetOnSuccess: true,
      delay: (err: unknown, n) =>
        mayResume(connection, DeephavenError.from(err)) ? timer(Math.min(100 * 2 ** (n - 1), 2000)) : throwError(() => err),
    }),
  );
}

/**
 * @internal One shared live stream of the exportable objects per session; the call ends with the last subscriber.
 * A dropped connection does not end it: the field stream is opened again and its full list replaces the old one.
 * `scripts` are the changes this session's own scripts reported: applied at once, without waiting for the server's
 * field stream, which batches its updates (about every 250 ms on 42.x). Nothing is emitted before the server's
 * first, complete list.
 */
export function exportableObjects$(connection: Connection, scripts: Observable<FieldChanges> = EMPTY): Observable<ExportableObjects> {
  return defer(() => {
    const server = resilientChanges$(connection).pipe(share());
    // The scripts' changes end with the server stream, so that the map completes (or fails) with it.
    const serverEnded = server.pipe(ignoreElements(), endWith(true));
    return merge(
      server.pipe(map(({ changes, resync }) => ({ changes, complete: true, replace: resync }))),
      scripts.pipe(
        takeUntil(serverEnded),
        map((changes) => ({ changes, complete: false, replace: false })),
      ),
    );
  }).pipe(
    scan(
      (state: { fields: ReadonlyMap<string, FieldInfo>; primed: boolean }, event) => ({
        fields: apply(event.replace ? new Map<string, FieldInfo>() : state.fields, event.changes),
        primed: state.primed || event.complete,
      }),
      { fields: new Map<string, FieldInfo>(), primed: false },
    ),
    filter((state) => state.primed),
    map((state) => objectsOf(state.fields)),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
}

function key(f: FieldInfo): string {
  return `${f.applicationId}\u0000${f.name}`;
}
