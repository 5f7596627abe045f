/** deephaven-server and pydeephaven are pinned to this one version. */
export const DH_VERSION: string;
/** The repository root. */
export const REPO: string;
/** Where local server state lives (git-ignored). */
export const DH_DIR: string;
/** Creates (first run) or reuses the project virtualenv with the pinned server and client. */
export function ensureEnv(opts?: { log?: (line: string) => void }): Promise<{ python: string; venvDir: string; version: string }>;
/** A Java 17+ runtime. */
export function findJava(): Promise<{ javaHome: string; version: number }>;
/** The last `n` lines of a text. */
export function tail(text: string, n: number): string;
