// Mathematical built-ins ("Mathematical Functions (Transact-SQL)"). ABS, CEILING, FLOOR, ROUND,
// SIGN and POWER keep the argument's type family; the others compute in float.
import { sqlError } from '../../errors/catalog';
import { isCharacter, isInteger } from '../../types/categories';
import { convert } from '../../types/convert';
import { divRound, pow10, MAX_PRECISION } from '../../types/decimal';
import { negate } from '../../types/operators';
import { toJsNumber } from '../../types/numeric-value';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { SqlDecimal } from '../../types/values';
import { argAt, argInt, fn, FLOAT_TYPE, type BuiltinFunction } from './function-types';

/** Strings are read as float, as SQL Server does for math functions. */
function numericArg(a: Typed): Typed {
  return isCharacter(a.type) ? convert(a, FLOAT_TYPE) : a;
}

function checked(x: number): number {
  if (!Number.isFinite(x)) throw sqlError(3623);
  return x;
}

function floatFn(name: string, f: (x: number) => number): BuiltinFunction {
  return fn(name, 1, 1, (args) => {
    const a = argAt(args, 0);
    if (a.value === null) return { type: FLOAT_TYPE, value: null };
    return { type: FLOAT_TYPE, value: checked(f(toJsNumber(numericArg(a)))) };
  });
}

/** Rounds (or truncates) a value of type `t` to `digits` decimal places, keeping the type. */
function roundTyped(a: Typed, digits: number, truncate: boolean, mode: 'round' | 'ceiling' | 'floor' = 'round'): Typed {
  const t = a.type;
  const stepRound = (unscaled: bigint, scale: number): bigint => {
    const drop = scale - digits;
    if (drop <= 0) return unscaled;
    const unit = pow10(drop);
    let q: bigint;
    if (mode === 'ceiling') q = unscaled >= 0n ? (unscaled + unit - 1n) / unit : unscaled / unit;
    else if (mode === 'floor') q = unscaled >= 0n ? unscaled / unit : -((-unscaled + unit - 1n) / unit);
    else q = truncate ? unscaled / unit : divRound(unscaled, unit);
    return q * unit;
  };
  switch (t.kind) {
    case 'decimal': {
      const d = a.value as SqlDecimal;
      const r = stepRound(d.unscaled, d.scale);
      if (mode !== 'round') {
        const type: SqlType = { kind: 'decimal', precision: t.precision, scale: 0 };
        return convert({ type: t, value: new SqlDecimal(r, d.scale) }, type);
      }
      const type: SqlType = { kind: 'decimal', precision: Math.min(MAX_PRECISION, t.precision + 1), scale: t.scale };
      return convert({ type: t, value: new SqlDecimal(r, d.scale) }, type);
    }
    case 'money':
    case 'smallmoney':
      return convert({ type: { kind: 'decimal', precision: 38, scale: 4 }, value: new SqlDecimal(stepRound(a.value as bigint, 4), 4) }, t);
    case 'float':
    case 'real': {
      const x = a.value as number;
      const f = 10 ** digits;
      const fn2 = mode === 'ceiling' ? Math.ceil : mode === 'floor' ? Math.floor : truncate ? Math.trunc : (v: number): number => Math.sign(v) * Math.round(Math.abs(v));
      const r = digits >= 0 ? fn2(x * f) / f : fn2(x / 10 ** -digits) * 10 ** -digits;
      return { type: t, value: t.kind === 'real' ? Math.fround(r) : r };
    }
    default: {
      if (!isInteger(t)) throw sqlError(8116, t.kind, 1, mode);
      const n = BigInt(typeof a.value === 'boolean' ? Number(a.value) : (a.value as number | bigint));
      return convert({ type: { kind: 'bigint' }, value: stepRound(n, 0) }, t);
    }
  }
}

export const mathFunctions: readonly BuiltinFunction[] = [
  fn('ABS', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    if (a.value === null) return a;
    const n = toJsNumber(a);
    return n < 0 ? negate(a) : a;
  }),
  fn('SIGN', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    const t: SqlType = isInteger(a.type) && a.type.kind !== 'bigint' ? { kind: 'int' } : a.type.kind === 'decimal' ? { kind: 'decimal', precision: MAX_PRECISION, scale: 0 } : a.type;
    if (a.value === null) return { type: t, value: null };
    return convert({ type: FLOAT_TYPE, value: Math.sign(toJsNumber(a)) }, t);
  }),
  fn('CEILING', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    return a.value === null ? a : roundTyped(a, 0, false, 'ceiling');
  }),
  fn('FLOOR', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    return a.value === null ? a : roundTyped(a, 0, false, 'floor');
  }),
  fn('ROUND', 2, 3, (args) => {
    const a = numericArg(argAt(args, 0));
    const digits = argInt(args, 1);
    const f = args.length > 2 ? argInt(args, 2) : 0;
    if (a.value === null || digits === undefined) return a.type.kind === 'decimal' ? { type: { ...a.type, precision: Math.min(38, a.type.precision + 1) }, value: null } : { type: a.type, value: null };
    return roundTyped(a, digits, (f ?? 0) !== 0);
  }),
  fn('POWER', 2, 2, (args) => {
    const a = numericArg(argAt(args, 0));
    const y = argAt(args, 1);
    const type: SqlType = a.type.kind === 'decimal' ? { kind: 'decimal', precision: MAX_PRECISION, scale: a.type.scale } : a.type.kind === 'bit' || a.type.kind === 'tinyint' || a.type.kind === 'smallint' ? { kind: 'int' } : a.type;
    if (a.value === null || y.value === null) return { type, value: null };
    const r = checked(Math.pow(toJsNumber(a), toJsNumber(numericArg(y))));
    return convert({ type: FLOAT_TYPE, value: isInteger(type) ? Math.trunc(r) : r }, type);
  }),
  fn('SQUARE', 1, 1, (args) => {
    const a = argAt(args, 0);
    return { type: FLOAT_TYPE, value: a.value === null ? null : checked(toJsNumber(numericArg(a)) ** 2) };
  }),
  floatFn('SQRT', (x) => (x < 0 ? NaN : Math.sqrt(x))),
  floatFn('EXP', Math.exp),
  floatFn('LOG10', (x) => (x <= 0 ? NaN : Math.log10(x))),
  floatFn('SIN', Math.sin),
  floatFn('COS', Math.cos),
  floatFn('TAN', Math.tan),
  floatFn('COT', (x) => 1 / Math.tan(x)),
  floatFn('ASIN', (x) => (x < -1 || x > 1 ? NaN : Math.asin(x))),
  floatFn('ACOS', (x) => (x < -1 || x > 1 ? NaN : Math.acos(x))),
  floatFn('ATAN', Math.atan),
  fn('ATN2', 2, 2, (args) => {
    const [a, b] = [argAt(args, 0), argAt(args, 1)];
    return { type: FLOAT_TYPE, value: a.value === null || b.value === null ? null : Math.atan2(toJsNumber(numericArg(a)), toJsNumber(numericArg(b))) };
  }),
  fn('LOG', 1, 2, (args) => {
    const a = argAt(args, 0);
    const b = args[1];
    if (a.value === null || b?.value === null) return { type: FLOAT_TYPE, value: null };
    const x = toJsNumber(numericArg(a));
    if (x <= 0) throw sqlError(3623);
    const base = b ? toJsNumber(numericArg(b)) : Math.E;
    if (base <= 0 || base === 1) throw sqlError(3623);
    return { type: FLOAT_TYPE, value: Math.log(x) / Math.log(base) };
  }),
  fn('PI', 0, 0, () => ({ type: FLOAT_TYPE, value: Math.PI })),
  fn('DEGREES', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    if (a.value === null) return a;
    return convert({ type: FLOAT_TYPE, value: (toJsNumber(a) * 180) / Math.PI }, a.type.kind === 'decimal' ? { ...a.type, precision: 38 } : a.type);
  }),
  fn('RADIANS', 1, 1, (args) => {
    const a = numericArg(argAt(args, 0));
    if (a.value === null) return a;
    return convert({ type: FLOAT_TYPE, value: (toJsNumber(a) * Math.PI) / 180 }, a.type.kind === 'decimal' ? { ...a.type, precision: 38 } : a.type);
  }),
  fn('RAND', 0, 1, (args, ctx) => {
    const seed = args.length > 0 ? argInt(args, 0) : undefined;
    if (seed === undefined) return { type: FLOAT_TYPE, value: ctx.random() };
    // A seeded RAND is repeatable: the same seed gives the same value (mulberry32 of the seed).
    let t = (seed + 0x6d2b79f5) | 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return { type: FLOAT_TYPE, value: ((t ^ (t >>> 14)) >>> 0) / 4294967296 };
  }),
];
