// Catalog views of object kinds msxd does not have (triggers, synonyms, sequences, CLR assemblies,
// certificates, symmetric keys, full-text catalogs): empty, with SQL Server 2022's columns and
// types, so SSMS's object explorer and DBA scripts that join them run. sys.computed_columns and
// sys.stats are not empty: msxd has computed columns, and SQL Server creates one statistics
// object per index.
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { columnsSource, objectsSource } from './temp-catalog';
import { columnValuesSql, COLUMN_VIEW_COLUMNS } from './column-views';
import { indexRowsSql } from './index-views';
import {
  BIT, char, columns, DATETIME, INT, nvarchar, OBJECT_COLUMNS, SQL_VARIANT, SYSNAME, TINYINT, UNIQUEIDENTIFIER,
  varbinary, varchar, type ColumnSpec,
} from './view-columns';

/** An empty view with SQL Server's columns: `SELECT NULL, ... WHERE 0`. */
export function emptyCatalogView(name: string, specs: readonly ColumnSpec[]): SystemViewDefinition {
  return {
    schema: 'sys', name, columns: columns(specs),
    sql: () => `SELECT ${specs.map((s) => `NULL AS "${s[0]}"`).join(', ')} WHERE 0`,
  };
}

const TRIGGER_COLUMNS: readonly ColumnSpec[] = [
  ['name', SYSNAME], ['object_id', INT], ['parent_class', TINYINT], ['parent_class_desc', nvarchar(60), true],
  ['parent_id', INT], ['type', char(2)], ['type_desc', nvarchar(60), true], ['create_date', DATETIME],
  ['modify_date', DATETIME], ['is_ms_shipped', BIT], ['is_disabled', BIT],
];

export const sysTriggers = emptyCatalogView('triggers', [
  ...TRIGGER_COLUMNS, ['is_not_for_replication', BIT], ['is_instead_of_trigger', BIT],
]);

export const sysServerTriggers = emptyCatalogView('server_triggers', TRIGGER_COLUMNS);

export const sysSynonyms = emptyCatalogView('synonyms', [...OBJECT_COLUMNS, ['base_object_name', nvarchar(1035), true]]);

export const sysSequences = emptyCatalogView('sequences', [
  ...OBJECT_COLUMNS, ['start_value', SQL_VARIANT], ['increment', SQL_VARIANT], ['minimum_value', SQL_VARIANT, true],
  ['maximum_value', SQL_VARIANT, true], ['is_cycling', BIT, true], ['is_cached', BIT, true], ['cache_size', INT, true],
  ['system_type_id', TINYINT], ['user_type_id', INT], ['precision', TINYINT], ['scale', TINYINT],
  ['current_value', SQL_VARIANT], ['is_exhausted', BIT], ['last_used_value', SQL_VARIANT, true],
]);

export const sysAssemblies = emptyCatalogView('assemblies', [
  ['name', SYSNAME], ['principal_id', INT, true], ['assembly_id', INT], ['clr_name', nvarchar(4000), true],
  ['permission_set', TINYINT, true], ['permission_set_desc', nvarchar(60), true], ['is_visible', BIT],
  ['create_date', DATETIME], ['modify_date', DATETIME], ['is_user_defined', BIT, true],
]);

export const sysCertificates = emptyCatalogView('certificates', [
  ['name', SYSNAME], ['certificate_id', INT], ['principal_id', INT, true], ['pvt_key_encryption_type', char(2)],
  ['pvt_key_encryption_type_desc', nvarchar(60), true], ['is_active_for_begin_dialog', BIT, true],
  ['issuer_name', nvarchar(442), true], ['cert_serial_number', nvarchar(64), true], ['sid', varbinary(85), true],
  ['string_sid', nvarchar(128), true], ['subject', nvarchar(4000), true], ['expiry_date', DATETIME, true],
  ['start_date', DATETIME, true], ['thumbprint', varbinary(32)], ['attested_by', nvarchar(260), true],
  ['pvt_key_last_backup_date', DATETIME, true], ['key_length', INT, true],
]);

export const sysSymmetricKeys = emptyCatalogView('symmetric_keys', [
  ['name', SYSNAME], ['principal_id', INT, true], ['symmetric_key_id', INT], ['key_length', INT],
  ['key_algorithm', char(2)], ['algorithm_desc', nvarchar(60), true], ['create_date', DATETIME], ['modify_date', DATETIME],
  ['key_guid', UNIQUEIDENTIFIER, true], ['key_thumbprint', SQL_VARIANT, true], ['provider_type', nvarchar(60), true],
  ['cryptographic_provider_guid', UNIQUEIDENTIFIER, true], ['cryptographic_provider_algid', SQL_VARIANT, true],
]);

export const sysFulltextCatalogs = emptyCatalogView('fulltext_catalogs', [
  ['fulltext_catalog_id', INT], ['name', SYSNAME], ['path', nvarchar(260), true], ['is_default', BIT],
  ['is_accent_sensitivity_on', BIT], ['data_space_id', INT, true], ['file_id', INT, true], ['principal_id', INT, true],
  ['is_importing', BIT, true],
]);

/** sys.columns' columns plus the definition: SQL Server's column list for sys.computed_columns. */
export const sysComputedColumns: SystemViewDefinition = {
  schema: 'sys', name: 'computed_columns',
  columns: columns([
    ...COLUMN_VIEW_COLUMNS, ['definition', nvarchar('max'), true], ['uses_database_collation', BIT],
    ['is_persisted', BIT],
  ]),
  // msxd computes every computed column when it is read, so none is PERSISTED.
  sql: (ctx) => `SELECT ${columnValuesSql()}, c.computed_definition, 1, 0
      FROM ${columnsSource(ctx)} c
      JOIN ${objectsSource(ctx)} o ON o.object_id = c.object_id
      WHERE c.computed_definition IS NOT NULL`,
};

/** One statistics object per index (SQL Server builds one with each index, same name and id). */
export const sysStats: SystemViewDefinition = {
  schema: 'sys', name: 'stats',
  columns: columns([
    ['object_id', INT], ['name', SYSNAME, true], ['stats_id', INT], ['auto_created', BIT, true], ['user_created', BIT, true],
    ['no_recompute', BIT, true], ['has_filter', BIT, true], ['filter_definition', nvarchar('max'), true],
    ['is_temporary', BIT, true], ['is_incremental', BIT, true], ['has_persisted_sample', BIT, true],
    ['stats_generation_method', INT], ['stats_generation_method_desc', varchar(80)], ['auto_drop', BIT, true],
  ]),
  sql: (ctx) => `SELECT i.object_id, i.name, i.index_id, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 'Sort based statistics', 0
    FROM (${indexRowsSql(ctx)}) i WHERE i.index_id > 0`,
};
