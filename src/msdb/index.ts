// msdb domain knowledge: the schema scripts, their fixed rows and the objects they create
// (the code values stored in the Agent tables are in src/codes).
export { splitBatches } from './batches';
export { msdbScriptDir, msdbScripts } from './scripts';
export { applyMsdbSchema, type ApplyMsdbOptions } from './apply';
export * from './categories';
export * from './subsystems';
export * from './schema-objects';
