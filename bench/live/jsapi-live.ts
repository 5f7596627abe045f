// The official JS API side of the live-table benchmarks (`dh-core.js` from the server, in the same Chromium page as
// deephaven-rx): full subscriptions (`table.subscribe`) and viewports (`table.setViewport`), measured as rx-live.ts.

interface Dh {
  CoreClient: { new (url: string): any; LOGIN_TYPE_ANONYMOUS: string };
}

let dh: Dh | undefined;

function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

/** One JS API client of the live benchmarks. */
export class LiveJsApiBench {
  private readonly tables = new Map<string, any>();

  private constructor(
    private readonly client: any,
    private readonly connection: any,
  ) {}

  static async open(url: string, psk?: string): Promise<LiveJsApiBench> {
    dh ??= ((await import(/* @vite-ignore */ `${url}/jsapi/dh-core.js`)) as { default: Dh }).default;
    const client = new dh.CoreClient(url);
    await client.login(
      psk ? { type: 'io.deephaven.authentication.psk.PskAuthenticationHandler', token: psk } : { type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS },
    );
    return new LiveJsApiBench(client, await client.getAsIdeConnection());
  }

  private async table(name: string): Promise<any> {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = await this.connection.getObject({ type: 'Table', name });
      this.tables.set(name, t);
    }
    return t;
  }

  /** Tick latency, as LiveRxBench.latency: the newest row (the table's last) read from the update's rows. */
  async latency(name: string, n: number, intervalMs: number): Promise<number[]> {
    const table = await this.table(name);
    const column = table.findColumn('CommitNs');
    const samples: number[] = [];
    await new Promise<void>((resolve) => {
      const sub = table.subscribe(table.columns, intervalMs);
      let first = true;
      sub.addEventListener('updated', (e: any) => {
        const d = e.detail;
        if (first || d.added.size === 0) {
          first = false;
          return;
        }
        const at = nowMs();
        const rows = d.rows;
        const last = rows[rows.length - 1];
        samples.push(at - Number(last.get(column).asNumber()) / 1e6);
        if (samples.length >= n) {
          sub.close();
          resolve();
        }
      });
    });
    return samples;
  }

  /** Throughput, as LiveRxBench.throughput: rows added + modified per update counted, nothing else read. */
  async throughput(name: string, seconds: number, intervalMs: number): Promise<{ rows: number; updates: number; seconds: number }> {
    const table = await this.table(name);
    let rows = 0;
    let updates = 0;
    let started = 0;
    await new Promise<void>((resolve) => {
      const sub = table.subscribe(table.columns, intervalMs);
      sub.addEventListener('updated', (e: any) => {
        if (started === 0) {
          started = performance.now();
          setTimeout(() => {
            sub.close();
            resolve();
          }, seconds * 1000);
          return;
        }
        rows += e.detail.added.size + e.detail.modified.size;
        updates++;
      });
    });
    return { rows, updates, seconds: (performance.now() - started) / 1000 };
  }

  /** Initial state: subscribe → the first `updated` event; seconds. */
  async initial(name: string): Promise<{ subscribe: number; rows: number }> {
    const table = await this.table(name);
    const t0 = performance.now();
    const rows = await new Promise<number>((resolve) => {
      const sub = table.subscribe(table.columns);
      sub.addEventListener('updated', (e: any) => {
        const size = e.detail.fullIndex.size;
        sub.close();
        resolve(Number(size));
      });
    });
    return { subscribe: (performance.now() - t0) / 1000, rows };
  }

  /** Viewport moves, as LiveRxBench.viewportMoves: `setViewport` → the first `updated` event at the new offset. */
  async viewportMoves(name: string, n: number): Promise<number[]> {
    const table = await this.table(name);
    const size = table.size;
    const samples: number[] = [];
    let waiting: { offset: number; resolve: () => void } | undefined;
    const listener = (e: any): void => {
      if (waiting !== undefined && e.detail.offset === waiting.offset) waiting.resolve();
    };
    const arrive = (offset: number): Promise<void> => new Promise((resolve) => (waiting = { offset, resolve }));
    table.addEventListener('updated', listener);
    try {
      let next = arrive(0);
      table.setViewport(0, 49);
      await next;
      for (let i = 0; i < n; i++) {
        const first = 50 + Math.floor(((((i + 1) * 7919) % 1000) / 1000) * Math.max(1, size - 100));
        const t0 = performance.now();
        next = arrive(first);
        table.setViewport(first, first + 49);
        await next;
        samples.push(performance.now() - t0);
      }
    } finally {
      table.removeEventListener('updated', listener);
    }
    return samples;
  }

  async close(): Promise<void> {
    for (const t of this.tables.values()) t.close();
    this.connection.close?.();
    this.client.disconnect();
  }
}
