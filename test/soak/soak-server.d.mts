import type { RunningServer, ServerOptions } from '../server/server.mjs';

/** The names the startup script defines, as the soak uses them. */
export const SOAK_OBJECTS: { readonly echo: string; readonly staticTable: string; readonly staticRows: number };
/** The soak server's options: the fixture plugins, 60-second session tokens and the startup script. */
export function soakServerOptions(opts?: { port?: number; log?: (line: string) => void }): ServerOptions;
/** Starts a Deephaven server for a soak: the fixture plugins, 60-second session tokens, the startup script. */
export function startSoakServer(opts?: { port?: number; log?: (line: string) => void }): Promise<RunningServer>;
