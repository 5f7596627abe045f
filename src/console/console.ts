import { Code, DeephavenError } from '../errors.js';
import type { AbortOptions } from '../rx/abortable.js';
import type { Connection } from '../session/connection.js';
import { ConsoleServiceClient } from '../services/console-service.js';
import type { FieldChanges } from '../session/fields.js';
import { ExportTicket } from '../ticket/ticket.js';

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
  private readonly service: ConsoleServiceClient;

  constructor(private readonly connection: Connection) {
    this.service = new ConsoleServiceClient(connection);
  }

  /** Runs `code`; resolves with the variables it created, updated and removed. */
  async run(code: string, options: RunScriptOptions = {}): Promise<FieldChanges> {
    if (typeof code !== 'string') throw new DeephavenError(Code.InvalidArgument, 'runScript takes the code as a string');
    const consoleId = await this.start();
    const { error, changes } = await this.service.executeCommand(consoleId, code, { signal: options.signal });
    if (error !== '') {
      throw new DeephavenError(Code.InvalidArgument, `the script failed: ${error}`, {
        method: 'io.deephaven.proto.backplane.script.grpc.ConsoleService/ExecuteCommand',
      });
    }
    return changes;
  }

  private start(): Promise<ExportTicket> {
    this.started ??= this.startConsole().catch((err: unknown) => {
      this.started = undefined;
      throw err;
    });
    return this.started;
  }

  private async startConsole(): Promise<ExportTicket> {
    const type = (await this.service.consoleTypes())[0];
    if (type === undefined) throw new DeephavenError(Code.FailedPrecondition, 'the server has its script console disabled');
    const id = ExportTicket.fromId(this.connection.nextExportId());
    await this.service.startConsole(id, type);
    return id;
  }
}
