// The script console: run Python on the server and list what it created, changed or removed.
import type { Session } from 'deephaven-rx';
import { $, describe, say } from './dom.js';

/** Wires the script card; `session()` gives the current session. */
export function mountConsole(session: () => Session | undefined, sample: string): { output: HTMLPreElement; script: HTMLTextAreaElement } {
  const script = $<HTMLTextAreaElement>('script');
  const run = $<HTMLButtonElement>('run');
  const output = $<HTMLPreElement>('script-output');
  script.value = sample;

  async function runScript(): Promise<void> {
    const s = session();
    if (s === undefined) return;
    run.disabled = true;
    say(output, 'Running…');
    try {
      const changes = await s.runScript(script.value);
      const lines = [
        ...changes.created.map((f) => `+ ${f.name} (${f.type})`),
        ...changes.updated.map((f) => `~ ${f.name} (${f.type})`),
        ...changes.removed.map((f) => `- ${f.name}`),
      ];
      say(output, lines.length > 0 ? `Done.\n${lines.join('\n')}` : 'Done (no tables or figures changed).');
    } catch (err) {
      say(output, describe(err), true);
    } finally {
      run.disabled = false;
    }
  }

  run.addEventListener('click', () => void runScript());
  script.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void runScript();
    }
  });
  return { output, script };
}
