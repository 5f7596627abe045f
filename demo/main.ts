// The demo page: a small Deephaven console built only on deephaven-rx. Connect, run scripts, watch the objects
// the server has, open tables (paged snapshots) and figures (drawn with uPlot), and share objects between
// sessions through shared tickets.
import { Subscription, firstValueFrom } from 'rxjs';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  DeephavenError,
  ServerObject,
  Session,
  SharedTicket,
  decodeFigure,
  type Auth,
  type ExportableObjects,
  type PluginClient,
  type Table,
} from 'deephaven-rx';
import type { Table as ArrowTable } from 'apache-arrow';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`missing #${id}`);
  return el as T;
};

const PAGE_SIZE = 50;
const SAMPLE = `from deephaven import empty_table, time_table
from deephaven.plot.figure import Figure

prices = empty_table(100).update([
    "Step = i",
    "Price = 100 + 10 * Math.sin(i / 8.0) + (i % 7)",
    "Volume = (i * 37) % 1000",
    "Sym = i % 3 == 0 ? \`AAA\` : \`BBB\`",
])
ticks = time_table("PT1S")
price_plot = Figure().plot_xy(series_name="Price", t=prices, x="Step", y="Price") \\
    .chart_title(title="Price by step").x_axis(label="Step").y_axis(label="Price").show()
`;

const form = $<HTMLFormElement>('connect');
const urlInput = $<HTMLInputElement>('url');
const authSelect = $<HTMLSelectElement>('auth');
const keyRow = $<HTMLLabelElement>('key-row');
const keyInput = $<HTMLInputElement>('key');
const connectButton = $<HTMLButtonElement>('connect-button');
const disconnectButton = $<HTMLButtonElement>('disconnect-button');
const message = $<HTMLParagraphElement>('message');
const state = $<HTMLSpanElement>('state');
const serverCard = $<HTMLElement>('server');
const serverInfo = $<HTMLDListElement>('server-info');
const script = $<HTMLTextAreaElement>('script');
const runButton = $<HTMLButtonElement>('run');
const scriptOutput = $<HTMLPreElement>('script-output');
const objectsList = $<HTMLUListElement>('objects');
const objectsEmpty = $<HTMLParagraphElement>('objects-empty');
const viewerTitle = $<HTMLHeadingElement>('viewer-title');
const viewerMessage = $<HTMLParagraphElement>('viewer-message');
const tableView = $<HTMLDivElement>('table-view');
const schemaChips = $<HTMLDivElement>('schema');
const grid = $<HTMLTableElement>('grid');
const prevButton = $<HTMLButtonElement>('prev');
const nextButton = $<HTMLButtonElement>('next');
const refreshButton = $<HTMLButtonElement>('refresh');
const pageInfo = $<HTMLSpanElement>('page-info');
const figureView = $<HTMLDivElement>('figure-view');
const plotBox = $<HTMLDivElement>('plot');
const published = $<HTMLDivElement>('published');
const publishedName = $<HTMLElement>('published-name');
const sharedTicketText = $<HTMLElement>('shared-ticket');
const copyButton = $<HTMLButtonElement>('copy-ticket');
const fetchInput = $<HTMLInputElement>('fetch-ticket');
const fetchButton = $<HTMLButtonElement>('fetch-shared');
const shareMessage = $<HTMLParagraphElement>('share-message');

urlInput.value = new URLSearchParams(location.search).get('server') ?? 'http://localhost:10000';
script.value = SAMPLE;

let session: Session | undefined;
let subscriptions = new Subscription();
let refreshes = 0;

/** What the viewer shows: a table (a server export, paged) or a figure. */
let current: { kind: 'table'; title: string; reopen: () => Promise<Table>; table: Table; page: number } | { kind: 'figure'; client: PluginClient } | undefined;
let plot: uPlot | undefined;

authSelect.addEventListener('change', () => {
  keyRow.hidden = authSelect.value !== 'psk';
});

function setState(name: 'disconnected' | 'connecting' | 'connected', text: string = name): void {
  state.dataset['state'] = name;
  state.textContent = text;
  connectButton.disabled = name !== 'disconnected';
  disconnectButton.disabled = name !== 'connected';
  for (const el of document.querySelectorAll<HTMLElement>('.needs-session')) el.hidden = name !== 'connected';
}

function say(el: HTMLElement, text: string, isError = false): void {
  el.textContent = text;
  el.classList.toggle('error', isError);
}

function describe(err: unknown): string {
  return err instanceof DeephavenError ? err.message : String(err);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void connect();
});

disconnectButton.addEventListener('click', () => {
  void session?.close();
});

async function connect(): Promise<void> {
  const auth: Auth = authSelect.value === 'psk' ? { type: 'psk', key: keyInput.value } : { type: 'anonymous' };
  setState('connecting');
  say(message, '');
  try {
    const s = await Session.connect(urlInput.value, { auth });
    session = s;
    refreshes = 0;
    setState('connected');
    say(message, `Connected over ${s.transport}.`);
    showServer(s);
    subscriptions = new Subscription();
    subscriptions.add(
      s.tokenRefreshes$.subscribe((at) => {
        refreshes++;
        setFact('Token refreshes', `${refreshes} (last ${at.toLocaleTimeString()})`);
      }),
    );
    subscriptions.add(
      s.exportableObjects$.subscribe({
        next: showObjects,
        error: (err: unknown) => say(scriptOutput, `The object list stopped: ${describe(err)}`, true),
      }),
    );
    s.closed$.subscribe(({ reason, error }) => {
      subscriptions.unsubscribe();
      session = undefined;
      clearViewer();
      published.hidden = true;
      serverCard.hidden = true;
      setState('disconnected');
      say(message, reason === 'closed' ? 'Disconnected.' : `Session ended (${reason}): ${error.rawMessage}`, reason !== 'closed');
    });
  } catch (err) {
    setState('disconnected');
    say(message, describe(err), true);
  }
}

function setFact(key: string, value: string | undefined): void {
  let dd = serverInfo.querySelector<HTMLElement>(`dd[data-key="${key}"]`);
  if (dd === null) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    dd = document.createElement('dd');
    dd.dataset['key'] = key;
    serverInfo.append(dt, dd);
  }
  dd.textContent = value ?? '—';
}

function showServer(s: Session): void {
  serverInfo.replaceChildren();
  setFact('URL', s.url);
  setFact('Deephaven', s.serverVersion);
  setFact('Transport', s.transport);
  setFact('Python', s.configuration.get('python.version'));
  setFact('Session timeout', `${Number(s.configuration.get('http.session.durationMs') ?? 0) / 1000} s`);
  setFact('Token refreshes', '0');
  serverCard.hidden = false;
}

// ---- script console -----------------------------------------------------------------------------------------

runButton.addEventListener('click', () => void runScript());
script.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void runScript();
  }
});

async function runScript(): Promise<void> {
  if (session === undefined) return;
  runButton.disabled = true;
  say(scriptOutput, 'Running…');
  try {
    const changes = await session.runScript(script.value);
    const lines = [
      ...changes.created.map((f) => `+ ${f.name} (${f.type})`),
      ...changes.updated.map((f) => `~ ${f.name} (${f.type})`),
      ...changes.removed.map((f) => `- ${f.name}`),
    ];
    say(scriptOutput, lines.length > 0 ? `Done.\n${lines.join('\n')}` : 'Done (no tables or figures changed).');
  } catch (err) {
    say(scriptOutput, describe(err), true);
  } finally {
    runButton.disabled = false;
  }
}

// ---- objects ------------------------------------------------------------------------------------------------

function showObjects(objects: ExportableObjects): void {
  const entries = Object.entries(objects).sort(([a], [b]) => a.localeCompare(b));
  objectsEmpty.hidden = entries.length > 0;
  objectsList.replaceChildren(
    ...entries.map(([name, obj]) => {
      const li = document.createElement('li');
      li.dataset['name'] = name;
      const label = document.createElement('span');
      label.className = 'name';
      label.textContent = name;
      const type = document.createElement('span');
      type.className = 'type';
      type.dataset['type'] = obj.type;
      type.textContent = obj.type;
      const open = button('Open', () => void openObject(name, obj));
      open.dataset['action'] = 'open';
      open.disabled = obj.type !== 'Table' && obj.type !== 'Figure';
      const publish = button('Publish', () => void publishObject(name, obj));
      publish.dataset['action'] = 'publish';
      li.append(label, type, open, publish);
      return li;
    }),
  );
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

async function openObject(name: string, obj: ServerObject): Promise<void> {
  if (session === undefined) return;
  const s = session;
  if (obj.type === 'Table') await showTable(name, () => s.fetchTable(obj));
  else await showFigure(name, obj);
}

// ---- viewer: tables -----------------------------------------------------------------------------------------

function clearViewer(): void {
  const old = current;
  current = undefined;
  if (old?.kind === 'table') void old.table.close();
  if (old?.kind === 'figure') void old.client.close();
  plot?.destroy();
  plot = undefined;
  tableView.hidden = true;
  figureView.hidden = true;
  viewerTitle.textContent = 'Nothing open';
  viewerMessage.hidden = false;
  say(viewerMessage, 'Open a table or a figure from the list, or fetch a shared ticket.');
}

async function showTable(title: string, open: () => Promise<Table>): Promise<void> {
  clearViewer();
  viewerTitle.textContent = title;
  say(viewerMessage, 'Loading…');
  try {
    const table = await open();
    current = { kind: 'table', title, reopen: open, table, page: 0 };
    renderSchema(table);
    await renderPage();
  } catch (err) {
    say(viewerMessage, describe(err), true);
  }
}

function renderSchema(table: Table): void {
  schemaChips.replaceChildren(
    ...table.schema.fields.map((f) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.innerHTML = '';
      chip.append(f.name, ' ');
      const em = document.createElement('em');
      em.textContent = f.metadata.get('deephaven:type') ?? String(f.type);
      chip.append(em);
      return chip;
    }),
  );
}

/** One page through the server: head(end).tail(n), so only the rows shown travel, however big the table. */
async function renderPage(): Promise<void> {
  if (current?.kind !== 'table') return;
  const { table } = current;
  const size = table.size;
  const pages = Math.max(1, Math.ceil(size / PAGE_SIZE));
  current.page = Math.min(Math.max(0, current.page), pages - 1);
  const start = current.page * PAGE_SIZE;
  const end = Math.min(size, start + PAGE_SIZE);
  const head = await table.head(end);
  const slice = await head.tail(end - start);
  try {
    const data = await slice.toArrow();
    renderRows(data, start);
  } finally {
    void head.close();
    void slice.close();
  }
  pageInfo.textContent = size === 0 ? 'no rows' : `rows ${start + 1}–${end} of ${size.toLocaleString()}${table.isRefreshing ? ' (ticking)' : ''}`;
  prevButton.disabled = current.page === 0;
  nextButton.disabled = current.page >= pages - 1;
  viewerMessage.hidden = true;
  tableView.hidden = false;
}

function renderRows(data: ArrowTable, offset: number): void {
  const head = document.createElement('thead');
  const hr = document.createElement('tr');
  hr.append(th('#'), ...data.schema.fields.map((f) => th(f.name)));
  head.append(hr);
  const body = document.createElement('tbody');
  const columns = data.schema.fields.map((f) => ({ field: f, vector: data.getChild(f.name) }));
  for (let i = 0; i < data.numRows; i++) {
    const tr = document.createElement('tr');
    tr.append(td(String(offset + i + 1)));
    for (const { field, vector } of columns) {
      const v: unknown = vector?.get(i);
      const cell = td(format(v, field.metadata.get('deephaven:type') ?? ''));
      if (v === null || v === undefined) cell.className = 'null';
      else if (typeof v === 'string') cell.className = 'text';
      tr.append(cell);
    }
    body.append(tr);
  }
  grid.replaceChildren(head, body);
}

function th(text: string): HTMLTableCellElement {
  const c = document.createElement('th');
  c.textContent = text;
  return c;
}

function td(text: string): HTMLTableCellElement {
  const c = document.createElement('td');
  c.textContent = text;
  return c;
}

function format(v: unknown, javaType: string): string {
  if (v === null || v === undefined) return 'null';
  if ((javaType === 'java.time.Instant' || javaType === 'java.time.ZonedDateTime') && typeof v === 'number') return new Date(v).toISOString();
  if (javaType === 'char' && typeof v === 'number') return String.fromCharCode(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(6);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return `0x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (typeof v === 'object' && v !== null && 'toArray' in v) return JSON.stringify(Array.from((v as { toArray(): ArrayLike<unknown> }).toArray()), (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  return String(v);
}

prevButton.addEventListener('click', () => {
  if (current?.kind === 'table') {
    current.page--;
    void renderPage();
  }
});
nextButton.addEventListener('click', () => {
  if (current?.kind === 'table') {
    current.page++;
    void renderPage();
  }
});
refreshButton.addEventListener('click', () => {
  if (current?.kind !== 'table') return;
  const { title, reopen, page } = current;
  void showTable(title, reopen).then(() => {
    if (current?.kind === 'table' && page > 0) {
      current.page = page;
      void renderPage();
    }
  });
});

// ---- viewer: figures ----------------------------------------------------------------------------------------

async function showFigure(title: string, obj: ServerObject): Promise<void> {
  if (session === undefined) return;
  clearViewer();
  viewerTitle.textContent = title;
  say(viewerMessage, 'Loading…');
  try {
    const client = await session.pluginClient(obj);
    current = { kind: 'figure', client };
    const [payload, refs] = await firstValueFrom(client.respStream);
    const figure = decodeFigure(payload);
    const chart = figure.charts[0];
    if (chart === undefined) throw new Error('the figure has no charts');
    const tables = new Map<number, ArrowTable>();
    const columnOf = async (tableId: number, column: string): Promise<number[]> => {
      let data = tables.get(tableId);
      if (data === undefined) {
        const ref = refs[tableId];
        if (ref === undefined) throw new Error(`the figure references table ${tableId}, which it did not send`);
        const t = (await ref.fetch()) as Table;
        data = await t.toArrow();
        void t.close();
        tables.set(tableId, data);
      }
      return Array.from(data.getChild(column)?.toArray() ?? [], Number);
    };
    // uPlot draws series over one x array: the first series' x; others that share it are drawn with it.
    const seriesData: { name: string; x: number[]; y: number[]; points: boolean; line: boolean }[] = [];
    for (const series of chart.series) {
      const x = series.dataSources.find((d) => d.type === 'x');
      const y = series.dataSources.find((d) => d.type === 'y');
      if (x === undefined || y === undefined) continue;
      const scatter = series.plotStyle === 'scatter';
      seriesData.push({
        name: series.name,
        x: await columnOf(x.tableId, x.columnName),
        y: await columnOf(y.tableId, y.columnName),
        points: scatter || series.shapesVisible === true,
        line: !scatter,
      });
    }
    const first = seriesData[0];
    if (first === undefined) throw new Error('the figure has no XY series this demo can draw');
    const drawn = seriesData.filter((s) => s.x.length === first.x.length && s.x.every((v, i) => v === first.x[i]));
    const xAxis = chart.axes.find((a) => a.type === 'x');
    const yAxis = chart.axes.find((a) => a.type === 'y');
    const colors = ['#2f6fdf', '#e8710a', '#1e8e3e', '#9334e6'];
    plot?.destroy();
    viewerMessage.hidden = true;
    figureView.hidden = false;
    plot = new uPlot(
      {
        title: chart.title || figure.title || title,
        width: Math.max(320, plotBox.clientWidth || 640),
        height: 340,
        scales: { x: { time: false } },
        axes: [{ label: xAxis?.label || 'x' }, { label: yAxis?.label || 'y' }],
        series: [
          {},
          ...drawn.map((s, i) => ({
            label: s.name,
            stroke: colors[i % colors.length] ?? '#2f6fdf',
            width: s.line ? 2 : 0,
            points: { show: s.points || first.x.length <= 60 },
          })),
        ],
      },
      [first.x, ...drawn.map((s) => s.y)],
      plotBox,
    );
    plotBox.dataset['points'] = String(first.x.length);
    plotBox.dataset['series'] = String(drawn.length);
  } catch (err) {
    say(viewerMessage, describe(err), true);
  }
}

// ---- sharing ------------------------------------------------------------------------------------------------

/** Exports the object into this session and publishes that export; it stays published while connected. */
async function publishObject(name: string, obj: ServerObject): Promise<void> {
  if (session === undefined) return;
  say(shareMessage, `Publishing ${name}…`);
  try {
    const exported = await session.fetch(obj);
    const ticket = SharedTicket.randomTicket();
    await session.publish(exported, ticket);
    publishedName.textContent = `${name} (${obj.type})`;
    sharedTicketText.textContent = ticket.toString();
    published.hidden = false;
    say(shareMessage, '');
  } catch (err) {
    say(shareMessage, describe(err), true);
  }
}

copyButton.addEventListener('click', () => {
  void navigator.clipboard?.writeText(sharedTicketText.textContent ?? '').then(
    () => say(shareMessage, 'Copied.'),
    () => say(shareMessage, 'Select the ticket and copy it by hand (the clipboard is not available here).'),
  );
});

fetchButton.addEventListener('click', () => void fetchShared());
fetchInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') void fetchShared();
});

/** A shared ticket's text carries no type: try it as a table, else as a Figure. */
async function fetchShared(): Promise<void> {
  if (session === undefined) return;
  const s = session;
  let ticket: SharedTicket;
  try {
    ticket = SharedTicket.parse(fetchInput.value);
  } catch (err) {
    say(shareMessage, describe(err), true);
    return;
  }
  say(shareMessage, 'Fetching…');
  try {
    const table = await s.fetchTable(ticket);
    say(shareMessage, 'Fetched a table.');
    await showTable(`shared ${ticket.toString().slice(0, 12)}…`, async () => (table.isClosed ? s.fetchTable(ticket) : table));
  } catch (err) {
    if (err instanceof DeephavenError && err.rawMessage.includes('not a table')) {
      say(shareMessage, 'Fetched a figure.');
      await showFigure(`shared ${ticket.toString().slice(0, 12)}…`, new ServerObject('Figure', ticket));
    } else {
      say(shareMessage, describe(err), true);
    }
  }
}

setState('disconnected');
