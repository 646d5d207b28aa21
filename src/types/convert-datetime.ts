// CAST/CONVERT to date, time, datetime, smalldatetime, datetime2 and datetimeoffset: reading
// strings (parse-datetime.ts), numbers (days since 1900 for datetime/smalldatetime) and other
// date/time types, then rounding to the target's precision and checking its range.
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { isCharacter } from './categories';
import { dateTimeParts } from './convert-string';
import {
  DATETIME_MIN_DAYS, DAYS_1900, MAX_DAYS, SMALLDATETIME_MAX_DAYS, normalize, roundDatetime,
  roundSmallDatetime, roundTicksToScale,
} from './dates';
import { numericOf, numericToNumber } from './numeric-value';
import { dateFormatOfStyle, parseDateTime, type DateFormat } from './parse-datetime';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDateTime, SqlDateTimeOffset, TICKS_PER_DAY, type SqlValue } from './values';

type DateKind = 'date' | 'time' | 'datetime' | 'smalldatetime' | 'datetime2' | 'datetimeoffset';

interface Moment {
  readonly days: number;
  readonly ticks: number;
  readonly offsetMinutes: number | undefined;
}

function fromString(v: Typed, target: SqlType, style: number | undefined, dateFormat: DateFormat): Moment {
  const text = String(v.value);
  const parsed = parseDateTime(text, dateFormatOfStyle(style) ?? dateFormat);
  const legacy = target.kind === 'datetime' || target.kind === 'smalldatetime';
  if (parsed === 'range' && legacy) outOfRange(v, target);
  if (typeof parsed === 'string') throw sqlError(241);
  if (legacy && parsed.fractionDigits > 3) throw sqlError(241);
  if (target.kind === 'time' && parsed.hasDate && !parsed.hasTime && text.trim() !== '') return { days: DAYS_1900, ticks: 0, offsetMinutes: undefined };
  return parsed;
}

function fromNumber(v: Typed, target: SqlType): Moment {
  const n = numericOf(v);
  if (!n) throw sqlError(529, typeName(v.type), typeName(target));
  const daysFloat = numericToNumber(n);
  const whole = Math.floor(daysFloat);
  const ticks = Math.round((daysFloat - whole) * TICKS_PER_DAY);
  const days = DAYS_1900 + whole;
  if (!Number.isFinite(daysFloat) || days < 0 || days > MAX_DAYS) throw sqlError(8115, 'expression', target.kind);
  return { ...normalize(days, ticks), offsetMinutes: undefined };
}

function momentOf(v: Typed, target: SqlType, style: number | undefined, dateFormat: DateFormat): Moment {
  if (isCharacter(v.type)) return fromString(v, target, style, dateFormat);
  if (v.type.kind === 'datetimeoffset') {
    const dto = v.value as SqlDateTimeOffset;
    const parts = dateTimeParts(v);
    return { days: parts?.days ?? dto.days, ticks: parts?.ticks ?? dto.ticks, offsetMinutes: dto.offsetMinutes };
  }
  const parts = dateTimeParts(v);
  if (parts) return { days: parts.kind === 'time' ? DAYS_1900 : parts.days, ticks: parts.ticks, offsetMinutes: undefined };
  if (Buffer.isBuffer(v.value) && (target.kind === 'datetime' || target.kind === 'smalldatetime')) {
    const b = Buffer.concat([Buffer.alloc(Math.max(0, 8 - v.value.length)), v.value]).subarray(-8);
    const units = b.readInt32BE(4);
    return { ...normalize(DAYS_1900 + b.readInt32BE(0), Math.round((units * 10_000_000) / 300)), offsetMinutes: undefined };
  }
  return fromNumber(v, target);
}

// SQL Server raises 242 with state 3, from text ('02/30/2026') as from another date type.
function outOfRange(v: Typed, target: SqlType): never {
  throw sqlErrorWithState(242, 3, typeName(v.type), target.kind);
}

export function toDateTime(v: Typed, target: SqlType & { kind: DateKind }, style: number | undefined, dateFormat: DateFormat): SqlValue {
  const m = momentOf(v, target, style, dateFormat);
  switch (target.kind) {
    case 'date':
      return m.days;
    case 'time':
      return roundTicksToScale(m.ticks, target.scale) % TICKS_PER_DAY;
    case 'datetime': {
      const r = roundDatetime(new SqlDateTime(m.days, m.ticks));
      if (r.days < DATETIME_MIN_DAYS || r.days > MAX_DAYS) outOfRange(v, target);
      return r;
    }
    case 'smalldatetime': {
      const r = roundSmallDatetime(new SqlDateTime(m.days, m.ticks));
      if (r.days < DAYS_1900 || r.days > SMALLDATETIME_MAX_DAYS) outOfRange(v, target);
      return r;
    }
    case 'datetime2': {
      const r = normalize(m.days, roundTicksToScale(m.ticks, target.scale));
      if (r.days > MAX_DAYS) outOfRange(v, target);
      return r;
    }
    case 'datetimeoffset': {
      const offset = m.offsetMinutes ?? 0;
      const local = normalize(m.days, roundTicksToScale(m.ticks, target.scale));
      const utc = normalize(local.days, local.ticks - offset * 60 * 10_000_000);
      return new SqlDateTimeOffset(utc.days, utc.ticks, offset);
    }
    default: {
      const never: never = target;
      throw new Error(`unknown date kind ${String(never)}`);
    }
  }
}
