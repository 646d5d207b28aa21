// Result types of the binary arithmetic and bitwise operators ("Data type precedence",
// "Precision, scale, and length", "+ (Addition)"...): which computation applies and the type
// each operand is converted to first.
import { sqlError } from '../errors/catalog';
import {
  isApproxNumeric, isBinary, isCharacter, isInteger, isLegacyDateTime, isLob, isMoney, isNumeric, isString,
} from './categories';
import { decimalResultType, parseDecimalText, type PrecisionScale } from './decimal';
import { asDecimalParams, concatResultType, higherType, OPERATOR_NAMES, precedenceOf, type ArithmeticOp } from './precedence';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDecimal } from './values';

export type ArithmeticPlan =
  | { readonly kind: 'concat'; readonly type: SqlType }
  | { readonly kind: 'integer'; readonly type: SqlType }
  | { readonly kind: 'bitwise'; readonly type: SqlType }
  | { readonly kind: 'decimal'; readonly type: SqlType & { kind: 'decimal' }; readonly left: SqlType; readonly right: SqlType }
  | { readonly kind: 'money'; readonly type: SqlType }
  | { readonly kind: 'float'; readonly type: SqlType }
  | { readonly kind: 'datetime'; readonly type: SqlType };

const NEW_DATES = new Set(['date', 'time', 'datetime2', 'datetimeoffset']);

/** An integer constant used with a decimal counts only its own digits: 3 is decimal(1,0). */
function decimalParamsOf(v: Typed, original: SqlType): PrecisionScale {
  // A string operand is read as the decimal its text spells ('123.45' is decimal(5,2)).
  if (isCharacter(original) && typeof v.value === 'string') {
    const p = parseDecimalText(v.value);
    if (p) return { precision: Math.min(p.precision, 38), scale: Math.min(p.scale, 38) };
  }
  if (v.literal && isInteger(v.type) && typeof v.value === 'number') {
    return { precision: Math.max(1, String(Math.abs(v.value)).length), scale: 0 };
  }
  if (v.literal && v.value instanceof SqlDecimal && v.type.kind === 'decimal') return asDecimalParams(v.type);
  return asDecimalParams(v.type);
}

function clash(op: ArithmeticOp, a: SqlType, b: SqlType): never {
  throw sqlError(402, typeName(a), typeName(b), OPERATOR_NAMES[op]);
}

function invalid(op: ArithmeticOp, t: SqlType): never {
  throw sqlError(8117, typeName(t), OPERATOR_NAMES[op]);
}

export function arithmeticPlan(op: ArithmeticOp, a: Typed, b: Typed): ArithmeticPlan {
  let A = a.type;
  let B = b.type;
  if (isLob(A) || isLob(B) || A.kind === 'xml' || B.kind === 'xml' || A.kind === 'sql_variant' || B.kind === 'sql_variant') clash(op, A, B);
  if (isString(A) && isString(B)) {
    if (op === '+') return { kind: 'concat', type: concatResultType(A, B) };
    invalid(op, A);
  }
  if (isBinary(A) && isBinary(B)) {
    if (op === '+') return { kind: 'concat', type: concatResultType(A, B) };
    if (op === '&' || op === '|' || op === '^') clash(op, A, B);
    invalid(op, A);
  }
  // A string operand takes the other operand's type (it has lower precedence than all but binary).
  if (isCharacter(A) && !isCharacter(B)) A = precedenceOf(B) < precedenceOf(A) ? B : A;
  if (isCharacter(B) && !isCharacter(A)) B = precedenceOf(A) < precedenceOf(B) ? A : B;
  if (A.kind === 'uniqueidentifier' || B.kind === 'uniqueidentifier') invalid(op, A.kind === 'uniqueidentifier' ? A : B);
  if (NEW_DATES.has(A.kind) || NEW_DATES.has(B.kind)) {
    const dateSide = NEW_DATES.has(A.kind) ? A : B;
    const other = dateSide === A ? B : A;
    if (NEW_DATES.has(other.kind) || isLegacyDateTime(other)) invalid(op, dateSide);
    throw sqlError(206, typeName(A), typeName(B));
  }
  if (isLegacyDateTime(A) || isLegacyDateTime(B)) {
    if (op !== '+' && op !== '-') invalid(op, isLegacyDateTime(A) ? A : B);
    const other = isLegacyDateTime(A) ? B : A;
    if (!isLegacyDateTime(other) && !isNumeric(other)) clash(op, A, B);
    return { kind: 'datetime', type: higherType(A, B) };
  }
  if (isBinary(A)) A = B;
  if (isBinary(B)) B = A;
  if (!isNumeric(A) || !isNumeric(B)) clash(op, A, B);
  if (op === '&' || op === '|' || op === '^') {
    if (!isInteger(A) || !isInteger(B)) clash(op, A, B);
    return { kind: 'bitwise', type: higherType(A, B) };
  }
  if (op === '%' && (isApproxNumeric(A) || isApproxNumeric(B))) invalid(op, isApproxNumeric(A) ? A : B);
  if (A.kind === 'bit' && B.kind === 'bit') clash(op, A, B);
  if (isApproxNumeric(A) || isApproxNumeric(B)) return { kind: 'float', type: higherType(A, B) };
  if (A.kind === 'decimal' || B.kind === 'decimal') {
    const left = { ...decimalParamsOf({ ...a, type: A }, a.type) };
    const right = { ...decimalParamsOf({ ...b, type: B }, b.type) };
    const r = decimalResultType(op as '+' | '-' | '*' | '/' | '%', left, right);
    // Arithmetic over numeric constants stays numeric (SQL Server sends NUMERICN for 0.1 + 0.2).
    const numeric = (A.kind !== 'decimal' || A.numeric === true) && (B.kind !== 'decimal' || B.numeric === true);
    return {
      kind: 'decimal',
      type: { kind: 'decimal', precision: r.precision, scale: r.scale, ...(numeric ? { numeric: true } : {}) },
      left: { kind: 'decimal', ...left },
      right: { kind: 'decimal', ...right },
    };
  }
  if (isMoney(A) || isMoney(B)) return { kind: 'money', type: higherType(A, B) };
  return { kind: 'integer', type: higherType(A, B) };
}
