// sys.databases over master's __msxd_databases. Options msxd does not model report SQL Server's
// defaults; is_read_committed_snapshot_on is 1 because every read sees a committed snapshot (WAL).
import type { SqlType } from '../../types/sql-type';
import type { SystemViewDefinition } from '../sql/system-view-registry';
import {
  BIT, DATETIME, INT, nvarchar, SMALLINT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, varbinary,
} from './view-columns';

type Column = readonly [name: string, type: SqlType, nullable: boolean, sql: string];

const ZERO_GUID = "'00000000-0000-0000-0000-000000000000'";
const isTempdb = 'd.database_id = 2';

const COLUMNS: readonly Column[] = [
  ['name', SYSNAME, false, 'd.name'], ['database_id', INT, false, 'd.database_id'], ['source_database_id', INT, true, 'NULL'],
  ['owner_sid', varbinary(85), true, 'd.owner_sid'], ['create_date', DATETIME, false, 'd.create_date'],
  ['compatibility_level', TINYINT, false, 'd.compatibility_level'], ['collation_name', SYSNAME, true, 'd.collation_name'],
  ['user_access', TINYINT, true, '0'], ['user_access_desc', nvarchar(60), true, "'MULTI_USER'"], ['is_read_only', BIT, true, '0'],
  ['is_auto_close_on', BIT, false, '0'], ['is_auto_shrink_on', BIT, true, '0'], ['state', TINYINT, true, '0'],
  ['state_desc', nvarchar(60), true, "'ONLINE'"], ['is_in_standby', BIT, true, '0'], ['is_cleanly_shutdown', BIT, true, '0'],
  ['is_supplemental_logging_enabled', BIT, true, '0'], ['snapshot_isolation_state', TINYINT, true, '0'],
  ['snapshot_isolation_state_desc', nvarchar(60), true, "'OFF'"], ['is_read_committed_snapshot_on', BIT, true, '1'],
  ['recovery_model', TINYINT, true, `CASE WHEN ${isTempdb} THEN 3 ELSE 1 END`],
  ['recovery_model_desc', nvarchar(60), true, `CASE WHEN ${isTempdb} THEN 'SIMPLE' ELSE 'FULL' END`],
  ['page_verify_option', TINYINT, true, '2'], ['page_verify_option_desc', nvarchar(60), true, "'CHECKSUM'"],
  ['is_auto_create_stats_on', BIT, true, '1'], ['is_auto_create_stats_incremental_on', BIT, true, '0'],
  ['is_auto_update_stats_on', BIT, true, '1'], ['is_auto_update_stats_async_on', BIT, true, '0'],
  ['is_ansi_null_default_on', BIT, true, '0'], ['is_ansi_nulls_on', BIT, true, '0'], ['is_ansi_padding_on', BIT, true, '0'],
  ['is_ansi_warnings_on', BIT, true, '0'], ['is_arithabort_on', BIT, true, '0'], ['is_concat_null_yields_null_on', BIT, true, '0'],
  ['is_numeric_roundabort_on', BIT, true, '0'], ['is_quoted_identifier_on', BIT, true, '0'],
  ['is_recursive_triggers_on', BIT, true, '0'], ['is_cursor_close_on_commit_on', BIT, true, '0'],
  ['is_local_cursor_default', BIT, true, '0'], ['is_fulltext_enabled', BIT, true, '0'],
  ['is_trustworthy_on', BIT, true, "CASE WHEN d.database_id = 4 THEN 1 ELSE 0 END"], ['is_db_chaining_on', BIT, true, "CASE WHEN d.database_id IN (1, 2) THEN 1 ELSE 0 END"],
  ['is_parameterization_forced', BIT, true, '0'], ['is_master_key_encrypted_by_server', BIT, false, '0'],
  ['is_query_store_on', BIT, true, '0'], ['is_published', BIT, false, '0'], ['is_subscribed', BIT, false, '0'],
  ['is_merge_published', BIT, false, '0'], ['is_distributor', BIT, false, '0'], ['is_sync_with_backup', BIT, false, '0'],
  ['service_broker_guid', UNIQUEIDENTIFIER, false, ZERO_GUID], ['is_broker_enabled', BIT, false, '0'],
  ['log_reuse_wait', TINYINT, true, '0'], ['log_reuse_wait_desc', nvarchar(60), true, "'NOTHING'"],
  ['is_date_correlation_on', BIT, false, '0'], ['is_cdc_enabled', BIT, false, '0'], ['is_encrypted', BIT, true, '0'],
  ['is_honor_broker_priority_on', BIT, true, '0'], ['replica_id', UNIQUEIDENTIFIER, true, 'NULL'],
  ['group_database_id', UNIQUEIDENTIFIER, true, 'NULL'], ['resource_pool_id', INT, true, 'NULL'],
  ['default_language_lcid', SMALLINT, true, 'NULL'], ['default_language_name', nvarchar(128), true, 'NULL'],
  ['default_fulltext_language_lcid', INT, true, 'NULL'], ['default_fulltext_language_name', nvarchar(128), true, 'NULL'],
  ['is_nested_triggers_on', BIT, true, 'NULL'], ['is_transform_noise_words_on', BIT, true, 'NULL'],
  ['two_digit_year_cutoff', SMALLINT, true, 'NULL'], ['containment', TINYINT, true, '0'],
  ['containment_desc', nvarchar(60), true, "'NONE'"], ['target_recovery_time_in_seconds', INT, true, '60'],
  ['delayed_durability', INT, true, '0'], ['delayed_durability_desc', nvarchar(60), true, "'DISABLED'"],
  ['is_memory_optimized_elevate_to_snapshot_on', BIT, true, '0'], ['is_federation_member', BIT, true, '0'],
  ['is_remote_data_archive_enabled', BIT, true, '0'], ['is_mixed_page_allocation_on', BIT, true, '0'],
  ['is_temporal_history_retention_enabled', BIT, true, '1'], ['catalog_collation_type', INT, false, '0'],
  ['catalog_collation_type_desc', nvarchar(60), true, "'DATABASE_DEFAULT'"], ['physical_database_name', nvarchar(128), true, 'd.name'],
  ['is_result_set_caching_on', BIT, true, '0'], ['is_accelerated_database_recovery_on', BIT, true, '0'],
  ['is_tempdb_spill_to_remote_store', BIT, true, '0'], ['is_stale_page_detection_on', BIT, true, '0'],
  ['is_memory_optimized_enabled', BIT, true, '1'], ['is_data_retention_enabled', BIT, true, '0'],
  ['is_ledger_on', BIT, true, '0'], ['is_change_feed_enabled', BIT, true, '0'],
];

export const sysDatabases: SystemViewDefinition = {
  schema: 'sys', name: 'databases',
  columns: COLUMNS.map(([name, type, nullable]) => ({ name, type, nullable })),
  sql: (ctx) => `SELECT ${COLUMNS.map((c) => c[3]).join(', ')} FROM ${ctx.masterSchema}.__msxd_databases d ORDER BY d.database_id`,
};
