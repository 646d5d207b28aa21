// The agent's civil time: msdb stores dates as int yyyymmdd and times as int hhmmss, in the
// node's local time. msxd nodes run in UTC, so there is no DST gap or overlap to handle: a
// civil instant is an epoch millisecond count and back, one to one.
import { DayOfWeek, LocalDate } from '@js-joda/core';

/** A point in civil time with one-second resolution: a day and seconds since midnight. */
export interface CivilInstant {
  readonly date: LocalDate;
  readonly seconds: number;
}

export const SECONDS_PER_DAY = 86_400;

export function dateFromInt(yyyymmdd: number): LocalDate {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return LocalDate.of(y, m, d);
}

export function dateToInt(date: LocalDate): number {
  return date.year() * 10000 + date.monthValue() * 100 + date.dayOfMonth();
}

export function secondsFromHhmmss(hhmmss: number): number {
  const h = Math.floor(hhmmss / 10000);
  const m = Math.floor(hhmmss / 100) % 100;
  const s = hhmmss % 100;
  return h * 3600 + m * 60 + s;
}

export function secondsToHhmmss(seconds: number): number {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  return h * 10000 + m * 100 + s;
}

export function civilFromEpochMs(ms: number): CivilInstant {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  return { date: LocalDate.ofEpochDay(days), seconds: totalSeconds - days * SECONDS_PER_DAY };
}

export function civilToEpochMs(at: CivilInstant): number {
  return (at.date.toEpochDay() * SECONDS_PER_DAY + at.seconds) * 1000;
}

export function compareCivil(a: CivilInstant, b: CivilInstant): number {
  const byDate = a.date.compareTo(b.date);
  return byDate !== 0 ? byDate : a.seconds - b.seconds;
}

/** Day of week numbered as SQL Server's sysschedules does: 1 = Sunday .. 7 = Saturday. */
export function sqlDayOfWeek(date: LocalDate): number {
  return (date.dayOfWeek().value() % 7) + 1;
}

export function isWeekend(date: LocalDate): boolean {
  const dow = date.dayOfWeek();
  return dow.equals(DayOfWeek.SATURDAY) || dow.equals(DayOfWeek.SUNDAY);
}
