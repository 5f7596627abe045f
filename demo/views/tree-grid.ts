// Rollups and trees in the live grid: the same <regular-table> over a hierarchical viewport. Each expandable row has
// a disclosure triangle in its row header, indented by depth; a click on it (or the keyboard: arrows move, → expands,
// ← collapses, Enter toggles) expands or collapses the row on the server, and the viewport follows on its stream.
// Cells show the server's formats (colours, number and date patterns) as the flat grid does.
import type { RegularTableElement } from 'regular-table';
import { BehaviorSubject, Subscription } from 'rxjs';
import type { HierarchicalTable, HierarchicalViewportUpdate, ViewportRange } from 'deephaven-rx';
import { button } from './dom.js';
import { cellText } from './grid.js';

const MARGIN = 30;

/** Shows one rollup or tree at a time in the grid element the flat tables use. */
export class TreeGrid {
  private subscription = new Subscription();
  private latest: HierarchicalViewportUpdate | undefined;
  private table: HierarchicalTable | undefined;
  private selected = 0;
  private readonly toolbar: HTMLDivElement;

  constructor(
    private readonly element: RegularTableElement,
    private readonly info: HTMLElement,
  ) {
    this.toolbar = document.createElement('div');
    this.toolbar.className = 'row tree-tools';
    this.toolbar.hidden = true;
    const all = button('Expand all', () => this.run(this.table?.expandAll()));
    all.dataset['action'] = 'expand-all';
    const none = button('Collapse all', () => this.run(this.table?.collapseAll()));
    none.dataset['action'] = 'collapse-all';
    this.toolbar.append(all, none);
    element.before(this.toolbar);
    element.addStyleListener(() => this.style());
    element.addEventListener('click', (e) => this.clicked(e));
    element.addEventListener('keydown', (e) => this.key(e));
  }

  /** Follows `table` (the previous one is let go). */
  show(table: HierarchicalTable): void {
    this.stop();
    this.table = table;
    this.selected = 0;
    this.subscription = new Subscription();
    this.toolbar.hidden = false;
    this.element.tabIndex = 0;
    this.element.dataset['hierarchical'] = 'true';
    const names = table.schema.fields.map((f) => f.name);
    const types = table.schema.fields.map((f) => f.metadata.get('deephaven:type') ?? '');
    const range$ = new BehaviorSubject<ViewportRange>({ first: 0, last: 2 * MARGIN });
    this.element.scrollTop = 0;
    this.element.scrollLeft = 0;
    this.element.setDataListener((x0, y0, x1, y1) => {
      const v = this.latest;
      if (v === undefined || y0 < v.first || y1 > v.first + v.table.numRows + 1)
        range$.next({ first: Math.max(0, y0 - MARGIN), last: y1 + MARGIN });
      const rows: number[] = [];
      for (let y = y0; y < Math.min(y1, v?.totalSize ?? 0); y++) rows.push(y);
      const at = (y: number): number => y - (v?.first ?? 0);
      return Promise.resolve({
        num_rows: v?.totalSize ?? 0,
        num_columns: names.length,
        column_headers: names.slice(x0, x1).map((n) => [n]),
        row_headers: rows.map((y) => [this.disclosure(at(y))]),
        data: names.slice(x0, x1).map((name, i) => {
          const column = v?.table.getChild(name);
          return rows.map((y) =>
            v !== undefined && at(y) >= 0 && at(y) < v.table.numRows
              ? cellText(v, at(y), name, column?.get(at(y)), types[x0 + i] ?? '')
              : '',
          );
        }),
      });
    });
    this.subscription.add(
      table.viewport(range$, { updateIntervalMs: 250 }).subscribe({
        next: (v) => {
          this.latest = v;
          this.info.textContent = `${v.totalSize.toLocaleString()} rows expanded (live)`;
          this.info.dataset['total'] = String(v.totalSize);
          void this.element.draw();
        },
        error: (err: unknown) => {
          this.info.textContent = `the live grid stopped: ${String(err)}`;
        },
      }),
    );
    void this.element.draw();
  }

  /** Lets the current table go. */
  stop(): void {
    this.subscription.unsubscribe();
    this.latest = undefined;
    this.table = undefined;
    this.toolbar.hidden = true;
    delete this.element.dataset['hierarchical'];
  }

  /** The row header of the row at `i` in the latest update: an indent and a triangle for expandable rows. */
  private disclosure(i: number): string {
    const r = this.latest?.rows[i];
    if (r === undefined) return '';
    const indent = '\u2003'.repeat(Math.max(0, r.depth - 1));
    return `${indent}${r.expanded === null ? '\u2002' : r.expanded ? '\u25be' : '\u25b8'}`;
  }

  /** An expansion change; a failure shows where the row count does. */
  private run(change: Promise<void> | undefined): void {
    change?.catch((err: unknown) => {
      this.info.textContent = `could not change the expansion: ${String(err)}`;
    });
  }

  private toggle(y: number): void {
    const v = this.latest;
    const r = v === undefined ? undefined : v.rows[y - v.first];
    if (this.table === undefined || r === undefined || r.expanded === null) return;
    this.run(r.expanded ? this.table.collapse(r.key) : this.table.expand(r.key));
  }

  private clicked(e: MouseEvent): void {
    if (this.table === undefined) return;
    const cell = (e.target as HTMLElement).closest('th, td');
    const y = cell === null ? undefined : rowOf(this.element.getMeta(cell as HTMLTableCellElement));
    if (y === undefined) return;
    this.selected = y;
    if (cell?.tagName === 'TH') this.toggle(y);
    void this.element.draw();
  }

  private key(e: KeyboardEvent): void {
    const v = this.latest;
    if (this.table === undefined || v === undefined) return;
    const r = v.rows[this.selected - v.first];
    if (e.key === 'ArrowDown') this.selected = Math.min(v.totalSize - 1, this.selected + 1);
    else if (e.key === 'ArrowUp') this.selected = Math.max(0, this.selected - 1);
    else if (e.key === 'ArrowRight' && r?.expanded === false) this.run(this.table.expand(r.key));
    else if (e.key === 'ArrowLeft' && r?.expanded === true) this.run(this.table.collapse(r.key));
    else if (e.key === 'Enter' || e.key === ' ') this.toggle(this.selected);
    else return;
    e.preventDefault();
    void this.element.draw();
  }

  // eslint-disable-next-line complexity -- one branch per case of the view's state; splitting it would scatter one decision
  private style(): void {
    if (this.table === undefined) return;
    for (const th of this.element.querySelectorAll<HTMLTableCellElement>('tbody th')) {
      const y = rowOf(this.element.getMeta(th));
      const r = y === undefined || this.latest === undefined ? undefined : this.latest.rows[y - this.latest.first];
      th.classList.toggle('disclosure', r?.expanded !== null && r !== undefined);
      if (r !== undefined) th.dataset['depth'] = String(r.depth);
    }
    const v = this.latest;
    for (const td of this.element.querySelectorAll<HTMLTableCellElement>('tbody td')) {
      const meta = this.element.getMeta(td) as { x?: number; y?: number } | undefined;
      const at = meta?.y === undefined || v === undefined ? -1 : meta.y - v.first;
      const f = v !== undefined && meta?.x !== undefined && at >= 0 && at < v.table.numRows ? v.format(at, meta.x) : undefined;
      td.style.color = f?.color ?? '';
      td.style.backgroundColor = f?.backgroundColor ?? '';
    }
    for (const row of this.element.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const first = row.querySelector('th, td');
      const y = first === null ? undefined : rowOf(this.element.getMeta(first as HTMLTableCellElement));
      row.classList.toggle('selected', y === this.selected);
    }
  }
}

/** The row position of a body cell or row header (column headers have none). */
function rowOf(meta: unknown): number | undefined {
  const y = (meta as { y?: unknown } | undefined)?.y;
  return typeof y === 'number' ? y : undefined;
}
