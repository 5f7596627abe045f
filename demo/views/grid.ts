// The live grid: a virtual-scrolling <regular-table> over a deephaven-rx viewport subscription. Scrolling moves the
// server's viewport (the same stream, a new range); every update redraws, and changed cells flash.
import 'regular-table';
import type { RegularTableElement } from 'regular-table';
import { BehaviorSubject, Subscription } from 'rxjs';
import type { Table, ViewportRange, ViewportUpdate } from 'deephaven-rx';
import { format } from './format.js';

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
  private names: string[] = [];
  /** The row a search found (highlighted). */
  private found: number | undefined;
  /** Told the column name when a person clicks a column header. */
  onHeaderClick: ((column: string) => void) | undefined;

  constructor(
    private readonly element: RegularTableElement,
    private readonly info: HTMLElement,
  ) {
    element.addStyleListener(() => this.style());
    element.addEventListener('click', (e) => {
      const th = (e.target as Element | null)?.closest('thead th');
      const name = th?.textContent?.trim() ?? '';
      if (th !== null && th !== undefined && this.names.includes(name) && !(e.target as Element).classList.contains('rt-column-resize')) this.onHeaderClick?.(name);
    });
  }

  /** Scrolls `row` into view and highlights it. */
  async reveal(row: number): Promise<void> {
    this.found = row;
    await this.element.scrollToCell(0, row);
    await this.element.draw();
  }

  /** Follows `table` (the previous one is let go). */
  show(table: Table): void {
    this.stop();
    this.subscription = new Subscription();
    const names = table.schema.fields.map((f) => f.name);
    this.names = names;
    this.found = undefined;
    const types = table.schema.fields.map((f) => f.metadata.get('deephaven:type') ?? '');
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
        column_headers: names.slice(x0, x1).map((n) => [n]),
        row_headers: rows.map((y) => [String(y + 1)]),
        data: names.slice(x0, x1).map((name, i) => {
          const column = v?.table.getChild(name);
          return rows.map((y) => {
            const at = y - (v?.first ?? 0);
            return v !== undefined && at >= 0 && at < v.table.numRows ? format(column?.get(at), types[x0 + i] ?? '') : '';
          });
        }),
      };
      return response;
    });
    this.subscription.add(
      table.viewport(range$, { updateIntervalMs: 250, coalesce: true }).subscribe({
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
      v.totalSize === 0 ? 'no rows' : `rows ${(v.first + 1).toLocaleString()}–${last.toLocaleString()} of ${v.totalSize.toLocaleString()} (live)`;
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
    for (const td of this.element.querySelectorAll<HTMLTableCellElement>('tbody td')) {
      const meta = this.element.getMeta(td);
      if (meta?.type !== 'body') continue;
      td.classList.toggle('flash', this.flashes.has(`${meta.y}:${meta.x}`));
      td.classList.toggle('null', td.textContent === 'null');
      td.classList.toggle('found', meta.y === this.found);
    }
    for (const th of this.element.querySelectorAll<HTMLTableCellElement>('thead th')) th.classList.toggle('menu', this.names.includes(th.textContent?.trim() ?? ''));
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
