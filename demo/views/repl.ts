// The console view: a CodeMirror 6 editor whose completions come from the server's console (session.completions),
// and the server's log as it comes (session.logs$: a script's print output, then each log line). Loaded with import()
// by the console card's button, so the editor's code stays out of the page's start-up.
import {
  autocompletion,
  completionKeymap,
  type Completion as CmCompletion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { Subscription } from 'rxjs';
import type { Completion, CompletionKind, LogEntry, Session } from 'deephaven-rx';
import { describe } from './dom.js';

/** The most log lines kept on the page (the server replays its recent log first). */
const KEEP = 400;

/** CodeMirror's completion icons by the server's kinds. */
const TYPES: Partial<Record<CompletionKind, string>> = {
  method: 'method',
  function: 'function',
  constructor: 'class',
  class: 'class',
  interface: 'interface',
  module: 'namespace',
  property: 'property',
  field: 'property',
  variable: 'variable',
  constant: 'constant',
  keyword: 'keyword',
  enum: 'enum',
};

/** The page's CSP nonce (Vite writes it into `<meta property="csp-nonce">`): CodeMirror's styles carry it. */
function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}

/** One mounted console: an editor, a log, and what it follows. */
export interface Repl {
  /** Follows a new session's log and completes against it (`undefined`: disconnected). */
  attach(session: Session | undefined): void;
  readonly view: EditorView;
}

/** Mounts the editor into `editorBox` and the log into `log`; `run` runs the editor's code on Ctrl+Enter. */
export function mountRepl(editorBox: HTMLElement, log: HTMLElement, runButton: HTMLButtonElement): Repl {
  let session: Session | undefined;
  let following: Subscription | undefined;

  const complete = async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(/\w+/);
    if (session === undefined || (!context.explicit && word === null)) return null;
    const controller = new AbortController();
    context.addEventListener('abort', () => controller.abort());
    let items: Completion[];
    try {
      items = await session.completions(context.state.doc.toString(), context.pos, { signal: controller.signal });
    } catch {
      return null;
    }
    if (items.length === 0) return null;
    const from = Math.min(...items.map((i) => i.from));
    const options: CmCompletion[] = items.map((i) => ({
      label: i.label,
      type: TYPES[i.kind] ?? 'text',
      apply: i.insertText,
      ...(i.detail === undefined ? {} : { detail: i.detail }),
    }));
    return { from, options, validFor: /^\w*$/ };
  };

  const run = async (): Promise<void> => {
    const s = session;
    const code = view.state.doc.toString();
    if (s === undefined || code.trim() === '') return;
    runButton.disabled = true;
    append({ level: 'INPUT', message: code, time: new Date() });
    try {
      await s.runScript(code);
    } catch (err) {
      append({ level: 'ERROR', message: describe(err), time: new Date() });
    } finally {
      runButton.disabled = false;
    }
  };

  const nonce = cspNonce();
  const view = new EditorView({
    parent: editorBox,
    state: EditorState.create({
      doc: '',
      extensions: [
        ...(nonce === undefined ? [] : [EditorView.cspNonce.of(nonce)]),
        history(),
        python(),
        placeholder('print("hello")  — Ctrl+Space completes, Ctrl+Enter runs'),
        autocompletion({ override: [complete], activateOnTyping: true }),
        keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
      ],
    }),
  });
  runButton.addEventListener('click', () => void run());

  function append(entry: Pick<LogEntry, 'level' | 'message' | 'time'>): void {
    const line = document.createElement('div');
    line.className = 'log-line';
    line.dataset['level'] = entry.level;
    const time = document.createElement('time');
    time.textContent = entry.time.toISOString().slice(11, 23);
    const level = document.createElement('span');
    level.className = 'level';
    level.textContent = entry.level;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = entry.message.replace(/\n$/, '');
    line.append(time, level, text);
    const atEnd = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    log.append(line);
    while (log.childElementCount > KEEP) log.firstElementChild?.remove();
    if (atEnd) log.scrollTop = log.scrollHeight;
  }

  return {
    view,
    attach(next) {
      following?.unsubscribe();
      following = undefined;
      session = next;
      log.replaceChildren();
      if (next === undefined) return;
      following = next.logs$.subscribe({
        next: append,
        error: (err: unknown) => append({ level: 'ERROR', message: `The log stopped: ${describe(err)}`, time: new Date() }),
      });
    },
  };
}
