// The calls of `Session.storage`, loaded with the storage service's client and messages on its first use.
import { Code, DeephavenError } from '../errors.js';
import * as storage from '../services/storage-service.js';
import type { StorageItemInfo } from '../services/storage-service.js';
import type { Connection } from './connection.js';
import type { StorageItem, StoredFile } from './storage.js';

/** @internal What `Storage`'s methods do once loaded: checks the arguments (before any call), then calls. */
export class StorageCalls {
  constructor(private readonly connection: Connection) {}

  async listItems(path: string, glob: string | undefined, signal: AbortSignal | undefined): Promise<StorageItem[]> {
    const dir = checkPath(path, 'listItems');
    if (glob !== undefined && (typeof glob !== 'string' || glob === '')) throw bad('listItems', 'takes a glob as a non-empty string');
    return (await storage.listItems(this.connection, dir, glob, { signal })).items.map(itemOf);
  }

  async loadFile(path: string, signal: AbortSignal | undefined): Promise<StoredFile> {
    const file = checkPath(path, 'loadFile');
    const { contents, etag } = await storage.fetchFile(this.connection, file, undefined, { signal });
    return { contents, etag, text: () => new TextDecoder().decode(contents) };
  }

  saveFile(
    path: string,
    contents: string | Uint8Array,
    allowOverwrite: boolean,
    signal: AbortSignal | undefined,
  ): Promise<string | undefined> {
    const file = checkPath(path, 'saveFile');
    if (typeof contents !== 'string' && !(contents instanceof Uint8Array))
      throw bad('saveFile', 'takes the contents as a string or a Uint8Array');
    const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
    return storage.saveFile(this.connection, file, bytes, allowOverwrite, { signal });
  }

  moveItem(oldPath: string, newPath: string, allowOverwrite: boolean, signal: AbortSignal | undefined): Promise<void> {
    const [from, to] = [checkPath(oldPath, 'moveItem'), checkPath(newPath, 'moveItem')];
    return storage.moveItem(this.connection, from, to, allowOverwrite, { signal });
  }

  deleteItem(path: string, signal: AbortSignal | undefined): Promise<void> {
    return storage.deleteItem(this.connection, checkPath(path, 'deleteItem'), { signal });
  }

  createDirectory(path: string, signal: AbortSignal | undefined): Promise<void> {
    return storage.createDirectory(this.connection, checkPath(path, 'createDirectory'), { signal });
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
