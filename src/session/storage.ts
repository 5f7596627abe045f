import { Code, DeephavenError } from '../errors.js';
import { abortable, type CallOptions } from '../rx/abortable.js';
import type { StorageItemInfo, StorageServiceClient } from '../services/storage-service.js';
import type { Connection } from './connection.js';

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
  /** The storage service's client and generated messages load on first use. */
  private loaded: Promise<StorageServiceClient> | undefined;

  /** @internal */
  constructor(private readonly connection: Connection) {}

  private get client(): Promise<StorageServiceClient> {
    this.loaded ??= import('../services/storage-service.js').then((m) => new m.StorageServiceClient(this.connection));
    return this.loaded;
  }

  /** The files and directories in the directory `path` (`'/'` for the root), with `glob` (e.g. `'*.py'`) on names. */
  listItems(path: string, glob?: string, options: CallOptions = {}): Promise<StorageItem[]> {
    return this.call(options, (signal) => {
      const dir = checkPath(path, 'listItems');
      if (glob !== undefined && (typeof glob !== 'string' || glob === '')) throw bad('listItems', 'takes a glob as a non-empty string');
      return this.client.then((c) => c.listItems(dir, glob, { signal })).then((r) => r.items.map(itemOf));
    });
  }

  /** The file at `path`: its bytes, its etag and its text. */
  loadFile(path: string, options: CallOptions = {}): Promise<StoredFile> {
    return this.call(options, (signal) => {
      const file = checkPath(path, 'loadFile');
      return this.client
        .then((c) => c.fetchFile(file, undefined, { signal }))
        .then(({ contents, etag }) => ({ contents, etag, text: () => new TextDecoder().decode(contents) }));
    });
  }

  /** Writes `contents` (text as UTF-8, or bytes) to `path`; resolves with the file's new etag. */
  saveFile(path: string, contents: string | Uint8Array, options: StorageWriteOptions = {}): Promise<string | undefined> {
    return this.call(options, (signal) => {
      const file = checkPath(path, 'saveFile');
      if (typeof contents !== 'string' && !(contents instanceof Uint8Array))
        throw bad('saveFile', 'takes the contents as a string or a Uint8Array');
      const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
      return this.client.then((c) => c.saveFile(file, bytes, options.allowOverwrite === true, { signal }));
    });
  }

  /** Moves (renames) the file or directory at `oldPath` to `newPath`. */
  moveItem(oldPath: string, newPath: string, options: StorageWriteOptions = {}): Promise<void> {
    return this.call(options, (signal) => {
      const [from, to] = [checkPath(oldPath, 'moveItem'), checkPath(newPath, 'moveItem')];
      return this.client.then((c) => c.moveItem(from, to, options.allowOverwrite === true, { signal }));
    });
  }

  /** Deletes the file, or the empty directory, at `path` (a directory that holds anything is refused). */
  deleteItem(path: string, options: CallOptions = {}): Promise<void> {
    return this.call(options, (signal) => {
      const target = checkPath(path, 'deleteItem');
      return this.client.then((c) => c.deleteItem(target, { signal }));
    });
  }

  /** Creates the directory `path` (its parent must exist). */
  createDirectory(path: string, options: CallOptions = {}): Promise<void> {
    return this.call(options, (signal) => {
      const target = checkPath(path, 'createDirectory');
      return this.client.then((c) => c.createDirectory(target, { signal }));
    });
  }

  private call<T>(options: CallOptions, run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    if (this.connection.isClosed) return Promise.reject(this.connection.closedError());
    return abortable(options.signal, run);
  }
}

function itemOf(i: StorageItemInfo): StorageItem {
  return { path: i.path, name: i.path.slice(i.path.lastIndexOf('/') + 1), type: i.type, size: i.size, etag: i.etag };
}

function checkPath(path: unknown, op: string): string {
  if (typeof path !== 'string' || !path.startsWith('/'))
    throw bad(op, `takes an absolute path starting with '/', got ${JSON.stringify(path)}`);
  return path;
}

function bad(op: string, message: string): DeephavenError {
  return new DeephavenError(Code.InvalidArgument, `${op}: ${message}`);
}
