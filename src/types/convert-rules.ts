// Which conversions SQL Server allows ("CAST and CONVERT", the conversion chart): explicitly
// (CAST/CONVERT) and implicitly (operators, comparisons, assignments).
import { isApproxNumeric, isBinary, isCharacter, isNumeric, isString } from './categories';
import type { SqlType } from './sql-type';

const NEW_DATE_TYPES = new Set(['date', 'time', 'datetime2', 'datetimeoffset']);

export function isExplicitlyConvertible(from: SqlType, to: SqlType): boolean {
  const f = from.kind;
  const t = to.kind;
  if (f === t) return true;
  if (f === 'sql_variant') return t !== 'text' && t !== 'ntext' && t !== 'image' && t !== 'xml';
  if (t === 'sql_variant') return f !== 'text' && f !== 'ntext' && f !== 'image' && f !== 'xml';
  if (f === 'text' || f === 'ntext') return isString(to) || t === 'text' || t === 'ntext' || t === 'xml';
  if (t === 'text' || t === 'ntext') return isString(from) || f === 'xml';
  if (f === 'image') return isBinary(to);
  if (t === 'image') return isBinary(from);
  if (f === 'xml') return isString(to) || isBinary(to);
  if (t === 'xml') return isString(from) || isBinary(from);
  if (f === 'uniqueidentifier') return isString(to) || isBinary(to);
  if (t === 'uniqueidentifier') return isString(from) || isBinary(from);
  if (NEW_DATE_TYPES.has(f) && isNumeric(to)) return false;
  if (NEW_DATE_TYPES.has(t) && isNumeric(from)) return false;
  if ((f === 'date' && t === 'time') || (f === 'time' && t === 'date')) return false;
  if (isBinary(from) && isApproxNumeric(to)) return false;
  return true;
}

export function isImplicitlyConvertible(from: SqlType, to: SqlType): boolean {
  if (!isExplicitlyConvertible(from, to)) return false;
  const f = from.kind;
  const t = to.kind;
  if (f === t) return true;
  // Character data never becomes binary implicitly (257), and dates never become numbers.
  if (isCharacter(from) && (isBinary(to) || t === 'image')) return false;
  if ((f === 'datetime' || f === 'smalldatetime') && isNumeric(to)) return false;
  if (f === 'xml' || t === 'xml') return isString(from) || isString(to);
  if ((f === 'text' || f === 'ntext') && isString(to)) return true;
  if (isBinary(from) && (t === 'datetime' || t === 'smalldatetime' || NEW_DATE_TYPES.has(t))) return false;
  if (isNumeric(from) && (isBinary(to) || t === 'uniqueidentifier')) return false;
  return true;
}
