// sp_columns @table_name [, @table_owner] [, @table_qualifier] [, @column_name] [, @ODBCVer]: the
// ODBC description of a table's columns (19 columns, ODBC type codes).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-columns-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

const NV384 = { kind: 'nvarchar', length: 384 } as const;

/** ODBC SQL data type codes of each SQL Server type (sp_columns DATA_TYPE). */
const ODBC_TYPES: Readonly<Record<string, number>> = {
  bigint: -5, binary: -2, bit: -7, char: 1, date: -9, datetime: 11, datetime2: -9, datetimeoffset: -9, decimal: 3,
  float: 6, image: -4, int: 4, money: 3, nchar: -8, ntext: -10, numeric: 2, nvarchar: -9, real: 7, smalldatetime: 11,
  smallint: 5, smallmoney: 3, sql_variant: -150, text: -1, time: -9, tinyint: -6, uniqueidentifier: -11, varbinary: -3,
  varchar: 12, xml: -10,
};

/** PRECISION of types whose precision is not their length or numeric precision. */
const FIXED_PRECISION: Readonly<Record<string, number>> = {
  real: 7, float: 15, datetime: 23, smalldatetime: 16, date: 10, uniqueidentifier: 36, text: 2147483647,
  ntext: 1073741823, image: 2147483647, xml: 0, sql_variant: 8000,
};

/** LENGTH (bytes) of fixed-size types. */
const FIXED_LENGTH: Readonly<Record<string, number>> = {
  bit: 1, tinyint: 1, smallint: 2, int: 4, bigint: 8, real: 4, float: 8, money: 21, smallmoney: 12, datetime: 16,
  smalldatetime: 16, date: 20, uniqueidentifier: 16, text: 2147483647, ntext: 2147483646, image: 2147483647, xml: 0,
  sql_variant: 8000,
};

const caseOf = (map: Readonly<Record<string, number>>, otherwise: string): string =>
  `CASE c.DATA_TYPE ${Object.entries(map).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ')} ELSE ${otherwise} END`;

export const spColumns: ProcedureDefinition = {
  name: 'sp_columns',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@table_name', type: NV384 }, { name: '@table_owner', type: NV384, default: null },
    { name: '@table_qualifier', type: { kind: 'nvarchar', length: 128 }, default: null },
    { name: '@column_name', type: NV384, default: null }, { name: '@ODBCVer', type: { kind: 'int' }, default: 2 },
  ],
  async run(ctx, args) {
    const conditions = [`c.TABLE_NAME LIKE ${nstr(args.value('@table_name'))}`];
    const owner = text(args.value('@table_owner'));
    const column = text(args.value('@column_name'));
    const qualifier = text(args.value('@table_qualifier'));
    if (owner !== undefined) conditions.push(`c.TABLE_SCHEMA LIKE ${nstr(owner)}`);
    if (column !== undefined) conditions.push(`c.COLUMN_NAME LIKE ${nstr(column)}`);
    if (qualifier !== undefined) conditions.push(`c.TABLE_CATALOG = ${nstr(qualifier)}`);
    const identity = `COLUMNPROPERTY(OBJECT_ID(QUOTENAME(c.TABLE_SCHEMA) + '.' + QUOTENAME(c.TABLE_NAME)), c.COLUMN_NAME, 'IsIdentity')`;
    const dataType = caseOf(ODBC_TYPES, '0');
    const precision = `CASE WHEN c.CHARACTER_MAXIMUM_LENGTH = -1 THEN CASE WHEN c.DATA_TYPE LIKE 'n%' THEN 1073741823 ELSE 2147483647 END
      WHEN c.CHARACTER_MAXIMUM_LENGTH IS NOT NULL THEN c.CHARACTER_MAXIMUM_LENGTH
      ELSE ${caseOf(FIXED_PRECISION, 'coalesce(c.NUMERIC_PRECISION, 0)')} END`;
    const length = `CASE WHEN c.CHARACTER_OCTET_LENGTH = -1 THEN 0 WHEN c.CHARACTER_OCTET_LENGTH IS NOT NULL THEN c.CHARACTER_OCTET_LENGTH
      WHEN c.DATA_TYPE IN ('decimal', 'numeric') THEN c.NUMERIC_PRECISION + 2
      WHEN c.DATA_TYPE IN ('time', 'datetime2', 'datetimeoffset') THEN 2 * (${caseOf({ time: 8, datetime2: 19, datetimeoffset: 26 }, '0')}
        + CASE WHEN c.DATETIME_PRECISION > 0 THEN c.DATETIME_PRECISION + 1 ELSE 0 END)
      ELSE ${caseOf(FIXED_LENGTH, '0')} END`;
    await ctx.executeSql(`SELECT CAST(c.TABLE_CATALOG AS sysname) AS TABLE_QUALIFIER, CAST(c.TABLE_SCHEMA AS sysname) AS TABLE_OWNER,
    CAST(c.TABLE_NAME AS sysname) AS TABLE_NAME, CAST(c.COLUMN_NAME AS sysname) AS COLUMN_NAME,
    CAST(${dataType} AS smallint) AS DATA_TYPE,
    CAST(c.DATA_TYPE + CASE WHEN ${identity} = 1 THEN ' identity' ELSE '' END AS sysname) AS TYPE_NAME,
    CAST(${precision} AS int) AS [PRECISION], CAST(${length} AS int) AS [LENGTH],
    CAST(coalesce(c.NUMERIC_SCALE, CASE WHEN c.DATA_TYPE IN ('datetime', 'time', 'datetime2', 'datetimeoffset') THEN c.DATETIME_PRECISION END) AS smallint) AS [SCALE],
    CAST(CASE WHEN c.NUMERIC_PRECISION IS NOT NULL THEN 10 END AS smallint) AS RADIX,
    CAST(CASE c.IS_NULLABLE WHEN 'YES' THEN 1 ELSE 0 END AS smallint) AS NULLABLE, CAST(NULL AS varchar(254)) AS REMARKS,
    CAST(c.COLUMN_DEFAULT AS nvarchar(4000)) AS COLUMN_DEF,
    CAST(CASE WHEN c.DATA_TYPE IN ('datetime', 'smalldatetime') THEN 9 ELSE ${dataType} END AS smallint) AS SQL_DATA_TYPE,
    CAST(CASE WHEN c.DATA_TYPE IN ('datetime', 'smalldatetime') THEN 3 END AS smallint) AS SQL_DATETIME_SUB,
    CAST(c.CHARACTER_OCTET_LENGTH AS int) AS CHAR_OCTET_LENGTH, CAST(c.ORDINAL_POSITION AS int) AS ORDINAL_POSITION,
    CAST(c.IS_NULLABLE AS varchar(254)) AS IS_NULLABLE, CAST(NULL AS tinyint) AS SS_DATA_TYPE
  FROM INFORMATION_SCHEMA.COLUMNS c
  WHERE ${conditions.join(' AND ')}
  ORDER BY TABLE_QUALIFIER, TABLE_OWNER, TABLE_NAME, ORDINAL_POSITION`);
  },
};
