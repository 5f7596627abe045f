import type { Observable } from 'rxjs';
import type { ExportTicket } from '../ticket/ticket.js';
import type { BidiStream, CallOptions } from '../transport/calls.js';
import {
  AutoCompleteRequest,
  type AutoCompleteResponse,
  BindTableToVariableRequest,
  ConsoleService,
  type LogSubscriptionData,
  ExecuteCommandRequest,
  GetConsoleTypesRequest,
  GetHeapInfoRequest,
  LogSubscriptionRequest,
  StartConsoleRequest,
} from '../transport/services.js';
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

  /** `GetHeapInfo`: the server JVM's memory, in bytes. */
  async heapInfo(options?: CallOptions): Promise<{ maxMemory: number; totalMemory: number; freeMemory: number }> {
    const r = await this.rpc.unary(ConsoleService.GetHeapInfo, new GetHeapInfoRequest(), options);
    return { maxMemory: Number(r.getMaxMemory()), totalMemory: Number(r.getTotalMemory()), freeMemory: Number(r.getFreeMemory()) };
  }

  /** `StartConsole` of `type` into the export `result`. */
  async startConsole(result: ExportTicket, type: string, options?: CallOptions): Promise<void> {
    const request = new StartConsoleRequest();
    request.setResultId(ticketPb(result));
    request.setSessionType(type);
    await this.rpc.unary(ConsoleService.StartConsole, request, options);
  }

  /** `ExecuteCommand`: runs `code` in the console; `systemic` left out keeps the server's default. */
  async executeCommand(consoleId: ExportTicket, code: string, options?: CallOptions & { readonly systemic?: boolean | undefined }): Promise<CommandResult> {
    const request = new ExecuteCommandRequest();
    request.setConsoleId(ticketPb(consoleId));
    request.setCode(code);
    if (options?.systemic !== undefined)
      request.setSystemic(options.systemic ? ExecuteCommandRequest.SystemicType.EXECUTE_SYSTEMIC : ExecuteCommandRequest.SystemicType.EXECUTE_NOT_SYSTEMIC);
    const response = await this.rpc.unary(ConsoleService.ExecuteCommand, request, options);
    return { error: response.getErrorMessage(), changes: fieldChangesFrom(response.getChanges()) };
  }

  /** `BindTableToVariable`: the table behind `table` becomes the global variable `name`. */
  async bindTableToVariable(consoleId: ExportTicket, name: string, table: ExportTicket, options?: CallOptions): Promise<void> {
    const request = new BindTableToVariableRequest();
    request.setConsoleId(ticketPb(consoleId));
    request.setVariableName(name);
    request.setTableId(ticketPb(table));
    await this.rpc.unary(ConsoleService.BindTableToVariable, request, options);
  }

  /** `SubscribeToLogs`: the server's log lines, those after `sinceMicros` it still holds first (0: all it holds). */
  logs(sinceMicros: number, levels: readonly string[], options?: CallOptions): Observable<LogSubscriptionData> {
    const request = new LogSubscriptionRequest();
    request.setLastSeenLogTimestamp(String(sinceMicros));
    request.setLevelsList([...levels]);
    return this.rpc.serverStream(ConsoleService.SubscribeToLogs, request, options);
  }

  /** `AutoCompleteStream` (or its Open/Next pair where the transport has no client streaming). */
  autoComplete(options?: CallOptions): BidiStream<AutoCompleteRequest, AutoCompleteResponse> {
    return this.rpc.bidi(
      ConsoleService.AutoCompleteStream,
      { open: ConsoleService.OpenAutoCompleteStream, next: ConsoleService.NextAutoCompleteStream, empty: () => new AutoCompleteRequest() },
      options,
    );
  }
}
