import type { RunningServer } from '../server/server.mjs';

/** Starts a Deephaven server for a soak: the fixture plugins and 60-second session tokens. */
export function startSoakServer(opts?: { port?: number; log?: (line: string) => void }): Promise<RunningServer>;
