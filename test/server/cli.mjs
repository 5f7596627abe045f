// `npm run server`: an embedded Deephaven server in the foreground, for a person.
//   --port N        (default 10000)
//   --psk KEY       pre-shared-key auth instead of anonymous
//   --anonymous     anonymous auth (the default; with --psk, both)
//   --jvm-arg X     extra JVM argument, repeatable (e.g. --jvm-arg -Dhttp.requireHttp2=false)
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '10000' },
    psk: { type: 'string' },
    anonymous: { type: 'boolean' },
    'jvm-arg': { type: 'string', multiple: true, default: [] },
  },
});

const auth = { anonymous: values.psk === undefined || values.anonymous === true, psk: values.psk };
console.log('Starting the embedded Deephaven server (the first run installs it into .dh/venv)…');
try {
  const server = await startServer({
    port: Number(values.port),
    auth,
    jvmArgs: values['jvm-arg'],
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`\nDeephaven is running at ${server.url}  (web UI: ${server.url}/ide/, log: ${server.logFile})`);
  console.log(auth.psk ? `Connect with { auth: { type: 'psk', key: '${auth.psk}' } }` : 'Anonymous access is on.');
  console.log('Press Ctrl-C to stop.');
  const stop = async () => {
    console.log('\nStopping…');
    await server.stop();
    process.exit(0);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
