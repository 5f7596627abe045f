// Small DOM helpers shared by the demo's views.
import { DeephavenError } from 'deephaven-rx';

/** The element with this id (the page is static: a missing one is a bug). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the markup fixes each element's type
export function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`missing #${id}`);
  return el as T;
}

/** Shows a status text, red when it is an error. */
export function say(el: HTMLElement, text: string, isError = false): void {
  el.textContent = text;
  el.classList.toggle('error', isError);
}

/** What to tell a person about a failure. */
export function describe(err: unknown): string {
  return err instanceof DeephavenError ? err.message : String(err);
}

/** A small button. */
export function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** Sets one fact of the session card (`#server-info`), adding its row the first time; `undefined` shows a dash. */
export function setFact(name: string, value: string | undefined): void {
  const facts = $<HTMLDListElement>('server-info');
  let dd = facts.querySelector<HTMLElement>(`dd[data-key="${name}"]`);
  if (dd === null) {
    const dt = document.createElement('dt');
    dt.textContent = name;
    dd = document.createElement('dd');
    dd.dataset['key'] = name;
    facts.append(dt, dd);
  }
  dd.textContent = value ?? '—';
}
