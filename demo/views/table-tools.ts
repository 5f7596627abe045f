// The grid's tools: a search box that finds rows with seekRow (no filtering: the grid scrolls to the match), and a
// column header menu with the server's column statistics.
import type { Table } from 'deephaven-rx';
import { $, button, describe, say } from './dom.js';
import type { LiveGrid } from './grid.js';

const NUMERIC = /^(byte|short|int|long|float|double|java\.lang\.(Byte|Short|Integer|Long|Float|Double)|java\.math\.Big(Decimal|Integer))$/;

/** Wires the search box and the column statistics menu to the table in the grid. */
export class TableTools {
  private table: Table | undefined;
  private found: number | undefined;
  private readonly column = $<HTMLSelectElement>('search-column');
  private readonly text = $<HTMLInputElement>('search');
  private readonly matchCase = $<HTMLInputElement>('search-case');
  private readonly info = $<HTMLSpanElement>('search-info');
  private readonly stats = $<HTMLDivElement>('column-stats');

  constructor(private readonly grid: LiveGrid) {
    $<HTMLButtonElement>('search-next').addEventListener('click', () => void this.seek(false));
    $<HTMLButtonElement>('search-prev').addEventListener('click', () => void this.seek(true));
    this.text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.seek(e.shiftKey);
    });
    this.text.addEventListener('input', () => (this.found = undefined));
    grid.onHeaderClick = (name) => void this.showStatistics(name);
  }

  /** Follows a new table (or none). */
  attach(table: Table | undefined): void {
    this.table = table;
    this.found = undefined;
    this.stats.hidden = true;
    say(this.info, '');
    const fields = table?.schema.fields ?? [];
    this.column.replaceChildren(...fields.map((f) => new Option(f.name, f.name)));
    const text = fields.find((f) => f.metadata.get('deephaven:type') === 'java.lang.String');
    if (text !== undefined) this.column.value = text.name;
  }

  /** "Find next" / "find previous": the server's SeekRow from the current match. */
  private async seek(backward: boolean): Promise<void> {
    const table = this.table;
    const column = this.column.value;
    if (table === undefined || column === '' || this.text.value === '') return;
    const type = table.schema.fields.find((f) => f.name === column)?.metadata.get('deephaven:type') ?? '';
    const numeric = NUMERIC.test(type);
    const value = numeric ? Number(this.text.value) : this.text.value;
    if (numeric && Number.isNaN(value)) {
      say(this.info, `${column} holds numbers`, true);
      return;
    }
    say(this.info, 'Searching…');
    try {
      const row = await table.seekRow(column, value, {
        startingRow: this.found ?? 0,
        backward,
        contains: !numeric,
        insensitive: !numeric && !this.matchCase.checked,
      });
      if (row < 0) {
        say(this.info, 'not found');
        this.info.dataset['row'] = '-1';
        return;
      }
      this.found = row;
      this.info.dataset['row'] = String(row);
      say(this.info, `row ${(row + 1).toLocaleString()}`);
      await this.grid.reveal(row);
    } catch (err) {
      say(this.info, describe(err), true);
    }
  }

  /** The header menu: what the server computes of the column. */
  private async showStatistics(column: string): Promise<void> {
    const table = this.table;
    if (table === undefined) return;
    this.stats.hidden = false;
    this.stats.dataset['column'] = column;
    this.stats.dataset['state'] = 'loading';
    this.stats.replaceChildren(
      heading(`Statistics of ${column}`, () => (this.stats.hidden = true)),
      text('Computing…'),
    );
    try {
      const s = await table.columnStatistics(column);
      const list = document.createElement('dl');
      for (const [name, value] of s.statistics)
        list.append(term(name), definition(typeof value === 'number' ? value.toLocaleString() : String(value)));
      const parts: HTMLElement[] = [heading(`Statistics of ${column}`, () => (this.stats.hidden = true)), list];
      if (s.uniqueValues.size > 0) {
        const top = document.createElement('dl');
        top.className = 'unique';
        for (const [value, count] of [...s.uniqueValues].slice(0, 8)) top.append(term(value), definition(count.toLocaleString()));
        parts.push(text('Most frequent values'), top);
      }
      this.stats.replaceChildren(...parts);
      this.stats.dataset['state'] = 'ready';
    } catch (err) {
      this.stats.replaceChildren(
        heading(`Statistics of ${column}`, () => (this.stats.hidden = true)),
        text(describe(err)),
      );
      this.stats.dataset['state'] = 'error';
    }
  }
}

function heading(title: string, close: () => void): HTMLElement {
  const h = document.createElement('div');
  h.className = 'row stats-head';
  const strong = document.createElement('strong');
  strong.textContent = title;
  const x = button('Close', close);
  x.dataset['action'] = 'close-stats';
  h.append(strong, x);
  return h;
}

function text(content: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = content;
  return p;
}

function term(content: string): HTMLElement {
  const dt = document.createElement('dt');
  dt.textContent = content;
  return dt;
}

function definition(content: string): HTMLElement {
  const dd = document.createElement('dd');
  dd.textContent = content;
  return dd;
}
