/**
 * @internal apache-arrow's complete IPC reader (about 11 KiB min+gz more than the decoder in `read.ts`), loaded only
 * for what that decoder leaves to it: dictionary-encoded or compressed batches.
 */
export { tableFromIPC } from 'apache-arrow/ipc/serialization';
