import type { DeephavenError } from '../errors.js';

/**
 * @internal The calls open on a session (server streams, bidirectional streams, unary calls in flight), each with
 * the function that ends it, so that the session's end ends them all.
 */
export class OpenCalls {
  private readonly open = new Set<(error?: DeephavenError) => void>();

  /** How many calls are open (for leak checks). */
  get size(): number {
    return this.open.size;
  }

  /** Registers an open call; returns the unregister function. */
  add(end: (error?: DeephavenError) => void): () => void {
    this.open.add(end);
    return () => this.open.delete(end);
  }

  /** Ends every open call and forgets them: completed when `error` is undefined (the user's close), else failed. */
  endAll(error?: DeephavenError): void {
    for (const end of [...this.open]) end(error);
    this.open.clear();
  }
}
