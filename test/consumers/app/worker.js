// A dedicated Web Worker: the SDK connects, fetches and reads the table with no DOM (no window, no document).
import { evalBlocked, violations } from './csp.js';
import { example2 } from './example.js';

self.onmessage = (event) => {
  const { server, name } = event.data;
  example2(server, name).then(
    (result) =>
      self.postMessage({
        where: typeof document === 'undefined' ? 'worker' : 'page?',
        violations: [...violations],
        evalBlocked: evalBlocked(),
        ...result,
      }),
    (error) => self.postMessage({ error: String(error && error.stack ? error.stack : error) }),
  );
};
