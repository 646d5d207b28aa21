// Date part names and abbreviations ("DATEPART (Transact-SQL)", argument table) and the
// date/time argument every date function reads.
import { sqlError } from '../../errors/catalog';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { parseDateTime } from '../../types/parse-datetime';
import { dateTimeParts } from '../../types/convert-string';
import type { DateTimeParts } from '../../types/format-datetime';
import type { Typed } from '../../types/typed-value';
import type { FunctionContext } from './function-types';

export const DATE_PARTS = {
  year: 'year', yy: 'year', yyyy: 'year',
  quarter: 'quarter', qq: 'quarter', q: 'quarter',
  month: 'month', mm: 'month', m: 'month',
  dayofyear: 'dayofyear', dy: 'dayofyear', y: 'dayofyear',
  day: 'day', dd: 'day', d: 'day',
  week: 'week', wk: 'week', ww: 'week',
  weekday: 'weekday', dw: 'weekday', w: 'weekday',
  hour: 'hour', hh: 'hour',
  minute: 'minute', mi: 'minute', n: 'minute',
  second: 'second', ss: 'second', s: 'second',
  millisecond: 'millisecond', ms: 'millisecond',
  microsecond: 'microsecond', mcs: 'microsecond',
  nanosecond: 'nanosecond', ns: 'nanosecond',
  tzoffset: 'tzoffset', tz: 'tzoffset',
  iso_week: 'iso_week', isowk: 'iso_week', isoww: 'iso_week',
} as const;

export type DatePart = (typeof DATE_PARTS)[keyof typeof DATE_PARTS];

const DATE_ONLY = new Set<DatePart>(['year', 'quarter', 'month', 'dayofyear', 'day', 'week', 'weekday', 'iso_week']);

/** The part named by argument 0 (the parser passes the identifier as a string). 155 if unknown. */
export function datePartOf(arg: Typed | undefined, fnName: string): DatePart {
  const name = arg && typeof arg.value === 'string' ? arg.value : '';
  const part = (DATE_PARTS as Record<string, DatePart>)[name.toLowerCase()];
  if (!part) throw sqlError(155, name, fnName.toLowerCase());
  return part;
}

/** Raises 9810 when `part` does not exist in a date (time parts) or a time (date parts). */
export function checkPartFor(part: DatePart, p: DateTimeParts, fnName: string, typeName: string): void {
  const bad = (p.kind === 'date' && !DATE_ONLY.has(part) && part !== 'tzoffset') || (p.kind === 'time' && DATE_ONLY.has(part));
  if (bad) throw sqlError(9810, part, fnName.toLowerCase(), typeName);
}

/**
 * The date argument as wall-clock parts. Strings are read as datetimeoffset(7) would read them
 * (an offset written in the text is kept), under the session's DATEFORMAT.
 */
export function dateArg(v: Typed, ctx: FunctionContext): DateTimeParts | undefined {
  if (v.value === null) return undefined;
  if (isCharacter(v.type)) {
    const parsed = parseDateTime(String(v.value), ctx.dateFormat);
    if (typeof parsed === 'string') throw sqlError(241);
    const offsetMinutes = parsed.offsetMinutes;
    return offsetMinutes === undefined
      ? { kind: 'datetime2', days: parsed.days, ticks: parsed.ticks, scale: 7 }
      : { kind: 'datetimeoffset', days: parsed.days, ticks: parsed.ticks, scale: 7, offsetMinutes };
  }
  const parts = dateTimeParts(v);
  if (parts) return parts;
  return dateTimeParts(convert(v, { kind: 'datetime' }));
}
