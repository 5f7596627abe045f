// runScript's options on the wire (fake transport): the console is started once and `systemic` reaches
// ExecuteCommandRequest as pydeephaven sends it (left out: not set, the server's default).
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Session } from 'deephaven-rx';
import { fakeDeephaven, type FakeCall } from 'deephaven-rx/testing';
import { ExecuteCommandRequest, ExecuteCommandResponse, StartConsoleRequest } from '../../../src/transport/services.js';
import { GetConsoleTypesResponse, StartConsoleResponse } from '../../../src/generated/deephaven_core/proto/console_pb.js';

const CONSOLE = 'io.deephaven.proto.backplane.script.grpc.ConsoleService';

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
