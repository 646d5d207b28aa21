// String -> date/time as SQL Server reads it ("Date and time types", supported string literal
// formats): ISO 8601 (yyyy-mm-ddThh:mi:ss.fffffff[Z|+hh:mi]), unseparated yyyymmdd, numeric
// m/d/y in the session's DATEFORMAT order, alphabetic month names, and times with AM/PM and
// ':' milliseconds. Two-digit years use the default cutoff 2049.
import { daysFromYmd, isValidYmd, ticksFromHms, DAYS_1900 } from './dates';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './format-datetime';
import { TICKS_PER_SECOND } from './values';

export type DateFormat = 'mdy' | 'dmy' | 'ymd' | 'ydm' | 'myd' | 'dym';

export interface ParsedDateTime {
  readonly days: number;
  readonly ticks: number;
  readonly offsetMinutes: number | undefined;
  /** digits written after the decimal point of the seconds */
  readonly fractionDigits: number;
  readonly hasDate: boolean;
  readonly hasTime: boolean;
}

/**
 * 'format': not a date at all (241); 'range': written as a date or time but with a part out of
 * range — no such day, month 13 or 0, hour 24, minute 60, 13:00 AM, year 0 — which datetime and
 * smalldatetime report as 242 (the newer types report 241 for both).
 */
export type ParseFailure = 'format' | 'range';

const TWO_DIGIT_CUTOFF = 2049;

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  const century = Math.floor(TWO_DIGIT_CUTOFF / 100) * 100;
  return n + (n <= TWO_DIGIT_CUTOFF % 100 ? century : century - 100);
}

const OFFSET = /\s*(?:(Z)|([+-])(\d{1,2}):(\d{2}))$/i;
const TIME = /(?:^|[\sT])(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:([.:])(\d*))?)?)?\s*([AP]M)?$/i;

interface TimeOfDay {
  readonly ticks: number;
  readonly fractionDigits: number;
}

function parseTime(m: RegExpExecArray): TimeOfDay | ParseFailure {
  const [, hText, miText, sText, fracSep, fracText, ampm] = m;
  if (miText === undefined && !ampm) return 'format';
  let hour = Number(hText);
  const minute = Number(miText ?? '0');
  const second = Number(sText ?? '0');
  if (ampm) {
    if (hour > 12) return 'range';
    const pm = ampm.toUpperCase() === 'PM';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'range';
  let fraction = 0;
  const digits = fracText ?? '';
  if (fracSep === ':') {
    const ms = Number(digits || '0');
    if (ms > 999) return 'format';
    fraction = ms * 10_000;
  } else if (digits.length > 0) {
    if (digits.length > 7) return 'format';
    fraction = Number(digits.padEnd(7, '0'));
  }
  return { ticks: ticksFromHms(hour, minute, second) + fraction, fractionDigits: fracSep === ':' ? 3 : digits.length };
}

function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase();
  for (let i = 0; i < 12; i++) {
    if ((MONTH_NAMES[i] ?? '').toLowerCase() === w || (MONTH_ABBREVIATIONS[i] ?? '').toLowerCase() === w) return i + 1;
  }
  return undefined;
}

type Ymd = [number, number, number];

function orderParts(a: string, b: string, c: string, format: DateFormat): Ymd {
  const byFormat: Record<DateFormat, [string, string, string]> = {
    mdy: [c, a, b],
    dmy: [c, b, a],
    ymd: [a, b, c],
    ydm: [a, c, b],
    myd: [b, a, c],
    dym: [b, c, a],
  };
  const [y, m, d] = byFormat[format];
  return [fullYear(y), Number(m), Number(d)];
}

function parseDate(text: string, format: DateFormat): Ymd | ParseFailure | undefined {
  if (text === '') return undefined;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (m) return [fullYear(m[1] ?? ''), Number(m[2]), Number(m[3])];
  m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) return format === 'ydm' ? [Number(m[1]), Number(m[4]), Number(m[3])] : [Number(m[1]), Number(m[3]), Number(m[4])];
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) {
    const dayFirst = format === 'dmy' || format === 'dym' || format === 'ydm';
    return dayFirst ? [Number(m[4]), Number(m[3]), Number(m[1])] : [Number(m[4]), Number(m[1]), Number(m[3])];
  }
  m = /^(\d{1,4})([-/.])(\d{1,4})\2(\d{1,4})$/.exec(text);
  if (m) return orderParts(m[1] ?? '', m[3] ?? '', m[4] ?? '', format);
  return parseAlphabeticDate(text);
}

// 'Apr 12 2026', '12 April 2026', 'April 12, 2026', 'Apr 2026' (day 1), '2026 April 12'.
function parseAlphabeticDate(text: string): Ymd | ParseFailure {
  const tokens = text.split(/[\s,./-]+/).filter((t) => t !== '');
  let month: number | undefined;
  const numbers: string[] = [];
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else {
      const mo = monthFromWord(t);
      if (mo === undefined || month !== undefined) return 'format';
      month = mo;
    }
  }
  if (month === undefined || numbers.length === 0 || numbers.length > 2) return 'format';
  if (numbers.length === 1) {
    const only = numbers[0] ?? '';
    return only.length === 4 ? [Number(only), month, 1] : 'format';
  }
  const [a = '', b = ''] = numbers;
  if (a.length === 4) return [Number(a), month, Number(b)];
  return [fullYear(b), month, Number(a)];
}

export function parseDateTime(input: string, format: DateFormat = 'mdy'): ParsedDateTime | ParseFailure {
  let text = input.trim();
  let offsetMinutes: number | undefined;
  const off = OFFSET.exec(text);
  if (off && /\d/.test(text.slice(0, off.index))) {
    if (off[1]) offsetMinutes = 0;
    else {
      const mins = Number(off[3]) * 60 + Number(off[4]);
      if (Number(off[3]) > 14 || Number(off[4]) > 59 || mins > 840) return 'format';
      offsetMinutes = off[2] === '-' ? -mins : mins;
    }
    text = text.slice(0, off.index).trim();
  }
  let time: TimeOfDay | undefined;
  const tm = TIME.exec(text);
  if (tm && (tm[2] !== undefined || tm[6] !== undefined)) {
    const parsed = parseTime(tm);
    if (typeof parsed === 'string') return parsed;
    time = parsed;
    text = text.slice(0, tm.index).trim();
  }
  const ymd = parseDate(text, format);
  if (typeof ymd === 'string') return ymd;
  if (ymd === undefined && time === undefined && input.trim() !== '') return 'format';
  if (ymd && !isValidYmd(...ymd)) return 'range';
  return {
    days: ymd ? daysFromYmd(...ymd) : DAYS_1900,
    ticks: time?.ticks ?? 0,
    offsetMinutes,
    fractionDigits: time?.fractionDigits ?? 0,
    hasDate: ymd !== undefined,
    hasTime: time !== undefined,
  };
}

/** The DATEFORMAT a CONVERT style implies for reading numeric dates (undefined: session's). */
export function dateFormatOfStyle(style: number | undefined): DateFormat | undefined {
  switch (style === undefined ? -1 : style % 100) {
    case 1: case 10: case 22:
      return 'mdy';
    case 3: case 4: case 5: case 6: case 13:
      return 'dmy';
    case 2: case 11: case 12:
      return 'ymd';
    default:
      return undefined;
  }
}

export { TICKS_PER_SECOND };
