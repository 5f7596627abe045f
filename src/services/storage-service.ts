/**
 * @internal The StorageService client: the server's stored files (notebooks and others under its storage root),
 * as plain values in and out.
 */
import {
  CreateDirectoryRequest,
  DeleteItemRequest,
  FetchFileRequest,
  ItemType,
  ListItemsRequest,
  MoveItemRequest,
  SaveFileRequest,
} from '../generated/deephaven_core/proto/storage_pb.js';
import { StorageService } from '../generated/deephaven_core/proto/storage_pb_service.js';
import type { CallOptions } from '../transport/calls.js';
import type { ServiceCalls } from './table-creation.js';

/** @internal One entry of a directory listing. */
export interface StorageItemInfo {
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly size: number;
  readonly etag: string | undefined;
}

/** @internal `ListItems` of the directory `path`, optionally filtered by a glob on the names. */
export async function listItems(
  calls: ServiceCalls,
  path: string,
  glob: string | undefined,
  options?: CallOptions,
): Promise<{ items: StorageItemInfo[]; canonicalPath: string }> {
  const r = new ListItemsRequest();
  r.setPath(path);
  if (glob !== undefined) r.setFilterGlob(glob);
  const response = await calls.unary(StorageService.ListItems, r, options);
  const items = response.getItemsList().map((i) => ({
    path: i.getPath(),
    type: i.getType() === ItemType.DIRECTORY ? ('directory' as const) : ('file' as const),
    size: Number(i.getSize()),
    etag: i.hasEtag() ? i.getEtag() : undefined,
  }));
  return { items, canonicalPath: response.getCanonicalPath() };
}

/** @internal `FetchFile`: the bytes and etag; no bytes when `etag` is given and still current. */
export async function fetchFile(
  calls: ServiceCalls,
  path: string,
  etag: string | undefined,
  options?: CallOptions,
): Promise<{ contents: Uint8Array; etag: string | undefined }> {
  const r = new FetchFileRequest();
  r.setPath(path);
  if (etag !== undefined) r.setEtag(etag);
  const response = await calls.unary(StorageService.FetchFile, r, options);
  return { contents: response.getContents_asU8(), etag: response.hasEtag() ? response.getEtag() : undefined };
}

/** @internal `SaveFile`: resolves with the new etag. */
export async function saveFile(
  calls: ServiceCalls,
  path: string,
  contents: Uint8Array,
  allowOverwrite: boolean,
  options?: CallOptions,
): Promise<string | undefined> {
  const r = new SaveFileRequest();
  r.setPath(path);
  r.setContents(contents);
  r.setAllowOverwrite(allowOverwrite);
  const response = await calls.unary(StorageService.SaveFile, r, options);
  return response.hasEtag() ? response.getEtag() : undefined;
}

/** @internal `MoveItem` from `oldPath` to `newPath`. */
export async function moveItem(
  calls: ServiceCalls,
  oldPath: string,
  newPath: string,
  allowOverwrite: boolean,
  options?: CallOptions,
): Promise<void> {
  const r = new MoveItemRequest();
  r.setOldPath(oldPath);
  r.setNewPath(newPath);
  r.setAllowOverwrite(allowOverwrite);
  await calls.unary(StorageService.MoveItem, r, options);
}

/** @internal `CreateDirectory` at `path`. */
export async function createDirectory(calls: ServiceCalls, path: string, options?: CallOptions): Promise<void> {
  const r = new CreateDirectoryRequest();
  r.setPath(path);
  await calls.unary(StorageService.CreateDirectory, r, options);
}

/** @internal `DeleteItem` at `path`. */
export async function deleteItem(calls: ServiceCalls, path: string, options?: CallOptions): Promise<void> {
  const r = new DeleteItemRequest();
  r.setPath(path);
  await calls.unary(StorageService.DeleteItem, r, options);
}
