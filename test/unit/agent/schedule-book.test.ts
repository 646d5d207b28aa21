import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScheduleBook } from '../../../src/agent/schedule-book';
import { FREQ_SUBDAY_TYPE as SUB, FREQ_TYPE as F } from '../../../src/codes/schedule-codes';
import { job, step } from './fakes';
import { sched } from './schedule-helpers';

const t = (iso: string): number => Date.parse(iso);
const minutely = sched({ freqType: F.DAILY, freqSubdayType: SUB.MINUTES, freqSubdayInterval: 1, scheduleId: 1 });

test('load computes first due times and reports next_run changes; unchanged schedules keep theirs', () => {
  const book = new ScheduleBook();
  const j = job([step(1)]);
  const changes = book.load([{ job: j, schedules: [minutely] }], t('2026-01-05T10:00:30.500Z'));
  assert.deepEqual(changes, [{ jobId: j.jobId, scheduleId: 1, nextRunDate: 20260105, nextRunTime: 100100 }]);
  assert.equal(book.nextDueMs(), t('2026-01-05T10:01:00Z'));
  assert.deepEqual(book.load([{ job: j, schedules: [minutely] }], t('2026-01-05T10:05:00Z')), []);
  assert.equal(book.nextDueMs(), t('2026-01-05T10:01:00Z'), 'kept, so the loop still fires it');
  const hourly = { ...minutely, freqSubdayType: SUB.HOURS };
  assert.deepEqual(book.load([{ job: j, schedules: [hourly] }], t('2026-01-05T10:05:00Z')).map((c) => c.nextRunTime), [110000]);
});

test('a run due in the current second is still ahead at load time', () => {
  const book = new ScheduleBook();
  book.load([{ job: job([step(1)]), schedules: [minutely] }], t('2026-01-05T10:01:00.900Z'));
  assert.equal(book.nextDueMs(), t('2026-01-05T10:01:00Z'));
  assert.equal(book.due(t('2026-01-05T10:01:00.900Z')).length, 1);
});

test('advance moves past both the due time and now (late firing skips missed runs)', () => {
  const book = new ScheduleBook();
  book.load([{ job: job([step(1)]), schedules: [minutely] }], t('2026-01-05T10:00:00Z'));
  const [entry] = book.due(t('2026-01-05T10:00:00Z'));
  assert.ok(entry);
  const change = book.advance(entry, t('2026-01-05T10:07:30Z'));
  assert.equal(change.nextRunTime, 100800);
  assert.deepEqual(book.due(t('2026-01-05T10:07:59Z')), []);
});

test('disabled jobs, disabled schedules and event schedules have no due time', () => {
  const book = new ScheduleBook();
  const on = job([step(1)]);
  const off = job([step(1)], { jobId: 'OFF', enabled: false });
  book.load([
    { job: off, schedules: [minutely] },
    { job: on, schedules: [{ ...minutely, scheduleId: 2, enabled: false }, sched({ freqType: F.AGENT_START, scheduleId: 3 }), sched({ freqType: F.IDLE, scheduleId: 4 })] },
  ], t('2026-01-05T10:00:00Z'));
  assert.equal(book.nextDueMs(), null);
  assert.deepEqual(book.withFreqType(F.AGENT_START).map((e) => e.schedule.scheduleId), [3]);
  assert.deepEqual(book.withFreqType(F.IDLE).map((e) => e.schedule.scheduleId), [4]);
  assert.equal(book.size, 4);
});
