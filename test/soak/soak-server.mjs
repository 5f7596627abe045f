// The server every soak runs against: the fixture plugins (the echo) and 60-second session tokens, which the SDK
// must keep refreshing for the whole run.
import { startServer } from '../server/server.mjs';

/** @param {{ port?: number, log?: (line: string) => void }} [opts] */
export function startSoakServer(opts = {}) {
  return startServer({
    testPlugins: true,
    jvmArgs: ['-Dhttp.session.durationMs=60000'],
    ...(opts.port ? { port: opts.port } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
}
