import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verifySchedule, validDate, validTime, type ScheduleFields } from '../../../../src/procedures/msdb/schedule-support/schedule-rules';
import { scheduleDescription } from '../../../../src/procedures/msdb/schedule-support/schedule-description';
import { formatMessage, messageDef } from '../../../../src/errors/catalog';

const base = (over: Partial<ScheduleFields>): ScheduleFields => ({
  enabled: 1, freqType: 4, freqInterval: 1, freqSubdayType: 1, freqSubdayInterval: 0, freqRelativeInterval: 0,
  freqRecurrenceFactor: 0, activeStartDate: 20240101, activeEndDate: 99991231, activeStartTime: 0, activeEndTime: 235959, ...over,
});

function text(over: Partial<ScheduleFields>): string | undefined {
  const e = verifySchedule(base(over));
  return e === undefined ? undefined : formatMessage(messageDef(e.number)!.text, [...e.args]);
}

test('sp_verify_schedule rules and SQL Server texts, in order', () => {
  assert.equal(text({}), undefined);
  assert.equal(text({ enabled: 2 }), "The specified '@enabled' is invalid (valid values are: 0, 1).");
  assert.equal(text({ freqType: 2 }), 'Frequency Type 0x2 (OnDemand) is no longer supported.');
  assert.equal(text({ freqType: 0 }), "The specified '@freq_type' is invalid (valid values are: 1, 4, 8, 16, 32, 64, 128).");
  assert.equal(text({ freqSubdayType: 3 }), "The specified '@freq_subday_type' is invalid (valid values are: 0x1, 0x2, 0x4, 0x8).");
  // a recurring schedule without a sub-day type runs once a day (sp_verify_schedule's safety net)
  const noSubday = base({ freqSubdayType: 0 });
  assert.equal(verifySchedule(noSubday), undefined);
  assert.equal(noSubday.freqSubdayType, 1);
  assert.equal(text({ freqSubdayType: 4, freqSubdayInterval: 5, activeStartTime: 235959 }),
    "The specified '@active_end_time' is invalid (valid values are: before or after @active_start_time).");
  assert.equal(text({ freqSubdayType: 2, freqSubdayInterval: 5 }), "The schedule for this job is invalid (reason: The specified '@freq_subday_interval' is invalid.).");
  assert.equal(text({ freqInterval: 0 }), 'The schedule for this job is invalid (reason: @freq_interval must be at least 1 for a daily job.).');
  assert.match(text({ freqType: 8, freqInterval: 128, freqRecurrenceFactor: 1 })!, /valid day of the week bitmask/);
  assert.match(text({ freqType: 16, freqInterval: 32, freqRecurrenceFactor: 1 })!, /between 1 and 31 for a monthly job/);
  assert.match(text({ freqType: 32, freqInterval: 1, freqRelativeInterval: 3, freqRecurrenceFactor: 1 })!, /@freq_relative_interval must be one of/);
  assert.match(text({ freqType: 32, freqInterval: 11, freqRelativeInterval: 1, freqRecurrenceFactor: 1 })!, /between 1 and 10/);
  assert.match(text({ freqType: 8, freqInterval: 1, freqRecurrenceFactor: 0 })!, /@freq_recurrence_factor must be at least 1/);
  assert.equal(text({ activeStartDate: 19891231 }), "The specified '@active_start_date' is invalid (valid values are: 19900101..99991231).");
  assert.equal(text({ activeEndDate: 20240230 }), "The specified '@active_end_date' is invalid (valid values are: 19900101..99991231).");
  assert.equal(text({ activeStartTime: 236000 }), "The specified '@active_start_time' is invalid (valid values are: 000000..235959).");
  assert.equal(text({ activeEndDate: 20231231 }), '@active_end_date cannot be before @active_start_date.');
});

test('values a frequency does not use are stored as 0', () => {
  const once = base({ freqType: 1, freqInterval: 9, freqSubdayType: 8, freqSubdayInterval: 2, freqRecurrenceFactor: 3 });
  assert.equal(verifySchedule(once), undefined);
  assert.deepEqual([once.freqInterval, once.freqSubdayType, once.freqSubdayInterval, once.freqRecurrenceFactor], [0, 0, 0, 0]);
  const daily = base({ freqSubdayType: 1, freqSubdayInterval: 7, freqRelativeInterval: 4, freqRecurrenceFactor: 5 });
  assert.equal(verifySchedule(daily), undefined);
  assert.deepEqual([daily.freqSubdayInterval, daily.freqRelativeInterval, daily.freqRecurrenceFactor], [0, 0, 0]);
});

test('dates and times', () => {
  assert.ok(validDate(20240229));
  assert.ok(!validDate(20230229));
  assert.ok(validDate(99991231));
  assert.ok(validTime(235959));
  assert.ok(!validTime(125960));
});

test('schedule descriptions', () => {
  assert.equal(scheduleDescription(base({ freqType: 1, activeStartTime: 143000 })), 'Once on 20240101 at 14:30');
  assert.equal(scheduleDescription(base({ freqType: 16, freqInterval: 15, freqRecurrenceFactor: 2, activeStartTime: 10000 })),
    'Every 2 months(s) on day 15 of that month at 1:00');
  assert.equal(scheduleDescription(base({ freqType: 32, freqInterval: 9, freqRelativeInterval: 16, freqRecurrenceFactor: 1, freqSubdayType: 8, freqSubdayInterval: 2, activeEndTime: 120000 })),
    'Every 1 months(s) on the last week day of that month every 2 hour(s) between 0:00 and 12:00');
  assert.equal(scheduleDescription(base({ freqType: 128 })), 'Starts whenever the CPU usage has remained below 10 percent for 600 seconds.');
});
