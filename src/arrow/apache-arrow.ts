/**
 * @internal The parts of apache-arrow the SDK uses at run time, each imported from its own module: the package's
 * main entry installs its DOM/Node stream adapters on import (side effects a bundler must keep), which would add
 * about 10 KiB (min+gz) to every app that reads a table. Types may still come from `'apache-arrow'`. (The barrage
 * layer, beside this one, imports the modules it needs the same way.)
 */
export { Message } from 'apache-arrow/ipc/metadata/message';
export { MessageHeader } from 'apache-arrow/fb/message-header';
// apache-arrow's readers generated from Arrow's Message.fbs and Schema.fbs, for the shape check before decoding.
export { Message as FbMessage } from 'apache-arrow/fb/message';
export { Schema as FbSchema } from 'apache-arrow/fb/schema';
export { Field as FbField } from 'apache-arrow/fb/field';
export { RecordBatch as FbRecordBatch } from 'apache-arrow/fb/record-batch';
export { DictionaryBatch as FbDictionaryBatch } from 'apache-arrow/fb/dictionary-batch';
export { DictionaryEncoding as FbDictionaryEncoding } from 'apache-arrow/fb/dictionary-encoding';
export { Int as FbInt } from 'apache-arrow/fb/int';
export { KeyValue as FbKeyValue } from 'apache-arrow/fb/key-value';
export { Union as FbUnion } from 'apache-arrow/fb/union';
export { Type as FbType } from 'apache-arrow/fb/type';
export { makeData } from 'apache-arrow/data';
export { RecordBatch } from 'apache-arrow/recordbatch';
export { Schema } from 'apache-arrow/schema';
export { Struct, strideForType } from 'apache-arrow/type';
export { Type } from 'apache-arrow/enum';
export { Table } from 'apache-arrow/table';
export { VectorLoader } from 'apache-arrow/visitor/vectorloader';
