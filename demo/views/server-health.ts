// Session-card facts from issue 24: the server's heap (session.heapInfo, every few seconds) and the requests in
// flight (session.requests$); and, on the connect card, the sign-in methods the server offers before connecting
// (Session.authHandlers).
import { Subscription, interval, startWith, switchMap, from } from 'rxjs';
import { Session } from 'deephaven-rx';
import { $, setFact } from './dom.js';

const MiB = 2 ** 20;

/** Heap and requests-in-flight facts for a session, until the returned subscription ends. */
export function watchServer(s: Session): Subscription {
  const sub = new Subscription();
  let pending = 0;
  let done = 0;
  setFact('Requests', '0 in flight');
  sub.add(
    s.requests$.subscribe((e) => {
      if (e.kind === 'started') pending++;
      else {
        pending = Math.max(0, pending - 1);
        done++;
      }
      setFact('Requests', `${pending} in flight, ${done} done`);
    }),
  );
  sub.add(
    interval(5000)
      .pipe(
        startWith(0),
        switchMap(() => from(s.heapInfo().catch(() => undefined))),
      )
      .subscribe((heap) => {
        if (heap === undefined) return;
        const pct = Math.round((100 * heap.usedMemory) / heap.maxMemory);
        setFact('Heap', `${(heap.usedMemory / MiB).toFixed(0)} of ${(heap.maxMemory / MiB).toFixed(0)} MiB used (${pct}%)`);
      }),
  );
  return sub;
}

/** Shows on the connect card which sign-in methods the server at the URL accepts, asked before connecting. */
export function mountAuthHint(): void {
  const url = $<HTMLInputElement>('url');
  const hint = $<HTMLParagraphElement>('auth-hint');
  const auth = $<HTMLSelectElement>('auth');
  let asked = 0;
  const ask = (): void => {
    const mine = ++asked;
    hint.textContent = '';
    Session.authHandlers(url.value, { timeoutMs: 5000 }).then(
      ({ handlers }) => {
        if (mine !== asked) return;
        hint.textContent = `This server accepts: ${handlers.join(', ')}`;
        for (const option of auth.options) option.disabled = !handlers.includes(option.value);
      },
      () => {
        if (mine === asked) hint.textContent = '';
      },
    );
  };
  url.addEventListener('change', ask);
  ask();
}
