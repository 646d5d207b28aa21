// "Data type precedence (Transact-SQL)": when an operator combines two types, the one with the
// lower precedence is converted to the other. Also the result types of several values combined
// (CASE, COALESCE, UNION) and of arithmetic ("Precision, scale, and length (Transact-SQL)").
import { sqlError } from '../errors/catalog';
import { isString, isBinary, isInteger, integerPrecision, isUnicode, maxLengthOf } from './categories';
import { decimalUnionType } from './decimal';
import type { SqlType, SqlTypeKind } from './sql-type';
import type { Typed } from './typed-value';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^';

/** Index = precedence rank; earlier = higher. */
const ORDER = [
  'sql_variant', 'xml', 'datetimeoffset', 'datetime2', 'datetime', 'smalldatetime', 'date', 'time',
  'float', 'real', 'decimal', 'money', 'smallmoney', 'bigint', 'int', 'smallint', 'tinyint', 'bit',
  'ntext', 'text', 'image', 'uniqueidentifier', 'nvarchar', 'nchar', 'varchar', 'char',
  'varbinary', 'binary',
] as const satisfies readonly SqlTypeKind[];

const RANK = new Map<SqlTypeKind, number>(ORDER.map((k, i) => [k, i + 2]));

/** Smaller = higher precedence (2 = sql_variant ... 29 = binary); user-defined types would be 1. */
export function precedenceOf(t: SqlType): number {
  const r = RANK.get(t.kind);
  if (r === undefined) throw new Error(`no precedence for ${t.kind}`);
  return r;
}

/** Decimal precision/scale an exact type is seen as when combined with decimal. */
export function asDecimalParams(t: SqlType): { precision: number; scale: number } {
  if (t.kind === 'decimal') return { precision: t.precision, scale: t.scale };
  if (t.kind === 'money') return { precision: 19, scale: 4 };
  if (t.kind === 'smallmoney') return { precision: 10, scale: 4 };
  if (isInteger(t)) return { precision: integerPrecision(t), scale: 0 };
  return { precision: 38, scale: 0 };
}

/**
 * The type both operands of a comparison (or values of a CASE) are converted to: the kind of
 * higher precedence, with lengths/precisions widened to hold both.
 */
export function higherType(a: SqlType, b: SqlType): SqlType {
  if (isString(a) && isString(b)) return combineStrings(a, b);
  if (isBinary(a) && isBinary(b)) {
    const fixed = a.kind === 'binary' && b.kind === 'binary';
    return { kind: fixed ? 'binary' : 'varbinary', length: maxLength(a.length, b.length) };
  }
  const high = precedenceOf(a) <= precedenceOf(b) ? a : b;
  const low = high === a ? b : a;
  switch (high.kind) {
    case 'decimal': {
      if (low.kind !== 'decimal' && !isInteger(low) && low.kind !== 'money' && low.kind !== 'smallmoney') return high;
      const u = decimalUnionType(asDecimalParams(high), asDecimalParams(low));
      return high.numeric ? { kind: 'decimal', ...u, numeric: true } : { kind: 'decimal', ...u };
    }
    case 'datetime2':
    case 'datetimeoffset':
    case 'time':
      if (low.kind === high.kind) return { kind: high.kind, scale: Math.max(high.scale, low.scale) };
      if (low.kind === 'datetime2' || low.kind === 'time') return { kind: high.kind, scale: Math.max(high.scale, low.scale) };
      return high;
    default:
      return high;
  }
}

function maxLength(a: number | 'max', b: number | 'max'): number | 'max' {
  return a === 'max' || b === 'max' ? 'max' : Math.max(a, b);
}

function combineStrings(a: SqlType & { length: number | 'max' }, b: SqlType & { length: number | 'max' }): SqlType {
  const unicode = isUnicode(a) || isUnicode(b);
  const fixed = (a.kind === 'char' || a.kind === 'nchar') && (b.kind === 'char' || b.kind === 'nchar');
  const kind = unicode ? (fixed ? 'nchar' : 'nvarchar') : fixed ? 'char' : 'varchar';
  let length = maxLength(a.length, b.length);
  if (length !== 'max' && length > maxLengthOf(kind)) length = 'max';
  return { kind, length };
}

/** Result type of CASE / COALESCE / UNION-style combination of several types. */
export function resultTypeOf(types: readonly SqlType[]): SqlType {
  const [first, ...rest] = types;
  if (!first) throw new Error('resultTypeOf needs at least one type');
  return rest.reduce<SqlType>((acc, t) => higherType(acc, t), first);
}

/**
 * resultTypeOf over values: a bare NULL constant has no type of its own and does not take part
 * (COALESCE(NULL, 'a') is varchar), unless every value is one.
 */
export function resultTypeOfValues(values: readonly Typed[]): SqlType {
  const typed = values.filter((v) => !(v.literal && v.value === null));
  return resultTypeOf((typed.length > 0 ? typed : values).map((v) => v.type));
}

export const OPERATOR_NAMES = {
  '+': 'add',
  '-': 'subtract',
  '*': 'multiply',
  '/': 'divide',
  '%': 'modulo',
  '&': 'boolean AND',
  '|': 'boolean OR',
  '^': 'boolean XOR',
} as const satisfies Record<ArithmeticOp, string>;

/** Result type of string concatenation: lengths add, capped at 8000 bytes / 4000 characters. */
export function concatResultType(a: SqlType, b: SqlType): SqlType {
  if (!('length' in a) || !('length' in b)) throw sqlError(402, a.kind, b.kind, 'add');
  const binary = isBinary(a);
  const unicode = isUnicode(a) || isUnicode(b);
  const fixed = (a.kind === 'char' || a.kind === 'nchar' || a.kind === 'binary') && (b.kind === 'char' || b.kind === 'nchar' || b.kind === 'binary');
  const kind = binary ? (fixed ? 'binary' : 'varbinary') : unicode ? (fixed ? 'nchar' : 'nvarchar') : fixed ? 'char' : 'varchar';
  if (a.length === 'max' || b.length === 'max') return { kind: kind === 'char' ? 'varchar' : kind === 'nchar' ? 'nvarchar' : kind === 'binary' ? 'varbinary' : kind, length: 'max' };
  return { kind, length: Math.min(a.length + b.length, maxLengthOf(kind)) };
}
