import type { ExportTicket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import { ConsoleService, ExecuteCommandRequest, GetConsoleTypesRequest, StartConsoleRequest } from '../transport/services.js';
import { fieldChangesFrom, type FieldChanges } from './application-service.js';
import type { Rpc } from './rpc.js';
import { ticketPb } from './tickets.js';

/** @internal What one `ExecuteCommand` did: the server's error message (`''` when none) and the variables it changed. */
export interface CommandResult {
  readonly error: string;
  readonly changes: FieldChanges;
}

/** @internal `ConsoleService`: script consoles. */
export class ConsoleServiceClient {
  constructor(private readonly rpc: Rpc) {}

  /** `GetConsoleTypes`: the script languages the server offers (empty when its console is disabled). */
  async consoleTypes(options?: CallOptions): Promise<string[]> {
    return (await this.rpc.unary(ConsoleService.GetConsoleTypes, new GetConsoleTypesRequest(), options)).getConsoleTypesList();
  }

  /** `StartConsole` of `type` into the export `result`. */
  async startConsole(result: ExportTicket, type: string, options?: CallOptions): Promise<void> {
    const request = new StartConsoleRequest();
    request.setResultId(ticketPb(result));
    request.setSessionType(type);
    await this.rpc.unary(ConsoleService.StartConsole, request, options);
  }

  /** `ExecuteCommand`: runs `code` in the console. */
  async executeCommand(consoleId: ExportTicket, code: string, options?: CallOptions): Promise<CommandResult> {
    const request = new ExecuteCommandRequest();
    request.setConsoleId(ticketPb(consoleId));
    request.setCode(code);
    const response = await this.rpc.unary(ConsoleService.ExecuteCommand, request, options);
    return { error: response.getErrorMessage(), changes: fieldChangesFrom(response.getChanges()) };
  }
}
