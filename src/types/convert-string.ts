// CAST/CONVERT to character types: the text form of every type (styles for dates, float,
// money, binary) and fitting it to the target length (silent truncation, char padding, and the
// '*' / 8115 answers for numbers that do not fit).
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { isCharacter, isInteger, isNumeric, isUnicode } from './categories';
import { toCp1252String } from './code-page';
import { decimalToString, divRound } from './decimal';
import { formatFloat } from './format-float';
import { DATE_STYLES, defaultDateTimeText, formatDateTimeStyle, type DateTimeParts } from './format-datetime';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, TICKS_PER_DAY } from './values';


/** Date/time parts of a non-NULL date/time Typed (datetimeoffset: local wall clock). */
export function dateTimeParts(v: Typed): DateTimeParts | undefined {
  const t = v.type;
  switch (t.kind) {
    case 'date':
      return { kind: 'date', days: v.value as number, ticks: 0, scale: 0 };
    case 'time':
      return { kind: 'time', days: 0, ticks: v.value as number, scale: t.scale };
    case 'datetime':
    case 'smalldatetime': {
      const dt = v.value as SqlDateTime;
      return { kind: t.kind, days: dt.days, ticks: dt.ticks, scale: t.kind === 'datetime' ? 3 : 0 };
    }
    case 'datetime2': {
      const dt = v.value as SqlDateTime;
      return { kind: 'datetime2', days: dt.days, ticks: dt.ticks, scale: t.scale };
    }
    case 'datetimeoffset': {
      const dto = v.value as SqlDateTimeOffset;
      const local = dto.ticks + dto.offsetMinutes * 60 * 10_000_000;
      const carry = Math.floor(local / TICKS_PER_DAY);
      return { kind: 'datetimeoffset', days: dto.days + carry, ticks: local - carry * TICKS_PER_DAY, scale: t.scale, offsetMinutes: dto.offsetMinutes };
    }
    default:
      return undefined;
  }
}

function moneyText(unscaled: bigint, style: number): string {
  if (style === 2 || style === 126) return decimalToString(unscaled, 4);
  const cents = divRound(unscaled, 100n);
  const text = decimalToString(cents, 2);
  if (style !== 1) return text;
  const [int = '', frac = ''] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0n ? '-' : ''}${grouped}.${frac}`;
}

function binaryText(buf: Buffer, style: number, unicode: boolean): string {
  switch (style) {
    case 1:
      return `0x${buf.toString('hex').toUpperCase()}`;
    case 2:
      return buf.toString('hex').toUpperCase();
    default:
      if (!unicode) return buf.toString('latin1');
      return Buffer.concat([buf, Buffer.alloc(buf.length % 2)]).toString('utf16le');
  }
}

/** The text of a non-NULL value under `style` (CONVERT) or CAST (style undefined). */
export function textOf(v: Typed, style: number | undefined, target: SqlType): string {
  const s = style ?? 0;
  const t = v.type;
  const parts = dateTimeParts(v);
  if (parts) {
    if (style === undefined) return defaultDateTimeText(parts);
    if (!DATE_STYLES.has(s)) throw sqlError(281, s, typeName(t));
    return formatDateTimeStyle(parts, s) ?? defaultDateTimeText(parts);
  }
  switch (t.kind) {
    case 'bit':
      return v.value ? '1' : '0';
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint':
      return String(v.value);
    case 'decimal': {
      const d = v.value as SqlDecimal;
      return decimalToString(d.unscaled, d.scale);
    }
    case 'money':
    case 'smallmoney':
      return moneyText(v.value as bigint, s);
    case 'float':
    case 'real':
      return formatFloat(v.value as number, s, t.kind === 'real');
    case 'binary':
    case 'varbinary':
    case 'image':
      return binaryText(v.value as Buffer, s, isUnicode(target));
    case 'uniqueidentifier':
      return String(v.value);
    default:
      if (isCharacter(t)) return String(v.value);
      throw sqlError(529, typeName(t), typeName(target));
  }
}

/**
 * Converts to a character type. CAST truncates silently to the target length, pads char(n),
 * maps non-cp1252 characters to '?' for varchar; numbers too long give '*' (integers to
 * char/varchar) or 8115.
 */
export function toCharacter(v: Typed, target: SqlType, style: number | undefined): string {
  let text = textOf(v, style, target);
  const unicode = isUnicode(target) || target.kind === 'xml';
  if (!unicode) text = toCp1252String(text);
  if (!('length' in target) || target.length === 'max') return text;
  const length = target.length;
  if (text.length > length) {
    if (v.type.kind === 'uniqueidentifier') throw sqlError(8170);
    if (isNumeric(v.type)) {
      if (isInteger(v.type) && !unicode) return '*';
      // numeric -> too short a string: state 5 ("converting numeric to data type varchar").
      throw sqlErrorWithState(8115, 5, v.type.kind === 'decimal' ? 'numeric' : 'expression', target.kind);
    }
    text = text.slice(0, length);
  }
  if ((target.kind === 'char' || target.kind === 'nchar') && text.length < length) text = text.padEnd(length, ' ');
  return text;
}
