import { Code, DeephavenError } from '../errors.js';
import type { AbortOptions } from '../rx/abortable.js';
import type { Connection } from '../session/connection.js';
import { fieldChangesFrom, type FieldChanges } from '../session/fields.js';
import { ticketPb } from '../session/wire-tickets.js';
import { ExportTicket } from '../ticket/ticket.js';
import {
  ConsoleService,
  ExecuteCommandRequest,
  GetConsoleTypesRequest,
  StartConsoleRequest,
} from '../transport/services.js';

/** Options of `Session.runScript`. */
export interface RunScriptOptions extends AbortOptions {
  /**
   * Stops waiting for the result: the Promise rejects with an `AbortError` (the script itself keeps running on the
   * server).
   */
  readonly signal?: AbortSignal | undefined;
}

/**
 * @internal The session's script console: started lazily, once, in the server's language, and reused.
 */
export class ScriptConsole {
  private started: Promise<ExportTicket> | undefined;

  constructor(private readonly connection: Connection) {}

  /** Runs `code`; resolves with the variables it created, updated and removed. */
  async run(code: string, options: RunScriptOptions = {}): Promise<FieldChanges> {
    if (typeof code !== 'string') throw new DeephavenError(Code.InvalidArgument, 'runScript takes the code as a string');
    const consoleId = await this.start();
    const request = new ExecuteCommandRequest();
    request.setConsoleId(ticketPb(consoleId));
    request.setCode(code);
    const response = await this.connection.unary(ConsoleService.ExecuteCommand, request, { signal: options.signal });
    const error = response.getErrorMessage();
    if (error !== '') {
      throw new DeephavenError(Code.InvalidArgument, `the script failed: ${error}`, {
        method: 'io.deephaven.proto.backplane.script.grpc.ConsoleService/ExecuteCommand',
      });
    }
    return fieldChangesFrom(response.getChanges());
  }

  private start(): Promise<ExportTicket> {
    this.started ??= this.startConsole().catch((err: unknown) => {
      this.started = undefined;
      throw err;
    });
    return this.started;
  }

  private async startConsole(): Promise<ExportTicket> {
    const types = await this.connection.unary(ConsoleService.GetConsoleTypes, new GetConsoleTypesRequest());
    const type = types.getConsoleTypesList()[0];
    if (type === undefined) throw new DeephavenError(Code.FailedPrecondition, 'the server has its script console disabled');
    const id = ExportTicket.fromId(this.connection.nextExportId());
    const request = new StartConsoleRequest();
    request.setResultId(ticketPb(id));
    request.setSessionType(type);
    await this.connection.unary(ConsoleService.StartConsole, request);
    return id;
  }
}
