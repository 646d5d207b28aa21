import type { SqlType } from '../types/sql-type';
import {
  SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, TICKS_PER_DAY, type SqlValue,
} from '../types/values';

// How each SQL Server type is stored in SQLite (README "Value encoding"). The encodings are
// chosen so SQLite's native comparison and ORDER BY are right for every type except strings
// (msxd_ci_key) and decimal(p > 18) (msxd_dec_cmp).

/** A value better-sqlite3 can bind. */
export type StoredValue = null | number | bigint | string | Buffer;

const TPD = BigInt(TICKS_PER_DAY);
const OFFSET_DIGITS = 19;

export function declaredType(t: SqlType): 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB' {
  switch (t.kind) {
    case 'bit': case 'tinyint': case 'smallint': case 'int': case 'bigint':
    case 'money': case 'smallmoney':
    case 'date': case 'time': case 'datetime': case 'smalldatetime': case 'datetime2':
      return 'INTEGER';
    case 'decimal':
      return t.precision <= 18 ? 'INTEGER' : 'TEXT';
    case 'real': case 'float':
      return 'REAL';
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'text': case 'ntext': case 'xml':
    case 'uniqueidentifier': case 'datetimeoffset': case 'sql_variant':
      return 'TEXT';
    case 'binary': case 'varbinary': case 'image':
      return 'BLOB';
    default:
      return unreachable(t);
  }
}

/** True for types whose comparisons go through the CI_AS key. */
export function isCharacterType(t: SqlType): boolean {
  return t.kind === 'char' || t.kind === 'varchar' || t.kind === 'nchar' || t.kind === 'nvarchar'
    || t.kind === 'text' || t.kind === 'ntext';
}

export function encodeValue(t: SqlType, v: SqlValue): StoredValue {
  if (v === null) return null;
  switch (t.kind) {
    case 'bit': return v === true || v === 1 ? 1 : 0;
    case 'tinyint': case 'smallint': case 'int': case 'real': case 'float': case 'date': case 'time':
      return Number(v);
    case 'bigint': case 'money': case 'smallmoney':
      return BigInt(v as number | bigint);
    case 'decimal': {
      const d = v as SqlDecimal;
      const unscaled = rescale(d.unscaled, d.scale, t.scale);
      return t.precision <= 18 ? unscaled : decimalText(unscaled, t.scale);
    }
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'text': case 'ntext': case 'xml':
      return String(v);
    case 'uniqueidentifier': return String(v).toUpperCase();
    case 'binary': case 'varbinary': case 'image': return v as Buffer;
    case 'datetime': case 'smalldatetime': case 'datetime2': {
      const d = v as SqlDateTime;
      return BigInt(d.days) * TPD + BigInt(d.ticks);
    }
    case 'datetimeoffset': {
      const d = v as SqlDateTimeOffset;
      const utc = (BigInt(d.days) * TPD + BigInt(d.ticks)).toString().padStart(OFFSET_DIGITS, '0');
      const sign = d.offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(d.offsetMinutes);
      return `${utc}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
    }
    case 'sql_variant': {
      const sv = v as SqlVariant;
      return JSON.stringify({ t: sv.type, v: toJson(encodeValue(sv.type, sv.value)) });
    }
    default:
      return unreachable(t);
  }
}

export function decodeValue(t: SqlType, raw: unknown): SqlValue {
  if (raw === null || raw === undefined) return null;
  switch (t.kind) {
    case 'bit': return Number(raw) !== 0;
    case 'tinyint': case 'smallint': case 'int': case 'real': case 'float': case 'date': case 'time':
      return Number(raw);
    case 'bigint': case 'money': case 'smallmoney':
      return BigInt(raw as number | bigint);
    case 'decimal':
      return t.precision <= 18 ? new SqlDecimal(BigInt(raw as number | bigint), t.scale) : parseDecimal(String(raw), t.scale);
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'text': case 'ntext': case 'xml':
    case 'uniqueidentifier':
      return String(raw);
    case 'binary': case 'varbinary': case 'image': return raw as Buffer;
    case 'datetime': case 'smalldatetime': case 'datetime2': {
      const n = BigInt(raw as number | bigint);
      return new SqlDateTime(Number(n / TPD), Number(n % TPD));
    }
    case 'datetimeoffset': {
      const s = String(raw);
      const n = BigInt(s.slice(0, OFFSET_DIGITS));
      const sign = s[OFFSET_DIGITS] === '-' ? -1 : 1;
      const minutes = Number(s.slice(OFFSET_DIGITS + 1, OFFSET_DIGITS + 3)) * 60 + Number(s.slice(OFFSET_DIGITS + 3));
      return new SqlDateTimeOffset(Number(n / TPD), Number(n % TPD), sign * minutes);
    }
    case 'sql_variant': {
      const j = JSON.parse(String(raw)) as { t: SqlType; v: unknown };
      const inner = decodeValue(j.t, fromJson(j.v));
      if (inner === null || inner instanceof SqlVariant) return null;
      return new SqlVariant(j.t, inner);
    }
    default:
      return unreachable(t);
  }
}

/** Rounds half away from zero when the scale shrinks (the engine normally converts first). */
function rescale(unscaled: bigint, from: number, to: number): bigint {
  if (to >= from) return unscaled * 10n ** BigInt(to - from);
  const div = 10n ** BigInt(from - to);
  const q = unscaled / div;
  const r = unscaled % div;
  const twice = (r < 0n ? -r : r) * 2n;
  return twice >= div ? q + (unscaled < 0n ? -1n : 1n) : q;
}

function decimalText(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return neg ? `-${body}` : body;
}

function parseDecimal(text: string, scale: number): SqlDecimal {
  const neg = text.startsWith('-');
  const [i = '0', f = ''] = text.replace('-', '').split('.');
  const unscaled = BigInt(`${i}${f.padEnd(scale, '0')}`);
  return new SqlDecimal(neg ? -unscaled : unscaled, scale);
}

function toJson(v: StoredValue): unknown {
  if (typeof v === 'bigint') return { b: v.toString() };
  if (Buffer.isBuffer(v)) return { x: v.toString('hex') };
  return v;
}

function fromJson(v: unknown): unknown {
  if (v !== null && typeof v === 'object') {
    const o = v as { b?: string; x?: string };
    if (o.b !== undefined) return BigInt(o.b);
    if (o.x !== undefined) return Buffer.from(o.x, 'hex');
  }
  return v;
}

function unreachable(x: never): never {
  throw new Error(`store: unhandled SqlType ${JSON.stringify(x)}`);
}
