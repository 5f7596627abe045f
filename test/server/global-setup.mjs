// Vitest globalSetup for the integration and browser layers: one real Deephaven server for the whole run
// (shared by both layers), or the one at DH_URL. Whatever it starts it stops, also when tests fail.
import { startServer } from './server.mjs';

const KEY = Symbol.for('deephaven-rx.test-server');

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const shared = /** @type {{ refs: number, server: Promise<{ url: string, psk?: string, stop?: () => Promise<void> }> } | undefined} */ (
    globalThis[KEY]
  );
  let state = shared;
  if (state === undefined) {
    state = { refs: 0, server: start() };
    globalThis[KEY] = state;
  }
  state.refs++;
  const server = await state.server;
  project.provide('dhUrl', server.url);
  return async () => {
    state.refs--;
    if (state.refs === 0) {
      globalThis[KEY] = undefined;
      await server.stop?.();
    }
  };
}

async function start() {
  if (process.env.DH_URL) {
    console.log(`[deephaven-rx] using the Deephaven server at ${process.env.DH_URL}`);
    return { url: process.env.DH_URL.replace(/\/+$/, '') };
  }
  const started = Date.now();
  const server = await startServer({ testPlugins: true, log: (line) => console.log(`[deephaven-rx] ${line}`) });
  console.log(`[deephaven-rx] Deephaven server up at ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${server.logFile})`);
  return server;
}
