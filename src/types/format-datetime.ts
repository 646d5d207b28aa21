// Text forms of date/time values for CAST and CONVERT styles ("CAST and CONVERT (Transact-SQL)",
// date and time styles). A value is described by its calendar day, time of day and, for the
// offset types, its offset; each SqlType decides the fraction digits and the default style.
import { hmsFromTicks, ymdFromDays, DAYS_1900, datetimeUnits } from './dates';

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export type DateTimeKind = 'date' | 'time' | 'datetime' | 'smalldatetime' | 'datetime2' | 'datetimeoffset';

export interface DateTimeParts {
  readonly kind: DateTimeKind;
  /** wall-clock day (local, for datetimeoffset) */
  readonly days: number;
  readonly ticks: number;
  /** fractional-second digits of the type (datetime: 3, smalldatetime: 0) */
  readonly scale: number;
  readonly offsetMinutes?: number;
}

export const DATE_STYLES = new Set([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25,
  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 120, 121, 126, 127,
]);

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');

function fractionDigits(parts: DateTimeParts): string {
  if (parts.kind === 'datetime') {
    const units = datetimeUnits(hmsFromTicks(parts.ticks).fraction);
    return String(Math.min(999, Math.round((units * 10) / 3))).padStart(3, '0');
  }
  if (parts.scale === 0) return '';
  const { fraction } = hmsFromTicks(parts.ticks);
  return String(fraction).padStart(7, '0').slice(0, parts.scale);
}

function withFraction(base: string, parts: DateTimeParts, sep = '.'): string {
  const f = fractionDigits(parts);
  return f ? `${base}${sep}${f}` : base;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

/** The fraction of the datetime style 9/13/14/21 texts: milliseconds for datetime, the type's digits otherwise. */
function msText(parts: DateTimeParts): string {
  if (parts.kind === 'datetime' || parts.kind === 'smalldatetime') return fractionDigits({ ...parts, kind: 'datetime' });
  return fractionDigits(parts);
}

/** CAST's text (style 0 / no style) for each kind. */
export function defaultDateTimeText(parts: DateTimeParts): string {
  switch (parts.kind) {
    case 'datetime':
    case 'smalldatetime':
      return formatDateTimeStyle(parts, 0) ?? '';
    case 'date':
      return ymdText(parts.days, '-');
    case 'time':
      return withFraction(hmsText(parts.ticks), parts);
    case 'datetime2':
      return withFraction(`${ymdText(parts.days, '-')} ${hmsText(parts.ticks)}`, parts);
    case 'datetimeoffset':
      return `${withFraction(`${ymdText(parts.days, '-')} ${hmsText(parts.ticks)}`, parts)} ${offsetText(parts.offsetMinutes ?? 0)}`;
    default: {
      const never: never = parts.kind;
      throw new Error(`unknown date kind ${String(never)}`);
    }
  }
}

function ymdText(days: number, sep: string): string {
  const { year, month, day } = ymdFromDays(days);
  return `${p4(year)}${sep}${p2(month)}${sep}${p2(day)}`;
}

function hmsText(ticks: number): string {
  const { hour, minute, second } = hmsFromTicks(ticks);
  return `${p2(hour)}:${p2(minute)}:${p2(second)}`;
}

function ampm(ticks: number): { h12: number; suffix: 'AM' | 'PM' } {
  const { hour } = hmsFromTicks(ticks);
  return { h12: hour % 12 === 0 ? 12 : hour % 12, suffix: hour < 12 ? 'AM' : 'PM' };
}

/**
 * CONVERT(varchar, value, style) for a date/time value. `time` values use 1900-01-01 for date
 * styles; `date` values use midnight for time styles. Returns undefined for unknown styles.
 */
export function formatDateTimeStyle(partsIn: DateTimeParts, style: number): string | undefined {
  const parts = partsIn.kind === 'time' ? { ...partsIn, days: DAYS_1900 } : partsIn;
  const { year, month, day } = ymdFromDays(parts.days);
  const { minute, second } = hmsFromTicks(parts.ticks);
  const yy = p2(year % 100);
  const mon = MONTH_ABBREVIATIONS[month - 1] ?? '';
  const { h12, suffix } = ampm(parts.ticks);
  const century = style >= 100 || style === 0 || style === 9 || style === 13 || style === 20 || style === 21 || style === 23 || style === 25;
  const y = century ? p4(year) : yy;
  switch (style % 100) {
    case 0:
      return `${mon} ${String(day).padStart(2, ' ')} ${p4(year)} ${String(h12).padStart(2, ' ')}:${p2(minute)}${suffix}`;
    case 1: return `${p2(month)}/${p2(day)}/${y}`;
    case 2: return `${y}.${p2(month)}.${p2(day)}`;
    case 3: return `${p2(day)}/${p2(month)}/${y}`;
    case 4: return `${p2(day)}.${p2(month)}.${y}`;
    case 5: return `${p2(day)}-${p2(month)}-${y}`;
    case 6: return `${p2(day)} ${mon} ${y}`;
    case 7: return `${mon} ${p2(day)}, ${y}`;
    case 8:
    case 24:
      return hmsText(parts.ticks);
    case 9: {
      const f = msText(parts);
      return `${mon} ${String(day).padStart(2, ' ')} ${p4(year)} ${String(h12).padStart(2, ' ')}:${p2(minute)}:${p2(second)}${f ? `:${f}` : ''}${suffix}`;
    }
    case 10: return `${p2(month)}-${p2(day)}-${y}`;
    case 11: return `${y}/${p2(month)}/${p2(day)}`;
    case 12: return `${y}${p2(month)}${p2(day)}`;
    case 13: {
      const f = msText(parts);
      return `${p2(day)} ${mon} ${p4(year)} ${hmsText(parts.ticks)}${f ? `:${f}` : ''}`;
    }
    case 14: {
      const f = msText(parts);
      return `${hmsText(parts.ticks)}${f ? `:${f}` : ''}`;
    }
    case 20: return `${ymdText(parts.days, '-')} ${hmsText(parts.ticks)}`;
    case 21:
    case 25: {
      const f = msText(parts);
      return `${ymdText(parts.days, '-')} ${hmsText(parts.ticks)}${f ? `.${f}` : ''}`;
    }
    case 22: return `${p2(month)}/${p2(day)}/${yy} ${String(h12).padStart(2, ' ')}:${p2(minute)}:${p2(second)} ${suffix}`;
    case 23: return ymdText(parts.days, '-');
    case 26:
    case 27: {
      if (style < 100) return undefined;
      const f = parts.kind === 'smalldatetime' ? '' : fractionDigits(parts);
      const frac = f && /[1-9]/.test(f) ? `.${f}` : '';
      const base = `${ymdText(parts.days, '-')}T${hmsText(parts.ticks)}${frac}`;
      if (parts.kind === 'datetimeoffset') {
        const off = parts.offsetMinutes ?? 0;
        return style === 127 && off === 0 ? `${base}Z` : `${base}${offsetText(off)}`;
      }
      return style === 127 ? `${base}` : base;
    }
    default:
      return undefined;
  }
}
