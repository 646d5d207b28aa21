// Exact decimal maths on (unscaled bigint, scale) pairs, the values.ts representation of
// decimal/numeric, and the precision/scale rules of "Precision, scale, and length (Transact-SQL)".
import { SqlDecimal } from './values';

export const MAX_PRECISION = 38;

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 80; i++, p *= 10n) POW10.push(p);

export function pow10(n: number): bigint {
  return POW10[n] ?? 10n ** BigInt(n);
}

export function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Number of decimal digits of |n| (0 has 1 digit). */
export function digitCount(n: bigint): number {
  return absBig(n).toString().length;
}

/** Divides rounding half away from zero (SQL Server's rounding for numeric conversions). */
export function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = absBig(r) * 2n;
  if (twice >= absBig(d)) return (n < 0n) !== (d < 0n) ? q - 1n : q + 1n;
  return q;
}

/** The unscaled value of `d` at `scale`, rounding (or truncating) when the scale shrinks. */
export function rescale(d: SqlDecimal, scale: number, truncate = false): bigint {
  if (scale >= d.scale) return d.unscaled * pow10(scale - d.scale);
  const div = pow10(d.scale - scale);
  return truncate ? d.unscaled / div : divRound(d.unscaled, div);
}

export function fitsPrecision(unscaled: bigint, precision: number): boolean {
  return absBig(unscaled) < pow10(precision);
}

/** '-12.340' style text: at least one integral digit, exactly `scale` fraction digits. */
export function decimalToString(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  let digits = absBig(unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return neg ? `-${digits}` : digits;
}

export interface ParsedDecimal {
  readonly unscaled: bigint;
  readonly scale: number;
  /** digits needed: max(integral digits, 1) + scale, as SQL Server types the literal */
  readonly precision: number;
}

/**
 * Parses [+-]digits[.digits] with optional surrounding blanks; no exponent. Returns undefined
 * when the text is not such a number.
 */
export function parseDecimalText(text: string): ParsedDecimal | undefined {
  const m = /^\s*([+-])?\s*(\d*)(?:\.(\d*))?\s*$/.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return undefined;
  const significant = intPart.replace(/^0+/, '');
  const scale = fracPart.length;
  let unscaled = BigInt((intPart || '0') + fracPart);
  if (m[1] === '-') unscaled = -unscaled;
  return { unscaled, scale, precision: Math.max(significant.length, 1) + scale };
}

/**
 * The decimal nearest to a JS number at `scale`, half away from zero, starting from the shortest
 * text that round-trips (so 0.145e0 rounds to 0.15 as in SQL Server, not to the binary 0.14).
 */
export function decimalFromNumber(n: number, scale: number): bigint {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`unexpected number text: ${String(n)}`);
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  let unscaled = BigInt((m[2] ?? '0') + frac);
  let digitsScale = frac.length - exp;
  if (digitsScale < 0) {
    unscaled *= pow10(-digitsScale);
    digitsScale = 0;
  }
  if (m[1] === '-') unscaled = -unscaled;
  return rescale(new SqlDecimal(unscaled, digitsScale), scale);
}

export function decimalToNumber(d: SqlDecimal): number {
  return Number(decimalToString(d.unscaled, d.scale));
}

export interface PrecisionScale {
  readonly precision: number;
  readonly scale: number;
}

export type DecimalOp = '+' | '-' | '*' | '/' | '%';

/** "Precision, scale, and length": result precision and scale of e1 op e2 (capped at 38). */
export function decimalResultType(op: DecimalOp, a: PrecisionScale, b: PrecisionScale): PrecisionScale {
  const { precision: p1, scale: s1 } = a;
  const { precision: p2, scale: s2 } = b;
  switch (op) {
    case '+':
    case '-': {
      const integral = Math.max(p1 - s1, p2 - s2);
      const scale = Math.max(s1, s2);
      const precision = scale + integral + 1;
      if (precision <= MAX_PRECISION) return { precision, scale };
      // Addition keeps the integral digits and gives up scale: scale = 38 - max(p1 - s1, p2 - s2).
      return { precision: MAX_PRECISION, scale: Math.max(0, MAX_PRECISION - integral) };
    }
    case '*':
      return capMultiplicative(p1 + p2 + 1, s1 + s2);
    case '/': {
      const scale = Math.max(6, s1 + p2 + 1);
      return capMultiplicative(p1 - s1 + s2 + scale, scale);
    }
    case '%': {
      const scale = Math.max(s1, s2);
      return { precision: Math.min(MAX_PRECISION, Math.min(p1 - s1, p2 - s2) + scale), scale };
    }
    default: {
      const never: never = op;
      throw new Error(`unknown decimal operator ${String(never)}`);
    }
  }
}

// Multiplication and division: when precision exceeds 38 the integral part is kept and the scale
// shrinks to what is left, but not below min(scale, 6).
function capMultiplicative(precision: number, scale: number): PrecisionScale {
  if (precision <= MAX_PRECISION) return { precision, scale };
  const integral = precision - scale;
  return { precision: MAX_PRECISION, scale: Math.min(scale, Math.max(MAX_PRECISION - integral, Math.min(scale, 6))) };
}

/** Precision/scale a combination (UNION, CASE, COALESCE) of two decimals needs. */
export function decimalUnionType(a: PrecisionScale, b: PrecisionScale): PrecisionScale {
  const scale = Math.max(a.scale, b.scale);
  const integral = Math.max(a.precision - a.scale, b.precision - b.scale);
  if (integral + scale <= MAX_PRECISION) return { precision: integral + scale, scale };
  return { precision: MAX_PRECISION, scale: Math.max(MAX_PRECISION - integral, Math.min(scale, 6)) };
}
