// The console's stored scripts: the server's storage (session.storage) listed in a picker, opened into the editor
// and saved from it.
import type { Session } from 'deephaven-rx';
import { $, describe, say } from './dom.js';

const FOLDER = '/notebooks';

/** Wires the file row of the script card; `reload()` lists the folder again (call it on every new session). */
export function mountFiles(session: () => Session | undefined, script: HTMLTextAreaElement): { reload(): Promise<void> } {
  const picker = $<HTMLSelectElement>('files');
  const open = $<HTMLButtonElement>('open-file');
  const name = $<HTMLInputElement>('file-name');
  const save = $<HTMLButtonElement>('save-file');
  const message = $<HTMLParagraphElement>('files-message');

  async function reload(): Promise<void> {
    const s = session();
    if (s === undefined) return;
    try {
      const items = (await s.storage.listItems(FOLDER, '*.{py,groovy,txt}')).filter((i) => i.type === 'file');
      picker.replaceChildren(
        ...items.map((i) => {
          const option = document.createElement('option');
          option.value = i.path;
          option.textContent = `${i.name} (${i.size} B)`;
          return option;
        }),
      );
      open.disabled = items.length === 0;
      say(
        message,
        items.length === 0 ? `No scripts in ${FOLDER} yet: name one and save.` : `${items.length} stored script(s) in ${FOLDER}.`,
      );
    } catch (err) {
      say(message, describe(err), true);
    }
  }

  open.addEventListener('click', () => {
    const s = session();
    if (s === undefined || picker.value === '') return;
    s.storage.loadFile(picker.value).then(
      (file) => {
        script.value = file.text();
        name.value = picker.value.slice(FOLDER.length + 1);
        say(message, `Opened ${picker.value}.`);
      },
      (err: unknown) => say(message, describe(err), true),
    );
  });

  save.addEventListener('click', () => {
    const s = session();
    const file = name.value.trim().replace(/^\/+/, '');
    if (s === undefined) return;
    if (file === '' || file.includes('/')) {
      say(message, 'Give the script a file name, e.g. prices.py.', true);
      return;
    }
    const path = `${FOLDER}/${file}`;
    s.storage.saveFile(path, script.value, { allowOverwrite: true }).then(
      () =>
        reload().then(() => {
          picker.value = path;
          say(message, `Saved ${path}.`);
        }),
      (err: unknown) => say(message, describe(err), true),
    );
  });

  return { reload };
}
