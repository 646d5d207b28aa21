// msdb domain knowledge: the schema scripts and the codes stored in the Agent tables.
export { splitBatches } from './batches';
export { msdbScriptDir, msdbScripts } from './scripts';
export { applyMsdbSchema, type ApplyMsdbOptions } from './apply';
export * from './categories';
export * from './schedule-enums';
export * from './job-enums';
export * from './msx-enums';
export * from './subsystems';
export * from './schema-objects';
