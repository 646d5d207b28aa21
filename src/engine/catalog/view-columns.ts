// Shorthands for catalog view column lists (SQL Server's names, types and nullability).
import type { SqlType } from '../../types/sql-type';
import type { SystemViewColumn } from '../sql/system-view-registry';

export const INT: SqlType = { kind: 'int' };
export const SMALLINT: SqlType = { kind: 'smallint' };
export const TINYINT: SqlType = { kind: 'tinyint' };
export const BIGINT: SqlType = { kind: 'bigint' };
export const BIT: SqlType = { kind: 'bit' };
export const DATETIME: SqlType = { kind: 'datetime' };
export const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
export const nvarchar = (length: number | 'max'): SqlType => ({ kind: 'nvarchar', length });
export const varchar = (length: number | 'max'): SqlType => ({ kind: 'varchar', length });
export const char = (length: number): SqlType => ({ kind: 'char', length });
export const nchar = (length: number): SqlType => ({ kind: 'nchar', length });
export const varbinary = (length: number): SqlType => ({ kind: 'varbinary', length });
export const UNIQUEIDENTIFIER: SqlType = { kind: 'uniqueidentifier' };
export const SQL_VARIANT: SqlType = { kind: 'sql_variant' };

/** [name, type, nullable?]: nullable defaults to false (most catalog columns are NOT NULL). */
export type ColumnSpec = readonly [string, SqlType, boolean?];

export function columns(specs: readonly ColumnSpec[]): SystemViewColumn[] {
  return specs.map(([name, type, nullable]) => ({ name, type, nullable: nullable ?? false }));
}

/** The columns every object view (sys.tables, sys.views, sys.procedures) starts with. */
export const OBJECT_COLUMNS: readonly ColumnSpec[] = [
  ['name', SYSNAME], ['object_id', INT], ['principal_id', INT, true], ['schema_id', INT], ['parent_object_id', INT],
  ['type', char(2), true], ['type_desc', nvarchar(60), true], ['create_date', DATETIME], ['modify_date', DATETIME],
  ['is_ms_shipped', BIT], ['is_published', BIT], ['is_schema_published', BIT],
];

/** SQL quoting of a text constant. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A quoted SQLite schema (`"msdb"`) as a string literal, for table-valued pragmas and dbstat. */
export function schemaLiteral(quoted: string): string {
  return lit(quoted.slice(1, -1).replace(/""/g, '"'));
}
