// A numeric source value seen uniformly: exact (unscaled bigint + scale) or approximate (double).
import { sqlError } from '../errors/catalog';
import { DAYS_1900 } from './dates';
import { decimalToNumber } from './decimal';
import type { Typed } from './typed-value';
import { SqlDateTime, SqlDecimal, TICKS_PER_DAY } from './values';

export type NumericValue =
  | { readonly kind: 'exact'; readonly unscaled: bigint; readonly scale: number }
  | { readonly kind: 'approx'; readonly value: number };

/** The number a non-NULL numeric (or datetime: days since 1900) value holds. */
export function numericOf(v: Typed): NumericValue | undefined {
  const x = v.value;
  switch (v.type.kind) {
    case 'bit':
      return { kind: 'exact', unscaled: x === true || x === 1 ? 1n : 0n, scale: 0 };
    case 'tinyint':
    case 'smallint':
    case 'int':
      return { kind: 'exact', unscaled: BigInt(x as number), scale: 0 };
    case 'bigint':
      return { kind: 'exact', unscaled: x as bigint, scale: 0 };
    case 'decimal':
      return { kind: 'exact', unscaled: (x as SqlDecimal).unscaled, scale: (x as SqlDecimal).scale };
    case 'money':
    case 'smallmoney':
      return { kind: 'exact', unscaled: x as bigint, scale: 4 };
    case 'float':
    case 'real':
      return { kind: 'approx', value: x as number };
    case 'datetime':
    case 'smalldatetime': {
      const dt = x as SqlDateTime;
      return { kind: 'approx', value: dt.days - DAYS_1900 + dt.ticks / TICKS_PER_DAY };
    }
    default:
      return undefined;
  }
}

export function numericToNumber(n: NumericValue): number {
  return n.kind === 'approx' ? n.value : decimalToNumber(new SqlDecimal(n.unscaled, n.scale));
}

/** The JS number of a non-NULL numeric Typed (for math functions). */
export function toJsNumber(v: Typed): number {
  const n = numericOf(v);
  if (!n) throw sqlError(8114, v.type.kind, 'float');
  return numericToNumber(n);
}
