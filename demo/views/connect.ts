// The connect card and the session facts: connect (anonymous or pre-shared key), disconnect, token refreshes.
import { BehaviorSubject } from 'rxjs';
import { Session, type Auth } from 'deephaven-rx';
import { $, describe, say, setFact } from './dom.js';

type State = 'disconnected' | 'connecting' | 'connected';

/** Wires the connect card; the current session (or undefined) comes out of `session$`. */
export function mountConnect(): BehaviorSubject<Session | undefined> {
  const session$ = new BehaviorSubject<Session | undefined>(undefined);
  const form = $<HTMLFormElement>('connect');
  const url = $<HTMLInputElement>('url');
  const auth = $<HTMLSelectElement>('auth');
  const keyRow = $<HTMLLabelElement>('key-row');
  const key = $<HTMLInputElement>('key');
  const connectButton = $<HTMLButtonElement>('connect-button');
  const disconnectButton = $<HTMLButtonElement>('disconnect-button');
  const message = $<HTMLParagraphElement>('message');
  const state = $<HTMLSpanElement>('state');
  const card = $<HTMLElement>('server');
  const facts = $<HTMLDListElement>('server-info');

  url.value = new URLSearchParams(location.search).get('server') ?? 'http://localhost:10000';
  auth.addEventListener('change', () => (keyRow.hidden = auth.value !== 'psk'));

  const setState = (name: State): void => {
    state.dataset['state'] = name;
    state.textContent = name;
    connectButton.disabled = name !== 'disconnected';
    disconnectButton.disabled = name !== 'connected';
    for (const el of document.querySelectorAll<HTMLElement>('.needs-session')) el.hidden = name !== 'connected';
  };

  async function connect(): Promise<void> {
    const credentials: Auth = auth.value === 'psk' ? { type: 'psk', key: key.value } : { type: 'anonymous' };
    setState('connecting');
    say(message, '');
    try {
      const s = await Session.connect(url.value, { auth: credentials });
      setState('connected');
      say(message, `Connected over ${s.transport}.`);
      facts.replaceChildren();
      setFact('URL', s.url);
      setFact('Deephaven', s.serverVersion);
      setFact('Transport', s.transport);
      setFact('Python', s.configuration.get('python.version'));
      setFact('Session timeout', `${Number(s.configuration.get('http.session.durationMs') ?? 0) / 1000} s`);
      setFact('Token refreshes', '0');
      card.hidden = false;
      let refreshes = 0;
      const refreshSub = s.tokenRefreshes$.subscribe((at) =>
        setFact('Token refreshes', `${++refreshes} (last ${at.toLocaleTimeString()})`),
      );
      s.closed$.subscribe(({ reason, error }) => {
        refreshSub.unsubscribe();
        session$.next(undefined);
        card.hidden = true;
        setState('disconnected');
        say(message, reason === 'closed' ? 'Disconnected.' : `Session ended (${reason}): ${error.rawMessage}`, reason !== 'closed');
      });
      session$.next(s);
    } catch (err) {
      setState('disconnected');
      say(message, describe(err), true);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void connect();
  });
  disconnectButton.addEventListener('click', () => void session$.value?.close());
  setState('disconnected');
  return session$;
}
