// SQL Server's facts about its system types (sys.types rows) and the per-column numbers catalog
// views and metadata functions report (system_type_id, max_length, precision, scale), computed
// from the SqlType the catalogue stores. One table serves both the SQL (type-sql.ts) and the
// TypeScript side (TYPE_ID, COL_LENGTH, COLUMNPROPERTY).
import { isUnicode } from '../../types/categories';
import type { SqlType, SqlTypeKind } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';

export interface SystemType {
  readonly name: string;
  readonly systemTypeId: number;
  readonly userTypeId: number;
  readonly maxLength: number;
  readonly precision: number;
  readonly scale: number;
  /** character types carry the database collation */
  readonly collated: boolean;
}

const t = (name: string, id: number, maxLength: number, precision = 0, scale = 0, collated = false, userTypeId = id): SystemType =>
  ({ name, systemTypeId: id, userTypeId, maxLength, precision, scale, collated });

/** sys.types of SQL Server 2022, in its name order (the order sys.types lists them). */
export const SYSTEM_TYPES: readonly SystemType[] = [
  t('bigint', 127, 8, 19), t('binary', 173, 8000), t('bit', 104, 1, 1), t('char', 175, 8000, 0, 0, true),
  t('date', 40, 3, 10), t('datetime', 61, 8, 23, 3), t('datetime2', 42, 8, 27, 7), t('datetimeoffset', 43, 10, 34, 7),
  t('decimal', 106, 17, 38, 38), t('float', 62, 8, 53), t('geography', 240, -1, 0, 0, false, 130),
  t('geometry', 240, -1, 0, 0, false, 129), t('hierarchyid', 240, 892, 0, 0, false, 128), t('image', 34, 16),
  t('int', 56, 4, 10), t('money', 60, 8, 19, 4), t('nchar', 239, 8000, 0, 0, true), t('ntext', 99, 16, 0, 0, true),
  t('numeric', 108, 17, 38, 38), t('nvarchar', 231, 8000, 0, 0, true), t('real', 59, 4, 24),
  t('smalldatetime', 58, 4, 16), t('smallint', 52, 2, 5), t('smallmoney', 122, 4, 10, 4), t('sql_variant', 98, 8016),
  t('sysname', 231, 256, 0, 0, true, 256), t('text', 35, 16, 0, 0, true), t('time', 41, 5, 16, 7),
  t('timestamp', 189, 8), t('tinyint', 48, 1, 3), t('uniqueidentifier', 36, 16), t('varbinary', 165, 8000),
  t('varchar', 167, 8000, 0, 0, true), t('xml', 241, -1),
];

export function systemTypeByName(name: string): SystemType | undefined {
  const lower = name.toLowerCase();
  return SYSTEM_TYPES.find((x) => x.name === lower);
}

export function systemTypeById(userTypeId: number): SystemType | undefined {
  return SYSTEM_TYPES.find((x) => x.userTypeId === userTypeId);
}

/** The sys.types name of a column type: 'numeric' for decimal written NUMERIC. */
export function typeNameOf(type: SqlType): string {
  if (type.kind === 'decimal') return type.numeric ? 'numeric' : 'decimal';
  return type.kind;
}

const FIXED_LENGTH: Partial<Record<SqlTypeKind, number>> = {
  bit: 1, tinyint: 1, smallint: 2, int: 4, bigint: 8, real: 4, float: 8, money: 8, smallmoney: 4,
  text: 16, ntext: 16, image: 16, uniqueidentifier: 16, date: 3, datetime: 8, smalldatetime: 4, sql_variant: 8016, xml: -1,
};

/** Storage bytes of time/datetime2/datetimeoffset by fractional scale. */
export function scaledLength(base: number, scale: number): number {
  return base + (scale <= 2 ? 0 : scale <= 4 ? 1 : 2);
}

export function decimalLength(precision: number): number {
  return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
}

/** sys.columns.max_length: bytes; -1 for (max) and xml. */
export function maxLengthOf(type: SqlType): number {
  switch (type.kind) {
    case 'char': case 'varchar': case 'binary': case 'varbinary':
      return type.length === 'max' ? -1 : type.length;
    case 'nchar': case 'nvarchar':
      return type.length === 'max' ? -1 : type.length * 2;
    case 'decimal': return decimalLength(type.precision);
    case 'time': return scaledLength(3, type.scale);
    case 'datetime2': return scaledLength(6, type.scale);
    case 'datetimeoffset': return scaledLength(8, type.scale);
    default: return FIXED_LENGTH[type.kind] ?? 0;
  }
}

/**
 * DATALENGTH of a non-NULL value: the bytes of a character or binary value itself (trailing
 * spaces kept, 2 per UTF-16 code unit for the N types), the storage size for every other type.
 */
export function dataLengthOf(v: Typed): number {
  const x = v.value;
  if (Buffer.isBuffer(x)) return x.length;
  if (typeof x === 'string' && v.type.kind !== 'uniqueidentifier') return isUnicode(v.type) ? x.length * 2 : Buffer.byteLength(x, 'latin1');
  return maxLengthOf(v.type);
}

/** sys.columns.precision (0 for types without one). */
export function precisionOf(type: SqlType): number {
  switch (type.kind) {
    case 'decimal': return type.precision;
    case 'time': return type.scale === 0 ? 8 : 9 + type.scale;
    case 'datetime2': return type.scale === 0 ? 19 : 20 + type.scale;
    case 'datetimeoffset': return type.scale === 0 ? 26 : 27 + type.scale;
    default: return systemTypeByName(type.kind)?.precision ?? 0;
  }
}

/** sys.columns.scale. */
export function scaleOf(type: SqlType): number {
  switch (type.kind) {
    case 'decimal': case 'time': case 'datetime2': case 'datetimeoffset': return type.scale;
    case 'money': case 'smallmoney': return 4;
    case 'datetime': return 3;
    default: return 0;
  }
}

export function systemTypeIdOf(type: SqlType): number {
  return systemTypeByName(typeNameOf(type))?.systemTypeId ?? 0;
}
