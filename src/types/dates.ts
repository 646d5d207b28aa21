// Calendar helpers on the values.ts representation (days since 0001-01-01, 100 ns ticks since
// midnight). js-joda does the proleptic Gregorian arithmetic.
import { LocalDate } from '@js-joda/core';
import { SqlDateTime, TICKS_PER_DAY, TICKS_PER_SECOND } from './values';

/** LocalDate.toEpochDay() of 0001-01-01. */
const EPOCH_OFFSET = LocalDate.of(1, 1, 1).toEpochDay();
export const TICKS_PER_MS = 10_000;
export const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
/** 1900-01-01, day 0 of datetime/smalldatetime arithmetic (datetime + 1 = one day later). */
export const DAYS_1900 = LocalDate.of(1900, 1, 1).toEpochDay() - EPOCH_OFFSET;
/** 9999-12-31 */
export const MAX_DAYS = LocalDate.of(9999, 12, 31).toEpochDay() - EPOCH_OFFSET;
/** 1753-01-01, the first datetime day. */
export const DATETIME_MIN_DAYS = LocalDate.of(1753, 1, 1).toEpochDay() - EPOCH_OFFSET;
/** smalldatetime covers 1900-01-01 .. 2079-06-06 23:59. */
export const SMALLDATETIME_MAX_DAYS = LocalDate.of(2079, 6, 6).toEpochDay() - EPOCH_OFFSET;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysFromYmd(year: number, month: number, day: number): number {
  return LocalDate.of(year, month, day).toEpochDay() - EPOCH_OFFSET;
}

export function localDateOf(days: number): LocalDate {
  return LocalDate.ofEpochDay(days + EPOCH_OFFSET);
}

export function ymdFromDays(days: number): Ymd {
  const d = localDateOf(days);
  return { year: d.year(), month: d.monthValue(), day: d.dayOfMonth() };
}

/** 1 = Monday ... 7 = Sunday (ISO). */
export function isoDayOfWeek(days: number): number {
  return localDateOf(days).dayOfWeek().value();
}

export function daysInMonth(year: number, month: number): number {
  return LocalDate.of(year, month, 1).lengthOfMonth();
}

export function isLeapYear(year: number): boolean {
  return LocalDate.of(year, 1, 1).isLeapYear();
}

export function dayOfYear(days: number): number {
  return localDateOf(days).dayOfYear();
}

export interface Hms {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** remaining 100 ns ticks within the second */
  readonly fraction: number;
}

export function hmsFromTicks(ticks: number): Hms {
  const hour = Math.floor(ticks / TICKS_PER_HOUR);
  const minute = Math.floor((ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  const second = Math.floor((ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  return { hour, minute, second, fraction: ticks % TICKS_PER_SECOND };
}

export function ticksFromHms(hour: number, minute: number, second: number, fraction = 0): number {
  return hour * TICKS_PER_HOUR + minute * TICKS_PER_MINUTE + second * TICKS_PER_SECOND + fraction;
}

/** Normalises ticks outside [0, day) into the day count. */
export function normalize(days: number, ticks: number): SqlDateTime {
  const carry = Math.floor(ticks / TICKS_PER_DAY);
  return new SqlDateTime(days + carry, ticks - carry * TICKS_PER_DAY);
}

/** The UTC wall clock of a JS Date (millisecond precision). */
export function fromJsDate(d: Date): SqlDateTime {
  const ms = d.getTime();
  const dayMs = 86_400_000;
  const epochDays = Math.floor(ms / dayMs);
  return new SqlDateTime(epochDays - EPOCH_OFFSET, (ms - epochDays * dayMs) * TICKS_PER_MS);
}

/** The JS Date whose UTC wall clock is `dt` (sub-millisecond ticks are dropped). */
export function toJsDate(dt: SqlDateTime): Date {
  return new Date((dt.days + EPOCH_OFFSET) * 86_400_000 + Math.floor(dt.ticks / TICKS_PER_MS));
}

/**
 * datetime keeps 1/300 s: milliseconds are rounded to .000/.003/.007 ("datetime (Transact-SQL)",
 * rounding of datetime fractional second precision). May carry into the next day.
 */
export function roundDatetime(dt: SqlDateTime): SqlDateTime {
  const units = Math.round((dt.ticks * 300) / TICKS_PER_SECOND);
  const ticks = Math.round((units * TICKS_PER_SECOND) / 300);
  return normalize(dt.days, ticks);
}

/** The datetime 1/300 s unit count of a tick value already rounded by roundDatetime. */
export function datetimeUnits(ticks: number): number {
  return Math.round((ticks * 300) / TICKS_PER_SECOND);
}

/** smalldatetime keeps minutes: 29.998 s rounds down, 29.999 s rounds up. */
export function roundSmallDatetime(dt: SqlDateTime): SqlDateTime {
  const rounded = roundDatetime(dt);
  const minutes = Math.floor(rounded.ticks / TICKS_PER_MINUTE);
  const rest = rounded.ticks - minutes * TICKS_PER_MINUTE;
  const up = rest >= 30 * TICKS_PER_SECOND ? 1 : 0;
  return normalize(rounded.days, (minutes + up) * TICKS_PER_MINUTE);
}

/** Rounds ticks to `scale` fractional digits (half up), as datetime2(n)/time(n) store them. */
export function roundTicksToScale(ticks: number, scale: number): number {
  const unit = 10 ** (7 - scale);
  return Math.round(ticks / unit) * unit;
}

export function roundToScale(dt: SqlDateTime, scale: number): SqlDateTime {
  return normalize(dt.days, roundTicksToScale(dt.ticks, scale));
}
