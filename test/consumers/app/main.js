// The page: runs example 2 on the page itself, or (with `?worker`) in a dedicated module Web Worker, and shows the
// outcome as JSON in #result for the test to read.
import { evalBlocked, violations } from './csp.js';
import { example2 } from './example.js';

const params = new URLSearchParams(window.location.search);
const server = params.get('server') ?? window.location.origin;
const name = params.get('name') ?? 'consumer_page';
const show = (outcome) => {
  const out = document.getElementById('result');
  if (out) out.textContent = JSON.stringify(outcome);
};

if (params.has('worker')) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => show(event.data);
  worker.onerror = (event) => show({ error: `worker: ${event.message || 'failed to load'}` });
  worker.postMessage({ server, name });
} else {
  example2(server, name).then(
    (result) => show({ where: 'page', violations: [...violations], evalBlocked: evalBlocked(), ...result }),
    (error) => show({ error: String(error && error.stack ? error.stack : error) }),
  );
}
