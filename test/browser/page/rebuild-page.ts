// Loaded into the harness page by the rebuild browser test (openHarness's `modules`): a dashboard's session on a server
// that the test kills and restarts — a live viewport and updates() of a filtered view of `stick`, its size$, a static
// table opened by name, an upload and a Figure's plugin stream — recording what each emits on `window.rebuild`.
import { tableFromArrays } from 'apache-arrow';
import { Session, agg, decodeFigure, type PluginMessage } from '../../../src/index.js';

/** What the page's streams did, for the test to read with `page.evaluate`. */
export interface RebuildRecord {
  viewport: boolean[];
  updates: boolean[];
  /** A rollup's viewport and a partitioned table's constituent (issue 21: made again by replaying their calls). */
  rollup: boolean[];
  constituent: boolean[];
  sizes: number[];
  figures: number;
  charts: number;
  reopened: number;
  states: string[];
  ended: string[];
  errors: string[];
  unhandled: string[];
}

const record: RebuildRecord = {
  viewport: [],
  updates: [],
  rollup: [],
  constituent: [],
  sizes: [],
  figures: 0,
  charts: -1,
  reopened: 0,
  states: [],
  ended: [],
  errors: [],
  unhandled: [],
};
let check: (() => Promise<{ staticRows: number; uploaded: number[]; columns: string[] }>) | undefined;

async function start(url: string): Promise<void> {
  window.addEventListener('unhandledrejection', (e) => record.unhandled.push(String(e.reason)));
  const session = await Session.connect(url);
  session.closed$.subscribe((e) => record.ended.push(e.reason));
  session.connectionState$.subscribe((s) => record.states.push(s));
  const view = await (await session.openTable('stick')).where('X % 2 == 0');
  const stat = await session.openTable('stick_static');
  const upload = await session.importTable(tableFromArrays({ A: Int32Array.of(1, 2, 3) }));
  const objects = await session.exportableObjects();
  const figure = await session.pluginClient(objects['stick_fig']!);
  const failed = (what: string) => (e: unknown) => record.errors.push(`${what}: ${String(e)}`);
  view.viewport({ first: 0, last: 9 }).subscribe({ next: (v) => record.viewport.push(v.isSnapshot), error: failed('viewport') });
  view.updates().subscribe({ next: (u) => record.updates.push(u.isSnapshot), error: failed('updates') });
  view.size$.subscribe({ next: (n) => record.sizes.push(n), error: failed('size$') });
  const grouped = await view.update('G = X % 3');
  const [roll, parts] = await Promise.all([grouped.rollup(agg.sum('S = X'), 'G'), grouped.partitionBy('G')]);
  const one = await parts.getConstituent(1);
  roll.viewport({ first: 0, last: 9 }).subscribe({ next: (v) => record.rollup.push(v.isSnapshot), error: failed('rollup') });
  one?.updates().subscribe({ next: (u) => record.constituent.push(u.isSnapshot), error: failed('constituent') });
  const readFigure = {
    next: ([payload]: PluginMessage) => {
      record.figures++;
      record.charts = decodeFigure(payload).charts.length;
    },
    error: failed('figure'),
  };
  figure.respStream.subscribe(readFigure);
  // A Figure's stream ends once it has sent the figure; after a restart it opens again with the new one.
  figure.reopened$.subscribe(() => {
    record.reopened++;
    figure.respStream.subscribe(readFigure);
  });
  check = async () => {
    const staticRows = (await stat.toArrow()).numRows;
    const uploaded = [...((await upload.toArrow()).getChild('A')?.toArray() ?? [])] as number[];
    const columns = (await view.where('X >= 0')).columns;
    await session.close();
    return { staticRows, uploaded, columns };
  };
}

declare global {
  interface Window {
    rebuild: {
      start: typeof start;
      record: RebuildRecord;
      check: () => Promise<{ staticRows: number; uploaded: number[]; columns: string[] }>;
    };
  }
}

window.rebuild = { start, record, check: () => (check ?? (() => Promise.reject(new Error('not started'))))() };
