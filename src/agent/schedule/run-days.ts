// Which calendar days a recurring schedule runs on (sp_add_schedule (Transact-SQL): freq_type,
// freq_interval, freq_relative_interval, freq_recurrence_factor). Times within the day are
// day-times.ts's business.
import { LocalDate } from '@js-joda/core';
import { FREQ_RELATIVE_INTERVAL, FREQ_TYPE, MONTHLY_RELATIVE_DAY, weekdayBit } from '../../codes/schedule-codes';
import type { ScheduleDefinition } from './schedule-definition';
import { dateFromInt, isWeekend, sqlDayOfWeek } from './civil-time';

// A monthly schedule whose period never contains its day (day 30 in February every 12 months)
// would loop forever; 100 years of months is far beyond any real schedule.
const MAX_MONTHS_SCANNED = 1200;

/** The first day on or after `from` (and within the active dates) that the schedule runs on. */
export function firstRunDayOnOrAfter(s: ScheduleDefinition, from: LocalDate): LocalDate | null {
  const start = dateFromInt(s.activeStartDate);
  const end = dateFromInt(s.activeEndDate);
  const first = from.isBefore(start) ? start : from;
  if (first.isAfter(end)) return null;
  const found = scan(s, start, first, end);
  return found !== null && !found.isAfter(end) ? found : null;
}

function scan(s: ScheduleDefinition, start: LocalDate, first: LocalDate, end: LocalDate): LocalDate | null {
  switch (s.freqType) {
    case FREQ_TYPE.DAILY:
      return nextDaily(start, first, Math.max(1, s.freqInterval));
    case FREQ_TYPE.WEEKLY:
      return nextWeekly(s, start, first, end);
    case FREQ_TYPE.MONTHLY:
      return nextMonthly(s, start, first, end, (y, m) => monthDay(y, m, s.freqInterval));
    case FREQ_TYPE.MONTHLY_RELATIVE:
      return nextMonthly(s, start, first, end, (y, m) => relativeDay(y, m, s.freqInterval, s.freqRelativeInterval));
    default:
      return null;
  }
}

// Every freq_interval days counted from active_start_date.
function nextDaily(start: LocalDate, first: LocalDate, every: number): LocalDate {
  const elapsed = first.toEpochDay() - start.toEpochDay();
  const periods = Math.ceil(elapsed / every);
  return start.plusDays(periods * every);
}

// Weeks run Sunday..Saturday (the bitmask's order); the week holding active_start_date is week 0
// and every freq_recurrence_factor-th week after it is a run week.
function nextWeekly(s: ScheduleDefinition, start: LocalDate, first: LocalDate, end: LocalDate): LocalDate | null {
  const mask = s.freqInterval & 0x7f;
  if (mask === 0) return null;
  const every = Math.max(1, s.freqRecurrenceFactor);
  const week0 = start.toEpochDay() - (sqlDayOfWeek(start) - 1);
  for (let d = first, i = 0; i < 7 * every + 7 && !d.isAfter(end); d = d.plusDays(1), i++) {
    const week = Math.floor((d.toEpochDay() - week0) / 7);
    if (week % every === 0 && (mask & weekdayBit(sqlDayOfWeek(d))) !== 0) return d;
  }
  return null;
}

// Every freq_recurrence_factor-th month counted from the month of active_start_date.
function nextMonthly(
  s: ScheduleDefinition, start: LocalDate, first: LocalDate, end: LocalDate,
  dayIn: (year: number, month: number) => LocalDate | null,
): LocalDate | null {
  const every = Math.max(1, s.freqRecurrenceFactor);
  const startIndex = start.year() * 12 + start.monthValue() - 1;
  let index = first.year() * 12 + first.monthValue() - 1;
  index += (every - ((index - startIndex) % every)) % every;
  for (let n = 0; n < MAX_MONTHS_SCANNED; n++, index += every) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (LocalDate.of(year, month, 1).isAfter(end)) return null;
    const day = dayIn(year, month);
    if (day !== null && !day.isBefore(first)) return day;
  }
  return null;
}

// A monthly schedule on a day the month lacks (the 31st in April, the 29th in February of a
// common year) does not run that month: the agent does not move it to the month's last day.
// "The last day of the month" is expressed as monthly relative (freq_interval 8, last).
export function monthDay(year: number, month: number, day: number): LocalDate | null {
  const length = LocalDate.of(year, month, 1).lengthOfMonth();
  return day >= 1 && day <= length ? LocalDate.of(year, month, day) : null;
}

/** Monthly relative: the first/second/third/fourth/last Sunday..Saturday, day, weekday or weekend day. */
export function relativeDay(year: number, month: number, which: number, relative: number): LocalDate | null {
  const first = LocalDate.of(year, month, 1);
  const matches: LocalDate[] = [];
  for (let d = first; d.monthValue() === month; d = d.plusDays(1)) {
    if (dayMatches(d, which)) matches.push(d);
  }
  const ordinal = ordinalOf(relative);
  if (ordinal === null) return null;
  const picked = ordinal === 'last' ? matches[matches.length - 1] : matches[ordinal - 1];
  return picked ?? null;
}

function dayMatches(d: LocalDate, which: number): boolean {
  if (which >= 1 && which <= 7) return sqlDayOfWeek(d) === which;
  switch (which) {
    case MONTHLY_RELATIVE_DAY.DAY: return true;
    case MONTHLY_RELATIVE_DAY.WEEKDAY: return !isWeekend(d);
    case MONTHLY_RELATIVE_DAY.WEEKEND_DAY: return isWeekend(d);
    default: return false;
  }
}

function ordinalOf(relative: number): number | 'last' | null {
  switch (relative) {
    case FREQ_RELATIVE_INTERVAL.FIRST: return 1;
    case FREQ_RELATIVE_INTERVAL.SECOND: return 2;
    case FREQ_RELATIVE_INTERVAL.THIRD: return 3;
    case FREQ_RELATIVE_INTERVAL.FOURTH: return 4;
    case FREQ_RELATIVE_INTERVAL.LAST: return 'last';
    default: return null;
  }
}
