// sp_datatype_info's rows: SQL Server 2022's types as ODBC SQLGetTypeInfo describes them, in the
// `_100` form with ODBC 3 codes. odbcType() derives the other forms: ODBC 2 codes (SQL_DATE 9,
// SQL_TIMESTAMP 11 instead of 91, 93) and the pre-2008 procedure, which reports date, time,
// datetime2 and datetimeoffset as nvarchar strings (SQL_WVARCHAR -9) for drivers that predate them.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-datatype-info-transact-sql
import type { SqlValue } from '../types/values';
import { ODBC_TYPE } from './odbc-column-type';

/**
 * [TYPE_NAME, DATA_TYPE, PRECISION, LITERAL_PREFIX, LITERAL_SUFFIX, CREATE_PARAMS, NULLABLE,
 *  CASE_SENSITIVE, SEARCHABLE, UNSIGNED_ATTRIBUTE, MONEY, AUTO_INCREMENT, MINIMUM_SCALE,
 *  MAXIMUM_SCALE, SQL_DATA_TYPE, SQL_DATETIME_SUB, NUM_PREC_RADIX, USERTYPE]
 * LOCAL_TYPE_NAME is TYPE_NAME; INTERVAL_PRECISION is always NULL.
 */
export const DATATYPE_INFO = [
  ['datetimeoffset', -155, 34, "'", "'", 'scale', 1, 0, 3, null, 0, null, 0, 7, -155, 0, null, 0],
  ['time', -154, 16, "'", "'", 'scale', 1, 0, 3, null, 0, null, 0, 7, -154, 0, null, 0],
  ['xml', -152, 0, "N'", "'", null, 1, 1, 0, null, 0, null, null, null, -152, null, null, 0],
  ['sql_variant', -150, 8000, null, null, null, 1, 0, 2, null, 0, null, 0, 0, -150, null, 10, 0],
  ['uniqueidentifier', -11, 36, "'", "'", null, 1, 0, 2, null, 0, null, null, null, -11, null, null, 0],
  ['ntext', -10, 1073741823, "N'", "'", null, 1, 1, 1, null, 0, null, null, null, -10, null, null, 0],
  ['nvarchar', -9, 4000, "N'", "'", 'max length', 1, 1, 3, null, 0, null, null, null, -9, null, null, 0],
  ['sysname', -9, 128, "N'", "'", null, 0, 1, 3, null, 0, null, null, null, -9, null, null, 18],
  ['nchar', -8, 4000, "N'", "'", 'length', 1, 1, 3, null, 0, null, null, null, -8, null, null, 0],
  ['bit', -7, 1, null, null, null, 1, 0, 2, null, 0, null, 0, 0, -7, null, null, 16],
  ['tinyint', -6, 3, null, null, null, 1, 0, 2, 1, 0, 0, 0, 0, -6, null, 10, 5],
  ['tinyint identity', -6, 3, null, null, null, 0, 0, 2, 1, 0, 1, 0, 0, -6, null, 10, 5],
  ['bigint', -5, 19, null, null, null, 1, 0, 2, 0, 0, 0, 0, 0, -5, null, 10, 0],
  ['bigint identity', -5, 19, null, null, null, 0, 0, 2, 0, 0, 1, 0, 0, -5, null, 10, 0],
  ['image', -4, 2147483647, '0x', null, null, 1, 0, 0, null, 0, null, null, null, -4, null, null, 20],
  ['varbinary', -3, 8000, '0x', null, 'max length', 1, 0, 2, null, 0, null, null, null, -3, null, null, 4],
  ['binary', -2, 8000, '0x', null, 'length', 1, 0, 2, null, 0, null, null, null, -2, null, null, 3],
  ['timestamp', -2, 8, '0x', null, null, 0, 0, 2, null, 0, null, null, null, -2, null, null, 80],
  ['text', -1, 2147483647, "'", "'", null, 1, 1, 1, null, 0, null, null, null, -1, null, null, 19],
  ['char', 1, 8000, "'", "'", 'length', 1, 1, 3, null, 0, null, null, null, 1, null, null, 1],
  ['numeric', 2, 38, null, null, 'precision,scale', 1, 0, 2, 0, 0, 0, 0, 38, 2, null, 10, 10],
  ['numeric() identity', 2, 38, null, null, 'precision', 0, 0, 2, 0, 0, 1, 0, 0, 2, null, 10, 10],
  ['decimal', 3, 38, null, null, 'precision,scale', 1, 0, 2, 0, 0, 0, 0, 38, 3, null, 10, 24],
  ['money', 3, 19, '$', null, null, 1, 0, 2, 0, 1, 0, 4, 4, 3, null, 10, 11],
  ['smallmoney', 3, 10, '$', null, null, 1, 0, 2, 0, 1, 0, 4, 4, 3, null, 10, 21],
  ['decimal() identity', 3, 38, null, null, 'precision', 0, 0, 2, 0, 0, 1, 0, 0, 3, null, 10, 24],
  ['int', 4, 10, null, null, null, 1, 0, 2, 0, 0, 0, 0, 0, 4, null, 10, 7],
  ['int identity', 4, 10, null, null, null, 0, 0, 2, 0, 0, 1, 0, 0, 4, null, 10, 7],
  ['smallint', 5, 5, null, null, null, 1, 0, 2, 0, 0, 0, 0, 0, 5, null, 10, 6],
  ['smallint identity', 5, 5, null, null, null, 0, 0, 2, 0, 0, 1, 0, 0, 5, null, 10, 6],
  ['float', 6, 53, null, null, null, 1, 0, 2, 0, 0, 0, null, null, 6, null, 2, 8],
  ['real', 7, 24, null, null, null, 1, 0, 2, 0, 0, 0, null, null, 7, null, 2, 23],
  ['varchar', 12, 8000, "'", "'", 'max length', 1, 1, 3, null, 0, null, null, null, 12, null, null, 2],
  ['date', 91, 10, "'", "'", null, 1, 0, 3, null, 0, null, null, 0, 9, 1, null, 0],
  ['datetime2', 93, 27, "'", "'", 'scale', 1, 0, 3, null, 0, null, 0, 7, 9, 3, null, 0],
  ['datetime', 93, 23, "'", "'", null, 1, 0, 3, null, 0, null, 3, 3, 9, 3, null, 12],
  ['smalldatetime', 93, 16, "'", "'", null, 1, 0, 3, null, 0, null, 0, 0, 9, 3, null, 22],
] as const;

export type DatatypeInfoRow = (typeof DATATYPE_INFO)[number];

/** The four types SQL Server 2008 added: strings to the procedures that predate them. */
const TYPES_2008: ReadonlySet<string> = new Set(['date', 'time', 'datetime2', 'datetimeoffset']);

/** One row as the procedure returns it: 20 columns, DATA_TYPE and SQL_DATA_TYPE for the flavour. */
export function datatypeInfoRow(row: DatatypeInfoRow, odbcVer: number, katmai: boolean): SqlValue[] {
  const [name, dataType, precision, prefix, suffix, params, nullable, caseSensitive, searchable, unsigned, money, autoIncrement,
    minScale, maxScale, sqlDataType, sub, radix, userType] = row;
  let code: number = dataType;
  let sqlType: number = sqlDataType;
  let datetimeSub: number | null = sub;
  if (!katmai && TYPES_2008.has(name)) {
    code = ODBC_TYPE.wvarchar;
    sqlType = ODBC_TYPE.wvarchar;
    datetimeSub = null;
  } else if (odbcVer !== 3 && code === ODBC_TYPE.typeDate) code = ODBC_TYPE.date2;
  else if (odbcVer !== 3 && code === ODBC_TYPE.typeTimestamp) code = ODBC_TYPE.datetime2;
  return [name, code, precision, prefix, suffix, params, nullable, caseSensitive, searchable, unsigned, money, autoIncrement, name,
    minScale, maxScale, sqlType, datetimeSub, radix, null, userType];
}
