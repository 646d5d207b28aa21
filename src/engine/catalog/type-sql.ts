// SQLite expressions that compute a column's type facts from the SqlType JSON the catalogue
// keeps in __msxd_columns.sql_type (type-facts.ts is the TypeScript twin). Built from the same
// tables, so the two cannot drift.
import { SYSTEM_TYPES } from './type-facts';

const kind = (col: string): string => `json_extract(${col}, '$.kind')`;
const len = (col: string): string => `json_extract(${col}, '$.length')`;
const prec = (col: string): string => `json_extract(${col}, '$.precision')`;
const scl = (col: string): string => `json_extract(${col}, '$.scale')`;

/** The sys.types name: 'numeric' when the decimal was declared NUMERIC. */
export function typeNameSql(col: string): string {
  return `CASE WHEN ${kind(col)} = 'decimal' AND json_extract(${col}, '$.numeric') THEN 'numeric' ELSE ${kind(col)} END`;
}

export function systemTypeIdSql(col: string): string {
  const arms = SYSTEM_TYPES.filter((x) => x.userTypeId === x.systemTypeId)
    .map((x) => `WHEN '${x.name}' THEN ${x.systemTypeId}`).join(' ');
  return `(CASE ${typeNameSql(col)} ${arms} ELSE 0 END)`;
}

const scaledLength = (col: string, base: number): string =>
  `(${base} + CASE WHEN ${scl(col)} <= 2 THEN 0 WHEN ${scl(col)} <= 4 THEN 1 ELSE 2 END)`;

export function maxLengthSql(col: string): string {
  const k = kind(col);
  const l = len(col);
  return `(CASE ${k}
    WHEN 'char' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} END
    WHEN 'varchar' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} END
    WHEN 'binary' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} END
    WHEN 'varbinary' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} END
    WHEN 'nchar' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} * 2 END
    WHEN 'nvarchar' THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} * 2 END
    WHEN 'decimal' THEN CASE WHEN ${prec(col)} <= 9 THEN 5 WHEN ${prec(col)} <= 19 THEN 9 WHEN ${prec(col)} <= 28 THEN 13 ELSE 17 END
    WHEN 'time' THEN ${scaledLength(col, 3)}
    WHEN 'datetime2' THEN ${scaledLength(col, 6)}
    WHEN 'datetimeoffset' THEN ${scaledLength(col, 8)}
    WHEN 'xml' THEN -1
    ${SYSTEM_TYPES.filter((x) => x.maxLength !== 8000 && x.userTypeId === x.systemTypeId && x.name !== 'decimal' && x.name !== 'numeric')
    .map((x) => `WHEN '${x.name}' THEN ${x.maxLength}`).join(' ')}
    ELSE 0 END)`;
}

export function precisionSql(col: string): string {
  const k = kind(col);
  const s = scl(col);
  return `(CASE ${k}
    WHEN 'decimal' THEN ${prec(col)}
    WHEN 'time' THEN CASE WHEN ${s} = 0 THEN 8 ELSE 9 + ${s} END
    WHEN 'datetime2' THEN CASE WHEN ${s} = 0 THEN 19 ELSE 20 + ${s} END
    WHEN 'datetimeoffset' THEN CASE WHEN ${s} = 0 THEN 26 ELSE 27 + ${s} END
    ${SYSTEM_TYPES.filter((x) => x.precision > 0 && !['decimal', 'numeric', 'time', 'datetime2', 'datetimeoffset'].includes(x.name))
    .map((x) => `WHEN '${x.name}' THEN ${x.precision}`).join(' ')}
    ELSE 0 END)`;
}

export function scaleSql(col: string): string {
  const k = kind(col);
  return `(CASE ${k}
    WHEN 'decimal' THEN ${scl(col)} WHEN 'time' THEN ${scl(col)} WHEN 'datetime2' THEN ${scl(col)}
    WHEN 'datetimeoffset' THEN ${scl(col)} WHEN 'money' THEN 4 WHEN 'smallmoney' THEN 4 WHEN 'datetime' THEN 3
    ELSE 0 END)`;
}

/** INFORMATION_SCHEMA.COLUMNS.CHARACTER_MAXIMUM_LENGTH: characters; -1 for (max). */
export function charMaxLengthSql(col: string): string {
  const k = kind(col);
  const l = len(col);
  return `(CASE WHEN ${k} IN ('char', 'varchar', 'nchar', 'nvarchar', 'binary', 'varbinary')
      THEN CASE WHEN ${l} = 'max' THEN -1 ELSE ${l} END
    WHEN ${k} IN ('text', 'image') THEN 2147483647 WHEN ${k} = 'ntext' THEN 1073741823 WHEN ${k} = 'xml' THEN -1
    ELSE NULL END)`;
}

/** CHARACTER_OCTET_LENGTH: bytes. */
export function charOctetLengthSql(col: string): string {
  const k = kind(col);
  return `(CASE WHEN ${k} IN ('nchar', 'nvarchar') AND ${len(col)} <> 'max' THEN ${len(col)} * 2
    WHEN ${k} = 'ntext' THEN 2147483646 ELSE ${charMaxLengthSql(col)} END)`;
}

export function isCharacterSql(col: string): string {
  return `${kind(col)} IN ('char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext')`;
}

export function isNumericSql(col: string): string {
  return `${kind(col)} IN ('bit', 'tinyint', 'smallint', 'int', 'bigint', 'decimal', 'real', 'float', 'money', 'smallmoney')`;
}

export function isDateTimeSql(col: string): string {
  return `${kind(col)} IN ('date', 'time', 'datetime2', 'datetimeoffset', 'datetime', 'smalldatetime')`;
}

export function dateTimePrecisionSql(col: string): string {
  const k = kind(col);
  return `(CASE ${k} WHEN 'date' THEN 0 WHEN 'smalldatetime' THEN 0 WHEN 'datetime' THEN 3
    WHEN 'time' THEN ${scl(col)} WHEN 'datetime2' THEN ${scl(col)} WHEN 'datetimeoffset' THEN ${scl(col)} ELSE NULL END)`;
}
