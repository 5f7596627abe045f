import { map, type Observable } from 'rxjs';
import type { ExportTicket } from '../ticket/ticket.js';
import type { CallOptions } from '../transport/calls.js';
import {
  AutoCompleteRequest,
  type AutoCompleteResponse,
  BindTableToVariableRequest,
  CloseDocumentRequest,
  CompletionContext,
  GetCompletionItemsRequest,
  OpenDocumentRequest,
  Position,
  TextDocumentItem,
  VersionedTextDocumentIdentifier,
  ConsoleService,
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

/** @internal `GetConsoleTypes`: the script languages the server offers (empty when its console is disabled). */
export async function consoleTypes(rpc: Rpc, options?: CallOptions): Promise<string[]> {
  return (await rpc.unary(ConsoleService.GetConsoleTypes, new GetConsoleTypesRequest(), options)).getConsoleTypesList();
}

/** @internal `GetHeapInfo`: the server JVM's memory, in bytes. */
export async function heapInfo(rpc: Rpc, options?: CallOptions): Promise<{ maxMemory: number; totalMemory: number; freeMemory: number }> {
  const r = await rpc.unary(ConsoleService.GetHeapInfo, new GetHeapInfoRequest(), options);
  return { maxMemory: Number(r.getMaxMemory()), totalMemory: Number(r.getTotalMemory()), freeMemory: Number(r.getFreeMemory()) };
}

/** @internal `StartConsole` of `type` into the export `result`. */
export async function startConsole(rpc: Rpc, result: ExportTicket, type: string, options?: CallOptions): Promise<void> {
  const request = new StartConsoleRequest();
  request.setResultId(ticketPb(result));
  request.setSessionType(type);
  await rpc.unary(ConsoleService.StartConsole, request, options);
}

/** @internal `ExecuteCommand`: runs `code` in the console; `systemic` left out keeps the server's default. */
export async function executeCommand(
  rpc: Rpc,
  consoleId: ExportTicket,
  code: string,
  options?: CallOptions & { readonly systemic?: boolean | undefined },
): Promise<CommandResult> {
  const request = new ExecuteCommandRequest();
  request.setConsoleId(ticketPb(consoleId));
  request.setCode(code);
  if (options?.systemic !== undefined)
    request.setSystemic(
      options.systemic ? ExecuteCommandRequest.SystemicType.EXECUTE_SYSTEMIC : ExecuteCommandRequest.SystemicType.EXECUTE_NOT_SYSTEMIC,
    );
  const response = await rpc.unary(ConsoleService.ExecuteCommand, request, options);
  return { error: response.getErrorMessage(), changes: fieldChangesFrom(response.getChanges()) };
}

/** @internal `BindTableToVariable`: the table behind `table` becomes the global variable `name`. */
export async function bindTableToVariable(
  rpc: Rpc,
  consoleId: ExportTicket,
  name: string,
  table: ExportTicket,
  options?: CallOptions,
): Promise<void> {
  const request = new BindTableToVariableRequest();
  request.setConsoleId(ticketPb(consoleId));
  request.setVariableName(name);
  request.setTableId(ticketPb(table));
  await rpc.unary(ConsoleService.BindTableToVariable, request, options);
}

/** @internal One line of the server's log: its timestamp in microseconds since the epoch, level name and text. */
export interface LogLine {
  readonly micros: number;
  readonly level: string;
  readonly message: string;
}

/** @internal `SubscribeToLogs`: the server's log lines, those after `sinceMicros` it still holds first (0: all it holds). */
export function logs(rpc: Rpc, sinceMicros: number, levels: readonly string[], options?: CallOptions): Observable<LogLine> {
  const request = new LogSubscriptionRequest();
  request.setLastSeenLogTimestamp(String(sinceMicros));
  request.setLevelsList([...levels]);
  return rpc
    .serverStream(ConsoleService.SubscribeToLogs, request, options)
    .pipe(map((d): LogLine => ({ micros: Number(d.getMicros()), level: d.getLogLevel(), message: d.getMessage() })));
}

/**
 * @internal `AutoCompleteStream` (or its Open/Next pair where the transport has no client streaming) on the console
 * `consoleId`: steps in, answers out.
 */
export function autoComplete(rpc: Rpc, consoleId: ExportTicket, options?: CallOptions): AutoCompleteStream {
  const stream = rpc.bidi(
    ConsoleService.AutoCompleteStream,
    { open: ConsoleService.OpenAutoCompleteStream, next: ConsoleService.NextAutoCompleteStream, empty: () => new AutoCompleteRequest() },
    options,
  );
  return {
    answers$: stream.responses$.pipe(map(readCompletions)),
    send: (id, step) => stream.send(completionRequest(consoleId, id, step)),
  };
}

/** @internal The console's autocomplete stream, in plain values: each step sent numbered, each answer as it comes. */
export interface AutoCompleteStream {
  /** The server's answers; subscribe once; unsubscribing cancels the call. */
  readonly answers$: Observable<CompletionAnswer>;
  /** Sends one step, numbered `id` (queued until the call has started). */
  send(id: number, step: CompletionStep): void;
}

/** @internal A position in a document, 0-based line and character, as the language server protocol counts. */
export interface DocumentPosition {
  readonly line: number;
  readonly character: number;
}

/** @internal One item of an autocomplete answer, read from its message. */
export interface CompletionItemData {
  readonly label: string;
  /** The protocol's CompletionItemKind number (1 to 25). */
  readonly kind: number;
  readonly detail: string;
  /** The text edit, when the server sends one: the text and the range it replaces. */
  readonly edit?: { readonly text: string; readonly start?: DocumentPosition; readonly end?: DocumentPosition };
}

/** @internal What one autocomplete stream message answers: the request it answers and its items. */
export interface CompletionAnswer {
  readonly requestId: number;
  readonly items: readonly CompletionItemData[];
}

/** @internal One step of a completion exchange over a document of its own (`uri`). */
export type CompletionStep =
  | { readonly kind: 'open'; readonly uri: string; readonly language: string; readonly code: string }
  | { readonly kind: 'ask'; readonly uri: string; readonly position: DocumentPosition }
  | { readonly kind: 'close'; readonly uri: string };

function versioned(uri: string): VersionedTextDocumentIdentifier {
  const v = new VersionedTextDocumentIdentifier();
  v.setUri(uri);
  v.setVersion(1);
  return v;
}

/** The `AutoCompleteRequest` for one step, numbered `id`, on the console `consoleId`. */
function completionRequest(consoleId: ExportTicket, id: number, step: CompletionStep): AutoCompleteRequest {
  const r = new AutoCompleteRequest();
  r.setConsoleId(ticketPb(consoleId));
  r.setRequestId(id);
  switch (step.kind) {
    case 'open': {
      const doc = new TextDocumentItem();
      doc.setUri(step.uri);
      doc.setLanguageId(step.language);
      doc.setVersion(1);
      doc.setText(step.code);
      const open = new OpenDocumentRequest();
      open.setConsoleId(ticketPb(consoleId));
      open.setTextDocument(doc);
      r.setOpenDocument(open);
      break;
    }
    case 'ask': {
      const context = new CompletionContext();
      context.setTriggerKind(1); // the protocol's CompletionTriggerKind.Invoked
      const position = new Position();
      position.setLine(step.position.line);
      position.setCharacter(step.position.character);
      const get = new GetCompletionItemsRequest();
      get.setConsoleId(ticketPb(consoleId));
      get.setContext(context);
      get.setTextDocument(versioned(step.uri));
      get.setPosition(position);
      get.setRequestId(id);
      r.setGetCompletionItems(get);
      break;
    }
    case 'close': {
      const close = new CloseDocumentRequest();
      close.setConsoleId(ticketPb(consoleId));
      close.setTextDocument(versioned(step.uri));
      r.setCloseDocument(close);
      break;
    }
    default: {
      const never: never = step;
      throw new Error(`unknown completion step ${String(never)}`);
    }
  }
  return r;
}

/** Reads one message of the autocomplete stream. */
function readCompletions(r: AutoCompleteResponse): CompletionAnswer {
  const at = (p: Position | undefined): DocumentPosition | undefined =>
    p === undefined ? undefined : { line: p.getLine(), character: p.getCharacter() };
  return {
    requestId: r.getRequestId() || (r.getCompletionItems()?.getRequestId() ?? 0),
    items: (r.getCompletionItems()?.getItemsList() ?? []).map((item): CompletionItemData => {
      const edit = item.getTextEdit();
      const range = edit?.getRange();
      const start = at(range?.getStart());
      const end = at(range?.getEnd());
      return {
        label: item.getLabel(),
        kind: item.getKind(),
        detail: item.getDetail(),
        ...(edit === undefined
          ? {}
          : { edit: { text: edit.getText(), ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) } }),
      };
    }),
  };
}
