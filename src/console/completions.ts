import type { Subscription } from 'rxjs';
import { Code, DeephavenError, abortError } from '../errors.js';
import type { Rpc } from '../services/rpc.js';
import { autoComplete, type AutoCompleteStream, type CompletionAnswer, type DocumentPosition } from '../services/console-service.js';
import type { ExportTicket } from '../ticket/ticket.js';

/** What a completion is, as the language server protocol names its kinds. */
export type CompletionKind =
  | 'text'
  | 'method'
  | 'function'
  | 'constructor'
  | 'field'
  | 'variable'
  | 'class'
  | 'interface'
  | 'module'
  | 'property'
  | 'unit'
  | 'value'
  | 'enum'
  | 'keyword'
  | 'snippet'
  | 'color'
  | 'file'
  | 'reference'
  | 'folder'
  | 'enumMember'
  | 'constant'
  | 'struct'
  | 'event'
  | 'operator'
  | 'typeParameter'
  | 'unknown';

// The protocol's CompletionItemKind numbers, 1 to 25, in order.
const KINDS: readonly CompletionKind[] = [
  'text',
  'method',
  'function',
  'constructor',
  'field',
  'variable',
  'class',
  'interface',
  'module',
  'property',
  'unit',
  'value',
  'enum',
  'keyword',
  'snippet',
  'color',
  'file',
  'reference',
  'folder',
  'enumMember',
  'constant',
  'struct',
  'event',
  'operator',
  'typeParameter',
];

/** One completion the server's console offers at a position of the code (`Session.completions`). */
export interface Completion {
  /** What to show in a list, e.g. `'my_table'`. */
  readonly label: string;
  readonly kind: CompletionKind;
  /** The text that replaces `code.slice(from, to)` (the half-typed word) when the completion is taken. */
  readonly insertText: string;
  /** The character offsets in `code` that `insertText` replaces. */
  readonly from: number;
  readonly to: number;
  /** More about it (e.g. a signature or a type), when the server says. */
  readonly detail?: string;
}

const METHOD = 'io.deephaven.proto.backplane.script.grpc.ConsoleService/AutoCompleteStream';

/** Character offset of (line, character) in `code`, both 0-based. */
function offsetOf(lineStarts: readonly number[], line: number, character: number): number {
  return (lineStarts[line] ?? lineStarts[lineStarts.length - 1] ?? 0) + character;
}

/**
 * @internal The session's one autocomplete stream: opened on first use, reopened after it ends, ended with the
 * session (its call is tracked by the connection). Each request opens a document of its own, asks once, closes it.
 */
export class Completer {
  private stream: AutoCompleteStream | undefined;
  private subscription: Subscription | undefined;
  private readonly pending = new Map<number, { resolve: (r: CompletionAnswer) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  /** Requests go one at a time: the server's completer answers concurrent ones with nothing now and then. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly rpc: Rpc,
    private readonly consoleId: ExportTicket,
    private readonly language: string,
  ) {}

  complete(code: string, position: number, signal?: AbortSignal): Promise<Completion[]> {
    const turn = this.queue.then(() => this.completeNow(code, position, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async completeNow(code: string, position: number, signal?: AbortSignal): Promise<Completion[]> {
    if (signal?.aborted === true) throw abortError(signal);
    const stream = this.open();
    const id = this.nextId++;
    const uri = `deephaven-rx://completions/${String(id)}`;
    stream.send(id, { kind: 'open', uri, language: this.language, code });
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= position) line++;
    const answer = new Promise<CompletionAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      signal?.addEventListener('abort', () => this.settle(id, undefined, abortError(signal)), { once: true });
    });
    stream.send(id, { kind: 'ask', uri, position: { line, character: position - (lineStarts[line] ?? 0) } });
    try {
      const response = await answer;
      const at = (p: DocumentPosition | undefined, fallback: number): number =>
        p === undefined ? fallback : offsetOf(lineStarts, p.line, p.character);
      return response.items.map(
        (item): Completion => ({
          label: item.label,
          kind: KINDS[item.kind - 1] ?? 'unknown',
          insertText: item.edit?.text ?? item.label,
          from: at(item.edit?.start, position),
          to: at(item.edit?.end, position),
          ...(item.detail === '' ? {} : { detail: item.detail }),
        }),
      );
    } finally {
      this.pending.delete(id);
      if (this.stream === stream) stream.send(this.nextId++, { kind: 'close', uri });
    }
  }

  private open(): AutoCompleteStream {
    if (this.stream !== undefined) return this.stream;
    const stream = autoComplete(this.rpc, this.consoleId);
    this.stream = stream;
    const ended = (error: unknown): void => {
      if (this.stream === stream) this.stream = undefined;
      for (const id of [...this.pending.keys()]) this.settle(id, undefined, error);
    };
    this.subscription = stream.answers$.subscribe({
      next: (answer) => this.settle(answer.requestId, answer),
      error: (err: unknown) => ended(DeephavenError.from(err, METHOD)),
      complete: () =>
        ended(new DeephavenError(Code.Cancelled, 'the autocomplete stream ended (the session was closed)', { method: METHOD })),
    });
    return stream;
  }

  /** Ends the stream (the session does so by closing). */
  close(): void {
    this.subscription?.unsubscribe();
    this.stream = undefined;
  }

  private settle(id: number, response: CompletionAnswer | undefined, error?: unknown): void {
    const waiting = this.pending.get(id);
    if (waiting === undefined) return;
    this.pending.delete(id);
    if (response !== undefined) waiting.resolve(response);
    else waiting.reject(error);
  }
}
