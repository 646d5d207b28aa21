// next_run_date / next_run_time of a schedule (sysjobschedules), computed as SQL Server Agent
// does from the sysschedules row. Pure: the caller supplies "now", so a missed run while the
// node was down is simply not among the answers (the agent never replays the past).
import { FREQ_SUBDAY_TYPE, FREQ_TYPE, SUBDAY_UNIT_SECONDS } from '../../codes/schedule-codes';
import type { ScheduleDefinition } from './schedule-definition';
import { firstRunDayOnOrAfter } from './run-days';
import {
  SECONDS_PER_DAY, compareCivil, dateFromInt, dateToInt, secondsFromHhmmss, secondsToHhmmss, type CivilInstant,
} from './civil-time';

/** The first run of `s` at or after `from`; null when it never runs again (or is not time-based). */
export function nextRunOnOrAfter(s: ScheduleDefinition, from: CivilInstant): CivilInstant | null {
  if (!s.enabled) return null;
  switch (s.freqType) {
    case FREQ_TYPE.ONCE: {
      const at = { date: dateFromInt(s.activeStartDate), seconds: secondsFromHhmmss(s.activeStartTime) };
      return compareCivil(at, from) >= 0 ? at : null;
    }
    case FREQ_TYPE.DAILY:
    case FREQ_TYPE.WEEKLY:
    case FREQ_TYPE.MONTHLY:
    case FREQ_TYPE.MONTHLY_RELATIVE:
      return nextRecurring(s, from);
    default:
      // 64 (agent start) and 128 (idle) are events, not times; unknown codes never run.
      return null;
  }
}

/** The first run strictly after `after` (the schedule's next run once it has fired at `after`). */
export function nextRunAfter(s: ScheduleDefinition, after: CivilInstant): CivilInstant | null {
  const next = after.seconds + 1 < SECONDS_PER_DAY
    ? { date: after.date, seconds: after.seconds + 1 }
    : { date: after.date.plusDays(1), seconds: 0 };
  return nextRunOnOrAfter(s, next);
}

function nextRecurring(s: ScheduleDefinition, from: CivilInstant): CivilInstant | null {
  let day = firstRunDayOnOrAfter(s, from.date);
  while (day !== null) {
    const notBefore = day.equals(from.date) ? from.seconds : 0;
    const seconds = firstTimeAtOrAfter(s, notBefore);
    if (seconds !== null) return { date: day, seconds };
    day = firstRunDayOnOrAfter(s, day.plusDays(1));
  }
  return null;
}

/**
 * The first run time of a run day at or after `notBefore` seconds: active_start_time, then every
 * freq_subday_interval units while not past active_end_time. An end time earlier than the start
 * time is read as "until the end of the day" (the repetition never wraps past midnight).
 */
export function firstTimeAtOrAfter(s: ScheduleDefinition, notBefore: number): number | null {
  const start = secondsFromHhmmss(s.activeStartTime);
  const rawEnd = Math.min(secondsFromHhmmss(s.activeEndTime), SECONDS_PER_DAY - 1);
  const end = rawEnd < start ? SECONDS_PER_DAY - 1 : rawEnd;
  if (notBefore <= start) return start;
  const unit = SUBDAY_UNIT_SECONDS[s.freqSubdayType];
  if (s.freqSubdayType === FREQ_SUBDAY_TYPE.AT_TIME || unit === undefined || s.freqSubdayInterval <= 0) return null;
  const step = unit * s.freqSubdayInterval;
  const t = start + Math.ceil((notBefore - start) / step) * step;
  return t <= end ? t : null;
}

/** sysjobschedules.next_run_date / next_run_time; 0 / 0 when there is no next run. */
export function nextRunInts(at: CivilInstant | null): { nextRunDate: number; nextRunTime: number } {
  return at === null
    ? { nextRunDate: 0, nextRunTime: 0 }
    : { nextRunDate: dateToInt(at.date), nextRunTime: secondsToHhmmss(at.seconds) };
}
