// Drives the pydeephaven reference client (test/interop/peer.py) from a test: one Python process per peer, one
// request at a time, JSON lines both ways.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from 'apache-arrow';
import { digest, type TableDigest } from '../scenarios/digest.js';
import { ensureEnv } from '../server/env.mjs';

const SCRIPT = fileURLToPath(new URL('./peer.py', import.meta.url));

export class PythonPeer {
  private readonly answers: ((line: string) => void)[] = [];
  private stderr = '';
  private stderrChars = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => this.answers.shift()?.(line));
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString();
      this.stderrChars += text.length;
      this.stderr = (this.stderr + text).slice(-20000);
    });
  }

  /** Starts a pydeephaven session on the server at `url`. */
  static async connect(url: string, psk?: string): Promise<PythonPeer> {
    const { python } = await ensureEnv();
    const child = spawn(python, ['-u', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const peer = new PythonPeer(child);
    const u = new URL(url);
    await peer.call('connect', { host: u.hostname, port: Number(u.port), ...(psk ? { psk } : {}) });
    return peer;
  }

  /** The Python process, for measuring its memory. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** One request; rejects with pydeephaven's error text. */
  call<T = Record<string, unknown>>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const next = this.queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          if (this.child.exitCode !== null) return reject(new Error(`the Python peer exited: ${this.stderr}`));
          const onExit = (): void => reject(new Error(`the Python peer exited: ${this.stderr}`));
          this.child.once('exit', onExit);
          this.answers.push((line) => {
            this.child.off('exit', onExit);
            const answer = JSON.parse(line) as { ok: boolean; error?: string } & T;
            if (answer.ok) resolve(answer);
            else reject(new Error(`pydeephaven ${op}: ${answer.error ?? '?'}`));
          });
          this.child.stdin.write(`${JSON.stringify({ op, ...args })}\n`);
        }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** pydeephaven's `to_arrow()` of the table behind a shared ticket (hex), digested like deephaven-rx's. */
  async tableDigest(ticket: string): Promise<TableDigest> {
    const path = join(tmpdir(), `dhrx-peer-${process.pid}-${Math.random().toString(36).slice(2)}.arrows`);
    try {
      await this.call('table_ipc', { ticket, path });
      return digest(tableFromIPC(readFileSync(path)));
    } finally {
      rmSync(path, { force: true });
    }
  }

  /**
   * pydeephaven's result of a Python expression over scope tables (`tables` maps the expression's variables to
   * global variable names), as the digest of its `to_arrow()`.
   */
  async exprDigest(code: string, tables: Record<string, string>): Promise<TableDigest> {
    const path = join(tmpdir(), `dhrx-peer-${process.pid}-${Math.random().toString(36).slice(2)}.arrows`);
    try {
      await this.call('expr_ipc', { code, tables, path });
      return digest(tableFromIPC(readFileSync(path)));
    } finally {
      rmSync(path, { force: true });
    }
  }

  /** pydeephaven's `import_table` of an Arrow IPC stream; the table is published (hex ticket) and bound to `name`. */
  async importIpc(ipc: Uint8Array, name?: string): Promise<{ ticket: string; rows: number }> {
    const path = join(tmpdir(), `dhrx-peer-${process.pid}-${Math.random().toString(36).slice(2)}.arrows`);
    try {
      writeFileSync(path, ipc);
      return await this.call<{ ticket: string; rows: number }>('import_ipc', { path, ...(name ? { name } : {}) });
    } finally {
      rmSync(path, { force: true });
    }
  }

  /** Every Python thread's stack (faulthandler, on SIGUSR1), for a peer that does not answer. */
  async stacks(): Promise<string> {
    const before = this.stderrChars;
    this.child.kill('SIGUSR1');
    // The dump is written at once by the signal handler; a moment for the pipe to carry it.
    await new Promise((r) => setTimeout(r, 500));
    const fresh = this.stderrChars - before;
    return fresh > 0 ? this.stderr.slice(-fresh) : '(no stacks)';
  }

  /** Closes the pydeephaven session and ends the process. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
