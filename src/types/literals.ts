// Types of T-SQL literals, as SQL Server assigns them ("Constants (Transact-SQL)"):
// 123 -> int (bigint if it does not fit, decimal beyond bigint), 1.5 -> decimal(2,1),
// 1e0 -> float, 'abc' -> varchar(3), N'abc' -> nvarchar(3), 0x0A -> varbinary(1), $1 -> money.
import { sqlError } from '../errors/catalog';
import { MAX_PRECISION, parseDecimalText, rescale } from './decimal';
import type { Typed } from './typed-value';
import { SqlDecimal } from './values';

const INT_MAX = 2147483647n;
const MONEY_MAX = 922337203685477.5807;

/** A run of digits (the lexer's integer token; a leading minus is a separate unary operator). */
export function integerLiteral(digits: string): Typed {
  const n = BigInt(digits);
  // SQL Server types 2147483648 as decimal, not bigint: only values within int are int.
  if (n <= INT_MAX) return { type: { kind: 'int' }, value: Number(n), literal: true };
  if (digits.replace(/^0+/, '').length > MAX_PRECISION) throw sqlError(8115, 'expression', 'numeric');
  const precision = Math.max(1, digits.replace(/^0+/, '').length);
  return { type: { kind: 'decimal', precision, scale: 0, numeric: true }, value: new SqlDecimal(n, 0), literal: true };
}

/** digits.digits: decimal with precision = all digits, scale = fraction digits. */
export function decimalLiteral(text: string): Typed {
  const p = parseDecimalText(text);
  if (!p) throw new RangeError(`not a decimal literal: ${text}`);
  // Leading zeros are not digits of the constant: 0.1 is numeric(1,1), 1.5 numeric(2,1).
  const integral = text.replace(/^[+-]/, '').split('.')[0]!.replace(/^0+/, '').length;
  const precision = Math.max(1, integral + p.scale);
  if (precision > MAX_PRECISION) throw sqlError(8115, 'expression', 'numeric');
  return {
    type: { kind: 'decimal', precision, scale: p.scale, numeric: true },
    value: new SqlDecimal(p.unscaled, p.scale),
    literal: true,
  };
}

export function floatLiteral(text: string): Typed {
  const v = Number(text);
  if (!Number.isFinite(v)) throw sqlError(8115, 'expression', 'float');
  return { type: { kind: 'float' }, value: v, literal: true };
}

export function stringLiteral(text: string, unicode = false): Typed {
  const length = Math.max(1, text.length);
  if (unicode) return { type: { kind: 'nvarchar', length: length > 4000 ? 'max' : length }, value: text, literal: true };
  return { type: { kind: 'varchar', length: length > 8000 ? 'max' : length }, value: text, literal: true };
}

/** '0x0A0B' or '0x' (empty). An odd digit count gets a leading zero, as SQL Server does. */
export function binaryLiteral(hex: string): Typed {
  let digits = hex.replace(/^0x/i, '');
  if (digits.length % 2 === 1) digits = `0${digits}`;
  const buf = Buffer.from(digits, 'hex');
  return { type: { kind: 'varbinary', length: buf.length > 8000 ? 'max' : Math.max(1, buf.length) }, value: buf, literal: true };
}

/** '$12.34', '-$1', '$-1': money, 4 decimal places (rounded). */
export function moneyLiteral(text: string): Typed {
  const cleaned = text.replace(/[$\s]/g, '').replace(/,/g, '');
  const p = parseDecimalText(cleaned);
  if (!p) throw new RangeError(`not a money literal: ${text}`);
  const unscaled = rescale(new SqlDecimal(p.unscaled, p.scale), 4);
  if (Math.abs(Number(unscaled) / 10000) > MONEY_MAX) throw sqlError(8115, 'expression', 'money');
  return { type: { kind: 'money' }, value: unscaled, literal: true };
}
