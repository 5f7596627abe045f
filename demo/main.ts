// The demo page: a small Deephaven console built only on deephaven-rx. Connect, run scripts, watch the server's
// objects with their live sizes, open tables in a live virtual-scrolling grid (a viewport subscription that follows
// the scrollbar) and figures that tick, and share objects between sessions through shared tickets.
import { Subscription } from 'rxjs';
import { mountConnect } from './views/connect.js';
import { mountConsole } from './views/console.js';
import { $, describe, say } from './views/dom.js';
import { ObjectList } from './views/objects.js';
import { mountShare } from './views/share.js';
import { Viewer } from './views/viewer.js';
import { mountFiles } from './views/files.js';
import { mountAuthHint, watchServer } from './views/server-health.js';
import type { Repl } from './views/repl.js';

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

# Live data: a quote board that updates in place, a growing tape, and a plot that follows it.
board = time_table("PT0.5S").update([
    "Sym = \`S\` + (ii % 20)",
    "Bid = 100 + (ii % 13) * 0.25",
    "Ask = Bid + 0.05 * (1 + ii % 3)",
    "Size = (int)((ii * 7919) % 500)",
]).last_by("Sym").sort("Sym")
tape = time_table("PT0.2S").update(["Step = ii", "Price = 100 + 5 * Math.sin(ii / 10.0)"])
tape_plot = Figure().plot_xy(series_name="Tape", t=tape.tail(200), x="Step", y="Price") \\
    .chart_title(title="Tape, live").show()
# A partitioned table whose keys appear as the tape grows (a new bucket every 2 s): pick one, or the merge.
tape_by_bucket = tape.update("Bucket = \`B\` + (int) (Step / 10)").partition_by("Bucket")
big = empty_table(10_000_000).update_view(["Row = i", "Half = i / 2.0", "Label = \`r\` + (i % 1000)"])

# Drill-down grids: a live rollup of the board by exchange and symbol, and an org chart as a tree.
from deephaven import agg
board_rollup = board.update("Exchange = Size % 2 == 0 ? \`NYSE\` : \`ARCA\`").rollup(
    aggs=[agg.sum_("Size"), agg.avg("AvgBid = Bid")], by=["Exchange", "Sym"])
org = empty_table(40).update(["Id = i + 1", "Parent = i == 0 ? NULL_INT : (int) ((i + 2) / 3)", "Name = \`Person \` + (i + 1)"])
org_tree = org.tree("Id", "Parent")
`;

const session$ = mountConnect();
const current = (): ReturnType<typeof session$.getValue> => session$.value;
const viewer = new Viewer(current);
const share = mountShare({
  session: current,
  showTable: (title, open) => viewer.showTable(title, open),
  showFigure: (title, obj) => viewer.showFigure(title, obj),
});
const { output, script } = mountConsole(current, SAMPLE);
const files = mountFiles(current, script);
mountAuthHint();
const objects = new ObjectList($<HTMLUListElement>('objects'), $<HTMLParagraphElement>('objects-empty'), {
  open: (name, obj) => {
    const s = current();
    if (s === undefined) return;
    if (obj.type === 'Table') void viewer.showTable(name, () => s.fetchTable(obj));
    else if (obj.type === 'HierarchicalTable') void viewer.showHierarchical(name, () => s.fetchHierarchicalTable(obj));
    else if (obj.type === 'PartitionedTable') void viewer.showPartitioned(name, () => s.fetchPartitionedTable(obj));
    else void viewer.showFigure(name, obj);
  },
  publish: (name, obj) => void share.publish(name, obj),
});

// The console view (CodeMirror and the log) loads on first use: its code is not part of the page's start-up.
let repl: Promise<Repl> | undefined;
$<HTMLButtonElement>('repl-open').addEventListener('click', () => {
  $<HTMLButtonElement>('repl-open').hidden = true;
  $<HTMLDivElement>('repl-body').hidden = false;
  if (repl !== undefined) return;
  repl = import('./views/repl.js').then((m) => {
    const r = m.mountRepl($<HTMLDivElement>('repl-editor'), $<HTMLDivElement>('repl-log'), $<HTMLButtonElement>('repl-run'));
    r.attach(current());
    return r;
  });
  repl.catch((err: unknown) => say(output, `The console did not load: ${describe(err)}`, true));
});

let live = new Subscription();
session$.subscribe((s) => {
  live.unsubscribe();
  live = new Subscription();
  void repl?.then((r) => r.attach(s)).catch(() => undefined);
  if (s === undefined) {
    objects.clear();
    viewer.clear();
    share.reset();
    return;
  }
  live.add(watchServer(s));
  void files.reload();
  live.add(
    s.exportableObjects$.subscribe({
      next: (objs) => objects.show(s, objs),
      error: (err: unknown) => say(output, `The object list stopped: ${describe(err)}`, true),
    }),
  );
});
