import { abortable, type CallOptions } from '../rx/abortable.js';
import type { Connection } from './connection.js';

/** The storage calls, loaded on first use (an import() type: a static import would close a cycle). */
type StorageCalls = InstanceType<typeof import('./storage-calls.js')['StorageCalls']>;

/** One file or directory of a {@link Storage.listItems} listing. */
export interface StorageItem {
  /** The full path, e.g. `/notebooks/chart.py`. */
  readonly path: string;
  /** The last part of the path, e.g. `chart.py`. */
  readonly name: string;
  readonly type: 'file' | 'directory';
  /** The size in bytes (0 for directories). */
  readonly size: number;
  /** The file's version tag, when the server keeps one. */
  readonly etag: string | undefined;
}

/** A file read by {@link Storage.loadFile}. */
export interface StoredFile {
  /** The file's bytes. */
  readonly contents: Uint8Array;
  /** The file's version tag, when the server keeps one. */
  readonly etag: string | undefined;
  /** The contents decoded as UTF-8. */
  text(): string;
}

/** Options of {@link Storage.saveFile} and {@link Storage.moveItem}. */
export interface StorageWriteOptions extends CallOptions {
  /**
   * Replace an existing file at the target path; without it the call fails (`AlreadyExists` or the server's
   * refusal) and nothing changes.
   * @default false
   */
  readonly allowOverwrite?: boolean;
}

/**
 * The server's file storage (its notebooks and other files under the storage root; `StorageService`), as
 * {@link Session.storage}. Paths are `/`-separated and absolute (`/notebooks/a.py`); a path without the leading `/`
 * rejects with `InvalidArgument` before any call. The JS API's `StorageService` in the SDK's style: every call takes
 * `{ signal }` and rejects with a `DeephavenError` (e.g. `NotFound`).
 *
 * @example
 * ```ts
 * await session.storage.createDirectory('/scripts');
 * await session.storage.saveFile('/scripts/hello.py', 'print("hello")', { allowOverwrite: true });
 * const files = await session.storage.listItems('/scripts', '*.py');
 * const text = (await session.storage.loadFile(files[0]!.path)).text();
 * await session.storage.deleteItem('/scripts/hello.py');
 * ```
 */
export class Storage {
  /** The storage calls, the storage service's client and its generated messages load on first use. */
  private loaded: Promise<StorageCalls> | undefined;

  /** @internal */
  constructor(private readonly connection: Connection) {}

  /** The files and directories in the directory `path` (`'/'` for the root), with `glob` (e.g. `'*.py'`) on names. */
  listItems(path: string, glob?: string, options: CallOptions = {}): Promise<StorageItem[]> {
    return this.call(options, (c, signal) => c.listItems(path, glob, signal));
  }

  /** The file at `path`: its bytes, its etag and its text. */
  loadFile(path: string, options: CallOptions = {}): Promise<StoredFile> {
    return this.call(options, (c, signal) => c.loadFile(path, signal));
  }

  /** Writes `contents` (text as UTF-8, or bytes) to `path`; resolves with the file's new etag. */
  saveFile(path: string, contents: string | Uint8Array, options: StorageWriteOptions = {}): Promise<string | undefined> {
    return this.call(options, (c, signal) => c.saveFile(path, contents, options.allowOverwrite === true, signal));
  }

  /** Moves (renames) the file or directory at `oldPath` to `newPath`. */
  moveItem(oldPath: string, newPath: string, options: StorageWriteOptions = {}): Promise<void> {
    return this.call(options, (c, signal) => c.moveItem(oldPath, newPath, options.allowOverwrite === true, signal));
  }

  /** Deletes the file, or the empty directory, at `path` (a directory that holds anything is refused). */
  deleteItem(path: string, options: CallOptions = {}): Promise<void> {
    return this.call(options, (c, signal) => c.deleteItem(path, signal));
  }

  /** Creates the directory `path` (its parent must exist). */
  createDirectory(path: string, options: CallOptions = {}): Promise<void> {
    return this.call(options, (c, signal) => c.createDirectory(path, signal));
  }

  private call<T>(options: CallOptions, run: (calls: StorageCalls, signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    if (this.connection.isClosed) return Promise.reject(this.connection.closedError());
    this.loaded ??= import('./storage-calls.js').then((m) => new m.StorageCalls(this.connection));
    const loaded = this.loaded;
    return abortable(options.signal, (signal) => loaded.then((c) => run(c, signal)));
  }
}
