// One soak session and its four workloads, each checking what it receives as it goes:
// - a live subscription (`updates()`) to a ticking table whose `Seq` column counts rows: every added row must carry
//   the next number (no gap, no duplicate), and its `Timestamp` gives the update's latency. The table is a
//   `time_table` with a fixed start time, so row `Seq = k` is always the row of `start + k × period` (checked on every
//   row): a restarted server's table, made again by the session's rebuild, counts from 0 again but reaches the same
//   rows, and a fresh snapshot after a restart must reach back to the last row seen before it;
// - a viewport on the same table, moved every second: every state must show consecutive rows;
// - the echo plugin at 20 messages/s: the replies must come back numbered in order;
// - fetch / publish / release: an export of a static table is published to a fresh shared ticket, fetched from the
//   shared ticket by another soak session, read, closed and released; now and then a fetch of a missing variable
//   (an injected failure: a fetch of a missing variable, an openTable of one, or an aborted fetch; each must fail
//   and, like every failed call, leave no export on the server).
import { BehaviorSubject, Subscription, skip } from 'rxjs';
import type { Table as ArrowTable } from 'apache-arrow';
import {
  Code,
  DeephavenError,
  ScopeTicket,
  ServerObject,
  Session,
  SharedTicket,
  type Table,
  type TableUpdate,
  type ViewportUpdate,
} from '../../src/index.js';
import type { LatencyHistogram } from './metrics.js';

/** What a plugin client keeps for late subscribers by default (`PluginClientOptions.replay`). */
const ECHO_REPLAY = 1000;

/** What every worker reports into (histograms are shared by all workers, reset each minute by the soak). */
export interface SoakSinks {
  readonly updateLatency: LatencyHistogram;
  readonly echoLatency: LatencyHistogram;
  readonly moveLatency: LatencyHistogram;
  /** Called with every failure that was not injected. */
  error(source: string, error: unknown): void;
  /** What a user would see of a restart: a fresh `updates()` snapshot, a viewport state, the echo reopened. */
  seen?(worker: string, what: 'updates-snapshot' | 'viewport' | 'echo-reopened'): void;
}

/** Names of the server objects every worker uses (made by the soak's setup script). */
export interface SoakObjects {
  readonly echo: string;
  readonly staticTable: string;
  readonly staticRows: number;
}

/** Counters of one worker; the soak sums them. */
export class WorkerCounters {
  updates = 0;
  rows = 0;
  snapshots = 0;
  seqGaps = 0;
  seqDuplicates = 0;
  viewportUpdates = 0;
  viewportMoves = 0;
  viewportAcks = 0;
  viewportBadRows = 0;
  echoSent = 0;
  echoReceived = 0;
  echoGaps = 0;
  echoDuplicates = 0;
  cycles = 0;
  injected = 0;
  tokenRefreshes = 0;
  /** Rows whose `Seq` is not their place in time (`Timestamp` ≠ start + Seq × period): a table that is not the same. */
  seqTimeMismatches = 0;
  /**
   * Rows that ticked while the stream was away (a restart) and had left the tail before its fresh snapshot: the
   * tail's reach, not a loss (a gap within the tail's reach counts in `seqGaps`).
   */
  seqBeyondTail = 0;
  /** The echo stream reopened (a dropped connection, a restarted server). */
  echoReopens = 0;
  /** Echo messages a killed server took with it (sent to it, never answered). */
  echoLostInRestarts = 0;
  /** Echo writes that resolved (handed to the transport) and that rejected; the rest had not settled at the end. */
  echoWritesDone = 0;
  echoWritesFailed = 0;
}

export const TICK_PERIOD = 'PT0.1s';
/** Two minutes of rows: a fresh snapshot after a restart reaches back over the time the server was down. */
export const TAIL_ROWS = 1200;
const PERIOD_NS = 100_000_000n;
const VIEW_ROWS = 50;
const UPDATE_INTERVAL_MS = 100;
const ECHO_PERIOD_MS = 50;
const MOVE_PERIOD_MS = 1000;
const CYCLE_PAUSE_MS = 200;
const INJECT_EVERY = 20;
const ERROR_PAUSE_MS = 1000;

const text = new TextDecoder();

/** The `Seq` values of an Arrow table as numbers (a `long` column: BigInt64Array chunks). */
function seqOf(table: ArrowTable): number[] {
  const column = table.getChild('Seq');
  if (column === null) throw new Error('no Seq column');
  return Array.from(column.toArray() as BigInt64Array, Number);
}

/** One session of the soak. `start` begins the workloads; `stop` ends them and closes what they opened. */
export class SoakWorker {
  readonly counters = new WorkerCounters();
  private readonly subscriptions = new Subscription();
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private stopped = false;
  private lastSeq: number | undefined;
  /** The rows of the live subscription's latest snapshot, against the last row seen before it. */
  lastSnapshot: string | undefined;
  private loop: Promise<void> | undefined;
  /** The time table's first row, in ns since the epoch. */
  private startNs = 0n;
  /** The tables this worker made (the time table, its `Seq` column, the tail), closed by `stop`. */
  private readonly tables: Table[] = [];

  private constructor(
    readonly name: string,
    readonly session: Session,
    private readonly objects: SoakObjects,
    private readonly sinks: SoakSinks,
  ) {}

  static async connect(name: string, url: string, objects: SoakObjects, sinks: SoakSinks): Promise<SoakWorker> {
    return new SoakWorker(name, await Session.connect(url), objects, sinks);
  }

  /** Starts every workload; `peer` is the session that fetches what this one publishes. */
  async start(peer: Session): Promise<void> {
    const s = this.session;
    this.subscriptions.add(s.tokenRefreshes$.subscribe(() => this.counters.tokenRefreshes++));
    this.subscriptions.add(
      s.closed$.subscribe(({ reason, error }) => {
        if (!this.stopped) this.sinks.error(`${this.name} session`, new Error(`the session ended (${reason}): ${error.message}`));
      }),
    );
    // Rows from a minute ago on (the tail is full at once); one row per 100 ms after that.
    const startTime = new Date(Date.now() - 60_000);
    this.startNs = BigInt(startTime.getTime()) * 1_000_000n;
    const ticking = await s.timeTable(TICK_PERIOD, { startTime });
    const numbered = await ticking.update('Seq = ii');
    const tail = await numbered.tail(TAIL_ROWS);
    this.tables.push(ticking, numbered, tail);
    this.subscriptions.add(
      tail.updates({ updateIntervalMs: UPDATE_INTERVAL_MS }).subscribe({
        next: (u) => this.onUpdate(u),
        error: (e: unknown) => this.sinks.error(`${this.name} updates`, e),
      }),
    );
    this.startViewport(tail);
    await this.startEcho();
    this.loop = this.cycleLoop(peer);
  }

  private onUpdate(u: TableUpdate): void {
    const c = this.counters;
    c.updates++;
    const seq = seqOf(u.addedRows);
    c.rows += seq.length;
    this.checkTimes(u.addedRows, seq);
    if (u.isSnapshot) {
      c.snapshots++;
      // A fresh state (the first, or after a reconnection) must reach back to what was seen last, unless more rows
      // ticked meanwhile than the tail holds.
      const first = seq[0];
      const last = seq.at(-1);
      this.lastSnapshot = `Seq ${first}..${last}, last seen before ${this.lastSeq ?? 'none'}`;
      this.sinks.seen?.(this.name, 'updates-snapshot');
      if (this.lastSeq !== undefined && first !== undefined && last !== undefined && first > this.lastSeq + 1) {
        if (last - this.lastSeq > TAIL_ROWS) c.seqBeyondTail += first - this.lastSeq - 1;
        else c.seqGaps += first - this.lastSeq - 1;
      }
      this.checkRun(seq);
      this.lastSeq = seq.at(-1) ?? this.lastSeq;
      return;
    }
    for (const value of seq) {
      const expected = (this.lastSeq ?? value - 1) + 1;
      if (value > expected) c.seqGaps += value - expected;
      else if (value < expected) c.seqDuplicates++;
      this.lastSeq = Math.max(this.lastSeq ?? value, value);
    }
    const times = u.addedRows.getChild('Timestamp');
    const now = Date.now();
    for (let i = 0; i < seq.length; i++) this.sinks.updateLatency.record(now - Number(times?.get(i)));
  }

  /** Counts rows whose `Seq` is not their time table row (`Timestamp` = start + Seq × period). */
  private checkTimes(rows: ArrowTable, seq: readonly number[]): void {
    const times = rows.getChild('Timestamp');
    if (times === null) throw new Error('no Timestamp column');
    // A Timestamp column reads as ms (a number); compare in ms with the period's 100 ms.
    for (let i = 0; i < seq.length; i++) {
      const expected = Number((this.startNs + BigInt(seq[i] ?? 0) * PERIOD_NS) / 1_000_000n);
      if (!(Math.abs(Number(times.get(i)) - expected) < 1)) this.counters.seqTimeMismatches++;
    }
  }

  /** Counts breaks in a run of consecutive numbers within one state. */
  private checkRun(seq: readonly number[]): void {
    for (let i = 1; i < seq.length; i++) {
      const step = (seq[i] ?? 0) - (seq[i - 1] ?? 0);
      if (step > 1) this.counters.seqGaps += step - 1;
      else if (step < 1) this.counters.seqDuplicates++;
    }
  }

  private startViewport(tail: Table): void {
    const c = this.counters;
    const range$ = new BehaviorSubject({ first: 0, last: VIEW_ROWS - 1 });
    let asked = { first: 0, at: Date.now() };
    this.subscriptions.add(
      tail.viewport(range$, { updateIntervalMs: UPDATE_INTERVAL_MS }).subscribe({
        next: (v: ViewportUpdate) => {
          c.viewportUpdates++;
          this.sinks.seen?.(this.name, 'viewport');
          const seq = seqOf(v.table);
          for (let i = 1; i < seq.length; i++) if (seq[i] !== (seq[i - 1] ?? 0) + 1) c.viewportBadRows++;
          if (v.isSnapshot && v.first === asked.first && asked.at > 0) {
            c.viewportAcks++;
            this.sinks.moveLatency.record(Date.now() - asked.at);
            asked = { ...asked, at: 0 };
          }
        },
        error: (e: unknown) => this.sinks.error(`${this.name} viewport`, e),
      }),
    );
    let k = 0;
    this.timers.push(
      setInterval(() => {
        k++;
        // Another place each second, never the current one (131 and 1149 are coprime), so each move is a snapshot.
        const first = 1 + ((k * 131) % (TAIL_ROWS - VIEW_ROWS - 1));
        asked = { first, at: Date.now() };
        c.viewportMoves++;
        range$.next({ first, last: first + VIEW_ROWS - 1 });
      }, MOVE_PERIOD_MS),
    );
  }

  private async startEcho(): Promise<void> {
    const c = this.counters;
    const client = await this.session.pluginClient(new ServerObject('deephaven-rx.Echo', ScopeTicket.scopeTicket(this.objects.echo)));
    const sentAt = new Float64Array(4096);
    let next = 0;
    // After a reopen the plugin says "ready" again; then the replies go on from what reached the new stream.
    let resync = false;
    const reopened = client.reopened$.subscribe(() => {
      c.echoReopens++;
      resync = true;
      this.sinks.seen?.(this.name, 'echo-reopened');
    });
    const replies = client.respStream.pipe(skip(1)).subscribe({
      next: ([payload]) => {
        const n = Number(text.decode(payload));
        if (Number.isNaN(n)) return;
        if (resync) {
          resync = false;
          if (n > next) c.echoLostInRestarts += n - next;
          next = Math.max(next, n);
        }
        c.echoReceived++;
        if (n > next) c.echoGaps += n - next;
        else if (n < next) c.echoDuplicates++;
        if (n >= next) {
          this.sinks.echoLatency.record(performance.now() - (sentAt[n % sentAt.length] ?? 0));
          next = n + 1;
        }
      },
      error: (e: unknown) => this.sinks.error(`${this.name} echo`, e),
    });
    const writer = setInterval(() => {
      const n = c.echoSent++;
      sentAt[n % sentAt.length] = performance.now();
      client.reqStream.write(String(n)).then(
        () => c.echoWritesDone++,
        (e: unknown) => {
          c.echoWritesFailed++;
          if (!this.echoClosed) this.sinks.error(`${this.name} echo write`, e);
        },
      );
    }, ECHO_PERIOD_MS);
    this.closeEchoClient = async () => {
      this.echoClosed = true;
      clearInterval(writer);
      replies.unsubscribe();
      reopened.unsubscribe();
      await client.close();
    };
  }

  private echoClosed = false;
  private closeEchoClient: (() => Promise<void>) | undefined;

  /**
   * Messages the echo client keeps now for late subscribers (`PluginClient.respStream`): the latest of the ready
   * message and the replies, up to the client's default `replay` of 1000.
   */
  get echoKept(): number {
    return this.closeEchoClient === undefined ? 0 : Math.min(ECHO_REPLAY, this.counters.echoReceived + 1);
  }

  /** Ends the echo workload and lets its plugin client go (with the messages it keeps). */
  async closeEcho(): Promise<void> {
    const close = this.closeEchoClient;
    this.closeEchoClient = undefined;
    await close?.();
  }

  private async cycleLoop(peer: Session): Promise<void> {
    const s = this.session;
    const source = ScopeTicket.scopeTicket(this.objects.staticTable);
    while (!this.stopped) {
      try {
        // What a cycle holds goes back even when a step fails (a restart): a session rebuilds what it still holds.
        const exported = await s.fetch(source);
        let rows: number;
        try {
          const shared = SharedTicket.randomTicket();
          await s.publish(exported, shared);
          const fetched = await peer.fetchTable(shared);
          try {
            rows = (await fetched.toArrow()).numRows;
          } finally {
            await fetched.close();
          }
        } finally {
          await s.release(exported);
        }
        if (rows !== this.objects.staticRows) throw new Error(`the shared table has ${rows} rows, not ${this.objects.staticRows}`);
        this.counters.cycles++;
        if (this.counters.cycles % INJECT_EVERY === 0) await this.injectMissing();
      } catch (e) {
        if (!this.stopped) this.sinks.error(`${this.name} fetch/publish/release`, e);
        // A server that is down: try again at a slower pace.
        await new Promise((r) => setTimeout(r, ERROR_PAUSE_MS));
      }
      await new Promise((r) => setTimeout(r, CYCLE_PAUSE_MS));
    }
  }

  /**
   * The injected failures, in turn: a fetch of a variable that does not exist and an openTable of one must fail with
   * NotFound; a fetch aborted once under way must fail with an AbortError. None may leave an export on the server.
   */
  private async injectMissing(): Promise<void> {
    const kind = (this.counters.cycles / INJECT_EVERY) % 3;
    const abort = new AbortController();
    const call =
      kind === 0
        ? this.session.fetch(ScopeTicket.scopeTicket('soak_no_such_variable'))
        : kind === 1
          ? this.session.openTable('soak_no_such_table')
          : this.session.fetch(ScopeTicket.scopeTicket(this.objects.staticTable), { signal: abort.signal });
    if (kind === 2) {
      await Promise.resolve();
      abort.abort();
    }
    try {
      // Aborted in the same turn, the fetch cannot have finished; should it ever, its export goes back.
      const made = await call;
      if (kind === 2) return void (await this.session.release(made as Awaited<ReturnType<Session['fetch']>>));
    } catch (e) {
      const expected = kind === 2 ? e instanceof Error && e.name === 'AbortError' : DeephavenError.from(e).code === Code.NotFound;
      if (expected) {
        this.counters.injected++;
        return;
      }
      throw e;
    }
    throw new Error(
      `an injected failure (${['fetch of a missing variable', 'openTable of a missing name', 'aborted fetch'][kind]}) succeeded`,
    );
  }

  /** Ends the workloads and waits for the fetch loop's last cycle; the session stays open (see `close`). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.splice(0)) clearInterval(t);
    await this.loop;
    this.subscriptions.unsubscribe();
    await this.closeEcho();
    await Promise.all(this.tables.splice(0).map((t) => t.close()));
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.session.close();
  }
}
