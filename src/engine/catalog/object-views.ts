// sys.objects, sys.tables, sys.views, sys.procedures, sys.schemas, sys.sql_modules over the
// database's __msxd_objects / __msxd_schemas. CREATE INDEX rows (type 'IX') are sys.indexes only.
// sys.objects and sys.tables in tempdb also list the session's #temp tables (temp-catalog.ts).
import { FIXED_DATABASE_ROLES } from '../../store/index';
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { columnsSource, objectsSource } from './temp-catalog';
import {
  BIT, columns, INT, lit, nvarchar, OBJECT_COLUMNS, SYSNAME, TINYINT, type ColumnSpec,
} from './view-columns';

/** sys.objects.type_desc of each type code. */
export const OBJECT_TYPE_DESC: Readonly<Record<string, string>> = {
  U: 'USER_TABLE', V: 'VIEW', P: 'SQL_STORED_PROCEDURE', X: 'EXTENDED_STORED_PROCEDURE', FN: 'SQL_SCALAR_FUNCTION',
  IF: 'SQL_INLINE_TABLE_VALUED_FUNCTION', TF: 'SQL_TABLE_VALUED_FUNCTION', TR: 'SQL_TRIGGER',
  PK: 'PRIMARY_KEY_CONSTRAINT', UQ: 'UNIQUE_CONSTRAINT', F: 'FOREIGN_KEY_CONSTRAINT', C: 'CHECK_CONSTRAINT',
  D: 'DEFAULT_CONSTRAINT', S: 'SYSTEM_TABLE', SN: 'SYNONYM', SO: 'SEQUENCE_OBJECT', TT: 'TYPE_TABLE',
};

/** sys.objects.type_desc of the type code in `col` (unpadded) */
export const typeDescSql = (col: string): string =>
  `CASE ${col} ${Object.entries(OBJECT_TYPE_DESC).map(([k, v]) => `WHEN ${lit(k)} THEN ${lit(v)}`).join(' ')} END`;

/** The twelve sys.objects columns, from alias `o`. */
export const objectColumnsSql = `o.name, o.object_id, NULL AS principal_id, o.schema_id, o.parent_object_id,
  substr(o.type || ' ', 1, 2) AS type, ${typeDescSql('o.type')} AS type_desc, o.create_date, o.modify_date,
  o.is_ms_shipped, 0 AS is_published, 0 AS is_schema_published`;

function objectsOf(ctx: SystemViewContext, where: string, extra = ''): string {
  return `SELECT ${objectColumnsSql}${extra} FROM ${objectsSource(ctx)} o WHERE ${where}`;
}

export const sysObjects: SystemViewDefinition = {
  schema: 'sys', name: 'objects', columns: columns(OBJECT_COLUMNS),
  sql: (ctx) => objectsOf(ctx, `o.type <> 'IX'`),
};

const TABLE_EXTRA: readonly ColumnSpec[] = [
  ['lob_data_space_id', INT], ['filestream_data_space_id', INT, true], ['max_column_id_used', INT],
  ['lock_on_bulk_load', BIT], ['uses_ansi_nulls', BIT, true], ['is_replicated', BIT, true],
  ['has_replication_filter', BIT, true], ['is_merge_published', BIT, true], ['is_sync_tran_subscribed', BIT, true],
  ['has_unchecked_assembly_data', BIT], ['text_in_row_limit', INT, true], ['large_value_types_out_of_row', BIT, true],
  ['is_tracked_by_cdc', BIT, true], ['lock_escalation', TINYINT, true], ['lock_escalation_desc', nvarchar(60), true],
  ['is_filetable', BIT, true], ['is_memory_optimized', BIT, true], ['durability', TINYINT, true],
  ['durability_desc', nvarchar(60), true], ['temporal_type', TINYINT, true], ['temporal_type_desc', nvarchar(60), true],
  ['history_table_id', INT, true], ['is_remote_data_archive_enabled', BIT, true], ['is_external', BIT],
];

export const sysTables: SystemViewDefinition = {
  schema: 'sys', name: 'tables', columns: columns([...OBJECT_COLUMNS, ...TABLE_EXTRA]),
  sql: (ctx) => objectsOf(ctx, `o.type = 'U'`, `, 0, NULL,
    coalesce((SELECT max(c.column_id) FROM ${columnsSource(ctx)} c WHERE c.object_id = o.object_id), 0),
    0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'TABLE', 0, 0, 0, 'SCHEMA_AND_DATA', 0, 'NON_TEMPORAL_TABLE', NULL, 0, 0`),
};

const VIEW_EXTRA: readonly ColumnSpec[] = [
  ['is_replicated', BIT, true], ['has_replication_filter', BIT, true], ['has_opaque_metadata', BIT],
  ['has_unchecked_assembly_data', BIT], ['with_check_option', BIT], ['is_date_correlation_view', BIT],
  ['is_tracked_by_cdc', BIT, true],
];

export const sysViews: SystemViewDefinition = {
  schema: 'sys', name: 'views', columns: columns([...OBJECT_COLUMNS, ...VIEW_EXTRA]),
  sql: (ctx) => objectsOf(ctx, `o.type = 'V'`, ', 0, 0, 0, 0, 0, 0, 0'),
};

const PROCEDURE_EXTRA: readonly ColumnSpec[] = [
  ['is_auto_executed', BIT], ['is_execution_replicated', BIT, true], ['is_repl_serializable_not_supported', BIT, true],
  ['skips_repl_constraints', BIT, true],
];

export const sysProcedures: SystemViewDefinition = {
  schema: 'sys', name: 'procedures', columns: columns([...OBJECT_COLUMNS, ...PROCEDURE_EXTRA]),
  sql: (ctx) => objectsOf(ctx, `o.type IN ('P', 'X', 'PC', 'RF')`, ', 0, 0, 0, 0'),
};

export const sysSchemas: SystemViewDefinition = {
  schema: 'sys', name: 'schemas',
  columns: columns([['name', SYSNAME], ['schema_id', INT], ['principal_id', INT, true]]),
  // The fixed database roles own schemas of their own name (SQL Server lists them too).
  sql: (ctx) => `SELECT name, schema_id, principal_id FROM (
      SELECT name, schema_id, principal_id FROM ${ctx.sqliteSchema}.__msxd_schemas
      UNION ALL SELECT column1, column2, column2 FROM (VALUES ${FIXED_DATABASE_ROLES.map((r) => `(${lit(r.name)}, ${r.id})`).join(', ')})
       WHERE column2 NOT IN (SELECT schema_id FROM ${ctx.sqliteSchema}.__msxd_schemas))
    ORDER BY schema_id`,
};

export const sysSqlModules: SystemViewDefinition = {
  schema: 'sys', name: 'sql_modules',
  columns: columns([
    ['object_id', INT], ['definition', nvarchar('max'), true], ['uses_ansi_nulls', BIT, true],
    ['uses_quoted_identifier', BIT, true], ['is_schema_bound', BIT, true], ['uses_database_collation', BIT, true],
    ['is_recompiled', BIT, true], ['null_on_null_input', BIT, true], ['execute_as_principal_id', INT, true],
    ['uses_native_compilation', BIT, true], ['inline_type', BIT, true], ['is_inlineable', BIT, true],
  ]),
  sql: (ctx) => `SELECT o.object_id, o.definition, 1, 1, 0, 0, 0, 0, NULL, 0, 0, 0
    FROM ${ctx.sqliteSchema}.__msxd_objects o WHERE o.type IN ('V', 'P', 'FN', 'IF', 'TF', 'TR') AND o.definition IS NOT NULL`,
};
