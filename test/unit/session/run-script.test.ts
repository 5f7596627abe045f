// The console on the wire (fake transport): completions share one autocomplete stream per session, opened on
// first use and ended with the session; runScript's options: the console is started once and `systemic` reaches
// ExecuteCommandRequest as pydeephaven sends it (left out: not set, the server's default).
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Session } from 'deephaven-rx';
import { fakeDeephaven, type FakeCall } from 'deephaven-rx/testing';
import {
  AutoCompleteRequest,
  AutoCompleteResponse,
  ExecuteCommandRequest,
  ExecuteCommandResponse,
  StartConsoleRequest,
} from '../../../src/transport/services.js';
import {
  CompletionItem,
  GetCompletionItemsResponse,
  GetConsoleTypesResponse,
  StartConsoleResponse,
} from '../../../src/generated/deephaven_core/proto/console_pb.js';

const CONSOLE = 'io.deephaven.proto.backplane.script.grpc.ConsoleService';

/** A fake server with a python console. */
function consoleServer(): ReturnType<typeof fakeDeephaven> {
  const server = fakeDeephaven();
  server.transport
    .handle(`${CONSOLE}/GetConsoleTypes`, (call) => {
      const r = new GetConsoleTypesResponse();
      r.setConsoleTypesList(['python']);
      call.respond(r.serializeBinary());
      call.end();
    })
    .handle(`${CONSOLE}/StartConsole`, (call) => {
      void firstValueFrom(call.requests$).then(() => {
        call.respond(new StartConsoleResponse().serializeBinary());
        call.end();
      });
    });
  return server;
}

describe('completions', () => {
  it('open one autocomplete stream per session on first use, reuse it for later calls, and close it with the session', async () => {
    const server = consoleServer();
    const streams: { asked: string[]; ended: Promise<string> }[] = [];
    server.transport.handle(`${CONSOLE}/AutoCompleteStream`, (call) => {
      const asked: string[] = [];
      const documents = new Map<string, string>();
      let done: (how: string) => void = () => undefined;
      const ended = new Promise<string>((resolve) => (done = resolve));
      void call.cancelled.then(() => done('cancelled'));
      call.requests$.subscribe({
        next: (bytes) => {
          const r = AutoCompleteRequest.deserializeBinary(bytes);
          const open = r.getOpenDocument()?.getTextDocument();
          if (open !== undefined) documents.set(open.getUri(), open.getText());
          const get = r.getGetCompletionItems();
          if (get === undefined) return;
          const code = documents.get(get.getTextDocument()?.getUri() ?? '') ?? '';
          asked.push(code);
          const item = new CompletionItem();
          item.setLabel(`${code}_done`);
          item.setKind(6); // variable
          const items = new GetCompletionItemsResponse();
          items.setItemsList([item]);
          items.setRequestId(r.getRequestId());
          items.setSuccess(true);
          const answer = new AutoCompleteResponse();
          answer.setRequestId(r.getRequestId());
          answer.setCompletionItems(items);
          call.respond(answer.serializeBinary());
        },
        complete: () => done('half-closed'),
      });
      streams.push({ asked, ended });
    });
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    expect(streams).toHaveLength(0);
    const first = await session.completions('ab', 2);
    expect(first.map((c) => [c.label, c.kind])).toEqual([['ab_done', 'variable']]);
    expect(streams).toHaveLength(1);
    const [second, third] = await Promise.all([session.completions('cd', 2), session.completions('ef', 1)]);
    expect([second[0]?.label, third[0]?.label]).toEqual(['cd_done', 'ef_done']);
    expect(streams).toHaveLength(1);
    expect(streams[0]?.asked).toEqual(['ab', 'cd', 'ef']);
    expect(server.transport.calls.filter((m) => m.endsWith('/AutoCompleteStream'))).toHaveLength(1);
    await session.close();
    expect(await streams[0]?.ended).toBe('half-closed'); // the SDK ends its side; the call is gone
    expect(server.transport.openCalls).toBe(0);
  });
});

describe('runScript', () => {
  it('sends systemic as EXECUTE_SYSTEMIC / EXECUTE_NOT_SYSTEMIC, and leaves it unset when left out', async () => {
    const server = fakeDeephaven();
    const sent: ExecuteCommandRequest[] = [];
    const starts: string[] = [];
    const answer = (call: FakeCall, bytes: Uint8Array): void => {
      call.respond(bytes);
      call.end();
    };
    server.transport
      .handle(`${CONSOLE}/GetConsoleTypes`, (call) => {
        const r = new GetConsoleTypesResponse();
        r.setConsoleTypesList(['python']);
        answer(call, r.serializeBinary());
      })
      .handle(`${CONSOLE}/StartConsole`, (call) => {
        void firstValueFrom(call.requests$).then((b) => {
          starts.push(StartConsoleRequest.deserializeBinary(b).getSessionType());
          answer(call, new StartConsoleResponse().serializeBinary());
        });
      })
      .handle(`${CONSOLE}/ExecuteCommand`, (call) => {
        void firstValueFrom(call.requests$).then((b) => {
          sent.push(ExecuteCommandRequest.deserializeBinary(b));
          answer(call, new ExecuteCommandResponse().serializeBinary());
        });
      });
    const session = await Session.connect('http://fake.test', { transport: server.transport });
    await session.runScript('a = 1', { systemic: true });
    await session.runScript('b = 2', { systemic: false });
    await session.runScript('c = 3');
    await session.close();
    expect(starts).toEqual(['python']);
    expect(sent.map((r) => [r.getCode(), r.hasSystemic() ? r.getSystemic() : 'unset'])).toEqual([
      ['a = 1', ExecuteCommandRequest.SystemicType.EXECUTE_SYSTEMIC],
      ['b = 2', ExecuteCommandRequest.SystemicType.EXECUTE_NOT_SYSTEMIC],
      ['c = 3', 'unset'],
    ]);
  });
});
