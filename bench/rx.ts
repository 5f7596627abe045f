// The deephaven-rx side of the benchmarks. Environment-neutral: the Node runs call it directly, the Chromium runs
// through the harness page (`window.benchRx`). Every method measures one repetition and returns plain numbers, so
// that the orchestrator can measure memory around it and alternate clients between repetitions.
import { tableFromIPC } from 'apache-arrow';
import { filter, firstValueFrom, lastValueFrom, shareReplay, tap, toArray } from 'rxjs';
import { ScopeTicket, ServerObject, Session, SharedTicket, type Table, type TransportChoice } from '../src/index.js';
// Internal, for taking a read apart into its steps.
import { ipcStream } from '../src/arrow/ipc-message.js';
import { opsPerSecond } from './pace.js';

/** One deephaven-rx client of the benchmark: a session on one transport, and the tables it holds open. */
export class RxBench {
  private readonly tables = new Map<string, Table>();

  private constructor(
    private readonly url: string,
    private readonly transport: TransportChoice,
    private readonly psk: string | undefined,
    readonly session: Session,
  ) {}

  static async open(url: string, transport: TransportChoice, psk?: string): Promise<RxBench> {
    return new RxBench(url, transport, psk, await Session.connect(url, { transport, ...(psk ? { auth: { type: 'psk', key: psk } } : {}) }));
  }

  /** Workload 1: one full read of a scope table as Arrow (the table is opened once, outside the timing). */
  async snapshot(name: string): Promise<{ seconds: number; rows: number }> {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = await this.session.openTable(name);
      this.tables.set(name, table);
    }
    const t0 = performance.now();
    const data = await table.toArrow();
    return { seconds: (performance.now() - t0) / 1000, rows: data.numRows };
  }

  /**
   * Workload 1, taken apart: one read of a scope table with the time of each step, in milliseconds: until the first
   * Flight message (the server preparing the snapshot), until the last (network, transport framing, protobuf),
   * re-framing the messages as one Arrow IPC stream, and decoding that with apache-arrow.
   */
  async snapshotSteps(name: string): Promise<Record<string, number>> {
    const table = this.tables.get(name) ?? (await this.session.openTable(name));
    this.tables.set(name, table);
    const t0 = performance.now();
    let first = NaN;
    let bytes = 0;
    const messages = await lastValueFrom(
      table.flightData().pipe(
        tap((m) => {
          if (Number.isNaN(first)) first = performance.now();
          bytes += m.header.byteLength + m.body.byteLength;
        }),
        toArray(),
      ),
    );
    const received = performance.now();
    const stream = ipcStream(messages);
    const framed = performance.now();
    const data = tableFromIPC(stream);
    const decoded = performance.now();
    return {
      'first message': first - t0,
      'all messages': received - first,
      're-framing': framed - received,
      'Arrow decode': decoded - framed,
      rows: data.numRows,
      messages: messages.length,
      MB: bytes / 1e6,
    };
  }

  /** Workload 2: a new session, authenticated, a small scope table opened and read; milliseconds. */
  async connectFirst(name: string): Promise<number> {
    const t0 = performance.now();
    const s = await Session.connect(this.url, { transport: this.transport, ...(this.psk ? { auth: { type: 'psk', key: this.psk } } : {}) });
    const table = await s.openTable(name);
    await table.toArrow();
    const ms = performance.now() - t0;
    await s.close();
    return ms;
  }

  /**
   * Workload 3: `n` round trips of one kind, `inFlight` at a time; operations per second.
   * - `fetch`: fetch a scope variable to a new export, then release it;
   * - `publish`: publish an export to a new shared ticket, then release the shared ticket;
   * - `fetchTable`: fetchTable of a scope table (an export with its schema), then close it.
   */
  async roundTrips(kind: 'fetch' | 'publish' | 'fetchTable', name: string, n: number, inFlight: number): Promise<number> {
    const s = this.session;
    const scope = ScopeTicket.scopeTicket(name);
    const source = kind === 'publish' ? await s.fetch(scope) : undefined;
    const one = async (): Promise<void> => {
      if (kind === 'fetch') await s.release(await s.fetch(scope));
      else if (kind === 'fetchTable') await (await s.fetchTable(scope)).close();
      else if (source !== undefined) {
        const shared = SharedTicket.randomTicket();
        await s.publish(source, shared);
        await s.release(await s.fetch(shared));
      }
    };
    const ops = await opsPerSecond(n, inFlight, one);
    if (source !== undefined) await s.release(source);
    return ops;
  }

  /** Workload 4: `n` echo round trips of `size` bytes through the echo plugin, one at a time; milliseconds each. */
  async echo(name: string, size: number, n: number): Promise<number[]> {
    const client = await this.session.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(name)));
    try {
      const payload = new Uint8Array(size).fill(120);
      const times: number[] = [];
      // The echo plugin greets each new stream with one message ("ready"), as the Python and JS API clients see.
      // One subscription hands each later message to the round trip waiting for it (respStream replays to every
      // new subscriber, so a subscription per round trip would start from the greeting again).
      let waiting: ((payload: Uint8Array) => void) | undefined;
      const ready = firstValueFrom(client.respStream);
      const sub = client.respStream.subscribe(([payload]) => {
        const w = waiting;
        waiting = undefined;
        w?.(payload);
      });
      try {
        await ready;
        for (let i = 0; i < n; i++) {
          const got = new Promise<Uint8Array>((resolve) => {
            waiting = resolve;
          });
          const t0 = performance.now();
          await client.reqStream.write(payload);
          const echoed = await got;
          times.push(performance.now() - t0);
          if (echoed.byteLength !== size) throw new Error(`echo returned ${echoed.byteLength} bytes, sent ${size}`);
        }
      } finally {
        sub.unsubscribe();
      }
      return times;
    } finally {
      await client.close();
    }
  }

  /**
   * Workload 5: milliseconds from asking the server to create a variable (one `runScript`) to the live map of
   * exportable objects showing it; `n` variables, one after the other.
   */
  async fieldLatency(prefix: string, n: number): Promise<number[]> {
    // One live subscription for the whole run, holding the newest map.
    const live = this.session.exportableObjects$.pipe(shareReplay({ bufferSize: 1, refCount: true }));
    const keep = live.subscribe();
    try {
      await firstValueFrom(live);
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const name = `${prefix}_${i}`;
        const seen = firstValueFrom(live.pipe(filter((objects) => name in objects)));
        const t0 = performance.now();
        const ran = this.session.runScript(`${name} = __import__('deephaven').empty_table(1)`);
        await seen;
        times.push(performance.now() - t0);
        await ran;
      }
      return times;
    } finally {
      keep.unsubscribe();
    }
  }

  /** Closes the tables workload 1 kept open, so that they burden no later workload. */
  async closeTables(): Promise<void> {
    await Promise.all([...this.tables.values()].map((t) => t.close()));
    this.tables.clear();
  }

  async close(): Promise<void> {
    await this.closeTables();
    await this.session.close();
  }
}
