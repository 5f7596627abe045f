// Rollups in the live benchmarks: deephaven-rx (Node and Chromium) against the official JS API's TreeTable in the
// same page. Environment-neutral: Node calls `RxRollupBench` directly, Chromium through `window.hierBench` (set by
// hierarchical-page.ts). Each method measures one repetition and returns plain numbers.
//   expandLatency: expand a top-level group of a rollup → the first emission that shows its children, then collapse
//                  (not timed), `n` times.
//   ticking:       a 100-row viewport on a ticking rollup (startTicking), then `updates` emissions (awaitUpdates,
//                  the caller measures the process's CPU around it), then stopTicking.
import { BehaviorSubject, filter, firstValueFrom } from 'rxjs';
import type { HierarchicalViewportUpdate, RollupTable, Session } from '../../src/index.js';

/** The first value of a subject that passes `pred`. */
function until<T>(subject: BehaviorSubject<T>, pred: (v: T) => boolean): Promise<T> {
  return firstValueFrom(subject.pipe(filter(pred)));
}

/** deephaven-rx's side: rollups opened by name from a session. */
export class RxRollupBench {
  private readonly rollups = new Map<string, RollupTable>();

  constructor(private readonly session: Session) {}

  private async rollup(name: string): Promise<RollupTable> {
    let r = this.rollups.get(name);
    if (r === undefined) {
      r = (await this.session.openHierarchicalTable(name)) as RollupTable;
      this.rollups.set(name, r);
    }
    return r;
  }

  /** Expand → the first emission with the group's children, in ms, for `n` groups in turn. */
  async expandLatency(name: string, n: number, intervalMs: number): Promise<number[]> {
    const rollup = await this.rollup(name);
    const latest = new BehaviorSubject<HierarchicalViewportUpdate | undefined>(undefined);
    const sub = rollup.viewport({ first: 0, last: 99 }, { updateIntervalMs: intervalMs }).subscribe(latest);
    const samples: number[] = [];
    try {
      const first = await until(latest, (u) => u !== undefined && u.rows.length > 1);
      const groups = (first as HierarchicalViewportUpdate).rows.filter((r) => r.depth === 2).map((r) => r.key);
      for (let i = 0; i < n; i++) {
        const key = groups[i % groups.length] ?? [];
        const shows = (u: HierarchicalViewportUpdate | undefined): boolean =>
          u?.rows.some((r) => r.depth === 3 && r.key[0] === key[0]) === true;
        const t0 = performance.now();
        const shown = until(latest, shows).then(() => performance.now() - t0);
        await rollup.expand(key);
        samples.push(await shown);
        const gone = until(latest, (u) => u?.rows.every((r) => r.depth < 3) === true);
        await rollup.collapse(key);
        await gone;
      }
    } finally {
      sub.unsubscribe();
    }
    return samples;
  }

  private tick: { sub: { unsubscribe(): void }; count: BehaviorSubject<number> } | undefined;

  /** Opens a 100-row viewport on the rollup, every level expanded; resolves with its first emission. */
  async startTicking(name: string, intervalMs: number): Promise<void> {
    const rollup = await this.rollup(name);
    await rollup.expandAll();
    const count = new BehaviorSubject(0);
    const sub = rollup.viewport({ first: 0, last: 99 }, { updateIntervalMs: intervalMs }).subscribe((u) => {
      // Each update's values are read, as a grid would.
      void u.table.get(0)?.toJSON();
      count.next(count.value + 1);
    });
    this.tick = { sub, count };
    await until(count, (c) => c > 0);
  }

  /** Waits for `updates` more emissions; seconds taken. */
  async awaitUpdates(updates: number): Promise<number> {
    const count = this.tick?.count as BehaviorSubject<number>;
    const t0 = performance.now();
    const target = count.value + updates;
    await until(count, (c) => c >= target);
    return (performance.now() - t0) / 1000;
  }

  stopTicking(): void {
    this.tick?.sub.unsubscribe();
    this.tick = undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.rollups.values()].map((r) => r.close()));
    this.rollups.clear();
  }
}

/** The JS API's side: `TreeTable` objects from `getObject`, `expand`/`collapse` by row, `updated` events. */
export class JsRollupBench {
  private readonly tables = new Map<string, any>();

  private constructor(
    private readonly client: any,
    private readonly connection: any,
  ) {}

  static async open(url: string, psk?: string): Promise<JsRollupBench> {
    const dh = ((await import(/* @vite-ignore */ `${url}/jsapi/dh-core.js`)) as { default: any }).default;
    const client = new dh.CoreClient(url);
    await client.login(
      psk ? { type: 'io.deephaven.authentication.psk.PskAuthenticationHandler', token: psk } : { type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS },
    );
    return new JsRollupBench(client, await client.getAsIdeConnection());
  }

  private async table(name: string): Promise<any> {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = await this.connection.getObject({ type: 'HierarchicalTable', name });
      this.tables.set(name, t);
    }
    return t;
  }

  /** As RxRollupBench.expandLatency: `expand(row)` → the first `updated` event showing the group's children. */
  async expandLatency(name: string, n: number, intervalMs: number): Promise<number[]> {
    const t = await this.table(name);
    const k1 = t.columns.find((c: any) => c.name === 'K1');
    const latest = new BehaviorSubject<any[] | undefined>(undefined);
    const off = t.addEventListener('updated', (e: any) => latest.next(e.detail.rows));
    const samples: number[] = [];
    try {
      t.setViewport(0, 99, undefined, intervalMs);
      const first = (await until(latest, (rows) => rows !== undefined && rows.length > 1)) as any[];
      const groups = first.filter((r) => r.depth === 2).map((r) => r.get(k1));
      for (let i = 0; i < n; i++) {
        const value = groups[i % groups.length];
        const rows = latest.value ?? [];
        const index = rows.findIndex((r) => r.depth === 2 && r.get(k1) === value);
        const t0 = performance.now();
        const shown = until(latest, (rs) => rs?.some((r) => r.depth === 3 && r.get(k1) === value) === true).then(
          () => performance.now() - t0,
        );
        t.expand(index);
        samples.push(await shown);
        const gone = until(latest, (rs) => rs?.every((r) => r.depth < 3) === true);
        t.collapse(index);
        await gone;
      }
    } finally {
      off();
      t.close();
      this.tables.delete(name);
    }
    return samples;
  }

  private tick: { table: any; count: BehaviorSubject<number> } | undefined;

  /** As RxRollupBench.startTicking. */
  async startTicking(name: string, intervalMs: number): Promise<void> {
    const t = await this.connection.getObject({ type: 'HierarchicalTable', name });
    const column = t.columns[0];
    const count = new BehaviorSubject(0);
    t.addEventListener('updated', (e: any) => {
      void e.detail.rows[0]?.get(column);
      count.next(count.value + 1);
    });
    t.expandAll();
    t.setViewport(0, 99, undefined, intervalMs);
    this.tick = { table: t, count };
    await until(count, (c) => c > 0);
  }

  /** As RxRollupBench.awaitUpdates. */
  async awaitUpdates(updates: number): Promise<number> {
    const count = this.tick?.count as BehaviorSubject<number>;
    const t0 = performance.now();
    const target = count.value + updates;
    await until(count, (c) => c >= target);
    return (performance.now() - t0) / 1000;
  }

  /** Closes the tree table (the JS API has no other way to end its subscription). */
  stopTicking(): void {
    this.tick?.table.close();
    this.tick = undefined;
  }

  async close(): Promise<void> {
    for (const t of this.tables.values()) t.close();
    this.tables.clear();
    this.client.disconnect();
  }
}
