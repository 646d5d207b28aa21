// FORMAT(value, format[, culture]) — the basic .NET format strings SQL Server hands to the CLR,
// for en-US only: standard numeric formats (N, F, D, C, P, X, E, G), simple custom numeric
// patterns ('#,##0.00', '000'), and standard/custom date patterns ('d', 'D', 'yyyy-MM-dd HH:mm').
import { isCharacter, isNumeric } from '../../types/categories';
import { dateTimeParts } from '../../types/convert-string';
import { hmsFromTicks, isoDayOfWeek, ymdFromDays } from '../../types/dates';
import { DAY_NAMES, MONTH_NAMES, type DateTimeParts } from '../../types/format-datetime';
import { toJsNumber } from '../../types/numeric-value';
import type { Typed } from '../../types/typed-value';
import { argAt, argString, fn, type BuiltinFunction } from './function-types';

const group = (intText: string): string => intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fixed(x: number, decimals: number, grouping: boolean): string {
  const text = Math.abs(x).toFixed(decimals);
  const [i = '', f] = text.split('.');
  const body = (grouping ? group(i) : i) + (f !== undefined ? `.${f}` : '');
  return x < 0 && /[1-9]/.test(text) ? `-${body}` : body;
}

function formatNumber(x: number, format: string): string | null {
  const std = /^([NnFfDdCcPpXxEeGg])(\d{0,2})$/.exec(format);
  if (std) {
    const p = std[2] === '' ? undefined : Number(std[2]);
    switch ((std[1] ?? '').toUpperCase()) {
      case 'N': return fixed(x, p ?? 2, true);
      case 'F': return fixed(x, p ?? 2, false);
      case 'D': return Number.isInteger(x) ? `${x < 0 ? '-' : ''}${String(Math.abs(x)).padStart(p ?? 0, '0')}` : null;
      case 'C': return x < 0 ? `-$${fixed(-x, p ?? 2, true)}` : `$${fixed(x, p ?? 2, true)}`;
      case 'P': return `${fixed(x * 100, p ?? 2, true)}%`;
      case 'X': {
        if (!Number.isInteger(x)) return null;
        const hex = (x < 0 ? (x >>> 0) : x).toString(16);
        return (std[1] === 'X' ? hex.toUpperCase() : hex).padStart(p ?? 0, '0');
      }
      case 'E': {
        const [m = '', e = '0'] = x.toExponential(p ?? 6).split('e');
        const exp = Number(e);
        return `${m}${std[1] === 'E' ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
      }
      default: return String(x);
    }
  }
  const m = /^([#,0]*)(?:\.([0#]*))?$/.exec(format);
  if (!m) return null;
  const intPattern = m[1] ?? '';
  const fracPattern = m[2] ?? '';
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  let text = fixed(x, fracPattern.length, intPattern.includes(','));
  if (fracPattern.length > minFrac && text.includes('.')) {
    const [i = '', f = ''] = text.split('.');
    const trimmed = f.replace(/0+$/, '').padEnd(minFrac, '0');
    text = trimmed ? `${i}.${trimmed}` : i;
  }
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const neg = text.startsWith('-');
  const [i = '', rest] = text.replace('-', '').split(/(?=\.)/);
  const digits = i.replace(/,/g, '');
  const padded = digits === '0' && minInt === 0 ? '' : digits.padStart(minInt, '0');
  const intOut = intPattern.includes(',') ? group(padded) : padded;
  return `${neg ? '-' : ''}${intOut}${rest ?? ''}`;
}

const STANDARD_DATE: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  s: "yyyy-MM-dd'T'HH:mm:ss",
  u: "yyyy-MM-dd HH:mm:ss'Z'",
  o: "yyyy-MM-dd'T'HH:mm:ss.fffffff",
  M: 'MMMM d',
  Y: 'MMMM yyyy',
};

function formatDate(p: DateTimeParts, format: string): string {
  const pattern = STANDARD_DATE[format] ?? format;
  const { year, month, day } = ymdFromDays(p.days);
  const { hour, minute, second, fraction } = hmsFromTicks(p.ticks);
  const tokens = /'[^']*'|"[^"]*"|\\.|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|tt|zzz|./g;
  return pattern.replace(tokens, (t) => {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    switch (t) {
      case 'yyyy': return String(year).padStart(4, '0');
      case 'yy': return String(year % 100).padStart(2, '0');
      case 'MMMM': return MONTH_NAMES[month - 1] ?? '';
      case 'MMM': return (MONTH_NAMES[month - 1] ?? '').slice(0, 3);
      case 'MM': return String(month).padStart(2, '0');
      case 'M': return String(month);
      case 'dddd': return DAY_NAMES[isoDayOfWeek(p.days) - 1] ?? '';
      case 'ddd': return (DAY_NAMES[isoDayOfWeek(p.days) - 1] ?? '').slice(0, 3);
      case 'dd': return String(day).padStart(2, '0');
      case 'd': return String(day);
      case 'HH': return String(hour).padStart(2, '0');
      case 'H': return String(hour);
      case 'hh': return String(h12).padStart(2, '0');
      case 'h': return String(h12);
      case 'mm': return String(minute).padStart(2, '0');
      case 'm': return String(minute);
      case 'ss': return String(second).padStart(2, '0');
      case 's': return String(second);
      case 'tt': return hour < 12 ? 'AM' : 'PM';
      case 'zzz': {
        const o = p.offsetMinutes ?? 0;
        return `${o < 0 ? '-' : '+'}${String(Math.floor(Math.abs(o) / 60)).padStart(2, '0')}:${String(Math.abs(o) % 60).padStart(2, '0')}`;
      }
      default:
        if (/^f+$/.test(t)) return String(fraction).padStart(7, '0').slice(0, t.length);
        if (t.startsWith("'") || t.startsWith('"')) return t.slice(1, -1);
        if (t.startsWith('\\')) return t.slice(1);
        return t;
    }
  });
}

function formatValue(v: Typed, format: string): string | null {
  const parts = dateTimeParts(v);
  if (parts) return formatDate(parts, format);
  if (isNumeric(v.type)) return formatNumber(toJsNumber(v), format);
  return null;
}

export const formatFunctions: readonly BuiltinFunction[] = [
  fn('FORMAT', 2, 3, (args) => {
    const type = { kind: 'nvarchar', length: 4000 } as const;
    const v = argAt(args, 0);
    const format = argString(args, 1);
    if (v.value === null || format === undefined || isCharacter(v.type)) return { type, value: null };
    return { type, value: formatValue(v, format) };
  }),
];
