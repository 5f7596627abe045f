// The deephaven-rx side of the benchmarks. Environment-neutral: the Node runs call it directly, the Chromium runs
// through the harness page (`window.benchRx`). Every method measures one repetition and returns plain numbers, so
// that the orchestrator can measure memory around it and alternate clients between repetitions.
import { filter, firstValueFrom, lastValueFrom, shareReplay, tap } from 'rxjs';
import { ScopeTicket, ServerObject, Session, SharedTicket, type SessionOptions, type Table, type TransportChoice } from '../src/index.js';
// Internal, for taking a read apart into its steps and for reading the raw bytes off the wire transport.
import { ExportRequest, FlightTicket, ReleaseRequest, Ticket as TicketPb } from '../src/transport/services.js';
import { opsPerSecond } from './pace.js';

/** What the 10-operation chain needs of a Table or a Query builder. */
interface Chainable {
  where(f: string): Chainable;
  update(f: string): Chainable;
  updateView(f: string): Chainable;
  dropColumns(c: string): Chainable;
  sort(c: string, d: 'asc' | 'desc'): Chainable;
  head(n: number): Chainable;
  view(c: string[]): Chainable;
  tail(n: number): Chainable;
  exec(): Promise<Table>;
}

/** The 10 chained operations of the query workload (pydeephaven runs the same in bench_query). */
const CHAIN: ((t: Chainable) => Chainable)[] = [
  (t) => t.where('I % 2 == 0'),
  (t) => t.update('X = L * 2'),
  (t) => t.updateView('Y = D + 1'),
  (t) => t.dropColumns('F'),
  (t) => t.where('X > 100'),
  (t) => t.sort('X', 'desc'),
  (t) => t.head(10_000),
  (t) => t.view(['I', 'X', 'Y', 'S']),
  (t) => t.tail(100),
  (t) => t.update('Z = I + 1'),
];

/** One deephaven-rx client of the benchmark: a session on one transport, and the tables it holds open. */
export class RxBench {
  private readonly tables = new Map<string, Table>();

  private constructor(
    private readonly url: string,
    private readonly transport: TransportChoice,
    private readonly psk: string | undefined,
    readonly session: Session,
  ) {}

  static async open(url: string, transport: TransportChoice, psk?: string, options: SessionOptions = {}): Promise<RxBench> {
    const auth = psk ? { auth: { type: 'psk', key: psk } as const } : {};
    return new RxBench(url, transport, psk, await Session.connect(url, { ...options, transport, ...auth }));
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
   * Workload 1's physical limit on this transport ("raw receive"): the same DoGet, its response bytes read off the
   * wire transport and dropped: no protobuf, no Arrow, nothing kept. Seconds, and the bytes received.
   */
  async rawSnapshot(name: string): Promise<{ seconds: number; rows: number }> {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = await this.session.openTable(name);
      this.tables.set(name, table);
    }
    const connection = this.session.internals;
    const request = new FlightTicket();
    request.setTicket(table.ticket.rawBytes);
    const payload = request.serializeBinary();
    const framed = new Uint8Array(5 + payload.length);
    new DataView(framed.buffer).setUint32(1, payload.length, false);
    framed.set(payload, 5);
    const headers = await connection.headersFor();
    const t0 = performance.now();
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      const call = connection.wireTransport.open(
        {
          url: `${connection.url}/arrow.flight.protocol.FlightService/DoGet`,
          method: 'arrow.flight.protocol.FlightService/DoGet',
          // What the SDK's gRPC-Web call adds to every call's headers.
          headers: { ...headers, 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' },
        },
        {
          headers: () => undefined,
          chunk: (chunk) => {
            bytes += chunk.byteLength;
          },
          end: (err) => (err === undefined ? resolve() : reject(err)),
        },
      );
      call.send(framed);
      call.finishSend();
    });
    if (bytes < table.size) throw new Error(`raw receive read ${bytes} bytes for ${table.size} rows`);
    return { seconds: (performance.now() - t0) / 1000, rows: table.size };
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
    // Messages only (received, protobuf-decoded, dropped), then the SDK's own read (decoded batch by batch as the
    // messages arrive), each timed from its first message.
    let messages = 0;
    await lastValueFrom(
      table.flightData().pipe(
        tap((m) => {
          if (Number.isNaN(first)) first = performance.now();
          bytes += m.header.byteLength + m.body.byteLength;
          messages += 1;
        }),
      ),
    );
    const received = performance.now();
    let firstBatch = NaN;
    let rows = 0;
    const t1 = performance.now();
    await lastValueFrom(
      table.recordBatches().pipe(
        tap((b) => {
          if (Number.isNaN(firstBatch)) firstBatch = performance.now();
          rows += b.numRows;
        }),
      ),
      { defaultValue: undefined },
    );
    const decoded = performance.now();
    return {
      'first message': first - t0,
      'all messages': received - first,
      'read: first batch': firstBatch - t1,
      'read: all batches': decoded - firstBatch,
      rows,
      messages,
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

  /**
   * Workload 3's physical limit over fetch ("raw fetch"): `fetch + release` as the same three gRPC-Web requests the
   * SDK sends (the existence check of the name, GetExportedTableCreationResponse; ExportFromTicket into a new export;
   * Release of it) sent by bare `fetch`, one after the other, `inFlight` at a time, with the session's token: no SDK
   * call machinery, no protobuf decoding of the answers. Operations per second. Only where this page reaches the
   * server over fetch (HTTP/2 on https://, or HTTP/1.1 where allowed).
   */
  async rawRoundTrips(name: string, n: number, inFlight: number): Promise<number> {
    const connection = this.session.internals;
    const headers = { ...(await connection.headersFor()), 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' };
    const scope = ScopeTicket.scopeTicket(name).rawBytes;
    const post = async (method: string, message: { serializeBinary(): Uint8Array }): Promise<void> => {
      const payload = message.serializeBinary();
      const framed = new Uint8Array(5 + payload.length);
      new DataView(framed.buffer).setUint32(1, payload.length, false);
      framed.set(payload, 5);
      const response = await fetch(`${connection.url}/${method}`, {
        method: 'POST',
        headers,
        body: framed,
        credentials: 'omit',
        cache: 'no-store',
      });
      const body = new Uint8Array(await response.arrayBuffer());
      const status = response.headers.get('grpc-status') ?? trailerStatus(body);
      if (status !== '0') throw new Error(`raw ${method}: grpc-status ${String(status)}`);
    };
    const ticket = (bytes: Uint8Array): TicketPb => {
      const t = new TicketPb();
      t.setTicket(bytes);
      return t;
    };
    const one = async (): Promise<void> => {
      const id = connection.exports.nextId();
      const exported = new Uint8Array(5);
      exported[0] = 0x65; // 'e'
      new DataView(exported.buffer).setInt32(1, id, true);
      await post('io.deephaven.proto.backplane.grpc.TableService/GetExportedTableCreationResponse', ticket(scope));
      const request = new ExportRequest();
      request.setSourceId(ticket(scope));
      request.setResultId(ticket(exported));
      await post('io.deephaven.proto.backplane.grpc.SessionService/ExportFromTicket', request);
      const release = new ReleaseRequest();
      release.setId(ticket(exported));
      await post('io.deephaven.proto.backplane.grpc.SessionService/Release', release);
    };
    return opsPerSecond(n, inFlight, one);
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
  /**
   * Upload workload: seconds for one `importTable` of a scope table's data (read to Arrow once, outside the timing);
   * the uploaded table is closed after.
   */
  async upload(name: string): Promise<{ seconds: number; rows: number }> {
    this.uploadData ??= { name, data: await (await this.session.openTable(name)).toArrow() };
    const t0 = performance.now();
    const t = await this.session.importTable(this.uploadData.data);
    const seconds = (performance.now() - t0) / 1000;
    await t.close();
    return { seconds, rows: t.size };
  }

  private uploadData: { name: string; data: import('apache-arrow').Table } | undefined;

  /**
   * Query workload: milliseconds for 10 chained operations on a scope table, as one batch (`query(...).exec()`) or
   * as 10 awaited calls (intermediates closed after); the result is closed after.
   */
  async chain(name: string, batched: boolean): Promise<number> {
    let source = this.tables.get(name);
    if (source === undefined) {
      source = await this.session.openTable(name);
      this.tables.set(name, source);
    }
    const t0 = performance.now();
    let result: Table;
    const made: Table[] = [];
    if (batched) {
      result = await CHAIN.reduce((q, step) => step(q), this.session.query(source) as unknown as Chainable).exec();
    } else {
      let t: Table = source;
      for (const step of CHAIN) {
        t = await (step(t as unknown as Chainable) as unknown as Promise<Table>);
        made.push(t);
      }
      result = t;
    }
    const ms = performance.now() - t0;
    await Promise.all([...made, result].map((x) => x.close()));
    return ms;
  }

  async closeTables(): Promise<void> {
    await Promise.all([...this.tables.values()].map((t) => t.close()));
    this.tables.clear();
  }

  async close(): Promise<void> {
    await this.closeTables();
    await this.session.close();
  }
}

/** The `grpc-status` of a gRPC-Web response body's trailers frame. */
function trailerStatus(body: Uint8Array): string | undefined {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  for (let at = 0; at + 5 <= body.length; ) {
    const length = view.getUint32(at + 1, false);
    if (body[at] === 0x80) return /grpc-status:\s*(\d+)/i.exec(new TextDecoder().decode(body.subarray(at + 5, at + 5 + length)))?.[1];
    at += 5 + length;
  }
  return undefined;
}
