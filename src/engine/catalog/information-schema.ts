// INFORMATION_SCHEMA.TABLES, COLUMNS, ROUTINES, SCHEMATA, VIEWS (ISO views as SQL Server shapes
// them) over the database's catalogue (in tempdb with the session's #temp tables: temp-catalog.ts).
import type { SqlType } from '../../types/sql-type';
import { EMPTY_PROCEDURE_REGISTRY } from '../procedure-registry';
import './module-signature';
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { columnsSource, objectsSource } from './temp-catalog';
import {
  charMaxLengthSql, charOctetLengthSql, dateTimePrecisionSql, isCharacterSql, isNumericSql, precisionSql, scaleSql, typeNameSql,
} from './type-sql';
import { BIGINT, DATETIME, INT, nvarchar, SMALLINT, SYSNAME, TINYINT, varchar } from './view-columns';

type Column = readonly [name: string, type: SqlType, sql: string];

function view(name: string, cols: (ctx: SystemViewContext) => readonly Column[], from: (ctx: SystemViewContext) => string,
  template: readonly Column[]): SystemViewDefinition {
  return {
    schema: 'INFORMATION_SCHEMA', name,
    columns: template.map(([n, type]) => ({ name: n, type, nullable: true })),
    sql: (ctx) => `SELECT ${cols(ctx).map((c) => `${c[2]} AS "${c[0]}"`).join(', ')} ${from(ctx)}`,
  };
}

const tableCols = (ctx: SystemViewContext): Column[] => [
  ['TABLE_CATALOG', nvarchar(128), ctx.bind(ctx.database)], ['TABLE_SCHEMA', SYSNAME, 's.name'], ['TABLE_NAME', SYSNAME, 'o.name'],
  ['TABLE_TYPE', varchar(10), "CASE o.type WHEN 'U' THEN 'BASE TABLE' ELSE 'VIEW' END"],
];
const objectsFrom = (ctx: SystemViewContext, types: string): string =>
  `FROM ${objectsSource(ctx)} o JOIN ${ctx.sqliteSchema}.__msxd_schemas s ON s.schema_id = o.schema_id
   WHERE o.type IN (${types}) AND o.parent_object_id = 0`;
const TEMPLATE_CTX: SystemViewContext = {
  database: '', sqliteSchema: '', masterSchema: '', spid: 0, loginName: '', isSysadmin: false, tempTables: [], bind: () => 'NULL',
  procedures: EMPTY_PROCEDURE_REGISTRY,
};

export const isTables = view('TABLES', tableCols, (ctx) => `${objectsFrom(ctx, "'U', 'V'")} ORDER BY s.name, o.name`, tableCols(TEMPLATE_CTX));

const t = 'c.sql_type';
const columnCols = (ctx: SystemViewContext): Column[] => [
  ['TABLE_CATALOG', nvarchar(128), ctx.bind(ctx.database)], ['TABLE_SCHEMA', SYSNAME, 's.name'], ['TABLE_NAME', SYSNAME, 'o.name'],
  ['COLUMN_NAME', SYSNAME, 'c.name'], ['ORDINAL_POSITION', INT, 'c.column_id'], ['COLUMN_DEFAULT', nvarchar(4000), 'c.default_definition'],
  ['IS_NULLABLE', varchar(3), "CASE c.is_nullable WHEN 1 THEN 'YES' ELSE 'NO' END"], ['DATA_TYPE', nvarchar(128), typeNameSql(t)],
  ['CHARACTER_MAXIMUM_LENGTH', INT, charMaxLengthSql(t)], ['CHARACTER_OCTET_LENGTH', INT, charOctetLengthSql(t)],
  ['NUMERIC_PRECISION', TINYINT, `CASE WHEN ${isNumericSql(t)} THEN ${precisionSql(t)} END`],
  ['NUMERIC_PRECISION_RADIX', SMALLINT, `CASE WHEN json_extract(${t}, '$.kind') IN ('real', 'float') THEN 2 WHEN ${isNumericSql(t)} THEN 10 END`],
  ['NUMERIC_SCALE', INT, `CASE WHEN ${isNumericSql(t)} AND json_extract(${t}, '$.kind') NOT IN ('real', 'float') THEN ${scaleSql(t)} END`],
  ['DATETIME_PRECISION', SMALLINT, dateTimePrecisionSql(t)],
  ['CHARACTER_SET_CATALOG', SYSNAME, 'NULL'], ['CHARACTER_SET_SCHEMA', SYSNAME, 'NULL'],
  ['CHARACTER_SET_NAME', SYSNAME, `CASE WHEN json_extract(${t}, '$.kind') IN ('nchar', 'nvarchar', 'ntext') THEN 'UNICODE' WHEN ${isCharacterSql(t)} THEN 'iso_1' END`],
  ['COLLATION_CATALOG', SYSNAME, 'NULL'], ['COLLATION_SCHEMA', SYSNAME, 'NULL'], ['COLLATION_NAME', SYSNAME, 'c.collation_name'],
  ['DOMAIN_CATALOG', SYSNAME, 'NULL'], ['DOMAIN_SCHEMA', SYSNAME, 'NULL'], ['DOMAIN_NAME', SYSNAME, 'NULL'],
];

export const isColumns = view('COLUMNS', columnCols, (ctx) => `FROM ${columnsSource(ctx)} c
    JOIN ${objectsSource(ctx)} o ON o.object_id = c.object_id AND o.type IN ('U', 'V')
    JOIN ${ctx.sqliteSchema}.__msxd_schemas s ON s.schema_id = o.schema_id ORDER BY s.name, o.name, c.column_id`, columnCols(TEMPLATE_CTX));

const NULLS = (names: readonly [string, SqlType][]): Column[] => names.map(([n, type]) => [n, type, 'NULL']);

const routineCols = (ctx: SystemViewContext): Column[] => [
  ['SPECIFIC_CATALOG', nvarchar(128), ctx.bind(ctx.database)], ['SPECIFIC_SCHEMA', nvarchar(128), 's.name'], ['SPECIFIC_NAME', SYSNAME, 'o.name'],
  ['ROUTINE_CATALOG', nvarchar(128), ctx.bind(ctx.database)], ['ROUTINE_SCHEMA', nvarchar(128), 's.name'], ['ROUTINE_NAME', SYSNAME, 'o.name'],
  ['ROUTINE_TYPE', nvarchar(20), "CASE o.type WHEN 'P' THEN 'PROCEDURE' ELSE 'FUNCTION' END"],
  ...NULLS([['MODULE_CATALOG', SYSNAME], ['MODULE_SCHEMA', SYSNAME], ['MODULE_NAME', SYSNAME], ['UDT_CATALOG', SYSNAME],
    ['UDT_SCHEMA', SYSNAME], ['UDT_NAME', SYSNAME]]),
  ['DATA_TYPE', SYSNAME, "CASE WHEN o.type IN ('FN', 'IF', 'TF') THEN msxd_module_returns(o.definition) END"],
  ...NULLS([['CHARACTER_MAXIMUM_LENGTH', INT],
    ['CHARACTER_OCTET_LENGTH', INT], ['COLLATION_CATALOG', SYSNAME], ['COLLATION_SCHEMA', SYSNAME], ['COLLATION_NAME', SYSNAME],
    ['CHARACTER_SET_CATALOG', SYSNAME], ['CHARACTER_SET_SCHEMA', SYSNAME], ['CHARACTER_SET_NAME', SYSNAME],
    ['NUMERIC_PRECISION', SMALLINT], ['NUMERIC_PRECISION_RADIX', SMALLINT], ['NUMERIC_SCALE', SMALLINT],
    ['DATETIME_PRECISION', SMALLINT], ['INTERVAL_TYPE', nvarchar(30)], ['INTERVAL_PRECISION', SMALLINT],
    ['TYPE_UDT_CATALOG', SYSNAME], ['TYPE_UDT_SCHEMA', SYSNAME], ['TYPE_UDT_NAME', SYSNAME], ['SCOPE_CATALOG', SYSNAME],
    ['SCOPE_SCHEMA', SYSNAME], ['SCOPE_NAME', SYSNAME], ['MAXIMUM_CARDINALITY', BIGINT], ['DTD_IDENTIFIER', SYSNAME]]),
  ['ROUTINE_BODY', nvarchar(30), "'SQL'"], ['ROUTINE_DEFINITION', nvarchar(4000), 'substr(o.definition, 1, 4000)'],
  ...NULLS([['EXTERNAL_NAME', SYSNAME], ['EXTERNAL_LANGUAGE', nvarchar(30)], ['PARAMETER_STYLE', nvarchar(30)]]),
  ['IS_DETERMINISTIC', nvarchar(10), "'NO'"], ['SQL_DATA_ACCESS', nvarchar(30), "'MODIFIES'"],
  ['IS_NULL_CALL', nvarchar(10), "CASE o.type WHEN 'P' THEN NULL ELSE 'YES' END"], ['SQL_PATH', SYSNAME, 'NULL'],
  ['SCHEMA_LEVEL_ROUTINE', nvarchar(10), "'YES'"], ['MAX_DYNAMIC_RESULT_SETS', SMALLINT, "CASE o.type WHEN 'P' THEN -1 ELSE 0 END"],
  ['IS_USER_DEFINED_CAST', nvarchar(10), "'NO'"], ['IS_IMPLICITLY_INVOCABLE', nvarchar(10), "'NO'"],
  ['CREATED', DATETIME, 'o.create_date'], ['LAST_ALTERED', DATETIME, 'o.modify_date'],
];

export const isRoutines = view('ROUTINES', routineCols, (ctx) => `${objectsFrom(ctx, "'P', 'FN', 'IF', 'TF'")} ORDER BY s.name, o.name`,
  routineCols(TEMPLATE_CTX));

const schemataCols = (ctx: SystemViewContext): Column[] => [
  ['CATALOG_NAME', SYSNAME, ctx.bind(ctx.database)], ['SCHEMA_NAME', nvarchar(128), 's.name'],
  ['SCHEMA_OWNER', nvarchar(128), `(SELECT p.name FROM ${ctx.sqliteSchema}.__msxd_principals p WHERE p.principal_id = s.principal_id)`],
  ['DEFAULT_CHARACTER_SET_CATALOG', varchar(6), 'NULL'], ['DEFAULT_CHARACTER_SET_SCHEMA', varchar(3), 'NULL'],
  ['DEFAULT_CHARACTER_SET_NAME', SYSNAME, "'iso_1'"],
];

export const isSchemata = view('SCHEMATA', schemataCols,
  (ctx) => `FROM ${ctx.sqliteSchema}.__msxd_schemas s ORDER BY s.name`, schemataCols(TEMPLATE_CTX));

const viewCols = (ctx: SystemViewContext): Column[] => [
  ['TABLE_CATALOG', nvarchar(128), ctx.bind(ctx.database)], ['TABLE_SCHEMA', nvarchar(128), 's.name'], ['TABLE_NAME', SYSNAME, 'o.name'],
  ['VIEW_DEFINITION', nvarchar(4000), 'substr(o.definition, 1, 4000)'], ['CHECK_OPTION', varchar(7), "'NONE'"],
  ['IS_UPDATABLE', varchar(2), "'NO'"],
];

export const isViews = view('VIEWS', viewCols, (ctx) => `${objectsFrom(ctx, "'V'")} ORDER BY s.name, o.name`, viewCols(TEMPLATE_CTX));
