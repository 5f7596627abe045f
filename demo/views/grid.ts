// The live grid: a virtual-scrolling <regular-table> over a deephaven-rx viewport subscription. Scrolling moves the
// server's viewport (the same stream, a new range); every update redraws, and changed cells flash. The server's
// formats colour cells and render number and date patterns; its layout hints order, hide, freeze and group columns.
// An input table's cells can be typed into (`onEdit`).
import 'regular-table';
import type { RegularTableElement } from 'regular-table';
import { BehaviorSubject, Subscription } from 'rxjs';
import { formatValue, type Table, type ViewportRange, type ViewportUpdate } from 'deephaven-rx';
import { format } from './format.js';
import { layoutOf, type GridLayout } from './layout.js';

/** A cell typed into: its row in the table, its column, the new text. */
export type CellEdit = (row: number, column: string, text: string) => void;

/** Extra rows asked for above and below what is visible, so that small scrolls need no new range. */
const MARGIN = 30;
const FLASH_MS = 900;

/** Shows one live table at a time in a <regular-table>. */
export class LiveGrid {
  private subscription = new Subscription();
  private latest: ViewportUpdate | undefined;
  private waiters: { range: ViewportRange; resolve: () => void }[] = [];
  private flashes = new Map<string, number>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private layout: GridLayout = { names: [], frozen: [], groups: undefined, groupColors: new Map() };
  private edit: { onEdit: CellEdit; columns: readonly string[] } | undefined;
  /** The row a search found (highlighted). */
  private found: number | undefined;
  /** Told the column name when a person clicks a column header. */
  onHeaderClick: ((column: string) => void) | undefined;

  constructor(
    private readonly element: RegularTableElement,
    private readonly info: HTMLElement,
  ) {
    element.addStyleListener(() => this.style());
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target instanceof HTMLTableCellElement) {
        e.preventDefault();
        this.commit(e.target);
      }
    });
    element.addEventListener('click', (e) => {
      const th = (e.target as Element | null)?.closest('thead th');
      const name = th?.textContent.trim() ?? '';
      if (
        th !== null &&
        th !== undefined &&
        this.layout.names.includes(name) &&
        !(e.target as Element).classList.contains('rt-column-resize')
      )
        this.onHeaderClick?.(name);
    });
  }

  /** Scrolls `row` into view and highlights it. */
  async reveal(row: number): Promise<void> {
    this.found = row;
    await this.element.scrollToCell(0, row);
    await this.element.draw();
  }

  /**
   * Follows `table` (the previous one is let go), laid out by `layoutFrom`'s hints (the table the user opened: a
   * table derived for the grid may have lost them); with `edit`, the given columns' cells can be typed into.
   */
  show(table: Table, layoutFrom: Table = table, edit?: { onEdit: CellEdit; columns: readonly string[] }): void {
    this.stop();
    this.subscription = new Subscription();
    this.edit = edit;
    this.layout = layoutOf(table, layoutFrom.layoutHints);
    this.found = undefined;
    const { names, groups, frozen } = this.layout;
    const typeOf = new Map(table.schema.fields.map((f) => [f.name, f.metadata.get('deephaven:type') ?? '']));
    const types = names.map((n) => typeOf.get(n) ?? '');
    const range$ = new BehaviorSubject<ViewportRange>({ first: 0, last: 2 * MARGIN });
    // A new table starts at its top-left corner.
    this.element.scrollTop = 0;
    this.element.scrollLeft = 0;
    this.element.setDataListener(async (x0, y0, x1, y1) => {
      const want = { first: y0, last: Math.max(y0, y1 - 1) };
      if (!this.covers(want)) {
        range$.next({ first: Math.max(0, want.first - MARGIN), last: want.last + MARGIN });
        await this.arrival(want);
      }
      const v = this.latest;
      const rows: number[] = [];
      for (let y = y0; y < Math.min(y1, v?.totalSize ?? 0); y++) rows.push(y);
      const response = {
        num_rows: v?.totalSize ?? 0,
        num_columns: names.length,
        column_headers: names.slice(x0, x1).map((n, i) => (groups === undefined ? [n] : [groups[x0 + i] ?? '', n])),
        // Frozen columns are row headers: regular-table keeps those in place as it scrolls sideways.
        row_headers: rows.map((y) => [String(y + 1), ...frozen.map((name) => this.text(y, name, typeOf.get(name) ?? ''))]),
        merge_headers: 'column' as const,
        data: names.slice(x0, x1).map((name, i) => {
          const column = v?.table.getChild(name);
          return rows.map((y) => {
            const at = y - (v?.first ?? 0);
            return v !== undefined && at >= 0 && at < v.table.numRows ? cellText(v, at, name, column?.get(at), types[x0 + i] ?? '') : '';
          });
        }),
      };
      return response;
    });
    this.subscription.add(
      table.viewport(range$, { updateIntervalMs: 250, coalesce: true, columns: [...frozen, ...names] }).subscribe({
        next: (v) => this.arrived(v, names),
        error: (err: unknown) => {
          this.info.textContent = `the live grid stopped: ${String(err)}`;
        },
      }),
    );
    // Column widths are measured again for each table (a wide column of the last one must not push this one's out).
    this.element.clear();
    this.element.resetAutoSize();
    void this.element.draw();
  }

  /** Lets the current table go (ends its viewport subscription). */
  stop(): void {
    this.subscription.unsubscribe();
    this.latest = undefined;
    for (const w of this.waiters) w.resolve();
    this.waiters = [];
    this.flashes.clear();
  }

  private arrived(v: ViewportUpdate, names: string[]): void {
    const before = this.latest;
    if (!v.isSnapshot && before !== undefined) this.noteFlashes(before, v, names);
    this.latest = v;
    const last = v.first + v.table.numRows;
    this.info.textContent =
      v.totalSize === 0
        ? 'no rows'
        : `rows ${(v.first + 1).toLocaleString()}–${last.toLocaleString()} of ${v.totalSize.toLocaleString()} (live)`;
    this.info.dataset['total'] = String(v.totalSize);
    this.info.dataset['first'] = String(v.first);
    const due = this.waiters.filter((w) => this.covers(w.range));
    this.waiters = this.waiters.filter((w) => !due.includes(w));
    for (const w of due) w.resolve();
    void this.element.draw();
  }

  /** Cells whose value changed, and added rows, flash for a moment. */
  private noteFlashes(before: ViewportUpdate, v: ViewportUpdate, names: string[]): void {
    const now = performance.now();
    for (const i of v.added) names.forEach((_, x) => this.flashes.set(`${v.first + i}:${x}`, now));
    for (const i of v.modified) {
      const y = v.first + i;
      const j = y - before.first;
      names.forEach((name, x) => {
        const old: unknown = j >= 0 && j < before.table.numRows ? before.table.getChild(name)?.get(j) : undefined;
        if (String(old) !== String(v.table.getChild(name)?.get(i))) this.flashes.set(`${y}:${x}`, now);
      });
    }
    if (this.flashes.size > 0 && this.flashTimer === undefined)
      this.flashTimer = setTimeout(() => {
        this.flashTimer = undefined;
        void this.element.draw();
      }, FLASH_MS + 50);
  }

  private style(): void {
    const now = performance.now();
    for (const [key, at] of this.flashes) if (now - at > FLASH_MS) this.flashes.delete(key);
    this.styleBody();
    this.styleRowHeaders();
    this.styleColumnHeaders();
  }

  private styleBody(): void {
    const { names } = this.layout;
    for (const td of this.element.querySelectorAll<HTMLTableCellElement>('tbody td')) {
      const meta = this.element.getMeta(td);
      if (meta?.type !== 'body') continue;
      td.classList.toggle('flash', this.flashes.has(`${meta.y}:${meta.x}`));
      td.classList.toggle('null', td.textContent === 'null');
      td.classList.toggle('found', meta.y === this.found);
      const name = names[meta.x] ?? '';
      this.paint(td, meta.y, name);
      const editable = this.edit?.columns.includes(name) === true;
      td.contentEditable = editable ? 'plaintext-only' : 'false';
      td.classList.toggle('editable', editable);
    }
  }

  private styleRowHeaders(): void {
    const { frozen } = this.layout;
    for (const th of this.element.querySelectorAll<HTMLTableCellElement>('tbody th')) {
      const meta = this.element.getMeta(th);
      const name = meta?.type === 'row_header' && meta.row_header_x > 0 ? frozen[meta.row_header_x - 1] : undefined;
      th.classList.toggle('frozen', name !== undefined);
      if (meta?.type === 'row_header' && name !== undefined) this.paint(th, meta.y, name);
    }
  }

  private styleColumnHeaders(): void {
    const { frozen, groupColors } = this.layout;
    const lastHeaderRow = this.element.querySelector('thead tr:last-child');
    for (const th of this.element.querySelectorAll<HTMLTableCellElement>('thead th')) {
      const meta = this.element.getMeta(th);
      if (meta?.type === 'corner' && meta.row_header_x > 0 && th.parentElement === lastHeaderRow) {
        th.textContent = frozen[meta.row_header_x - 1] ?? '';
        th.classList.add('frozen');
      }
      th.classList.toggle('menu', this.layout.names.includes(th.textContent.trim()));
      if (meta?.type !== 'column_header') continue;
      const color = groupColors.get(th.textContent);
      th.style.borderBottom = color === undefined ? '' : `3px solid ${color}`;
    }
  }

  /** A cell's colours, as the server's formats ask. */
  private paint(cell: HTMLTableCellElement, y: number, name: string): void {
    const v = this.latest;
    const at = y - (v?.first ?? 0);
    const f = v !== undefined && at >= 0 && at < v.table.numRows ? v.format(at, name) : undefined;
    cell.style.color = f?.color ?? '';
    cell.style.backgroundColor = f?.backgroundColor ?? '';
  }

  /** The text of a cell of the latest rows, by table row and column name. */
  private text(y: number, name: string, type: string): string {
    const v = this.latest;
    const at = y - (v?.first ?? 0);
    return v !== undefined && at >= 0 && at < v.table.numRows ? cellText(v, at, name, v.table.getChild(name)?.get(at), type) : '';
  }

  /** A typed cell is sent as an edit (Enter); the next update redraws it. */
  private commit(td: HTMLTableCellElement): void {
    const meta = this.element.getMeta(td);
    if (meta?.type !== 'body') return;
    const name = this.layout.names[meta.x];
    if (this.edit === undefined || name === undefined || !this.edit.columns.includes(name)) return;
    td.blur();
    this.edit.onEdit(meta.y, name, td.textContent);
  }

  /** The values of one row in view, by column (for an edit that rewrites the row). */
  rowAt(row: number): Record<string, unknown> | undefined {
    const v = this.latest;
    const at = row - (v?.first ?? 0);
    if (v === undefined || at < 0 || at >= v.table.numRows) return undefined;
    return Object.fromEntries(v.table.schema.fields.map((f) => [f.name, v.table.getChild(f.name)?.get(at)]));
  }

  private covers(range: ViewportRange): boolean {
    const v = this.latest;
    if (v === undefined) return false;
    const end = Math.min(range.last, v.totalSize - 1);
    return v.first <= range.first && v.first + v.table.numRows - 1 >= end;
  }

  /** Resolves when an update covers `range` (or after a while, to draw what there is). */
  private arrival(range: ViewportRange): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 5000);
      this.waiters.push({
        range,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }
}

/** A cell's text: the server's number or date pattern when it gives one (dates in New York time, as its UI). */
export function cellText(v: Pick<ViewportUpdate, 'format'>, at: number, name: string, value: unknown, type: string): string {
  const f = v.format(at, name);
  const pattern = f?.dateFormat ?? f?.numberFormat;
  if (pattern === undefined || value === null || value === undefined) return format(value, type);
  try {
    return formatValue(value, pattern, type, { timeZone: 'America/New_York' });
  } catch {
    return format(value, type);
  }
}
