// Families of SQL types used by the typing and conversion rules.
import type { SqlType, SqlTypeKind } from './sql-type';

export type StringType = Extract<SqlType, { kind: 'char' | 'varchar' | 'nchar' | 'nvarchar' }>;
export type BinaryType = Extract<SqlType, { kind: 'binary' | 'varbinary' }>;

const INTEGER = new Set<SqlTypeKind>(['bit', 'tinyint', 'smallint', 'int', 'bigint']);
const EXACT = new Set<SqlTypeKind>([...INTEGER, 'decimal', 'money', 'smallmoney']);
const APPROX = new Set<SqlTypeKind>(['real', 'float']);
const STRING = new Set<SqlTypeKind>(['char', 'varchar', 'nchar', 'nvarchar']);
const UNICODE = new Set<SqlTypeKind>(['nchar', 'nvarchar', 'ntext']);
const LOB = new Set<SqlTypeKind>(['text', 'ntext', 'image']);
const DATETIME = new Set<SqlTypeKind>(['date', 'time', 'datetime2', 'datetimeoffset', 'datetime', 'smalldatetime']);

export const isInteger = (t: SqlType): boolean => INTEGER.has(t.kind);
export const isExactNumeric = (t: SqlType): boolean => EXACT.has(t.kind);
export const isApproxNumeric = (t: SqlType): boolean => APPROX.has(t.kind);
export const isNumeric = (t: SqlType): boolean => EXACT.has(t.kind) || APPROX.has(t.kind);
export const isString = (t: SqlType): t is StringType => STRING.has(t.kind);
export const isUnicode = (t: SqlType): boolean => UNICODE.has(t.kind);
/** char/varchar/nchar/nvarchar/text/ntext/xml: values held as JS strings. */
export const isCharacter = (t: SqlType): boolean => STRING.has(t.kind) || t.kind === 'text' || t.kind === 'ntext' || t.kind === 'xml';
export const isBinary = (t: SqlType): t is BinaryType => t.kind === 'binary' || t.kind === 'varbinary';
export const isLob = (t: SqlType): boolean => LOB.has(t.kind);
export const isDateTime = (t: SqlType): boolean => DATETIME.has(t.kind);
export const isMoney = (t: SqlType): boolean => t.kind === 'money' || t.kind === 'smallmoney';
/** datetime and smalldatetime: the old types that allow + and - with numbers (days). */
export const isLegacyDateTime = (t: SqlType): boolean => t.kind === 'datetime' || t.kind === 'smalldatetime';

/** Precision of an integer type seen as decimal: tinyint 3, smallint 5, int 10, bigint 19. */
export function integerPrecision(t: SqlType): number {
  switch (t.kind) {
    case 'bit':
      return 1;
    case 'tinyint':
      return 3;
    case 'smallint':
      return 5;
    case 'int':
      return 10;
    case 'bigint':
      return 19;
    default:
      return 0;
  }
}

/** Maximum length in characters (strings) or bytes (binary) for non-max variable types. */
export function maxLengthOf(kind: SqlTypeKind): number {
  return kind === 'nchar' || kind === 'nvarchar' ? 4000 : 8000;
}
