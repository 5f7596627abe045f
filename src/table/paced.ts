/**
 * @internal An upload's pace: its messages are made (and sent) one at a time, with the event loop's turn between
 * two, so that a big upload never holds a page's main thread for long (a message's making, encoding and sending is
 * one task of some milliseconds, not the whole upload in one); and no faster than the transport hands them to the
 * network (its backlog), so that a slow path (a websocket deflating every byte) does not pile up the whole upload in
 * the browser. A consumer that stops (a failed or aborted call) stops the making.
 */
import type { FlightMessage } from '../arrow/ipc-message.js';

/** The backlog an upload waits under before it makes its next message. */
export const UPLOAD_BACKLOG_BYTES = 2 * 1024 * 1024;

/** How often a waiting upload looks at the backlog again (WebSockets tell no drain), ms. */
const BACKLOG_POLL_MS = 5;

/** `scheduler.yield()` where the browser has it (Chromium), else a macrotask. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Options of {@link pacedMessages}. */
export interface PaceOptions {
  /** The transport's backlog in bytes (see `WireTransport.backlog`); none: no waiting. */
  readonly backlog?: (() => number) | undefined;
  /** Stops the waiting (the upload's call was aborted). */
  readonly signal?: AbortSignal | undefined;
}

/** The messages of `source`, each made after a turn of the event loop and under the backlog (the first at once). */
export async function* pacedMessages(source: Iterable<FlightMessage>, options: PaceOptions = {}): AsyncGenerator<FlightMessage> {
  const { backlog, signal } = options;
  const messages = source[Symbol.iterator]();
  try {
    for (let first = true; ; first = false) {
      if (!first) await nextTask();
      while (backlog !== undefined && signal?.aborted !== true && backlog() > UPLOAD_BACKLOG_BYTES)
        await new Promise((resolve) => setTimeout(resolve, BACKLOG_POLL_MS));
      const next = messages.next();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    messages.return?.();
  }
}
