// sys.columns (from __msxd_columns, types from the stored SqlType JSON) and sys.types (the fixed
// system types; msxd has no user-defined types). In tempdb sys.columns also lists the columns of
// the session's #temp tables (temp-catalog.ts).
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { columnsSource, objectsSource } from './temp-catalog';
import { maxLengthSql, precisionSql, scaleSql, systemTypeIdSql } from './type-sql';
import { SYSTEM_TYPES } from './type-facts';
import {
  BIT, columns, INT, lit, nvarchar, SMALLINT, SYSNAME, TINYINT, type ColumnSpec,
} from './view-columns';

const SERVER_COLLATION = 'SQL_Latin1_General_CP1_CI_AS';

/** sys.columns' columns, in SQL Server's order; sys.identity_columns starts with the same. */
export const COLUMN_VIEW_COLUMNS: readonly ColumnSpec[] = [
  ['object_id', INT], ['name', SYSNAME, true], ['column_id', INT], ['system_type_id', TINYINT], ['user_type_id', INT],
  ['max_length', SMALLINT], ['precision', TINYINT], ['scale', TINYINT], ['collation_name', SYSNAME, true],
  ['is_nullable', BIT, true], ['is_ansi_padded', BIT], ['is_rowguidcol', BIT], ['is_identity', BIT], ['is_computed', BIT],
  ['is_filestream', BIT], ['is_replicated', BIT, true], ['is_non_sql_subscribed', BIT, true], ['is_merge_published', BIT, true],
  ['is_dts_replicated', BIT, true], ['is_xml_document', BIT], ['xml_collection_id', INT], ['default_object_id', INT],
  ['rule_object_id', INT], ['is_sparse', BIT, true], ['is_column_set', BIT, true], ['generated_always_type', TINYINT, true],
  ['generated_always_type_desc', nvarchar(60), true], ['encryption_type', INT, true], ['encryption_type_desc', nvarchar(64), true],
  ['encryption_algorithm_name', SYSNAME, true], ['column_encryption_key_id', INT, true],
  ['column_encryption_key_database_name', SYSNAME, true], ['is_hidden', BIT, true], ['is_masked', BIT],
  ['graph_type', INT, true], ['graph_type_desc', nvarchar(60), true],
];

/** The COLUMN_VIEW_COLUMNS values of catalogue column `c` (a __msxd_columns row). */
export function columnValuesSql(): string {
  const t = 'c.sql_type';
  return `c.object_id, c.name, c.column_id, ${systemTypeIdSql(t)}, ${systemTypeIdSql(t)},
      ${maxLengthSql(t)}, ${precisionSql(t)}, ${scaleSql(t)}, c.collation_name,
      c.is_nullable, CASE WHEN json_extract(${t}, '$.kind') IN ('char', 'varchar', 'nchar', 'nvarchar', 'binary', 'varbinary') THEN 1 ELSE 0 END,
      0, c.is_identity, CASE WHEN c.computed_definition IS NULL THEN 0 ELSE 1 END,
      0, 0, 0, 0, 0, 0, 0, c.default_object_id, 0, 0, 0, 0, 'NOT_APPLICABLE', NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL`;
}

export const sysColumns: SystemViewDefinition = {
  schema: 'sys', name: 'columns',
  columns: columns(COLUMN_VIEW_COLUMNS),
  sql: (ctx) => `SELECT ${columnValuesSql()}
      FROM ${columnsSource(ctx)} c
      JOIN ${objectsSource(ctx)} o ON o.object_id = c.object_id`,
};

export const sysTypes: SystemViewDefinition = {
  schema: 'sys', name: 'types',
  columns: columns([
    ['name', SYSNAME], ['system_type_id', TINYINT], ['user_type_id', INT], ['schema_id', INT], ['principal_id', INT, true],
    ['max_length', SMALLINT], ['precision', TINYINT], ['scale', TINYINT], ['collation_name', SYSNAME, true],
    ['is_nullable', BIT, true], ['is_user_defined', BIT], ['is_assembly_type', BIT], ['default_object_id', INT],
    ['rule_object_id', INT], ['is_table_type', BIT],
  ]),
  sql: () => `SELECT column1, column2, column3, 4, NULL, column4, column5, column6, column7, column8, 0, column9, 0, 0, 0
    FROM (VALUES ${SYSTEM_TYPES.map((x) => `(${lit(x.name)}, ${x.systemTypeId}, ${x.userTypeId}, ${x.maxLength}, ${x.precision}, ${x.scale},
      ${x.collated ? lit(SERVER_COLLATION) : 'NULL'}, ${x.name === 'sysname' ? 0 : 1}, ${x.userTypeId >= 128 && x.userTypeId <= 130 ? 1 : 0})`).join(', ')})`,
};
