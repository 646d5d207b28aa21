// sql_variant comparison, Microsoft docs "sql_variant (Transact-SQL)", "Comparing sql_variant
// values": base types fall into families ranked date and time > approximate numeric > exact
// numeric > Unicode (which holds char and varchar too) > binary > uniqueidentifier. Values of
// different families order by family; within a family the lower type is converted to the higher
// one and the values compare. The same rules drive comparison operators, ORDER BY, GROUP BY,
// DISTINCT, UNION and MIN/MAX.
//
// One byte key per value implements them (family rank, then an order-preserving encoding of the
// value in the family's common form), so the interpreter, the registered SQLite comparison and
// the SQLite sort key (better-sqlite3 cannot register a collation) cannot disagree.
import { ciSortKey } from '../../types/collation-sort-key';
import { compare } from '../../types/operators';
import { guidOrderKey } from '../../types/collation-compare';
import { pow10 } from '../../types/decimal';
import { DAYS_1900 } from '../../types/dates';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import {
  SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, TICKS_PER_DAY, type SqlValue,
} from '../../types/values';
import { unwrapVariant } from './variant';

/** Higher rank sorts after lower; the sql_variant family itself never occurs as a base type. */
export const VARIANT_FAMILY_RANK = {
  uniqueidentifier: 1,
  binary: 2,
  unicode: 3,
  exactNumeric: 4,
  approximateNumeric: 5,
  dateTime: 6,
} as const;
export type VariantFamily = keyof typeof VARIANT_FAMILY_RANK;

export function variantFamily(t: SqlType): VariantFamily {
  switch (t.kind) {
    case 'bit': case 'tinyint': case 'smallint': case 'int': case 'bigint':
    case 'decimal': case 'money': case 'smallmoney':
      return 'exactNumeric';
    case 'real': case 'float':
      return 'approximateNumeric';
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'text': case 'ntext': case 'xml':
      return 'unicode';
    case 'binary': case 'varbinary': case 'image':
      return 'binary';
    case 'uniqueidentifier':
      return 'uniqueidentifier';
    case 'date': case 'time': case 'datetime2': case 'datetimeoffset': case 'datetime': case 'smalldatetime':
      return 'dateTime';
    case 'sql_variant':
      throw new Error('a sql_variant never holds a sql_variant');
    default: {
      const never: never = t;
      throw new Error(`unknown type ${String(never)}`);
    }
  }
}

/** The key of a non-NULL base value: Buffer.compare of two keys is the sql_variant comparison. */
export function variantKey(type: SqlType, value: Exclude<SqlValue, null>): Buffer {
  const family = variantFamily(type);
  return Buffer.concat([Buffer.of(VARIANT_FAMILY_RANK[family]), valueKey(family, type, value)]);
}

/** The key of a value seen as a sql_variant (a sql_variant's base value, or the value itself). */
export function variantKeyOf(t: Typed): Buffer | null {
  const b = unwrapVariant(t);
  return b.value === null || b.value instanceof SqlVariant ? null : variantKey(b.type, b.value);
}

/**
 * A comparison operand pair: when either side is a sql_variant, the other converts to sql_variant
 * (the highest type in precedence) and the variant rules decide; otherwise the ordinary rules.
 */
export function compareOperands(a: Typed, b: Typed): -1 | 0 | 1 | null {
  if (a.type.kind !== 'sql_variant' && b.type.kind !== 'sql_variant') return compare(a, b);
  if (isLobOrXml(a.type) || isLobOrXml(b.type)) return compare(unwrapVariant(a), unwrapVariant(b));
  const x = variantKeyOf(a);
  const y = variantKeyOf(b);
  if (x === null || y === null) return null;
  return Buffer.compare(x, y) as -1 | 0 | 1;
}

function isLobOrXml(t: SqlType): boolean {
  return t.kind === 'text' || t.kind === 'ntext' || t.kind === 'image' || t.kind === 'xml';
}

function valueKey(family: VariantFamily, type: SqlType, value: Exclude<SqlValue, null>): Buffer {
  switch (family) {
    case 'dateTime': return uint64(dateTimeTicks(type, value));
    case 'approximateNumeric': return doubleKey(Number(value));
    case 'exactNumeric': return exactKey(type, value);
    case 'unicode': return Buffer.from(ciSortKey(String(value)), 'utf8');
    case 'binary': return trimTrailingZeros(value as Buffer);
    case 'uniqueidentifier': return Buffer.from(guidOrderKey(String(value)), 'hex');
    default: {
      const never: never = family;
      throw new Error(`unknown family ${String(never)}`);
    }
  }
}

const TPD = BigInt(TICKS_PER_DAY);

/**
 * Every date and time type as 100 ns ticks since 0001-01-01: date at midnight, time on 1900-01-01
 * (as converting them to datetime2 gives), datetimeoffset at its UTC instant (as converting the
 * others to datetimeoffset, offset +00:00, gives; against datetime2 SQL Server would convert the
 * datetimeoffset to its local time instead, which no single key can express).
 */
function dateTimeTicks(type: SqlType, value: Exclude<SqlValue, null>): bigint {
  if (value instanceof SqlDateTime || value instanceof SqlDateTimeOffset) return BigInt(value.days) * TPD + BigInt(value.ticks);
  if (type.kind === 'date') return BigInt(value as number) * TPD;
  return BigInt(DAYS_1900) * TPD + BigInt(value as number);
}

function uint64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

/** IEEE 754 bits made to sort as unsigned bytes: sign bit flipped for positives, all bits for negatives. */
function doubleKey(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(n === 0 ? 0 : n);
  if ((b[0]! & 0x80) === 0) b[0] = b[0]! | 0x80;
  else for (let i = 0; i < 8; i++) b[i] = ~b[i]! & 0xff;
  return b;
}

/** Exact numerics share decimal(38, 38)'s grain: the value times 10^38, shifted positive, 33 bytes. */
const EXACT_SCALE = 38;
const EXACT_BIAS = pow10(77);
const EXACT_BYTES = 33;

function exactKey(type: SqlType, value: Exclude<SqlValue, null>): Buffer {
  let unscaled: bigint;
  let scale = 0;
  if (value instanceof SqlDecimal) {
    unscaled = value.unscaled;
    scale = value.scale;
  } else if (typeof value === 'boolean') {
    unscaled = value ? 1n : 0n;
  } else {
    unscaled = BigInt(value as number | bigint);
    if (type.kind === 'money' || type.kind === 'smallmoney') scale = 4;
  }
  const biased = unscaled * pow10(EXACT_SCALE - scale) + EXACT_BIAS;
  return Buffer.from(biased.toString(16).padStart(EXACT_BYTES * 2, '0'), 'hex');
}

/** Binary values compare padded with zero bytes, so trailing zeros do not count. */
function trimTrailingZeros(b: Buffer): Buffer {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  return b.subarray(0, end);
}

