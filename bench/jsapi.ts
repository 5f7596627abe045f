// The official Deephaven JS API side of the benchmarks: `dh-core.js` as the server serves it, loaded in the same
// Chromium page as deephaven-rx and driven through `window.bench`. Same workloads and the same per-repetition
// shape as `rx.ts`. The API has no published typings in this project, so the little of it used here is typed below.

import { opsPerSecond } from './pace.js';

interface Dh {
  CoreClient: { new (url: string, options?: unknown): CoreClient; LOGIN_TYPE_ANONYMOUS: string };
  Widget: { EVENT_MESSAGE: string };
}
interface CoreClient {
  login(credentials: { type: string; token?: string }): Promise<void>;
  getAsIdeConnection(): Promise<IdeConnection>;
  disconnect(): void;
}
interface IdeConnection {
  startSession(type: string): Promise<IdeSession>;
  getObject(definition: { type: string; name: string }): Promise<any>;
  subscribeToFieldUpdates(callback: (changes: { created: { title: string }[]; updated: { title: string }[] }) => void): () => void;
  shareObject(object: unknown, key: string): Promise<string>;
  getSharedObject(key: string, type: string): Promise<any>;
  close(): void;
}
interface IdeSession {
  runCode(code: string): Promise<{ error?: string }>;
  close(): void;
}
interface JsTable {
  size: number;
  columns: unknown[];
  createSnapshot(options: {
    columns: unknown[];
    rows: { first: number; last: number };
  }): Promise<{ rows: { length: number }; getData(row: number, column: unknown): unknown }>;
  close(): void;
}

let dh: Dh | undefined;

async function load(url: string): Promise<Dh> {
  dh ??= ((await import(/* @vite-ignore */ `${url}/jsapi/dh-core.js`)) as { default: Dh }).default;
  return dh;
}

async function login(url: string, psk: string | undefined): Promise<{ client: CoreClient; connection: IdeConnection }> {
  const api = await load(url);
  const client = new api.CoreClient(url);
  await client.login(
    psk ? { type: 'io.deephaven.authentication.psk.PskAuthenticationHandler', token: psk } : { type: api.CoreClient.LOGIN_TYPE_ANONYMOUS },
  );
  return { client, connection: await client.getAsIdeConnection() };
}

/** One official-JS-API client of the benchmark: a logged-in connection, a Python console, the tables it holds open. */
export class JsApiBench {
  private readonly tables = new Map<string, JsTable>();
  private console: IdeSession | undefined;

  private constructor(
    private readonly url: string,
    private readonly psk: string | undefined,
    private readonly client: CoreClient,
    private readonly connection: IdeConnection,
  ) {}

  static async open(url: string, psk?: string): Promise<JsApiBench> {
    const { client, connection } = await login(url, psk);
    return new JsApiBench(url, psk, client, connection);
  }

  /**
   * Workload 1: every row of a scope table read into the page. `createSnapshot` is the API's complete-read call
   * (it resolves once the server has sent all rows); reading cells is not part of deephaven-rx's `toArrow()` either,
   * so only one cell per column is touched, to make sure the data is there.
   */
  async snapshot(name: string): Promise<{ seconds: number; rows: number }> {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = (await this.connection.getObject({ type: 'Table', name })) as JsTable;
      this.tables.set(name, table);
    }
    const t0 = performance.now();
    const data = await table.createSnapshot({ columns: table.columns, rows: { first: 0, last: table.size - 1 } });
    const rows = data.rows.length;
    for (const c of table.columns) data.getData(rows - 1, c);
    return { seconds: (performance.now() - t0) / 1000, rows };
  }

  /** Workload 2: a new client, logged in, a small scope table fetched and read; milliseconds. */
  async connectFirst(name: string): Promise<number> {
    const t0 = performance.now();
    const { client, connection } = await login(this.url, this.psk);
    const table = (await connection.getObject({ type: 'Table', name })) as JsTable;
    await table.createSnapshot({ columns: table.columns, rows: { first: 0, last: table.size - 1 } });
    const ms = performance.now() - t0;
    table.close();
    client.disconnect();
    return ms;
  }

  /**
   * Workload 3. The JS API has no fetch of a ticket to a bare export; its nearest operations are used:
   * - `fetch`: `getObject` of a scope table by name, then `close()`;
   * - `publish`: `shareObject` of an open table under a new key, then `getSharedObject` and `close()`;
   * - `fetchTable`: as `fetch` (a table object is what `getObject` makes).
   */
  async roundTrips(kind: 'fetch' | 'publish' | 'fetchTable', name: string, n: number, inFlight: number): Promise<number> {
    const c = this.connection;
    const source = kind === 'publish' ? ((await c.getObject({ type: 'Table', name })) as JsTable) : undefined;
    const one = async (): Promise<void> => {
      if (source === undefined) ((await c.getObject({ type: 'Table', name })) as JsTable).close();
      else {
        const key = crypto.randomUUID();
        await c.shareObject(source, key);
        ((await c.getSharedObject(key, 'Table')) as JsTable).close();
      }
    };
    const ops = await opsPerSecond(n, inFlight, one);
    source?.close();
    return ops;
  }

  /** Workload 4: `n` echo round trips of `size` bytes through the echo plugin widget; milliseconds each. */
  async echo(name: string, size: number, n: number): Promise<number[]> {
    const api = await load(this.url);
    const widget = await this.connection.getObject({ type: 'deephaven-rx.Echo', name });
    try {
      const payload = new Uint8Array(size).fill(120);
      let waiting: ((bytes: number) => void) | undefined;
      const off = widget.addEventListener(api.Widget.EVENT_MESSAGE, (e: { detail: { getDataAsU8(): Uint8Array } }) => {
        waiting?.(e.detail.getDataAsU8().byteLength);
      }) as () => void;
      const times: number[] = [];
      try {
        for (let i = 0; i < n; i++) {
          const got = new Promise<number>((resolve) => (waiting = resolve));
          const t0 = performance.now();
          widget.sendMessage(payload, []);
          const bytes = await got;
          times.push(performance.now() - t0);
          if (bytes !== size) throw new Error(`echo returned ${bytes} bytes, sent ${size}`);
        }
      } finally {
        off();
      }
      return times;
    } finally {
      widget.close();
    }
  }

  /** Workload 5: milliseconds from `runCode` creating a table variable to the field-update listener reporting it. */
  async fieldLatency(prefix: string, n: number): Promise<number[]> {
    this.console ??= await this.connection.startSession('python');
    const seen = new Set<string>();
    let waiting: { name: string; resolve: () => void } | undefined;
    const off = this.connection.subscribeToFieldUpdates((changes) => {
      for (const f of [...changes.created, ...changes.updated]) seen.add(f.title);
      if (waiting !== undefined && seen.has(waiting.name)) waiting.resolve();
    });
    try {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const name = `${prefix}_${i}`;
        const appeared = new Promise<void>((resolve) => (waiting = { name, resolve }));
        const t0 = performance.now();
        const ran = this.console.runCode(`${name} = __import__('deephaven').empty_table(1)`);
        await appeared;
        times.push(performance.now() - t0);
        const result = await ran;
        if (result.error) throw new Error(result.error);
      }
      return times;
    } finally {
      off();
    }
  }

  /** Closes the tables workload 1 kept open, so that they burden no later workload (the page is shared). */
  async closeTables(): Promise<void> {
    for (const t of this.tables.values()) t.close();
    this.tables.clear();
  }

  async close(): Promise<void> {
    await this.closeTables();
    this.console?.close();
    this.client.disconnect();
  }
}
