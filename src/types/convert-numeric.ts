// CAST/CONVERT to bit, integer, decimal, money and float types: rounding and overflow as SQL
// Server does them (decimal -> int truncates, money -> int rounds, float -> decimal rounds,
// decimal -> decimal rounds; overflow raises 220/8115, bad text 245/8114/235).
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { isCharacter, isInteger } from './categories';
import { decimalFromNumber, divRound, fitsPrecision, parseDecimalText, pow10, rescale } from './decimal';
import { numericOf, numericToNumber, type NumericValue } from './numeric-value';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDecimal, type SqlValue } from './values';

type IntegerKind = 'tinyint' | 'smallint' | 'int' | 'bigint';

const INTEGER_RANGE: Record<IntegerKind, readonly [bigint, bigint]> = {
  tinyint: [0n, 255n],
  smallint: [-32768n, 32767n],
  int: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

const MONEY_RANGE = {
  money: [-9223372036854775808n, 9223372036854775807n],
  smallmoney: [-2147483648n, 2147483647n],
} as const;

/** Target names in messages: decimal targets are reported as numeric. */
const targetName = (t: SqlType): string => (t.kind === 'decimal' ? 'numeric' : typeName(t));

function sourceNumeric(v: Typed, target: SqlType): NumericValue {
  const n = numericOf(v);
  if (n) return n;
  if (isCharacter(v.type)) return parseNumericText(String(v.value), v, target);
  if (Buffer.isBuffer(v.value)) return { kind: 'exact', unscaled: bufferToBigInt(v.value, target), scale: 0 };
  throw sqlError(529, typeName(v.type), typeName(target));
}

function bufferToBigInt(buf: Buffer, target: SqlType): bigint {
  const width = target.kind === 'tinyint' ? 1 : target.kind === 'smallint' ? 2 : target.kind === 'bigint' ? 8 : 4;
  const bytes = buf.subarray(Math.max(0, buf.length - width));
  const padded = Buffer.concat([Buffer.alloc(width - bytes.length), bytes]);
  let n = 0n;
  for (const b of padded) n = (n << 8n) | BigInt(b);
  if (target.kind !== 'tinyint' && padded.length > 0 && (padded[0] ?? 0) >= 0x80) n -= 1n << BigInt(width * 8);
  return n;
}

const INTEGER_TEXT = /^\s*[+-]?\s*\d+\s*$/;
const FLOAT_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function parseNumericText(text: string, v: Typed, target: SqlType): NumericValue {
  const src = typeName(v.type);
  switch (target.kind) {
    case 'bit': {
      const t = text.trim().toUpperCase();
      if (t === 'TRUE') return { kind: 'exact', unscaled: 1n, scale: 0 };
      if (t === 'FALSE') return { kind: 'exact', unscaled: 0n, scale: 0 };
      if (t === '') return { kind: 'exact', unscaled: 0n, scale: 0 };
      if (!INTEGER_TEXT.test(text)) throw sqlError(245, src, text, 'bit');
      return { kind: 'exact', unscaled: BigInt(text.replace(/\s/g, '')), scale: 0 };
    }
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint': {
      if (text.trim() === '') return { kind: 'exact', unscaled: 0n, scale: 0 };
      if (!INTEGER_TEXT.test(text)) throw sqlError(245, src, text, target.kind);
      const n = BigInt(text.replace(/\s/g, ''));
      const [lo, hi] = INTEGER_RANGE[target.kind];
      if (n < lo || n > hi) throw integerTextOverflow(target.kind, src, text);
      return { kind: 'exact', unscaled: n, scale: 0 };
    }
    case 'money':
    case 'smallmoney': {
      const cleaned = text.trim().replace(/^([+-]?)\s*[$€£¥]/, '$1').replace(/,/g, '');
      if (cleaned === '') return { kind: 'exact', unscaled: 0n, scale: 0 };
      const p = parseDecimalText(cleaned);
      if (!p) throw sqlError(235);
      return { kind: 'exact', unscaled: p.unscaled, scale: p.scale };
    }
    case 'float':
    case 'real': {
      if (text.trim() === '') return { kind: 'approx', value: 0 };
      if (!FLOAT_TEXT.test(text)) throw sqlErrorWithState(8114, 5, src, target.kind);
      return { kind: 'approx', value: Number(text.trim()) };
    }
    default: {
      const p = parseDecimalText(text);
      if (!p) throw sqlErrorWithState(8114, 5, src, targetName(target));
      return { kind: 'exact', unscaled: p.unscaled, scale: p.scale };
    }
  }
}

export function toBit(v: Typed, target: SqlType): SqlValue {
  const n = sourceNumeric(v, target);
  return n.kind === 'approx' ? n.value !== 0 : n.unscaled !== 0n;
}

export function toInteger(v: Typed, target: SqlType & { kind: IntegerKind }): SqlValue {
  const n = sourceNumeric(v, target);
  let whole: bigint;
  if (n.kind === 'approx') {
    if (!Number.isFinite(n.value)) throw sqlError(8115, typeName(v.type), target.kind);
    // datetime -> int rounds to the nearest day; float -> int truncates.
    const isDate = v.type.kind === 'datetime' || v.type.kind === 'smalldatetime';
    const t = isDate ? Math.round(n.value) : Math.trunc(n.value);
    if (Math.abs(t) > 1e19) throw sqlError(8115, typeName(v.type), target.kind);
    whole = BigInt(t);
  } else if (v.type.kind === 'money' || v.type.kind === 'smallmoney') {
    whole = divRound(n.unscaled, pow10(n.scale));
  } else {
    whole = n.unscaled / pow10(n.scale);
  }
  const [lo, hi] = INTEGER_RANGE[target.kind];
  if (whole < lo || whole > hi) {
    if (isInteger(v.type) && v.type.kind !== 'bigint') throw sqlError(220, target.kind, String(whole));
    throw sqlErrorWithState(8115, 2, isCharacter(v.type) ? typeName(v.type) : v.type.kind === 'bigint' ? 'expression' : typeName(v.type), target.kind);
  }
  return target.kind === 'bigint' ? whole : Number(whole);
}

export function toDecimal(v: Typed, target: SqlType & { kind: 'decimal' }): SqlValue {
  const n = sourceNumeric(v, target);
  if (n.kind === 'approx' && !Number.isFinite(n.value)) throw sqlErrorWithState(8115, 8, typeName(v.type), 'numeric');
  const unscaled = n.kind === 'approx' ? decimalFromNumber(n.value, target.scale) : rescale(new SqlDecimal(n.unscaled, n.scale), target.scale);
  // State 8: SQL Server's state for overflow into numeric(p,s) (SET @d = 100.00 into decimal(4,2)).
  if (!fitsPrecision(unscaled, target.precision)) throw sqlErrorWithState(8115, 8, v.type.kind === 'decimal' ? 'numeric' : typeName(v.type), 'numeric');
  return new SqlDecimal(unscaled, target.scale);
}

export function toMoney(v: Typed, target: SqlType & { kind: 'money' | 'smallmoney' }): SqlValue {
  const n = sourceNumeric(v, target);
  if (n.kind === 'approx' && !Number.isFinite(n.value)) throw sqlError(8115, typeName(v.type), target.kind);
  const unscaled = n.kind === 'approx' ? decimalFromNumber(n.value, 4) : rescale(new SqlDecimal(n.unscaled, n.scale), 4);
  const [lo, hi] = MONEY_RANGE[target.kind];
  if (unscaled < lo || unscaled > hi) throw sqlError(8115, v.type.kind === 'decimal' ? 'numeric' : typeName(v.type), target.kind);
  return unscaled;
}

export function toFloat(v: Typed, target: SqlType & { kind: 'float' | 'real' }): SqlValue {
  const n = sourceNumeric(v, target);
  const x = numericToNumber(n);
  if (!Number.isFinite(x)) throw sqlError(8115, typeName(v.type), target.kind);
  if (target.kind === 'real') {
    const r = Math.fround(x);
    if (!Number.isFinite(r)) throw sqlError(8115, typeName(v.type), 'real');
    return r;
  }
  return x;
}

/**
 * A character value beyond the integer type's range, as SQL Server reports it: 244 naming the
 * storage type (INT1 state 1, INT2 state 2) for tinyint and smallint, 248 for int, 8115 state 2
 * for bigint.
 */
function integerTextOverflow(kind: 'tinyint' | 'smallint' | 'int' | 'bigint', src: string, text: string): Error {
  switch (kind) {
    case 'tinyint':
      return sqlErrorWithState(244, 1, src, text, 'INT1');
    case 'smallint':
      return sqlErrorWithState(244, 2, src, text, 'INT2');
    case 'int':
      return sqlError(248, src, text);
    case 'bigint':
      return sqlErrorWithState(8115, 2, 'expression', 'bigint');
    default: {
      const never: never = kind;
      throw new Error(`not an integer type: ${String(never)}`);
    }
  }
}
