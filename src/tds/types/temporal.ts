// Date and time arithmetic between the wire forms (MS-TDS 2.2.5.5.1.8) and src/types/values.ts
// (days since 0001-01-01, 100 ns ticks since midnight). Pure integer math; no Date objects, so
// years 1..9999 and 100 ns precision survive.
import { TICKS_PER_DAY } from '../../types/values';

/** datetime/smalldatetime count days from 1900-01-01 */
export const DAYS_0001_TO_1900 = 693_595;
/** datetime's fraction unit: 1/300 s */
export const DATETIME_TICKS_PER_SECOND = 300;
const TICKS_PER_SECOND = 10_000_000;
const TICKS_PER_MINUTE = 600_000_000;
const DATETIME_UNITS_PER_DAY = DATETIME_TICKS_PER_SECOND * 86_400;
const MINUTES_PER_DAY = 1_440;
export const MAX_SCALE = 7;

/** 2.2.5.5.1.8: time(n) is 3 bytes for n <= 2, 4 for n <= 4, 5 for n <= 7. */
export function timeLength(scale: number): number {
  return scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
}

function scaleFactor(scale: number): number {
  return 10 ** (MAX_SCALE - scale);
}

/** Wire time(n) units -> ticks. */
export function timeUnitsToTicks(units: number, scale: number): number {
  return units * scaleFactor(scale);
}

/**
 * Ticks -> wire time(n) units, rounded half up as SQL Server converts; `carry` is 1 when the
 * rounding reached midnight (the caller adds a day).
 */
export function ticksToTimeUnits(ticks: number, scale: number): { units: number; carry: number } {
  const units = Math.round(ticks / scaleFactor(scale));
  const perDay = TICKS_PER_DAY / scaleFactor(scale);
  return units >= perDay ? { units: units - perDay, carry: 1 } : { units, carry: 0 };
}

/** datetime: 1/300 s units -> ticks (rounded to the nearest 100 ns). */
export function datetimeUnitsToTicks(units: number): number {
  return Math.round((units * TICKS_PER_SECOND) / DATETIME_TICKS_PER_SECOND);
}

export function ticksToDatetimeUnits(ticks: number): { units: number; carry: number } {
  const units = Math.round((ticks * DATETIME_TICKS_PER_SECOND) / TICKS_PER_SECOND);
  return units >= DATETIME_UNITS_PER_DAY ? { units: units - DATETIME_UNITS_PER_DAY, carry: 1 } : { units, carry: 0 };
}

export function minutesToTicks(minutes: number): number {
  return minutes * TICKS_PER_MINUTE;
}

/** smalldatetime rounds to the nearest minute (29.998 s down, 30 s up). */
export function ticksToMinutes(ticks: number): { minutes: number; carry: number } {
  const minutes = Math.round(ticks / TICKS_PER_MINUTE);
  return minutes >= MINUTES_PER_DAY ? { minutes: minutes - MINUTES_PER_DAY, carry: 1 } : { minutes, carry: 0 };
}

/** Days since 0001-01-01 -> proleptic Gregorian year/month/day (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const DAYS_0000_03_01_TO_0001_01_01 = 306;
  const z = days + DAYS_0000_03_01_TO_0001_01_01;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' */
export function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 'hh:mm:ss[.f…]' with exactly `scale` fraction digits, as SQL Server converts time(n) to text. */
export function formatTime(ticks: number, scale: number): string {
  const { units } = ticksToTimeUnits(ticks, scale);
  const whole = timeUnitsToTicks(units, scale);
  const seconds = Math.floor(whole / TICKS_PER_SECOND);
  const hh = Math.floor(seconds / 3_600);
  const mm = Math.floor(seconds / 60) % 60;
  const ss = seconds % 60;
  const base = `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
  if (scale === 0) return base;
  const fraction = pad(whole % TICKS_PER_SECOND, MAX_SCALE).slice(0, scale);
  return `${base}.${fraction}`;
}

/** Rounds (days, ticks) to time(n) precision, carrying into the next day when needed. */
export function roundDateTime(days: number, ticks: number, scale: number): { days: number; units: number } {
  const { units, carry } = ticksToTimeUnits(ticks, scale);
  return { days: days + carry, units };
}

/** 'YYYY-MM-DD hh:mm:ss[.f…]' */
export function formatDateTime2(days: number, ticks: number, scale: number): string {
  const r = roundDateTime(days, ticks, scale);
  return `${formatDate(r.days)} ${formatTime(timeUnitsToTicks(r.units, scale), scale)}`;
}

/** 'YYYY-MM-DD hh:mm:ss[.f…] +hh:mm' in the value's own offset (values carry the UTC instant). */
export function formatDateTimeOffset(days: number, ticks: number, offsetMinutes: number, scale: number): string {
  let localTicks = ticks + offsetMinutes * TICKS_PER_MINUTE;
  let localDays = days;
  if (localTicks < 0) {
    localTicks += TICKS_PER_DAY;
    localDays -= 1;
  } else if (localTicks >= TICKS_PER_DAY) {
    localTicks -= TICKS_PER_DAY;
    localDays += 1;
  }
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatDateTime2(localDays, localTicks, scale)} ${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}
