// The storage boundary: import from here only (README.md).
export type {
  ChangeContext, ColumnDescription, CreateLoginOptions, DatabaseImage, DatabaseInfo, LockWait, LoginInfoRow, NodeStore,
  OpenedNodeStore, OpenNodeStoreOptions, RunResult, SessionStorage, SqlParams, VerifiedLogin, LoginCheck,
} from './api';
export { openNodeStore } from './node-store';
export { quoteIdent, qualifiedTable, sqliteTableName } from './sqlite-names';
export { ciKey, ciCompare } from './collation-key';
export { SCRYPT_PARAMS } from './password-hash';
export { encodeValue, decodeValue, declaredType, isCharacterType, type StoredValue } from './storage-types';
export {
  createTable, findTable, listColumns, nextIdentity, FIRST_USER_OBJECT_ID,
  type ColumnDefinition, type ColumnInfo, type IdentitySpec, type TableDefinition, type TableInfo,
} from './catalog';
export { runMigrations, readMigrationFolder, type MigrationOptions, type MigrationScript } from './migrations';
export { markShippedObjects } from './shipped-objects';
export { MAX_ATTACHED, schemaGeneration } from './session-storage';
export { fileBytes } from './file-facts';
export {
  analyzeStatistics, btreeStats, checkIntegrity, databaseFile, checkpointDatabase, databaseFileFacts, isCorruption, objectPageCount, rebuildIndexes,
  releaseCacheMemory, shrinkDatabase, tableIndexes, walFacts, type BtreeStats, type CheckpointResult, type DatabaseFileFacts, type WalFacts,
} from './maintenance';
export { addConnectionFunctions, type FunctionHost, type FunctionRegistrar } from './user-functions';
export * from './database-principal-rows';
export * from './permission-rows';
export * from './server-principal-rows';
export * from './credential-rows';
export * from './extended-property-rows';
export {
  findConfiguration, installDynamicValues, listConfigurations, setConfiguredValue, type ConfigurationRow,
} from './server-configuration-rows';
export {
  dropMessage, findMessage, FIRST_USER_MESSAGE, saveMessage, setMessageLogged, US_ENGLISH_LANGID, type MessageRow,
} from './message-rows';
export { CONFIGURATION_IDS, CONFIGURATION_OPTIONS, type ConfigurationOption } from './server-configuration-options';
