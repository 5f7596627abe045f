// The viewer card: one table (a live grid), rollup or tree, partitioned table, or figure (a ticking plot) at a time.
import type { RegularTableElement } from 'regular-table';
import type { HierarchicalTable, PartitionedTable, ServerObject, Session, Table } from 'deephaven-rx';
import { FigureView } from './figure.js';
import { $, describe, say } from './dom.js';
import { LiveGrid } from './grid.js';
import { InputEditor } from './input-editor.js';
import { userColumns } from './layout.js';
import { PartitionPicker } from './partition.js';
import type { PlotlyView } from './plotly-view.js';
import { askForPartition, forGrid } from './partitions.js';
import { TableTools } from './table-tools.js';
import { TreeGrid } from './tree-grid.js';

/** The type of a `deephaven.plot.express` figure (from the server plugin deephaven-plugin-plotly-express). */
export const PLOTLY_EXPRESS = 'deephaven.plot.express.DeephavenFigure';

/** What is open, so that it can be let go. */
type Current =
  | { kind: 'table'; tables: (Table | HierarchicalTable)[] }
  | { kind: 'partitioned'; partitioned: PartitionedTable; table: Table | undefined }
  | { kind: 'figure'; close: () => Promise<void> }
  | undefined;

/** Wires the viewer card. */
export class Viewer {
  private current: Current;
  private readonly title = $<HTMLHeadingElement>('viewer-title');
  private readonly message = $<HTMLParagraphElement>('viewer-message');
  private readonly tableView = $<HTMLDivElement>('table-view');
  private readonly schema = $<HTMLDivElement>('schema');
  private readonly figureView = $<HTMLDivElement>('figure-view');
  private readonly grid = new LiveGrid($<RegularTableElement>('grid'), $<HTMLSpanElement>('page-info'));
  private readonly figure = new FigureView($<HTMLDivElement>('plot'));
  private readonly tree = new TreeGrid($<RegularTableElement>('grid'), $<HTMLSpanElement>('page-info'));
  private readonly tools = new TableTools(this.grid);
  private readonly editor = new InputEditor($<HTMLDivElement>('input-editor'), (row) => this.grid.rowAt(row));
  private readonly picker = new PartitionPicker();
  /** plotly-express figures: the view (and plotly.js) load with the first one opened. */
  private plotly: Promise<PlotlyView> | undefined;

  constructor(private readonly session: () => Session | undefined) {}

  /** Closes what is open and shows the empty viewer. */
  clear(): void {
    const old = this.current;
    this.current = undefined;
    this.grid.stop();
    this.editor.hide();
    this.tree.stop();
    this.figure.stop();
    void this.plotly?.then((p) => p.stop());
    $<HTMLDivElement>('plot').hidden = false;
    $<HTMLDivElement>('plotly-plot').hidden = true;
    this.picker.stop();
    this.tools.attach(undefined);
    if (old?.kind === 'table') for (const t of old.tables) void t.close();
    if (old?.kind === 'partitioned') void Promise.all([old.table?.close(), old.partitioned.close()]);
    if (old?.kind === 'figure') void old.close();
    $<HTMLDivElement>('partition-view').hidden = true;
    this.tableView.hidden = true;
    this.figureView.hidden = true;
    this.title.textContent = 'Nothing open';
    this.message.hidden = false;
    say(this.message, 'Open a table or a figure from the list, or fetch a shared ticket.');
  }

  /** Opens a table in the live grid (an uncoalesced one after a partition is picked). */
  async showTable(title: string, open: () => Promise<Table>): Promise<void> {
    this.clear();
    this.title.textContent = title;
    say(this.message, 'Loading…');
    try {
      const opened = await open();
      const made: Table[] = [opened];
      this.current = { kind: 'table', tables: made };
      let table = opened;
      if (opened.isUncoalesced) {
        say(this.message, `${title} is uncoalesced (partitioned on ${opened.partitionColumns.join(', ')}): pick a partition to load.`);
        table = await askForPartition(opened, made);
        say(this.message, 'Loading…');
      }
      table = await forGrid(table, made);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- another open may have replaced it during the awaits
      if (this.current?.kind !== 'table' || this.current.tables !== made) {
        for (const t of made) void t.close();
        return;
      }
      const input = opened.inputTable;
      this.display(table, opened, input === undefined || table !== opened ? undefined : this.editor.show(input));
    } catch (err) {
      say(this.message, describe(err), true);
    }
  }

  /** Opens a rollup or tree in the live grid, with a disclosure triangle per expandable row. */
  async showHierarchical(title: string, open: () => Promise<HierarchicalTable>): Promise<void> {
    this.clear();
    this.title.textContent = title;
    say(this.message, 'Loading…');
    try {
      const table = await open();
      this.current = { kind: 'table', tables: [table] };
      this.schema.replaceChildren();
      this.message.hidden = true;
      this.tableView.hidden = false;
      this.tableView.dataset['refreshing'] = String(table.isRefreshing);
      this.tree.show(table);
    } catch (err) {
      say(this.message, describe(err), true);
    }
  }

  /** Opens a partitioned table: its key picker (live) and the chosen constituent, or the merge, in the grid. */
  async showPartitioned(title: string, open: () => Promise<PartitionedTable>): Promise<void> {
    this.clear();
    this.title.textContent = title;
    say(this.message, 'Loading…');
    try {
      const partitioned = await open();
      const current = { kind: 'partitioned' as const, partitioned, table: undefined as Table | undefined };
      this.current = current;
      this.picker.follow(partitioned, (make, label) => {
        void make().then(
          (table) => {
            if (this.current !== current) return void table?.close();
            if (table === null) return say(this.message, `No partition ${label} any more.`, true);
            const old = current.table;
            current.table = table;
            this.display(table);
            void old?.close();
          },
          (err: unknown) => say(this.message, describe(err), true),
        );
      });
    } catch (err) {
      say(this.message, describe(err), true);
    }
  }

  /**
   * Shows a table of the current object in the grid, with its columns and tools, laid out by `layoutFrom`'s hints
   * (the table the user opened); with `edit`, an input table's value cells can be typed into.
   */
  private display(table: Table, layoutFrom: Table = table, edit?: Parameters<LiveGrid['show']>[2]): void {
    this.schema.replaceChildren(
      ...table.schema.fields
        .filter((f) => userColumns(table).includes(f.name))
        .map((f) => {
          const chip = document.createElement('span');
          chip.className = 'chip';
          const em = document.createElement('em');
          em.textContent = f.metadata.get('deephaven:type') ?? String(f.type);
          chip.append(f.name, ' ', em);
          return chip;
        }),
    );
    this.message.hidden = true;
    this.tableView.hidden = false;
    this.tableView.dataset['refreshing'] = String(table.isRefreshing);
    this.grid.show(table, layoutFrom, edit);
    this.tools.attach(table);
  }

  /** Opens a figure through its plugin client. */
  async showFigure(title: string, obj: ServerObject): Promise<void> {
    const session = this.session();
    if (session === undefined) return;
    this.clear();
    this.title.textContent = title;
    say(this.message, 'Loading…');
    try {
      const client = await session.pluginClient(obj);
      const mine = { kind: 'figure' as const, close: () => client.close() };
      this.current = mine;
      this.message.hidden = true;
      this.figureView.hidden = false;
      if (obj.type === PLOTLY_EXPRESS) {
        $<HTMLDivElement>('plot').hidden = true;
        $<HTMLDivElement>('plotly-plot').hidden = false;
        this.plotly ??= import('./plotly-view.js').then((m) => new m.PlotlyView($<HTMLDivElement>('plotly-plot')));
        const view = await this.plotly;
        // Another object may have been opened while plotly loaded.
        if ((this.current as typeof this.current | undefined) !== mine) return;
        await view.show(client);
      } else await this.figure.show(client, title);
    } catch (err) {
      this.figureView.hidden = true;
      this.message.hidden = false;
      say(this.message, describe(err), true);
    }
  }
}
