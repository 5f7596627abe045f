import { Code, DeephavenError } from '../errors.js';
import type { CallOptions } from '../rx/abortable.js';
import type { Connection } from '../session/connection.js';
import { bindTableToVariable, consoleTypes, executeCommand, startConsole } from '../services/console-service.js';
import type { FieldChanges } from '../session/fields.js';
import type { Completer, Completion } from './completions.js';
import { ExportTicket } from '../ticket/ticket.js';

/** Options of `Session.runScript`. */
export interface RunScriptOptions extends CallOptions {
  /**
   * Stops waiting for the result: the Promise rejects with an `AbortError` (the script itself keeps running on the
   * server).
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * Whether the server treats the script as systemically important (its failure is the process's failure);
   * left out, the server's default applies (pydeephaven's `systemic=None`).
   */
  readonly systemic?: boolean;
}

/**
 * @internal The session's script console: started lazily, once, in the server's language, and reused.
 */
export class ScriptConsole {
  private started: Promise<ExportTicket> | undefined;
  private language = '';
  private completer: Promise<Completer> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly sessionType?: string,
  ) {}

  /** Runs `code`; resolves with the variables it created, updated and removed. */
  async run(code: string, options: RunScriptOptions = {}): Promise<FieldChanges> {
    if (typeof code !== 'string') throw new DeephavenError(Code.InvalidArgument, 'runScript takes the code as a string');
    const consoleId = await this.start();
    if (options.systemic !== undefined && typeof options.systemic !== 'boolean')
      throw new DeephavenError(Code.InvalidArgument, 'runScript takes systemic as true or false');
    const { error, changes } = await executeCommand(this.connection, consoleId, code, {
      signal: options.signal,
      systemic: options.systemic,
    });
    if (error !== '') {
      throw new DeephavenError(Code.InvalidArgument, `the script failed: ${error}`, {
        method: 'io.deephaven.proto.backplane.script.grpc.ConsoleService/ExecuteCommand',
      });
    }
    return changes;
  }

  /** Binds the table behind `tableTicket` to the global variable `name` (pydeephaven's `bind_table`). */
  async bindTable(name: string, tableTicket: ExportTicket, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    const consoleId = await this.start();
    await bindTableToVariable(this.connection, consoleId, name, tableTicket, { signal: options.signal });
  }

  /** Completions at character offset `position` of `code`, over the session's one autocomplete stream. */
  async completions(code: string, position: number, options: CallOptions = {}): Promise<Completion[]> {
    if (typeof code !== 'string') throw new DeephavenError(Code.InvalidArgument, 'completions takes the code as a string');
    if (!Number.isInteger(position) || position < 0 || position > code.length)
      throw new DeephavenError(
        Code.InvalidArgument,
        `completions takes a character offset from 0 to ${String(code.length)} (the code's length), got ${String(position)}`,
      );
    this.completer ??= Promise.all([this.start(), import('./completions.js')]).then(
      ([id, m]) => new m.Completer(this.connection, id, this.language),
    );
    const completer = await this.completer.catch((err: unknown) => {
      this.completer = undefined;
      throw err;
    });
    return completer.complete(code, position, options.signal);
  }

  private start(): Promise<ExportTicket> {
    this.started ??= this.startConsole().catch((err: unknown) => {
      this.started = undefined;
      throw err;
    });
    return this.started;
  }

  private async startConsole(): Promise<ExportTicket> {
    const offered = await consoleTypes(this.connection);
    const type = this.sessionType ?? offered[0];
    if (type === undefined) throw new DeephavenError(Code.FailedPrecondition, 'the server has its script console disabled');
    if (!offered.includes(type))
      throw new DeephavenError(Code.FailedPrecondition, `the server has no ${type} console (it offers: ${offered.join(', ') || 'none'})`);
    const id = ExportTicket.fromId(this.connection.exports.nextId());
    await startConsole(this.connection, id, type);
    this.language = type;
    return id;
  }
}
