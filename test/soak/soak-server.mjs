// The server every soak runs against: the fixture plugins (the echo), 60-second session tokens, which the SDK must
// keep refreshing for the whole run, and the rebuild tests' startup script (test/server/fixtures/stick.py), which
// makes the soak's echo object and static table at each start, so that they are there again after a restart.
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/server.mjs';

/** The names the startup script defines, as the soak uses them. */
export const SOAK_OBJECTS = { echo: 'stick_echo', staticTable: 'stick_static', staticRows: 5 };

/** @param {{ port?: number, log?: (line: string) => void }} [opts] */
export function soakServerOptions(opts = {}) {
  return {
    testPlugins: true,
    jvmArgs: ['-Dhttp.session.durationMs=60000'],
    scripts: [fileURLToPath(new URL('../server/fixtures/stick.py', import.meta.url))],
    ...(opts.port ? { port: opts.port } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  };
}

/** @param {{ port?: number, log?: (line: string) => void }} [opts] */
export function startSoakServer(opts = {}) {
  return startServer(soakServerOptions(opts));
}
