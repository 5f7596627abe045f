export interface ServerOptions {
  port?: number;
  host?: string;
  auth?: { anonymous?: boolean; psk?: string };
  jvmArgs?: string[];
  scripts?: string[];
  logFile?: string;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
  launcher?: string;
  python?: string;
  testPlugins?: boolean;
  /** https with this certificate chain and key; `clientAuth`: require client certificates signed by `caPath`. */
  tls?: { certPath: string; keyPath: string; clientAuth?: { caPath: string; certPath: string; keyPath: string } };
}
export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  psk: string | undefined;
  stop(): Promise<void>;
}
/** Starts an embedded Deephaven server on 127.0.0.1 and waits until it answers. */
export function startServer(opts?: ServerOptions): Promise<RunningServer>;
/** Runs `fn` with a started server and always stops it. */
export function withServer<T>(opts: ServerOptions, fn: (server: RunningServer) => Promise<T>): Promise<T>;
/** SIGKILL, then the same server again on the same port (its startup scripts run again). */
export function killAndRestart(server: RunningServer, opts?: ServerOptions): Promise<RunningServer>;
/** A port on `host` that nothing listens on right now. */
export function freePort(host?: string): Promise<number>;
