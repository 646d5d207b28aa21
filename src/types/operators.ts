// Arithmetic, bitwise, unary and comparison operators on typed SQL values. Operands are first
// converted to the type arithmetic-type.ts chooses; results are checked against the result
// type's range (8115) and division by zero raises 8134.
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { arithmeticPlan, type ArithmeticPlan } from './arithmetic-type';
import { isBinary, isCharacter, isInteger } from './categories';
import { compareBinary, compareGuids, compareStrings } from './collation-compare';
import { convertImplicit } from './convert';
import { DAYS_1900 } from './dates';
import { divRound, fitsPrecision, pow10, rescale } from './decimal';
import { numericOf, numericToNumber } from './numeric-value';
import { higherType, type ArithmeticOp } from './precedence';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, TICKS_PER_DAY, type SqlValue } from './values';

export type { ArithmeticOp } from './precedence';

const INTEGER_BITS: Partial<Record<SqlType['kind'], { min: bigint; max: bigint }>> = {
  tinyint: { min: 0n, max: 255n },
  smallint: { min: -32768n, max: 32767n },
  int: { min: -2147483648n, max: 2147483647n },
  bigint: { min: -9223372036854775808n, max: 9223372036854775807n },
  money: { min: -9223372036854775808n, max: 9223372036854775807n },
  smallmoney: { min: -2147483648n, max: 2147483647n },
};

function overflow(t: SqlType): never {
  // State 2, as SQL Server reports overflow of an arithmetic expression.
  throw sqlErrorWithState(8115, 2, 'expression', typeName(t));
}

function checkRange(n: bigint, t: SqlType): bigint {
  const r = INTEGER_BITS[t.kind];
  if (r && (n < r.min || n > r.max)) overflow(t);
  return n;
}

function intResult(n: bigint, t: SqlType): SqlValue {
  checkRange(n, t);
  return t.kind === 'bigint' || t.kind === 'money' || t.kind === 'smallmoney' ? n : Number(n);
}

function exact(v: Typed): { unscaled: bigint; scale: number } {
  const n = numericOf(v);
  if (!n || n.kind !== 'exact') throw new Error(`not an exact number: ${v.type.kind}`);
  return n;
}

function integerOp(op: ArithmeticOp, x: bigint, y: bigint): bigint {
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/':
      if (y === 0n) throw sqlError(8134);
      return x / y;
    case '%':
      if (y === 0n) throw sqlError(8134);
      return x % y;
    case '&': return x & y;
    case '|': return x | y;
    case '^': return x ^ y;
    default: {
      const never: never = op;
      throw new Error(`unknown operator ${String(never)}`);
    }
  }
}

function decimalOp(op: ArithmeticOp, a: SqlDecimal, b: SqlDecimal, scale: number): bigint {
  switch (op) {
    case '+':
    case '-':
    case '%': {
      const s = Math.max(a.scale, b.scale);
      const x = rescale(a, s);
      const y = rescale(b, s);
      if (op === '%' && y === 0n) throw sqlError(8134);
      const r = op === '+' ? x + y : op === '-' ? x - y : x % y;
      return rescale(new SqlDecimal(r, s), scale);
    }
    case '*':
      return rescale(new SqlDecimal(a.unscaled * b.unscaled, a.scale + b.scale), scale);
    case '/': {
      if (b.unscaled === 0n) throw sqlError(8134);
      // (ua / 10^sa) / (ub / 10^sb) at `scale`, truncated as SQL Server does.
      const shift = scale + b.scale - a.scale;
      return shift >= 0 ? (a.unscaled * pow10(shift)) / b.unscaled : a.unscaled / (b.unscaled * pow10(-shift));
    }
    default:
      throw new Error(`operator ${op} is not decimal arithmetic`);
  }
}

function moneyOp(op: ArithmeticOp, x: bigint, y: bigint): bigint {
  switch (op) {
    case '*': return divRound(x * y, 10000n);
    case '/':
      if (y === 0n) throw sqlError(8134);
      return divRound(x * 10000n, y);
    default:
      return integerOp(op, x, y);
  }
}

function floatOp(op: ArithmeticOp, x: number, y: number, t: SqlType): number {
  let r: number;
  switch (op) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '/':
      if (y === 0) throw sqlError(8134);
      r = x / y;
      break;
    default: throw new Error(`operator ${op} is not float arithmetic`);
  }
  if (t.kind === 'real') r = Math.fround(r);
  if (!Number.isFinite(r)) overflow(t);
  return r;
}

function daysOf(v: Typed): number {
  const n = numericOf(v);
  if (!n) throw new Error(`not a number: ${v.type.kind}`);
  return numericToNumber(n);
}

function evaluate(plan: ArithmeticPlan, op: ArithmeticOp, a: Typed, b: Typed): SqlValue {
  switch (plan.kind) {
    case 'concat': {
      if (isBinary(plan.type)) {
        const buf = Buffer.concat([a.value as Buffer, b.value as Buffer]);
        return 'length' in plan.type && plan.type.length !== 'max' ? buf.subarray(0, plan.type.length) : buf;
      }
      const s = String(a.value) + String(b.value);
      return 'length' in plan.type && plan.type.length !== 'max' ? s.slice(0, plan.type.length) : s;
    }
    case 'integer':
    case 'bitwise': {
      if (plan.type.kind === 'bit') {
        const x = Boolean(convertImplicit(a, plan.type).value);
        const y = Boolean(convertImplicit(b, plan.type).value);
        return op === '&' ? x && y : op === '|' ? x || y : x !== y;
      }
      const x = exact(convertImplicit(a, plan.type)).unscaled;
      const y = exact(convertImplicit(b, plan.type)).unscaled;
      let r = integerOp(op, x, y);
      if (plan.kind === 'bitwise' && plan.type.kind === 'tinyint') r = BigInt.asUintN(8, r);
      return intResult(r, plan.type);
    }
    case 'decimal': {
      const x = convertImplicit(a, plan.left).value as SqlDecimal;
      const y = convertImplicit(b, plan.right).value as SqlDecimal;
      const r = decimalOp(op, x, y, plan.type.scale);
      if (!fitsPrecision(r, plan.type.precision)) overflow(plan.type);
      return new SqlDecimal(r, plan.type.scale);
    }
    case 'money': {
      const x = convertImplicit(a, plan.type).value as bigint;
      const y = convertImplicit(b, plan.type).value as bigint;
      return intResult(moneyOp(op, x, y), plan.type);
    }
    case 'float': {
      const x = convertImplicit(a, plan.type).value as number;
      const y = convertImplicit(b, plan.type).value as number;
      return floatOp(op, x, y, plan.type);
    }
    case 'datetime': {
      // datetime arithmetic counts days since 1900-01-01: GETDATE() + 1 is tomorrow.
      const x = daysOf(isCharacter(a.type) ? convertImplicit(a, plan.type) : a);
      const y = daysOf(isCharacter(b.type) ? convertImplicit(b, plan.type) : b);
      const r = op === '+' ? x + y : x - y;
      const whole = Math.floor(r);
      const days = DAYS_1900 + whole;
      const ticks = Math.round((r - whole) * TICKS_PER_DAY);
      return convertImplicit({ type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(days, ticks) }, plan.type).value;
    }
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${String(never)}`);
    }
  }
}

export function arithmetic(op: ArithmeticOp, a: Typed, b: Typed): Typed {
  const plan = arithmeticPlan(op, a, b);
  if (a.value === null || b.value === null) return { type: plan.type, value: null };
  try {
    return { type: plan.type, value: evaluate(plan, op, a, b) };
  } catch (e) {
    if (e instanceof RangeError) overflow(plan.type);
    throw e;
  }
}

export function negate(a: Typed): Typed {
  const t = a.type;
  if (a.value === null) {
    if (isCharacter(t) || t.kind === 'bit') throw sqlError(8117, typeName(t), 'minus');
    return a;
  }
  switch (t.kind) {
    case 'tinyint':
    case 'smallint':
    case 'int':
      return { type: t, value: intResult(-BigInt(a.value as number), t) };
    case 'bigint':
    case 'money':
    case 'smallmoney':
      return { type: t, value: intResult(-(a.value as bigint), t) };
    case 'decimal': {
      const d = a.value as SqlDecimal;
      return { type: t, value: new SqlDecimal(-d.unscaled, d.scale), ...(a.literal ? { literal: true } : {}) };
    }
    case 'float':
    case 'real':
      return { type: t, value: -(a.value as number) };
    default:
      throw sqlError(8117, typeName(t), 'minus');
  }
}

export function unaryPlus(a: Typed): Typed {
  if (isCharacter(a.type) || a.type.kind === 'bit' || typeof a.value === 'number' || typeof a.value === 'bigint' || a.value instanceof SqlDecimal || a.value === null) return a;
  throw sqlError(8117, typeName(a.type), 'plus');
}

export function bitNot(a: Typed): Typed {
  const t = a.type;
  if (!isInteger(t)) throw sqlError(8117, typeName(t), 'bitwise NOT');
  if (a.value === null) return a;
  switch (t.kind) {
    case 'bit':
      return { type: t, value: !a.value };
    case 'tinyint':
      return { type: t, value: ~(a.value as number) & 0xff };
    case 'bigint':
      return { type: t, value: ~(a.value as bigint) };
    default:
      return { type: t, value: ~(a.value as number) };
  }
}

function sign(n: number | bigint): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function compareSameType(x: SqlValue, y: SqlValue, t: SqlType): -1 | 0 | 1 {
  if (typeof x === 'string' && typeof y === 'string') return t.kind === 'uniqueidentifier' ? compareGuids(x, y) : compareStrings(x, y);
  if (Buffer.isBuffer(x) && Buffer.isBuffer(y)) return compareBinary(x, y);
  if (typeof x === 'boolean' && typeof y === 'boolean') return x === y ? 0 : x ? 1 : -1;
  if (typeof x === 'number' && typeof y === 'number') return sign(x - y);
  if (typeof x === 'bigint' && typeof y === 'bigint') return sign(x - y);
  if (x instanceof SqlDecimal && y instanceof SqlDecimal) {
    const s = Math.max(x.scale, y.scale);
    return sign(rescale(x, s) - rescale(y, s));
  }
  if (x instanceof SqlDateTimeOffset && y instanceof SqlDateTimeOffset) return sign(x.days - y.days) || sign(x.ticks - y.ticks);
  if (x instanceof SqlDateTime && y instanceof SqlDateTime) return sign(x.days - y.days) || sign(x.ticks - y.ticks);
  throw sqlError(402, typeName(t), typeName(t), 'equal to');
}

/** -1/0/1, or null when either side is NULL. Operands are converted per precedence first. */
export function compare(a: Typed, b: Typed): -1 | 0 | 1 | null {
  if (a.value === null || b.value === null) {
    higherType(a.type, b.type);
    return null;
  }
  if (isCharacter(a.type) && isCharacter(b.type)) return compareStrings(String(a.value), String(b.value));
  if (a.type.kind === b.type.kind && a.type.kind !== 'sql_variant') return compareSameType(a.value, b.value, a.type);
  const target = higherType(a.type, b.type);
  const x = convertImplicit(a, target);
  const y = convertImplicit(b, target);
  if (x.value === null || y.value === null) return null;
  return compareSameType(x.value, y.value, target);
}

export function equals(a: Typed, b: Typed): boolean | null {
  const c = compare(a, b);
  return c === null ? null : c === 0;
}

