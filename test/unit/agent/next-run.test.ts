import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRunAfter, nextRunInts, nextRunOnOrAfter } from '../../../src/agent/schedule/next-run';
import { FREQ_SUBDAY_TYPE as SUB, FREQ_TYPE as F } from '../../../src/codes/schedule-codes';
import { at, fmt, sched } from './schedule-helpers';

const next = (s: Parameters<typeof nextRunOnOrAfter>[0], from: string): string | null => fmt(nextRunOnOrAfter(s, at(from)));

test('once: the start date and time when still ahead, nothing once past', () => {
  const s = sched({ freqType: F.ONCE, activeStartDate: 20260301, activeStartTime: 233000 });
  assert.equal(next(s, '2026-02-01 00:00:00'), '2026-03-01 23:30:00');
  assert.equal(next(s, '2026-03-01 23:30:00'), '2026-03-01 23:30:00');
  assert.equal(next(s, '2026-03-01 23:30:01'), null);
  assert.equal(fmt(nextRunAfter(s, at('2026-03-01 23:30:00'))), null);
});

test('disabled schedules, agent-start (64) and idle (128) have no next run time', () => {
  assert.equal(next(sched({ freqType: F.DAILY, enabled: false }), '2026-01-01 00:00:00'), null);
  assert.equal(next(sched({ freqType: F.AGENT_START }), '2026-01-01 00:00:00'), null);
  assert.equal(next(sched({ freqType: F.IDLE }), '2026-01-01 00:00:00'), null);
  assert.equal(next(sched({ freqType: 2 }), '2026-01-01 00:00:00'), null);
});

test('daily at a time: today if still ahead, else tomorrow; across a year end', () => {
  const s = sched({ freqType: F.DAILY, freqInterval: 1, activeStartTime: 100000 });
  assert.equal(next(s, '2026-01-05 09:00:00'), '2026-01-05 10:00:00');
  assert.equal(next(s, '2026-01-05 10:00:00'), '2026-01-05 10:00:00');
  assert.equal(fmt(nextRunAfter(s, at('2026-01-05 10:00:00'))), '2026-01-06 10:00:00');
  assert.equal(next(s, '2026-12-31 23:00:00'), '2027-01-01 10:00:00');
});

test('daily every 3 days counts from active_start_date', () => {
  const s = sched({ freqType: F.DAILY, freqInterval: 3, activeStartDate: 20260101, activeStartTime: 60000 });
  assert.equal(next(s, '2025-12-01 00:00:00'), '2026-01-01 06:00:00');
  assert.equal(next(s, '2026-01-02 00:00:00'), '2026-01-04 06:00:00');
  assert.equal(next(s, '2026-01-04 06:00:01'), '2026-01-07 06:00:00');
  assert.equal(next(s, '2026-02-27 12:00:00'), '2026-03-02 06:00:00');
});

test('active_end_date ends the schedule; the end date itself still runs', () => {
  const s = sched({ freqType: F.DAILY, activeStartDate: 20260101, activeEndDate: 20260110, activeStartTime: 120000 });
  assert.equal(next(s, '2026-01-10 11:00:00'), '2026-01-10 12:00:00');
  assert.equal(next(s, '2026-01-10 12:00:01'), null);
  assert.equal(next(s, '2026-02-01 00:00:00'), null);
});

test('sub-day minutes within the active window, then the next day from the start time', () => {
  const s = sched({ freqType: F.DAILY, freqSubdayType: SUB.MINUTES, freqSubdayInterval: 15, activeStartTime: 80000, activeEndTime: 90000 });
  assert.equal(next(s, '2026-01-05 07:00:00'), '2026-01-05 08:00:00');
  assert.equal(next(s, '2026-01-05 08:00:01'), '2026-01-05 08:15:00');
  assert.equal(next(s, '2026-01-05 08:50:00'), '2026-01-05 09:00:00');
  assert.equal(next(s, '2026-01-05 09:00:01'), '2026-01-06 08:00:00');
});

test('sub-day repetition never passes active_end_time (7-minute steps in a half hour)', () => {
  const s = sched({ freqType: F.DAILY, freqSubdayType: SUB.MINUTES, freqSubdayInterval: 7, activeStartTime: 80000, activeEndTime: 83000 });
  assert.equal(next(s, '2026-01-05 08:27:00'), '2026-01-05 08:28:00');
  assert.equal(next(s, '2026-01-05 08:28:01'), '2026-01-06 08:00:00');
});

test('sub-day seconds and hours', () => {
  const secs = sched({ freqType: F.DAILY, freqSubdayType: SUB.SECONDS, freqSubdayInterval: 30 });
  assert.equal(next(secs, '2026-01-05 10:00:01'), '2026-01-05 10:00:30');
  assert.equal(next(secs, '2026-01-05 23:59:31'), '2026-01-06 00:00:00');
  const hours = sched({ freqType: F.DAILY, freqSubdayType: SUB.HOURS, freqSubdayInterval: 2, activeStartTime: 10000 });
  assert.equal(next(hours, '2026-01-05 02:00:00'), '2026-01-05 03:00:00');
  assert.equal(next(hours, '2026-01-05 23:00:01'), '2026-01-06 01:00:00');
});

test('an end time before the start time runs until midnight, without wrapping', () => {
  const s = sched({ freqType: F.DAILY, freqSubdayType: SUB.HOURS, freqSubdayInterval: 1, activeStartTime: 220000, activeEndTime: 20000 });
  assert.equal(next(s, '2026-01-05 22:30:00'), '2026-01-05 23:00:00');
  assert.equal(next(s, '2026-01-05 23:30:00'), '2026-01-06 22:00:00');
  assert.equal(next(s, '2026-01-06 01:00:00'), '2026-01-06 22:00:00');
});

test('weekly bitmask 1 = Sunday .. 64 = Saturday', () => {
  const mwf = sched({ freqType: F.WEEKLY, freqInterval: 2 | 8 | 32, freqRecurrenceFactor: 1, activeStartDate: 20260101, activeStartTime: 90000 });
  assert.equal(next(mwf, '2026-01-01 00:00:00'), '2026-01-02 09:00:00'); // Friday
  assert.equal(next(mwf, '2026-01-03 00:00:00'), '2026-01-05 09:00:00'); // Saturday -> Monday
  assert.equal(next(mwf, '2026-01-05 09:00:01'), '2026-01-07 09:00:00'); // Wednesday
  const weekend = sched({ freqType: F.WEEKLY, freqInterval: 1 | 64, freqRecurrenceFactor: 1, activeStartDate: 20260101 });
  assert.equal(next(weekend, '2026-01-01 00:00:00'), '2026-01-03 00:00:00');
  assert.equal(next(weekend, '2026-01-03 00:00:01'), '2026-01-04 00:00:00');
  assert.equal(next(sched({ freqType: F.WEEKLY, freqInterval: 0 }), '2026-01-01 00:00:00'), null);
});

test('weekly every 2 weeks counts Sunday-based weeks from the week of active_start_date', () => {
  // Start Wednesday 2026-01-07: its week (Jan 4..10) is a run week but Monday Jan 5 is before
  // the start; Jan 11..17 is skipped; Monday Jan 19 runs, then Monday Feb 2.
  const s = sched({ freqType: F.WEEKLY, freqInterval: 2, freqRecurrenceFactor: 2, activeStartDate: 20260107, activeStartTime: 70000 });
  assert.equal(next(s, '2026-01-01 00:00:00'), '2026-01-19 07:00:00');
  assert.equal(next(s, '2026-01-19 07:00:01'), '2026-02-02 07:00:00');
  const wed = sched({ freqType: F.WEEKLY, freqInterval: 8, freqRecurrenceFactor: 2, activeStartDate: 20260107 });
  assert.equal(next(wed, '2026-01-07 00:00:00'), '2026-01-07 00:00:00');
  assert.equal(next(wed, '2026-01-07 00:00:01'), '2026-01-21 00:00:00');
});

test('monthly on day 31 skips months without a 31st', () => {
  const s = sched({ freqType: F.MONTHLY, freqInterval: 31, freqRecurrenceFactor: 1, activeStartDate: 20260101, activeStartTime: 230000 });
  assert.equal(next(s, '2026-01-31 23:00:01'), '2026-03-31 23:00:00');
  assert.equal(next(s, '2026-04-01 00:00:00'), '2026-05-31 23:00:00');
  assert.equal(next(s, '2026-06-01 00:00:00'), '2026-07-31 23:00:00');
  assert.equal(next(s, '2026-08-01 00:00:00'), '2026-08-31 23:00:00');
});

test('monthly on the 29th of February every 12 months waits for a leap year', () => {
  const s = sched({ freqType: F.MONTHLY, freqInterval: 29, freqRecurrenceFactor: 12, activeStartDate: 20240201 });
  assert.equal(next(s, '2024-02-01 00:00:00'), '2024-02-29 00:00:00');
  assert.equal(next(s, '2024-03-01 00:00:00'), '2028-02-29 00:00:00');
  const never = sched({ freqType: F.MONTHLY, freqInterval: 30, freqRecurrenceFactor: 12, activeStartDate: 20260201 });
  assert.equal(next(never, '2026-02-01 00:00:00'), null);
});

test('monthly every 3 months counts from the month of active_start_date', () => {
  const s = sched({ freqType: F.MONTHLY, freqInterval: 15, freqRecurrenceFactor: 3, activeStartDate: 20260110 });
  assert.equal(next(s, '2026-01-01 00:00:00'), '2026-01-15 00:00:00');
  assert.equal(next(s, '2026-01-20 00:00:00'), '2026-04-15 00:00:00');
  assert.equal(next(s, '2026-11-16 00:00:00'), '2027-01-15 00:00:00');
  const late = sched({ freqType: F.MONTHLY, freqInterval: 5, freqRecurrenceFactor: 1, activeStartDate: 20260110 });
  assert.equal(next(late, '2026-01-01 00:00:00'), '2026-02-05 00:00:00');
});

test('monthly relative: weekdays 1..7, nth and last', () => {
  const rel = (interval: number, relative: number) =>
    sched({ freqType: F.MONTHLY_RELATIVE, freqInterval: interval, freqRelativeInterval: relative, freqRecurrenceFactor: 1, activeStartDate: 20260101 });
  assert.equal(next(rel(6, 16), '2026-01-01 00:00:00'), '2026-01-30 00:00:00'); // last Friday
  assert.equal(next(rel(6, 1), '2026-01-01 00:00:00'), '2026-01-02 00:00:00'); // first Friday
  assert.equal(next(rel(5, 8), '2026-11-01 00:00:00'), '2026-11-26 00:00:00'); // fourth Thursday
  assert.equal(next(rel(1, 2), '2026-02-01 00:00:00'), '2026-02-08 00:00:00'); // second Sunday
  assert.equal(next(rel(7, 4), '2026-01-01 00:00:00'), '2026-01-17 00:00:00'); // third Saturday
});

test('monthly relative: day (8), weekday (9), weekend day (10)', () => {
  const rel = (interval: number, relative: number) =>
    sched({ freqType: F.MONTHLY_RELATIVE, freqInterval: interval, freqRelativeInterval: relative, freqRecurrenceFactor: 1, activeStartDate: 20260101 });
  assert.equal(next(rel(8, 16), '2026-02-01 00:00:00'), '2026-02-28 00:00:00'); // last day
  assert.equal(next(rel(8, 16), '2028-02-01 00:00:00'), '2028-02-29 00:00:00'); // leap year
  assert.equal(next(rel(8, 4), '2026-04-01 00:00:00'), '2026-04-03 00:00:00'); // third day
  assert.equal(next(rel(9, 1), '2026-02-01 00:00:00'), '2026-02-02 00:00:00'); // Feb 1 is Sunday
  assert.equal(next(rel(9, 16), '2026-01-01 00:00:00'), '2026-01-30 00:00:00'); // Jan 31 is Saturday
  assert.equal(next(rel(9, 16), '2026-05-01 00:00:00'), '2026-05-29 00:00:00'); // May 31 is Sunday
  assert.equal(next(rel(10, 2), '2026-01-01 00:00:00'), '2026-01-04 00:00:00');
  assert.equal(next(rel(10, 16), '2026-01-01 00:00:00'), '2026-01-31 00:00:00');
  assert.equal(next(rel(9, 3), '2026-01-01 00:00:00'), null); // 3 is not a freq_relative_interval
});

test('monthly relative every 2 months with sub-day repetition', () => {
  const s = sched({
    freqType: F.MONTHLY_RELATIVE, freqInterval: 2, freqRelativeInterval: 1, freqRecurrenceFactor: 2, activeStartDate: 20260101,
    freqSubdayType: SUB.HOURS, freqSubdayInterval: 6, activeStartTime: 0, activeEndTime: 235959,
  });
  assert.equal(next(s, '2026-01-05 13:00:00'), '2026-01-05 18:00:00'); // first Monday of January
  assert.equal(next(s, '2026-01-05 18:00:01'), '2026-03-02 00:00:00'); // February skipped
});

test('a missed run is not replayed: the next run is computed from now', () => {
  const s = sched({ freqType: F.DAILY, freqSubdayType: SUB.MINUTES, freqSubdayInterval: 1 });
  assert.equal(next(s, '2026-01-05 10:17:30'), '2026-01-05 10:18:00');
});

test('next_run_date / next_run_time ints', () => {
  assert.deepEqual(nextRunInts(at('2026-03-01 07:05:09')), { nextRunDate: 20260301, nextRunTime: 70509 });
  assert.deepEqual(nextRunInts(null), { nextRunDate: 0, nextRunTime: 0 });
});
