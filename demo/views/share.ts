// Sharing: publish any object to a shared ticket; fetch a pasted ticket (as a table, else as a Figure).
import { DeephavenError, ServerObject, SharedTicket, type Session, type Table } from 'deephaven-rx';
import { $, describe, say } from './dom.js';

/** What the share card needs of the page. */
export interface ShareHost {
  session(): Session | undefined;
  showTable(title: string, open: () => Promise<Table>): Promise<void>;
  showFigure(title: string, obj: ServerObject): Promise<void>;
}

/** Wires the share card. */
export function mountShare(host: ShareHost): { publish(name: string, obj: ServerObject): Promise<void>; reset(): void } {
  const published = $<HTMLDivElement>('published');
  const publishedName = $<HTMLElement>('published-name');
  const ticketText = $<HTMLElement>('shared-ticket');
  const message = $<HTMLParagraphElement>('share-message');
  const input = $<HTMLInputElement>('fetch-ticket');

  /** Exports the object into this session and publishes that export; it stays published while connected. */
  async function publish(name: string, obj: ServerObject): Promise<void> {
    const session = host.session();
    if (session === undefined) return;
    say(message, `Publishing ${name}…`);
    try {
      const exported = await session.fetch(obj);
      const ticket = SharedTicket.randomTicket();
      await session.publish(exported, ticket);
      publishedName.textContent = `${name} (${obj.type})`;
      ticketText.textContent = ticket.toString();
      published.hidden = false;
      say(message, '');
    } catch (err) {
      say(message, describe(err), true);
    }
  }

  async function fetchShared(): Promise<void> {
    const session = host.session();
    if (session === undefined) return;
    let ticket: SharedTicket;
    try {
      ticket = SharedTicket.parse(input.value);
    } catch (err) {
      say(message, describe(err), true);
      return;
    }
    say(message, 'Fetching…');
    const title = `shared ${ticket.toString().slice(0, 12)}…`;
    try {
      const table = await session.fetchTable(ticket);
      say(message, 'Fetched a table.');
      await host.showTable(title, async () => (table.isClosed ? session.fetchTable(ticket) : table));
    } catch (err) {
      if (err instanceof DeephavenError && err.rawMessage.includes('not a table')) {
        say(message, 'Fetched a figure.');
        await host.showFigure(title, new ServerObject('Figure', ticket));
      } else say(message, describe(err), true);
    }
  }

  $<HTMLButtonElement>('copy-ticket').addEventListener('click', () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- no clipboard outside secure contexts (plain http)
    void navigator.clipboard?.writeText(ticketText.textContent).then(
      () => say(message, 'Copied.'),
      () => say(message, 'Select the ticket and copy it by hand (the clipboard is not available here).'),
    );
  });
  $<HTMLButtonElement>('fetch-shared').addEventListener('click', () => void fetchShared());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void fetchShared();
  });
  return { publish, reset: () => (published.hidden = true) };
}
