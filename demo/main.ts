// The demo page: connects to a Deephaven server with deephaven-rx and shows what it learns. (Consoles, tables,
// plots and sharing come with the issues that add them to the SDK.)
import { DeephavenError, Session, type Auth } from 'deephaven-rx';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`missing #${id}`);
  return el as T;
};

const form = $<HTMLFormElement>('connect');
const urlInput = $<HTMLInputElement>('url');
const authSelect = $<HTMLSelectElement>('auth');
const keyRow = $<HTMLLabelElement>('key-row');
const keyInput = $<HTMLInputElement>('key');
const connectButton = $<HTMLButtonElement>('connect-button');
const disconnectButton = $<HTMLButtonElement>('disconnect-button');
const message = $<HTMLParagraphElement>('message');
const state = $<HTMLSpanElement>('state');
const serverCard = $<HTMLElement>('server');
const serverInfo = $<HTMLDListElement>('server-info');

urlInput.value = new URLSearchParams(location.search).get('server') ?? 'http://localhost:10000';
let session: Session | undefined;

authSelect.addEventListener('change', () => {
  keyRow.hidden = authSelect.value !== 'psk';
});

function setState(name: 'disconnected' | 'connecting' | 'connected', text = name): void {
  state.dataset['state'] = name;
  state.textContent = text;
  connectButton.disabled = name !== 'disconnected';
  disconnectButton.disabled = name !== 'connected';
}

function say(text: string, isError = false): void {
  message.textContent = text;
  message.classList.toggle('error', isError);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void connect();
});

disconnectButton.addEventListener('click', () => {
  void session?.close();
});

async function connect(): Promise<void> {
  const auth: Auth = authSelect.value === 'psk' ? { type: 'psk', key: keyInput.value } : { type: 'anonymous' };
  setState('connecting');
  say('');
  try {
    const s = await Session.connect(urlInput.value, { auth });
    session = s;
    setState('connected');
    say(`Connected over ${s.transport}.`);
    showServer(s);
    s.closed$.subscribe(({ reason }) => {
      session = undefined;
      serverCard.hidden = true;
      setState('disconnected');
      say(reason === 'closed' ? 'Disconnected.' : `Session ended: ${reason}.`, reason !== 'closed');
    });
  } catch (err) {
    setState('disconnected');
    say(err instanceof DeephavenError ? err.message : String(err), true);
  }
}

function showServer(s: Session): void {
  serverInfo.replaceChildren();
  const rows: [string, string | undefined][] = [
    ['URL', s.url],
    ['Deephaven', s.serverVersion],
    ['Python', s.configuration.get('python.version')],
    ['Java', s.configuration.get('java.version')],
    ['Session timeout', `${Number(s.configuration.get('http.session.durationMs') ?? 0) / 1000} s`],
  ];
  for (const [k, v] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v ?? '—';
    dd.dataset['key'] = k;
    serverInfo.append(dt, dd);
  }
  serverCard.hidden = false;
}
