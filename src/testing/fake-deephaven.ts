import { Message, tableToIPC, type Table as ArrowTable } from 'apache-arrow';
import { ExportTicket, ScopeTicket, ticketFromBytes, type Ticket } from '../ticket/ticket.js';
import {
  ConfigurationConstantsResponse,
  ConfigValue,
  ExportedTableCreationResponse,
  ExportRequest,
  ExportResponse,
  FetchTableRequest,
  FlightData,
  FlightTicket,
  PublishRequest,
  PublishResponse,
  ReleaseRequest,
  ReleaseResponse,
  TableReference as TableReferencePb,
  Ticket as TicketPb,
} from '../transport/services.js';
import { createFakeTransport, type FakeCall, type FakeTransport } from './fake-transport.js';

const SESSION = 'io.deephaven.proto.backplane.grpc.SessionService';
const TABLE = 'io.deephaven.proto.backplane.grpc.TableService';

/** A scripted Deephaven server on a {@link FakeTransport}: sessions, exports, scope tables read through DoGet. */
export interface FakeDeephaven {
  readonly transport: FakeTransport;
  /** Export ids released by the client, in order. */
  readonly released: number[];
  /** Export ids the client holds now (made by fetch or table calls, not yet released). */
  readonly held: ReadonlySet<number>;
  /** The number of DoGet calls the client cancelled. */
  readonly cancelledReads: number;
  /** Puts a table in the server's scope under `name`; DoGet sends one message per record batch of it. */
  table(name: string, data: ArrowTable): this;
}

/**
 * A scripted server for unit tests: configuration (with a session token), termination notices (never sent),
 * CloseSession, Release, ExportFromTicket, PublishFromTicket, FetchTable and GetExportedTableCreationResponse of
 * scope tables and DoGet of their exports. Other methods can be added with `transport.handle`.
 *
 * @example
 * ```ts
 * import { tableFromArrays } from 'apache-arrow';
 * import { fakeDeephaven } from 'deephaven-rx/testing';
 *
 * const server = fakeDeephaven().table('t', tableFromArrays({ X: Int32Array.from([1, 2, 3]) }));
 * const session = await Session.connect('http://fake', { transport: server.transport });
 * console.log((await (await session.openTable('t')).toArrow()).numRows); // 3
 * ```
 */
export function fakeDeephaven(transport: FakeTransport = createFakeTransport()): FakeDeephaven {
  const scope = new Map<string, ArrowTable>();
  const exports = new Map<number, ArrowTable | 'object'>();
  const released: number[] = [];
  let tokens = 0;
  let cancelledReads = 0;
  const token = (): Record<string, string> => ({ authorization: `Bearer fake-token-${(tokens += 1)}` });
  const exportId = (pb: TicketPb | undefined): number => {
    const t = ticketFromBytes(pb?.getTicket_asU8() ?? new Uint8Array());
    return t instanceof ExportTicket ? t.id : 0;
  };
  const resolve = (t: Ticket): ArrowTable | 'object' | undefined => {
    if (t instanceof ScopeTicket) return scope.get(t.name) ?? undefined;
    if (t instanceof ExportTicket) return exports.get(t.id);
    return undefined;
  };
  const created = (source: ArrowTable, ref: TableReferencePb | undefined): ExportedTableCreationResponse => {
    const r = new ExportedTableCreationResponse();
    r.setResultId(ref);
    r.setSuccess(true);
    r.setIsStatic(true);
    r.setSize(String(source.numRows));
    r.setSchemaHeader(ipcMessages(source)[0]?.framed ?? new Uint8Array());
    return r;
  };
  const unary =
    <Req>(decode: (b: Uint8Array) => Req, answer: (req: Req, call: FakeCall) => Uint8Array | { code: number; message: string }) =>
    (call: FakeCall) => {
      call.requests$.subscribe((bytes) => {
        call.sendHeaders(token());
        const out = answer(decode(bytes), call);
        if (out instanceof Uint8Array) {
          call.respond(out);
          call.end();
        } else call.end(out);
      });
    };

  transport
    .handle('io.deephaven.proto.backplane.grpc.ConfigService/GetConfigurationConstants', (call) => {
      call.sendHeaders(token());
      const r = new ConfigurationConstantsResponse();
      const v = new ConfigValue();
      v.setStringValue('300000');
      r.getConfigValuesMap().set('http.session.durationMs', v);
      call.respond(r.serializeBinary());
      call.end();
    })
    .handle(`${SESSION}/TerminationNotification`, () => undefined)
    .handle(`${SESSION}/CloseSession`, (call) => {
      call.respond(new Uint8Array());
      call.end();
    })
    .handle(
      `${SESSION}/Release`,
      unary(
        (b) => ReleaseRequest.deserializeBinary(b),
        (req) => {
          const id = exportId(req.getId());
          released.push(id);
          exports.delete(id);
          return new ReleaseResponse().serializeBinary();
        },
      ),
    )
    .handle(
      `${SESSION}/ExportFromTicket`,
      unary(
        (b) => ExportRequest.deserializeBinary(b),
        (req) => {
          const source = resolve(ticketFromBytes(req.getSourceId()?.getTicket_asU8() ?? new Uint8Array()));
          if (source === undefined) return { code: 5, message: 'not found' };
          exports.set(exportId(req.getResultId()), source);
          return new ExportResponse().serializeBinary();
        },
      ),
    )
    .handle(
      `${SESSION}/PublishFromTicket`,
      unary(
        (b) => PublishRequest.deserializeBinary(b),
        () => new PublishResponse().serializeBinary(),
      ),
    )
    .handle(
      `${TABLE}/FetchTable`,
      unary(
        (b) => FetchTableRequest.deserializeBinary(b),
        (req) => {
          const source = resolve(ticketFromBytes(req.getSourceId()?.getTicket()?.getTicket_asU8() ?? new Uint8Array()));
          if (source === undefined || source === 'object') return { code: 3, message: 'not a table' };
          const id = exportId(req.getResultId());
          exports.set(id, source);
          return created(source, req.getSourceId()).serializeBinary();
        },
      ),
    )
    // Describes a table without exporting it (the SDK asks before fetching a name): NOT_FOUND as the server says.
    .handle(
      `${TABLE}/GetExportedTableCreationResponse`,
      unary(
        (b) => TicketPb.deserializeBinary(b),
        (req) => {
          const source = resolve(ticketFromBytes(req.getTicket_asU8()));
          if (source === undefined) return { code: 5, message: 'not found' };
          if (source === 'object') return { code: 9, message: 'Ticket is not a table' };
          const ref = new TableReferencePb();
          ref.setTicket(req);
          return created(source, ref).serializeBinary();
        },
      ),
    )
    .handle('arrow.flight.protocol.FlightService/DoGet', (call) => {
      void call.cancelled.then(() => (cancelledReads += 1));
      call.requests$.subscribe((bytes) => {
        const id = (() => {
          const t = ticketFromBytes(FlightTicket.deserializeBinary(bytes).getTicket_asU8());
          return t instanceof ExportTicket ? t.id : 0;
        })();
        const data = exports.get(id);
        if (data === undefined || data === 'object') return call.end({ code: 5, message: `no table at export ${id}` });
        call.sendHeaders({});
        const messages = ipcMessages(data);
        // One message per macrotask, as a network delivers them, so that a reader can cancel in between.
        const next = (i: number): void => {
          const m = messages[i];
          if (m === undefined) return call.end();
          const fd = new FlightData();
          fd.setDataHeader(m.header);
          fd.setDataBody(m.body);
          call.respond(fd.serializeBinary());
          setTimeout(() => next(i + 1), 0);
        };
        next(0);
      });
    });

  return {
    transport,
    released,
    get held() {
      return new Set([...exports.keys()]);
    },
    get cancelledReads() {
      return cancelledReads;
    },
    table(name, data) {
      scope.set(name, data);
      return this;
    },
  };
}

interface RawMessage {
  readonly header: Uint8Array;
  readonly body: Uint8Array;
  readonly framed: Uint8Array;
}

/** The IPC messages of a table, as a server sends them over Flight. */
function ipcMessages(table: ArrowTable): RawMessage[] {
  const bytes = tableToIPC(table, 'stream');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: RawMessage[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const length = view.getInt32(at + 4, true);
    if (length === 0) break;
    const start = at;
    const header = bytes.subarray(at + 8, at + 8 + length);
    at += 8 + length;
    const bodyLength = Message.decode(header).bodyLength;
    out.push({ header, body: bytes.subarray(at, at + bodyLength), framed: bytes.subarray(start, at) });
    at += bodyLength;
  }
  return out;
}
