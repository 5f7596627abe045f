// The live list of the server's tables and figures; each table shows its row count as it changes (size$).
import { Subscription } from 'rxjs';
import type { ExportableObjects, ServerObject, Session, Table } from 'deephaven-rx';
import { button } from './dom.js';

/** What a row of the list can do. */
export interface ObjectActions {
  open(name: string, obj: ServerObject): void;
  publish(name: string, obj: ServerObject): void;
}

interface Row {
  readonly element: HTMLLIElement;
  readonly ticket: string;
  readonly live: Subscription;
}

/** Keeps `list` in step with the session's exportable objects. */
export class ObjectList {
  private rows = new Map<string, Row>();

  constructor(
    private readonly list: HTMLUListElement,
    private readonly empty: HTMLElement,
    private readonly actions: ObjectActions,
  ) {}

  /** Shows this state of the session's objects (rows of unchanged objects are kept, with their live size). */
  show(session: Session, objects: ExportableObjects): void {
    const entries = Object.entries(objects).sort(([a], [b]) => a.localeCompare(b));
    const next = new Map<string, Row>();
    for (const [name, obj] of entries) {
      const old = this.rows.get(name);
      if (old !== undefined && old.ticket === String(obj.ticket)) next.set(name, old);
      else {
        old?.live.unsubscribe();
        next.set(name, this.row(session, name, obj));
      }
    }
    for (const [name, row] of this.rows) if (!next.has(name)) row.live.unsubscribe();
    this.rows = next;
    this.empty.hidden = entries.length > 0;
    this.list.replaceChildren(...[...next.values()].map((r) => r.element));
  }

  /** Forgets every row (the session ended). */
  clear(): void {
    for (const row of this.rows.values()) row.live.unsubscribe();
    this.rows.clear();
    this.list.replaceChildren();
  }

  private row(session: Session, name: string, obj: ServerObject): Row {
    const li = document.createElement('li');
    li.dataset['name'] = name;
    const label = document.createElement('span');
    label.className = 'name';
    label.textContent = name;
    const type = document.createElement('span');
    type.className = 'type';
    type.dataset['type'] = obj.type;
    type.textContent = obj.type;
    const size = document.createElement('span');
    size.className = 'size';
    const open = button('Open', () => this.actions.open(name, obj));
    open.dataset['action'] = 'open';
    open.disabled = !['Table', 'Figure', 'HierarchicalTable', 'PartitionedTable', 'deephaven.plot.express.DeephavenFigure'].includes(
      obj.type,
    );
    const publish = button('Publish', () => this.actions.publish(name, obj));
    publish.dataset['action'] = 'publish';
    li.append(label, type, size, open, publish);
    const live = new Subscription();
    if (obj.type === 'Table') {
      // size$ reports this session's exports: hold one for the table while it is listed.
      let table: Table | undefined;
      live.add(() => void table?.close());
      session.fetchTable(obj).then(
        (t) => {
          table = t;
          if (live.closed) void t.close();
          else if (t.isUncoalesced) size.textContent = 'uncoalesced';
          else live.add(t.size$.subscribe((n) => (size.textContent = `${n.toLocaleString()} rows`)));
        },
        () => undefined,
      );
    }
    return { element: li, ticket: String(obj.ticket), live };
  }
}
